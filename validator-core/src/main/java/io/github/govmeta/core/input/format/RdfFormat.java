package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.DcatCheck;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.ReadContext;
import io.github.govmeta.core.input.RecordStream;
import io.github.govmeta.core.rdf.RdfReader;
import io.github.govmeta.core.rdf.RdfSyntax;
import java.util.List;
import org.apache.jena.riot.Lang;

/**
 * A DCAT syntax, read with Jena ({@link RdfReader}: no network, no entities, bounded size) into records,
 * one per {@code dcat:Dataset} with the findings of its description, then the findings of no dataset.
 * The context's {@link DcatCheck} reads the source in this syntax and checks it against the shapes, as
 * it is parsed when the syntax is {@link #streamed} and the shapes allow. Thread-safe.
 */
abstract class RdfFormat extends NamedFormat implements RdfSyntax {
    private final Lang lang;
    private final boolean streamed;

    RdfFormat(String name, List<String> extensions, Lang lang, boolean streamed) {
        super(name, extensions);
        this.lang = lang;
        this.streamed = streamed;
    }

    @Override
    public Lang lang(InputSource source) {
        return lang;
    }

    @Override
    public final boolean streamed() {
        return streamed;
    }

    @Override
    public final void read(InputSource source, ReadContext context, RecordStream out) {
        context.dcat().read(source, out);
    }
}
