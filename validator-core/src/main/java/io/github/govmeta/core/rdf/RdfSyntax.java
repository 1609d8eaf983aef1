package io.github.govmeta.core.rdf;

import io.github.govmeta.core.input.InputSource;
import org.apache.jena.riot.Lang;

/** What the RDF readers need of a source's format: its Jena syntax. Implemented by the RDF source formats. */
public interface RdfSyntax {

    /** The Jena syntax of a source in this format. */
    Lang lang(InputSource source);

    /** Whether Jena parses the syntax as a stream of triples (JSON-LD is expanded as a whole document). */
    boolean streamed();
}
