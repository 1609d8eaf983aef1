package io.github.govmeta.core.profile;

import java.util.List;

/**
 * A profile (or profile reference) that cannot be loaded: a configuration problem, never a finding.
 * When it comes from reading a profile file it may list every problem found there, each with its place,
 * so a tool can show them all ({@code profile check} turns them into findings).
 */
public class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The problems of a profile file, each with its 1-based line and column (0 when unknown); immutable. */
    private final transient List<Problem> problems;

    /**
     * One problem in a profile file.
     *
     * @param file    the file as shown in messages
     * @param line    1-based line, 0 when unknown
     * @param column  1-based column, 0 when unknown
     * @param message what is wrong, in English
     */
    public record Problem(String file, int line, int column, String message) {
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line + ":" + column : "") + ": " + message;
        }
    }

    public ProfileException(String message) {
        this(message, (Throwable) null);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
        this.problems = List.of();
    }

    /** Every problem of a file; the message lists them, one a line. */
    public ProfileException(List<Problem> problems) {
        super(String.join("\n", problems.stream().map(Problem::toString).toList()));
        this.problems = List.copyOf(problems);
    }

    /** The problems with their places, when the exception comes from reading a file; else empty. */
    public List<Problem> problems() {
        return problems;
    }
}
