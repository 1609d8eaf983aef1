package io.github.govmeta.core.profile;

/** A profile (or profile reference) that cannot be loaded: a configuration problem, never a finding. */
public class ProfileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ProfileException(String message) {
        super(message);
    }

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
