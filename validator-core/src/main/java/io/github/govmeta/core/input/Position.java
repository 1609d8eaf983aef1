package io.github.govmeta.core.input;

/** A 1-based line and column in a source; {@link #UNKNOWN} when the reader cannot tell. */
public record Position(int line, int column) {
    public static final Position UNKNOWN = new Position(0, 0);
}
