package io.github.govmeta.server;

import io.github.govmeta.core.net.FetchException;
import io.github.govmeta.core.net.HttpFetcher;
import io.github.govmeta.core.net.NetworkAccess;
import java.net.URI;
import java.time.Duration;

/**
 * Content fetched from a URL for {@code embeddingMethod: URL}, when the operator allows it, through the
 * core's one HTTP client ({@link HttpFetcher}): http and https only; every host — the first and each
 * redirect's, followed by hand, at most {@value #MAX_REDIRECTS} — refused when any of its addresses is
 * loopback, private, link-local, unique-local, shared (100.64.0.0/10), multicast or unspecified, unless
 * private addresses are allowed too; connect and answer timeouts, and the request size limit on what is
 * read; no retries (a request slot is not held waiting). Thread-safe.
 */
public final class UrlInput {
    /** Whether content may be fetched from a URL, and from which addresses. */
    public enum Policy {
        /** {@code embeddingMethod: URL} is refused (the default). */
        OFF,
        /** Public addresses only ({@code --allow-url-input}). */
        PUBLIC,
        /** Private and loopback addresses too ({@code --allow-url-input --allow-private-urls}). */
        ANY
    }

    static final int MAX_REDIRECTS = 3;

    private final Policy policy;
    private final HttpFetcher fetcher;

    UrlInput(Policy policy, long maxBytes) {
        this.policy = policy;
        this.fetcher = new HttpFetcher(NetworkAccess.OFF.withAllowed(policy != Policy.OFF).withAllowPrivate(policy == Policy.ANY)
                .withTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20)).withMaxBytes(maxBytes)
                .withMaxRedirects(MAX_REDIRECTS).withRetries(0, Duration.ZERO).withRate(1000, 16));
    }

    /**
     * @throws Problem 400 when URL input is off or the URL is not http(s), 422 for a refused address or an
     *                 answer that is not 200, 413 for content over the limit
     */
    byte[] fetch(String url) {
        if (policy == Policy.OFF) {
            throw Problem.badRequest("embeddingMethod URL: fetching content from a URL is off on this server "
                    + "(the operator enables it with --allow-url-input); send the content as STRING or BASE64");
        }
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw Problem.badRequest("contentToValidate: not a URL: " + e.getMessage());
        }
        HttpFetcher.Response answer;
        try {
            answer = fetcher.get(uri);
        } catch (FetchException e) {
            switch (e.kind()) {
                case BAD_URL -> throw Problem.badRequest("contentToValidate: " + e.reason().en());
                case TOO_LARGE -> throw Problem.tooLarge(e.reason().en());
                case REFUSED -> throw Problem.unprocessable(e.reason().en().replaceFirst(";.*$", "")
                        + "; the server fetches only from public addresses unless started with --allow-private-urls");
                default -> throw Problem.unprocessable(e.reason().en());
            }
        }
        if (answer.status() != 200) {
            throw Problem.unprocessable("the URL " + answer.finalUri() + " answered HTTP " + answer.status());
        }
        return answer.body();
    }
}
