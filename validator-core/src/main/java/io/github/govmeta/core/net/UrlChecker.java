package io.github.govmeta.core.net;

import io.github.govmeta.core.finding.LocalizedText;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Checks that URLs answer (access and download URLs, for the quality metrics that need the network), through
 * the one {@link HttpFetcher}: HEAD first, then a GET whose body is not read when HEAD is refused or fails;
 * redirects followed (each target's address checked), bounded timeouts, per-host rate and concurrency. A
 * URL answers when its final status is 2xx. Each URL is checked once per checker; checks run on a bounded
 * pool, so many may be under way while the run reads on. Thread-safe.
 */
public final class UrlChecker implements AutoCloseable {
    /**
     * What a URL answered.
     *
     * @param answers whether it answered 2xx
     * @param status  the final HTTP status, or 0 when there was no answer
     * @param why     what happened, in Thai and English
     */
    public record Status(boolean answers, int status, LocalizedText why) {}

    private final HttpFetcher fetcher;
    private final ExecutorService pool;
    private final Map<String, CompletableFuture<Status>> checked = new ConcurrentHashMap<>();

    /** @param threads checks under way at once, over every host */
    public UrlChecker(NetworkAccess access, int threads) {
        this.fetcher = new HttpFetcher(access);
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "govmeta-url-check");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts checking {@code url} (once); the answer comes with {@link #check}. */
    public void submit(String url) {
        checked.computeIfAbsent(url.strip(), u -> CompletableFuture.supplyAsync(() -> probe(u), pool));
    }

    /** Whether {@code url} answers, waiting for its check. */
    public Status check(String url) {
        submit(url);
        return checked.get(url.strip()).join();
    }

    private Status probe(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return new Status(false, 0, new LocalizedText("ไม่ใช่ URL: " + url, "not a URL: " + url));
        }
        HttpFetcher.Response head = null;
        try {
            head = fetcher.head(uri);
            if (head.ok()) {
                return answered(head, "HEAD");
            }
        } catch (FetchException e) {
            if (e.kind() == FetchException.Kind.BAD_URL || e.kind() == FetchException.Kind.REFUSED
                    || e.kind() == FetchException.Kind.UNKNOWN_HOST || e.kind() == FetchException.Kind.NOT_ALLOWED) {
                return new Status(false, 0, e.reason());
            }
        }
        try {
            HttpFetcher.Response get = fetcher.getStatus(uri);
            return get.ok() || head == null ? answered(get, "GET") : answered(get, "HEAD " + head.status() + ", GET");
        } catch (FetchException e) {
            return new Status(false, 0, e.reason());
        }
    }

    private static Status answered(HttpFetcher.Response r, String how) {
        String status = how + " → HTTP " + r.status();
        return r.ok() ? new Status(true, r.status(), new LocalizedText("ตอบกลับ (" + status + ")", "answers (" + status + ")"))
                : new Status(false, r.status(), new LocalizedText("ไม่ตอบกลับด้วยสถานะ 2xx (" + status + ")", "does not answer 2xx (" + status + ")"));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        fetcher.close();
    }
}
