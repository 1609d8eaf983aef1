package io.github.govmeta.cli;

/** The process exit codes, a public contract. */
public enum ExitCode {
    /** No finding at or above the fail level. */
    OK(0),
    /** At least one finding at or above the fail level. */
    FINDINGS(1),
    /** A usage error, a profile that cannot be loaded, or an I/O error. */
    ERROR(2);

    public final int code;

    ExitCode(int code) {
        this.code = code;
    }
}
