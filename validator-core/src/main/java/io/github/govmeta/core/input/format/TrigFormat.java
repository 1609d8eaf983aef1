package io.github.govmeta.core.input.format;

import java.util.List;
import org.apache.jena.riot.Lang;

/**
 * DCAT in TriG ({@code .trig}); the named graphs are merged into one. Not sniffed: a TriG document without
 * graphs is Turtle, and one with them starts like Turtle, so only its name tells it.
 */
public final class TrigFormat extends RdfFormat {
    public TrigFormat() {
        super("trig", List.of("trig"), Lang.TRIG, true);
    }

    @Override
    public boolean sniff(String head) {
        return false;
    }
}
