package io.github.govmeta.server;

import java.time.Duration;
import java.util.Objects;

/**
 * Where the server listens and the limits every request is held to. Immutable.
 *
 * @param bind            the address to listen on; {@code 127.0.0.1} unless the operator says otherwise
 * @param port            the port; 0 picks a free one
 * @param maxRequestBytes the largest request body (answered 413 beyond it, before it is parsed)
 * @param maxFiles        the most files in one request (answered 413 beyond it)
 * @param timeLimit       the longest a validation may take (answered 503 beyond it)
 * @param maxConcurrent   the most validations run at once (answered 503 with {@code Retry-After} beyond it)
 * @param retryAfter      what {@code Retry-After} tells a client turned away
 * @param urlInput        whether {@code embeddingMethod: URL} content is fetched, and from which addresses
 */
public record ServerConfig(String bind, int port, long maxRequestBytes, int maxFiles, Duration timeLimit,
                           int maxConcurrent, Duration retryAfter, UrlInput.Policy urlInput) {
    /** The loopback address: nothing outside this machine reaches the server unless {@code --bind} says so. */
    public static final String LOOPBACK = "127.0.0.1";

    public ServerConfig {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(timeLimit, "timeLimit");
        Objects.requireNonNull(retryAfter, "retryAfter");
        Objects.requireNonNull(urlInput, "urlInput");
        if (port < 0 || port > 65535 || maxRequestBytes < 1 || maxFiles < 1 || maxConcurrent < 1) {
            throw new IllegalArgumentException("port 0-65535 and positive limits expected");
        }
    }

    /** Limits without URL input. */
    public ServerConfig(String bind, int port, long maxRequestBytes, int maxFiles, Duration timeLimit, int maxConcurrent,
                        Duration retryAfter) {
        this(bind, port, maxRequestBytes, maxFiles, timeLimit, maxConcurrent, retryAfter, UrlInput.Policy.OFF);
    }

    /**
     * The same limits with URL input: off, public addresses only, or private ones too.
     *
     * @param allowUrlInput    {@code --allow-url-input}
     * @param allowPrivateUrls {@code --allow-private-urls} (only with URL input)
     */
    public ServerConfig withUrlInput(boolean allowUrlInput, boolean allowPrivateUrls) {
        UrlInput.Policy p = !allowUrlInput ? UrlInput.Policy.OFF : allowPrivateUrls ? UrlInput.Policy.ANY : UrlInput.Policy.PUBLIC;
        return new ServerConfig(bind, port, maxRequestBytes, maxFiles, timeLimit, maxConcurrent, retryAfter, p);
    }

    /**
     * The defaults: 10 MiB per request, 50 files, 60 seconds per validation, as many validations at once as
     * there are processors, {@code Retry-After: 5}.
     */
    public static ServerConfig of(String bind, int port) {
        return new ServerConfig(bind, port, 10L * 1024 * 1024, 50, Duration.ofSeconds(60),
                Runtime.getRuntime().availableProcessors(), Duration.ofSeconds(5));
    }
}
