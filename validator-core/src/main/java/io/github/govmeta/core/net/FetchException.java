package io.github.govmeta.core.net;

import io.github.govmeta.core.finding.LocalizedText;

/** Why nothing (usable) was fetched from a URL; the reason in Thai and English, for a finding. */
public final class FetchException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The kinds of failure, for callers that treat them differently. */
    public enum Kind {
        /** Not http(s), or not a URL. */
        BAD_URL,
        /** Network access is off, or the URL is not in the offline cache when replaying. */
        NOT_ALLOWED,
        /** The host has a private, loopback, link-local… address and private addresses are not allowed. */
        REFUSED,
        /** The host is not known. */
        UNKNOWN_HOST,
        /** No answer (or not the whole answer) within the timeout. */
        TIMEOUT,
        /** The answer is larger than the size limit. */
        TOO_LARGE,
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** Any other failure to connect or read. */
        IO
    }

    private final Kind kind;
    private final transient LocalizedText reason;

    public FetchException(Kind kind, LocalizedText reason) {
        super(reason.en());
        this.kind = kind;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** The reason, in each language. */
    public LocalizedText reason() {
        return reason;
    }
}
