package io.github.govmeta.core.finding;

/**
 * Where a finding points: the source (a file path as given, or {@code <stdin>}), a 1-based line and
 * column where known (0 when unknown), and a JSON Pointer into the record as written in the source.
 */
public record Location(String source, int line, int column, String pointer) {
    /** {@code file:line:column}, leaving out what is unknown. */
    public String display() {
        if (line <= 0) {
            return source;
        }
        return column > 0 ? source + ":" + line + ":" + column : source + ":" + line;
    }
}
