package io.github.govmeta.server;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;

/**
 * Content fetched from a URL for {@code embeddingMethod: URL}, when the operator allows it. Only http and
 * https; every host — the first and each redirect's, followed by hand, at most {@value #MAX_REDIRECTS} — is
 * resolved and refused when any of its addresses is loopback, private, link-local, unique-local, shared
 * (100.64.0.0/10), multicast or unspecified, unless private addresses are allowed too. Bounded: connect and
 * answer timeouts, and the request size limit on what is read. Thread-safe.
 *
 * <p>Known limit: the address is checked when the host is resolved, and the HTTP client resolves it again
 * to connect; a host whose DNS answer changes in between (DNS rebinding) is not caught.
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
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final Policy policy;
    private final long maxBytes;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    UrlInput(Policy policy, long maxBytes) {
        this.policy = policy;
        this.maxBytes = maxBytes;
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
        for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
                throw Problem.badRequest("contentToValidate: only http and https URLs are fetched, not '" + uri + "'");
            }
            refusePrivate(uri.getHost());
            HttpResponse<InputStream> answer;
            try {
                answer = client.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                        HttpResponse.BodyHandlers.ofInputStream());
            } catch (IOException e) {
                throw Problem.unprocessable("the URL " + uri + " could not be read: " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw Problem.unprocessable("the URL " + uri + " was not read: interrupted");
            }
            int status = answer.statusCode();
            if (status >= 300 && status < 400 && answer.headers().firstValue("Location").isPresent()) {
                close(answer);
                uri = uri.resolve(answer.headers().firstValue("Location").get());
                continue;
            }
            if (status != 200) {
                close(answer);
                throw Problem.unprocessable("the URL " + uri + " answered HTTP " + status);
            }
            try (InputStream in = answer.body()) {
                byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (content.length > maxBytes) {
                    throw Problem.tooLarge("the content at " + uri + " is larger than " + maxBytes + " bytes");
                }
                return content;
            } catch (IOException e) {
                throw Problem.unprocessable("the URL " + uri + " could not be read: " + e.getMessage());
            }
        }
        throw Problem.unprocessable("the URL " + url + " redirects more than " + MAX_REDIRECTS + " times");
    }

    private void refusePrivate(String host) {
        if (policy == Policy.ANY) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw Problem.unprocessable("the host " + host + " is not known");
        }
        for (InetAddress a : addresses) {
            if (privateAddress(a)) {
                throw Problem.unprocessable("the host " + host + " is a private or loopback address (" + a.getHostAddress()
                        + "); the server fetches only from public addresses unless started with --allow-private-urls");
            }
        }
    }

    /** Loopback, private, link-local, unique-local (fc00::/7), shared (100.64.0.0/10), multicast or unspecified. */
    static boolean privateAddress(InetAddress a) {
        byte[] b = a.getAddress();
        boolean uniqueLocal = a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc;
        boolean shared = b.length == 4 && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64;
        return a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
                || a.isMulticastAddress() || uniqueLocal || shared;
    }

    private static void close(HttpResponse<InputStream> answer) {
        try {
            answer.body().close();
        } catch (IOException ignored) {
            // nothing more is read from it
        }
    }
}
