package io.github.govmeta.core.net;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * What a run may fetch over the network, and how politely. Off by default: {@link #OFF} sends no request.
 * Immutable; change one setting with the {@code with…} methods.
 *
 * @param allowed            whether requests may be sent at all ({@code --allow-network})
 * @param allowPrivate       whether hosts with loopback, private, link-local, unique-local, shared or multicast
 *                           addresses may be fetched ({@code --allow-private-urls})
 * @param trustedHosts       hosts (as written in URLs, lower case, optionally {@code host:port}) fetched even when their
 *                           address is private: an intranet portal named exactly, or a test's own server on 127.0.0.1;
 *                           a redirect to any other private address is still refused
 * @param offlineCache       a folder keeping every response fetched, or null: with network access, responses are
 *                           stored there; without it, they are read from there and nothing is sent ({@code --offline-cache})
 * @param connectTimeout     how long to wait for a connection
 * @param timeout            how long to wait for a whole answer (headers and body)
 * @param maxBytes           the largest body read; a larger answer is refused
 * @param maxRedirects       redirects followed (each one's address checked again)
 * @param retries            how often a 429 or 5xx answer is retried (with backoff, honouring {@code Retry-After})
 * @param maxRetryAfter      the longest {@code Retry-After} waited for; a longer one gives up at once
 * @param requestsPerSecond  the most requests started per second to one host
 * @param concurrencyPerHost the most requests open at once to one host
 */
public record NetworkAccess(boolean allowed, boolean allowPrivate, Set<String> trustedHosts, Path offlineCache,
                            Duration connectTimeout, Duration timeout, long maxBytes, int maxRedirects, int retries,
                            Duration maxRetryAfter, double requestsPerSecond, int concurrencyPerHost) {

    /** Default size limit of one answer: 50 MiB. */
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    /** No request at all: the default of every run. */
    public static final NetworkAccess OFF = new NetworkAccess(false, false, Set.of(), null, Duration.ofSeconds(10),
            Duration.ofSeconds(30), DEFAULT_MAX_BYTES, 5, 3, Duration.ofSeconds(120), 2, 2);

    public NetworkAccess {
        trustedHosts = trustedHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        if (maxBytes <= 0 || maxRedirects < 0 || retries < 0 || requestsPerSecond <= 0 || concurrencyPerHost <= 0) {
            throw new IllegalArgumentException("network limits must be positive (retries and redirects may be 0)");
        }
    }

    /** Public addresses only ({@code --allow-network}). */
    public static NetworkAccess publicOnly() {
        return OFF.withAllowed(true);
    }

    /** Whether anything may be read at all: from the network, or from the offline cache. */
    public boolean readable() {
        return allowed || offlineCache != null;
    }

    public NetworkAccess withAllowed(boolean value) {
        return new NetworkAccess(value, allowPrivate, trustedHosts, offlineCache, connectTimeout, timeout, maxBytes, maxRedirects,
                retries, maxRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withAllowPrivate(boolean value) {
        return new NetworkAccess(allowed, value, trustedHosts, offlineCache, connectTimeout, timeout, maxBytes, maxRedirects,
                retries, maxRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withTrustedHosts(Set<String> value) {
        return new NetworkAccess(allowed, allowPrivate, value, offlineCache, connectTimeout, timeout, maxBytes, maxRedirects,
                retries, maxRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withOfflineCache(Path value) {
        return new NetworkAccess(allowed, allowPrivate, trustedHosts, value, connectTimeout, timeout, maxBytes, maxRedirects,
                retries, maxRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withTimeouts(Duration connect, Duration whole) {
        return new NetworkAccess(allowed, allowPrivate, trustedHosts, offlineCache, connect, whole, maxBytes, maxRedirects,
                retries, maxRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withMaxBytes(long value) {
        return new NetworkAccess(allowed, allowPrivate, trustedHosts, offlineCache, connectTimeout, timeout, value, maxRedirects,
                retries, maxRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withMaxRedirects(int value) {
        return new NetworkAccess(allowed, allowPrivate, trustedHosts, offlineCache, connectTimeout, timeout, maxBytes, value,
                retries, maxRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withRetries(int value, Duration longestRetryAfter) {
        return new NetworkAccess(allowed, allowPrivate, trustedHosts, offlineCache, connectTimeout, timeout, maxBytes, maxRedirects,
                value, longestRetryAfter, requestsPerSecond, concurrencyPerHost);
    }

    public NetworkAccess withRate(double perSecond, int concurrent) {
        return new NetworkAccess(allowed, allowPrivate, trustedHosts, offlineCache, connectTimeout, timeout, maxBytes, maxRedirects,
                retries, maxRetryAfter, perSecond, concurrent);
    }
}
