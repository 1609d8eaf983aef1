package io.github.govmeta.core;

/** How a run ended, and the process exit code every caller uses for it (a public contract). */
public enum ExitStatus {
    /** No finding at or above the fail level. */
    OK(0),
    /** At least one finding at or above the fail level. */
    FINDINGS(1),
    /** A usage, configuration, profile or I/O error: the run could not be done as asked. */
    ERROR(2);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    /** The process exit code: 0, 1 or 2. */
    public int code() {
        return code;
    }
}
