package io.github.govmeta.core.input.format;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;

/**
 * DCAT in RDF/XML ({@code .rdf}, {@code .owl}); Jena's parser has external entities and DTDs off. Sniffed:
 * an {@code rdf:RDF} root element, after an optional XML declaration and comments.
 */
public final class RdfXmlFormat extends RdfFormat {
    private static final Pattern START = Pattern.compile("(?s)^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(rdf:RDF|RDF)\\b.*");

    public RdfXmlFormat() {
        super("rdfxml", List.of("rdf", "owl"), Lang.RDFXML, true);
    }

    @Override
    public boolean sniff(String head) {
        return START.matcher(head).matches();
    }
}
