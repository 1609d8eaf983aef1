package io.github.govmeta.core.config;

import io.github.govmeta.core.input.Position;

/** A mistake in a configuration file, with where it is and, when there is one, a likely fix. */
public record ConfigProblem(String file, Position at, String message) {
    /** {@code file:line:column: message}. */
    public String display() {
        return at.line() > 0 ? file + ":" + at.line() + ":" + at.column() + ": " + message : file + ": " + message;
    }
}
