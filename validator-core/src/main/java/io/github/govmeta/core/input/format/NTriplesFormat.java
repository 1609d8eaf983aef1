package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.InputSource;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;

/**
 * DCAT in N-Triples ({@code .nt}) or N-Quads ({@code .nq}, quads merged into one graph), the line formats
 * {@code govmeta convert} writes for large catalogs. Sniffed: a first line of three terms and a dot, read
 * as N-Triples.
 */
public final class NTriplesFormat extends RdfFormat {
    private static final Pattern TRIPLE = Pattern.compile("(?s)^\\s*<[^>\\s]+>\\s+<[^>\\s]+>\\s+(<[^>\\s]+>|\"|_:).*?\\.\\s*(\\n.*)?$");

    public NTriplesFormat() {
        super("ntriples", List.of("nt", "nq"), Lang.NTRIPLES, true);
    }

    @Override
    public Lang lang(InputSource source) {
        return source.name().toLowerCase(Locale.ROOT).endsWith(".nq") ? Lang.NQUADS : Lang.NTRIPLES;
    }

    @Override
    public boolean sniff(String head) {
        return TRIPLE.matcher(head.lines().findFirst().orElse("")).matches();
    }
}
