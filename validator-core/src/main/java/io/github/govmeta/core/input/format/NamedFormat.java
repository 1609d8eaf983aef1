package io.github.govmeta.core.input.format;

import io.github.govmeta.core.input.SourceFormat;
import java.util.List;

/** What every format holds: its name and the file extensions that imply it. Immutable. */
abstract class NamedFormat implements SourceFormat {
    private final String name;
    private final List<String> extensions;

    NamedFormat(String name, List<String> extensions) {
        this.name = name;
        this.extensions = List.copyOf(extensions);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final List<String> extensions() {
        return extensions;
    }
}
