package io.github.govmeta.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.server.Http.Part;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * 500 requests from 16 threads to 127.0.0.1, valid, invalid, malformed and oversized mixed: every answer is
 * the one its request deserves (or 503 with {@code Retry-After} when every slot is taken), the run ends in
 * bounded time, memory comes back, and the server answers afterwards.
 */
class ServerLoadTest {
    private static final int REQUESTS = 500;
    private static final int THREADS = 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void fiveHundredMixedRequestsFromSixteenThreads() throws Exception {
        Part valid = Part.file(Http.EXAMPLES.resolve("valid/multi-bma-flood-monitoring.json"));
        String invalid = Files.readString(Http.EXAMPLES.resolve("invalid/geospatial-bbox-swapped.json"));
        Part malformed = Part.file(Http.EXAMPLES.resolve("broken/truncated.json"));
        byte[] oversized = new byte[96 * 1024];
        Runtime rt = Runtime.getRuntime();
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger busy = new AtomicInteger();
        try (GovmetaServer server = GovmetaServer.start(new ServerConfig("127.0.0.1", 0, 64 * 1024, 5, Duration.ofSeconds(30), 8, Duration.ofSeconds(1)))) {
            Http http = new Http(server);
            http.multipart("/api/v1/validate", List.of(valid));
            System.gc();
            long before = rt.totalMemory() - rt.freeMemory();
            ExecutorService clients = Executors.newFixedThreadPool(THREADS);
            long start = System.nanoTime();
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                int kind = i % 4;
                answers.add(clients.submit(() -> {
                    switch (kind) {
                        case 0 -> expect(http.multipart("/api/v1/validate", List.of(valid)), "ready", ok, busy);
                        case 1 -> expect(http.json("/api/v1/validate", Map.of("contentToValidate", invalid, "contentSyntax", "application/json")), "not-ready", ok, busy);
                        case 2 -> {
                            HttpResponse<String> r = http.multipart("/api/v1/validate", List.of(malformed));
                            if (expect(r, "not-ready", ok, busy)) {
                                assertThat(r.body()).contains("GOVMETA-INPUT-SYNTAX");
                            }
                        }
                        default -> {
                            HttpResponse<String> r = http.post("/api/v1/validate", "application/json", oversized);
                            assertThat(r.statusCode()).isEqualTo(413);
                            assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(413);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : answers) {
                f.get(120, TimeUnit.SECONDS);
            }
            clients.shutdown();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isLessThan(Duration.ofSeconds(120));
            assertThat(ok.get() + busy.get()).isEqualTo(REQUESTS - REQUESTS / 4);
            assertThat(ok.get()).as("most requests are served, not turned away").isGreaterThan(REQUESTS / 2);
            System.gc();
            long after = rt.totalMemory() - rt.freeMemory();
            assertThat(after - before).as("heap growth in bytes").isLessThan(128L * 1024 * 1024);
            assertThat(JSON.readTree(http.get("/health").body()).get("freeSlots").asInt()).isEqualTo(8);
        }
    }

    /** A 200 with the verdict expected, or a 503 with {@code Retry-After}; true for the 200. */
    private static boolean expect(HttpResponse<String> r, String verdict, AtomicInteger ok, AtomicInteger busy) {
        if (r.statusCode() == 503) {
            assertThat(r.headers().firstValue("Retry-After")).hasValue("1");
            busy.incrementAndGet();
            return false;
        }
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Govmeta-Verdict")).hasValue(verdict);
        JSON.readTree(r.body());
        ok.incrementAndGet();
        return true;
    }
}
