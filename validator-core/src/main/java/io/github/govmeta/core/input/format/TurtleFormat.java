package io.github.govmeta.core.input.format;

import java.util.List;
import java.util.regex.Pattern;
import org.apache.jena.riot.Lang;

/** DCAT in Turtle ({@code .ttl}). Sniffed: a directive, or a first IRI followed by a predicate. */
public final class TurtleFormat extends RdfFormat {
    private static final Pattern START = Pattern.compile(
            "(?s)^\\s*(@prefix|@base|PREFIX\\s|BASE\\s|<[^>\\s]+>\\s+(a|<|[A-Za-z][\\w-]*:)).*");

    public TurtleFormat() {
        super("turtle", List.of("ttl"), Lang.TURTLE, true);
    }

    @Override
    public boolean sniff(String head) {
        return START.matcher(head).matches();
    }
}
