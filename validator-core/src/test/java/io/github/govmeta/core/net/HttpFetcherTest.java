package io.github.govmeta.core.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one HTTP client, against a server on 127.0.0.1 started by the test. */
class HttpFetcherTest {
    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger open = new AtomicInteger();
    private final AtomicInteger mostOpen = new AtomicInteger();
    private final AtomicInteger busy = new AtomicInteger();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/ok", x -> send(x, 200, "ชุดข้อมูล"));
        server.createContext("/moved", x -> redirect(x, "/ok"));
        server.createContext("/to-private", x -> redirect(x, "http://10.0.0.1/x"));
        server.createContext("/to-metadata", x -> redirect(x, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/loop", x -> redirect(x, "/loop"));
        server.createContext("/busy", x -> {
            if (busy.getAndIncrement() == 0) {
                x.getResponseHeaders().add("Retry-After", "7");
                send(x, 429, "slow down");
            } else {
                send(x, 200, "ok now");
            }
        });
        server.createContext("/down", x -> send(x, 503, "down"));
        server.createContext("/too-long-retry", x -> {
            x.getResponseHeaders().add("Retry-After", "3600");
            send(x, 429, "come back in an hour");
        });
        server.createContext("/slow", x -> {
            sleep(3000);
            send(x, 200, "late");
        });
        server.createContext("/trickle", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 30; i++) {
                    out.write(' ');
                    out.flush();
                    sleep(100);
                }
            } catch (IOException ignored) {
                // the client closed
            }
        });
        server.createContext("/big", x -> send(x, 200, " ".repeat(5000)));
        server.createContext("/big-chunked", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(200, 0);
            try (OutputStream out = x.getResponseBody()) {
                out.write(" ".repeat(5000).getBytes(StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the client stopped reading
            }
        });
        server.createContext("/held", x -> {
            int now = open.incrementAndGet();
            mostOpen.accumulateAndGet(now, Math::max);
            sleep(200);
            open.decrementAndGet();
            send(x, 200, "held");
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void send(HttpExchange x, int status, String body) throws IOException {
        requests.incrementAndGet();
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
        try {
            x.sendResponseHeaders(status, b.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(b);
            }
        } catch (IOException ignored) {
            // the client gave up
        }
    }

    private void redirect(HttpExchange x, String to) throws IOException {
        requests.incrementAndGet();
        x.getResponseHeaders().add("Location", to);
        x.sendResponseHeaders(302, -1);
        x.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private NetworkAccess trusting() {
        return NetworkAccess.publicOnly().withTrustedHosts(Set.of("127.0.0.1:" + server.getAddress().getPort()))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)).withRate(1000, 2);
    }

    /** A fetcher that records its waits instead of sleeping through the long ones (Retry-After, backoff). */
    private HttpFetcher fetcher(NetworkAccess access) {
        return new HttpFetcher(access, d -> {
            waits.add(d);
            Thread.sleep(Math.min(d.toMillis(), 20));
        });
    }

    private URI at(String path) {
        return URI.create(base + path);
    }

    @Test
    void everyPrivateRangeIsPrivate() throws Exception {
        for (String a : new String[] {"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
                "::1", "fe80::1", "fd00::1", "224.0.0.1", "::ffff:10.0.0.1"}) {
            assertThat(AddressGuard.privateAddress(InetAddress.getByName(a))).as(a).isTrue();
        }
        for (String a : new String[] {"164.115.1.1", "8.8.8.8", "2001:4860::8888", "100.128.0.1"}) {
            assertThat(AddressGuard.privateAddress(InetAddress.getByName(a))).as(a).isFalse();
        }
    }

    @Test
    void offSendsNothing() {
        try (HttpFetcher f = fetcher(NetworkAccess.OFF)) {
            assertThatThrownBy(() -> f.get(at("/ok"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.NOT_ALLOWED));
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void publicOnlyRefusesLoopbackAndPrivateHostsBeforeSending() {
        try (HttpFetcher f = fetcher(NetworkAccess.publicOnly())) {
            for (String url : new String[] {base + "/ok", "http://localhost:" + server.getAddress().getPort() + "/ok",
                    "http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]:1/x"}) {
                assertThatThrownBy(() -> f.get(URI.create(url))).as(url).isInstanceOfSatisfying(FetchException.class,
                        e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED));
            }
            assertThatThrownBy(() -> f.get(URI.create("ftp://example.org/x"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BAD_URL));
            assertThatThrownBy(() -> f.get(URI.create("file:///etc/passwd"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.BAD_URL));
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void aTrustedHostStillCannotRedirectToAPrivateAddress() throws Exception {
        try (HttpFetcher f = fetcher(trusting())) {
            HttpFetcher.Response r = f.get(at("/moved"));
            assertThat(r.status()).isEqualTo(200);
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("ชุดข้อมูล");
            assertThat(r.finalUri()).isEqualTo(at("/ok"));
            assertThat(requests).hasValue(2);
            for (String path : new String[] {"/to-private", "/to-metadata"}) {
                assertThatThrownBy(() -> f.get(at(path))).isInstanceOfSatisfying(FetchException.class, e -> {
                    assertThat(e.kind()).isEqualTo(FetchException.Kind.REFUSED);
                    assertThat(e.reason().th()).contains("--allow-private-urls");
                });
            }
            assertThat(requests).hasValue(4);
            assertThatThrownBy(() -> f.get(at("/loop"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_MANY_REDIRECTS));
        }
    }

    @Test
    void retriesHonourRetryAfterAndBackOff() throws Exception {
        try (HttpFetcher f = fetcher(trusting().withRetries(3, Duration.ofSeconds(60)))) {
            HttpFetcher.Response r = f.get(at("/busy"));
            assertThat(r.status()).isEqualTo(200);
            assertThat(waits).contains(Duration.ofSeconds(7));
            waits.clear();
            assertThat(f.get(at("/down")).status()).isEqualTo(503);
            assertThat(waits).filteredOn(d -> d.toMillis() >= 100)
                    .containsExactly(Duration.ofMillis(500), Duration.ofMillis(1000), Duration.ofMillis(2000));
            waits.clear();
            int before = requests.get();
            assertThat(f.get(at("/too-long-retry")).status()).isEqualTo(429);
            assertThat(requests.get() - before).isEqualTo(1);
            assertThat(waits).noneMatch(d -> d.toSeconds() >= 60);
        }
    }

    @Test
    void boundedInTimeAndSize() {
        try (HttpFetcher f = fetcher(trusting().withMaxBytes(1000))) {
            long t0 = System.nanoTime();
            assertThatThrownBy(() -> f.get(at("/slow"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
            assertThatThrownBy(() -> f.get(at("/trickle"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TIMEOUT));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
            assertThatThrownBy(() -> f.get(at("/big"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
            assertThatThrownBy(() -> f.get(at("/big-chunked"))).isInstanceOfSatisfying(FetchException.class,
                    e -> assertThat(e.kind()).isEqualTo(FetchException.Kind.TOO_LARGE));
        }
    }

    @Test
    void concurrencyPerHostIsBounded() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (HttpFetcher f = new HttpFetcher(trusting().withRate(1000, 2))) {
            List<Future<HttpFetcher.Response>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 6; i++) {
                all.add(pool.submit(() -> f.get(at("/held"))));
            }
            for (Future<HttpFetcher.Response> r : all) {
                assertThat(r.get().status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mostOpen.get()).isEqualTo(2);
    }

    @Test
    void rateLimitSpacesRequestsToOneHost() throws Exception {
        try (HttpFetcher f = new HttpFetcher(trusting().withRate(5, 2))) {
            long t0 = System.nanoTime();
            for (int i = 0; i < 4; i++) {
                f.get(at("/ok"));
            }
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(590));
        }
    }

    @Test
    void offlineCacheKeepsAnswersForAnOfflineRerun() throws Exception {
        Path cache = dir.resolve("cache");
        try (HttpFetcher f = fetcher(trusting().withOfflineCache(cache))) {
            assertThat(f.get(at("/moved")).cached()).isFalse();
        }
        int sent = requests.get();
        try (HttpFetcher offline = fetcher(NetworkAccess.OFF.withOfflineCache(cache))) {
            HttpFetcher.Response r = offline.get(at("/moved"));
            assertThat(r.cached()).isTrue();
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.finalUri()).isEqualTo(at("/ok"));
            assertThat(new String(r.body(), StandardCharsets.UTF_8)).isEqualTo("ชุดข้อมูล");
            assertThatThrownBy(() -> offline.get(at("/ok"))).isInstanceOfSatisfying(FetchException.class, e -> {
                assertThat(e.kind()).isEqualTo(FetchException.Kind.NOT_ALLOWED);
                assertThat(e.getMessage()).contains("not in the offline cache");
            });
            assertThatThrownBy(() -> offline.head(at("/moved"))).isInstanceOf(FetchException.class);
        }
        assertThat(requests).hasValue(sent);
        try (var files = java.nio.file.Files.list(cache)) {
            assertThat(files.map(p -> p.getFileName().toString())).hasSize(2).noneMatch(n -> n.endsWith(".tmp"));
        }
    }
}
