package io.github.govmeta.core.net;

import io.github.govmeta.core.finding.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The one HTTP client of govmeta (the server's URL input, live catalogs, URL checks): every request goes
 * through {@link AddressGuard} first, redirects are followed by hand with each target checked again, and
 * each answer is bounded in time ({@link NetworkAccess#timeout}, headers and body) and size. Polite: at
 * most {@link NetworkAccess#concurrencyPerHost} requests open and {@link NetworkAccess#requestsPerSecond}
 * started per host; a 429 or 5xx answer is retried with exponential backoff, waiting as long as its
 * {@code Retry-After} asks (up to {@link NetworkAccess#maxRetryAfter}). With an offline cache, every final
 * answer is stored, and without network access the cache is read instead. Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {
    private static final String USER_AGENT = "govmeta (+https://github.com/govmeta)";
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    /**
     * An answer.
     *
     * @param uri         the URL asked for
     * @param finalUri    the URL that answered, after redirects
     * @param status      the HTTP status
     * @param contentType the {@code Content-Type}, or an empty string
     * @param body        the body (empty for HEAD)
     * @param cached      whether it was read from the offline cache
     */
    public record Response(URI uri, URI finalUri, int status, String contentType, byte[] body, boolean cached) {
        /** Whether the status is 2xx. */
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final NetworkAccess access;
    private final AddressGuard guard;
    private final OfflineCache cache;
    private final HttpClient client;
    private final Map<String, Host> hosts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService watchdog;
    private final Sleeper sleeper;

    /** How the fetcher waits (tests may count the waits). */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration d) throws InterruptedException;
    }

    public HttpFetcher(NetworkAccess access) {
        this(access, d -> Thread.sleep(d.toMillis()));
    }

    public HttpFetcher(NetworkAccess access, Sleeper sleeper) {
        this.access = access;
        this.guard = new AddressGuard(access);
        this.cache = access.offlineCache() == null ? null : new OfflineCache(access.offlineCache());
        this.sleeper = sleeper;
        this.client = access.allowed() ? HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(access.connectTimeout()).build() : null;
        this.watchdog = access.allowed() ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "govmeta-fetch-timeout");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    public NetworkAccess access() {
        return access;
    }

    /** GET {@code uri}, any status (after redirects and retries). */
    public Response get(URI uri) throws FetchException {
        return fetch("GET", uri, null);
    }

    /** GET {@code uri} with an {@code Accept} header. */
    public Response get(URI uri, String accept) throws FetchException {
        return fetch("GET", uri, accept);
    }

    /** HEAD {@code uri}, any status. */
    public Response head(URI uri) throws FetchException {
        return fetch("HEAD", uri, null);
    }

    /**
     * The status {@code uri} answers a GET with, its body left unread (a download URL's file is not
     * downloaded): for checking that a URL answers when HEAD is not allowed.
     */
    public Response getStatus(URI uri) throws FetchException {
        return fetch("GET-STATUS", uri, null);
    }

    private Response fetch(String method, URI uri, String accept) throws FetchException {
        if (!access.allowed()) {
            if (cache != null) {
                Response hit = cache.read(method, uri);
                if (hit != null) {
                    return hit;
                }
                throw new FetchException(FetchException.Kind.NOT_ALLOWED, new LocalizedText(
                        "ไม่มี " + uri + " ในแคชออฟไลน์ " + access.offlineCache() + " และไม่ได้อนุญาตให้ใช้เครือข่าย (--allow-network)",
                        uri + " is not in the offline cache " + access.offlineCache() + " and network access is off (--allow-network)"));
            }
            throw new FetchException(FetchException.Kind.NOT_ALLOWED, new LocalizedText(
                    "ไม่ได้อนุญาตให้ใช้เครือข่าย จึงไม่อ่าน " + uri + " (ระบุ --allow-network)",
                    "network access is off: " + uri + " is not fetched (give --allow-network)"));
        }
        Response r = follow(method, uri, accept);
        if (cache != null) {
            try {
                cache.write(method, r);
            } catch (java.io.UncheckedIOException e) {
                throw new FetchException(FetchException.Kind.IO, new LocalizedText(
                        "เขียนแคชออฟไลน์ไม่ได้: " + e.getMessage(), e.getMessage()));
            }
        }
        return r;
    }

    /** Follows redirects by hand, checking every target before anything is sent to it. */
    private Response follow(String method, URI first, String accept) throws FetchException {
        URI uri = first;
        for (int hop = 0; hop <= access.maxRedirects(); hop++) {
            guard.check(uri);
            Answer a = withRetries(method, uri, accept);
            if (a.status >= 300 && a.status < 400 && a.location != null) {
                try {
                    uri = uri.resolve(a.location.strip());
                } catch (IllegalArgumentException e) {
                    throw new FetchException(FetchException.Kind.BAD_URL, new LocalizedText(
                            uri + " ส่งต่อไปยังที่อยู่ที่ไม่ใช่ URL: " + a.location,
                            uri + " redirects to something that is not a URL: " + a.location));
                }
                continue;
            }
            return new Response(first, uri, a.status, a.contentType, a.body, false);
        }
        throw new FetchException(FetchException.Kind.TOO_MANY_REDIRECTS, new LocalizedText(
                first + " ส่งต่อเกิน " + access.maxRedirects() + " ครั้ง",
                first + " redirects more than " + access.maxRedirects() + " times"));
    }

    private record Answer(int status, String contentType, String location, byte[] body) {}

    private Answer withRetries(String method, URI uri, String accept) throws FetchException {
        Duration backoff = FIRST_BACKOFF;
        for (int attempt = 0; ; attempt++) {
            Host host = hosts.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort(), k -> new Host(access));
            Duration wait;
            try {
                host.open.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw interrupted(uri);
            }
            try {
                sleep(host.slot());
                HttpResponse<InputStream> answer = send(method, uri, accept);
                int status = answer.statusCode();
                boolean retry = (status == 429 || status >= 500) && attempt < access.retries();
                wait = retry ? retryAfter(answer, backoff) : null;
                if (wait == null) {
                    String type = answer.headers().firstValue("Content-Type").orElse("");
                    String location = answer.headers().firstValue("Location").orElse(null);
                    byte[] body = status >= 300 && status < 400 && location != null ? discard(answer) : body(method, uri, answer);
                    return new Answer(status, type, location, body);
                }
                discard(answer);
            } finally {
                host.open.release();
            }
            sleep(wait);
            backoff = backoff.multipliedBy(2);
        }
    }

    /** How long to wait before retrying: the answer's {@code Retry-After} (seconds or a date), else the backoff; null: give up. */
    private Duration retryAfter(HttpResponse<?> answer, Duration backoff) {
        String value = answer.headers().firstValue("Retry-After").map(String::strip).orElse(null);
        if (value == null) {
            return backoff;
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value));
        } catch (NumberFormatException e) {
            try {
                wait = Duration.between(Instant.now(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
            } catch (DateTimeParseException e2) {
                return backoff;
            }
        }
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(access.maxRetryAfter()) > 0 ? null : wait;
    }

    private HttpResponse<InputStream> send(String method, URI uri, String accept) throws FetchException {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(access.timeout())
                    .header("User-Agent", USER_AGENT).method(method.equals("GET-STATUS") ? "GET" : method, HttpRequest.BodyPublishers.noBody());
            if (accept != null) {
                request.header("Accept", accept);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (HttpTimeoutException e) {
            throw timeout(uri);
        } catch (IOException e) {
            throw new FetchException(FetchException.Kind.IO, new LocalizedText(
                    "อ่าน " + uri + " ไม่ได้: " + e, uri + " could not be read: " + e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw interrupted(uri);
        }
    }

    /** The body, at most {@link NetworkAccess#maxBytes}, read before the timeout (the stream is closed at the deadline). */
    private byte[] body(String method, URI uri, HttpResponse<InputStream> answer) throws FetchException {
        if ("HEAD".equals(method) || "GET-STATUS".equals(method)) {
            discard(answer);
            return new byte[0];
        }
        long declared = answer.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > access.maxBytes()) {
            discard(answer);
            throw tooLarge(uri);
        }
        java.util.concurrent.atomic.AtomicBoolean late = new java.util.concurrent.atomic.AtomicBoolean();
        InputStream in = answer.body();
        ScheduledFuture<?> deadline = watchdog.schedule(() -> {
            late.set(true);
            try {
                in.close();
            } catch (IOException ignored) {
                // reading fails, which is the point
            }
        }, access.timeout().toMillis(), TimeUnit.MILLISECONDS);
        try (in) {
            byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, access.maxBytes() + 1));
            if (content.length > access.maxBytes()) {
                throw tooLarge(uri);
            }
            return content;
        } catch (IOException e) {
            if (late.get()) {
                throw timeout(uri);
            }
            throw new FetchException(FetchException.Kind.IO, new LocalizedText(
                    "อ่าน " + uri + " ไม่ครบ: " + e, uri + " could not be read to its end: " + e));
        } finally {
            deadline.cancel(false);
        }
    }

    private void sleep(Duration d) throws FetchException {
        if (d.isZero() || d.isNegative()) {
            return;
        }
        try {
            sleeper.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException(FetchException.Kind.IO, new LocalizedText("ถูกขัดจังหวะ", "interrupted"));
        }
    }

    private static byte[] discard(HttpResponse<InputStream> answer) {
        try {
            answer.body().close();
        } catch (IOException ignored) {
            // nothing more is read from it
        }
        return new byte[0];
    }

    private FetchException timeout(URI uri) {
        return new FetchException(FetchException.Kind.TIMEOUT, new LocalizedText(
                uri + " ไม่ตอบภายใน " + access.timeout().toSeconds() + " วินาที",
                uri + " did not answer within " + access.timeout().toSeconds() + " s"));
    }

    private FetchException tooLarge(URI uri) {
        return new FetchException(FetchException.Kind.TOO_LARGE, new LocalizedText(
                "เนื้อหาที่ " + uri + " ใหญ่เกิน " + access.maxBytes() + " ไบต์",
                "the content at " + uri + " is larger than " + access.maxBytes() + " bytes"));
    }

    private static FetchException interrupted(URI uri) {
        return new FetchException(FetchException.Kind.IO, new LocalizedText(
                "การอ่าน " + uri + " ถูกขัดจังหวะ", "reading " + uri + " was interrupted"));
    }

    @Override
    public void close() {
        if (watchdog != null) {
            watchdog.shutdownNow();
        }
    }

    /** One host's limits: a semaphore of open requests and the time the next request may start. */
    private static final class Host {
        final Semaphore open;
        private final long intervalNanos;
        private long next = System.nanoTime();

        Host(NetworkAccess access) {
            this.open = new Semaphore(access.concurrencyPerHost(), true);
            this.intervalNanos = (long) (1_000_000_000L / access.requestsPerSecond());
        }

        /** How long the caller waits before starting its request; books the slot after it. */
        synchronized Duration slot() {
            long now = System.nanoTime();
            long start = Math.max(now, next);
            next = start + intervalNanos;
            return Duration.ofNanos(start - now);
        }
    }
}
