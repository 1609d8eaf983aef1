package io.github.govmeta.core.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.net.NetworkAccess;
import io.github.govmeta.core.quality.DatasetScore.DimensionScore;
import io.github.govmeta.core.quality.DatasetScore.MetricScore;
import io.github.govmeta.core.quality.DatasetScore.ModelScore;
import io.github.govmeta.core.quality.DatasetScore.Status;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --check-urls}: the MQA metric "access URL answers" measured against a server on 127.0.0.1 started
 * by the test (HEAD, GET when HEAD is refused, a missing file, a slow one, a redirect to a private address
 * that must not be followed); without it the metric is left out and accessibility renormalised.
 */
class CheckUrlsTest {
    @TempDir
    Path dir;

    private HttpServer files;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void start() throws IOException {
        files = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        files.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        files.createContext("/files/health-facilities.csv", x -> answer(x, 200));
        files.createContext("/files/no-head.xlsx", x -> answer(x, x.getRequestMethod().equals("HEAD") ? 405 : 200));
        files.createContext("/files/gone.csv", x -> answer(x, 404));
        files.createContext("/files/slow.csv", x -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(x, 200);
        });
        files.createContext("/files/moved.csv", x -> {
            requests.add(x.getRequestMethod() + " " + x.getRequestURI());
            x.getResponseHeaders().add("Location", "http://10.0.0.1/internal.csv");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        files.start();
        base = "http://127.0.0.1:" + files.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        files.stop(0);
    }

    private void answer(HttpExchange x, int status) throws IOException {
        requests.add(x.getRequestMethod() + " " + x.getRequestURI());
        byte[] body = "รหัส,ชื่อสถานพยาบาล\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try {
            x.sendResponseHeaders(status, x.getRequestMethod().equals("HEAD") ? -1 : body.length);
            if (!x.getRequestMethod().equals("HEAD")) {
                x.getResponseBody().write(body);
            }
        } catch (IOException ignored) {
            // the client gave up
        }
        x.close();
    }

    /** The MOPH health facilities record with one resource per URL. */
    private byte[] dataset(String... paths) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        ObjectNode d = (ObjectNode) json.readTree(TestRecords.ROOT.resolve("examples/valid/record-moph-health-facilities.json").toFile());
        ObjectNode first = (ObjectNode) d.get("resources").get(0);
        ArrayNode resources = d.putArray("resources");
        for (String p : paths) {
            ObjectNode r = first.deepCopy();
            r.put("url", base + p);
            r.put("name", "ทรัพยากร " + p);
            resources.add(r);
        }
        return json.writeValueAsBytes(d);
    }

    private Scoring.Outcome score(byte[] dataset, boolean checkUrls) {
        return score(dataset, checkUrls, NetworkAccess.OFF);
    }

    private Scoring.Outcome score(byte[] dataset, boolean checkUrls, NetworkAccess base) {
        NetworkAccess network = base.withTrustedHosts(Set.of("127.0.0.1:" + files.getAddress().getPort()))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)).withRate(1000, 4).withRetries(0, Duration.ZERO);
        return Scoring.score(ValidationRequest.builder(dir).noConfig(true).timing(false).today(LocalDate.of(2025, 1, 15))
                .source("moph-health-facilities.json", dataset).network(network).build(), checkUrls);
    }

    private static MetricScore metric(Scoring.Outcome o, String model, String dimension, String metric) {
        ModelScore m = o.report().datasets().get(0).models().stream().filter(x -> x.model().id().equals(model)).findFirst().orElseThrow();
        DimensionScore d = m.dimensions().stream().filter(x -> x.dimension().id().equals(dimension)).findFirst().orElseThrow();
        return d.metrics().stream().filter(x -> x.metric().id().equals(metric)).findFirst().orElseThrow();
    }

    @Test
    void withoutCheckUrlsTheMetricIsLeftOutAndNothingIsSent() throws IOException {
        Scoring.Outcome o = score(dataset("/files/health-facilities.csv"), false);
        MetricScore access = metric(o, "mqa", "accessibility", "access-url-status");
        assertThat(access.status()).isEqualTo(Status.LEFT_OUT);
        assertThat(access.reason().en()).contains("--check-urls");
        assertThat(requests).isEmpty();
    }

    @Test
    void accessUrlsAnswerShareOfResources() throws IOException {
        Scoring.Outcome o = score(dataset("/files/health-facilities.csv", "/files/no-head.xlsx", "/files/gone.csv",
                "/files/slow.csv", "/files/moved.csv"), true);
        assertThat(o.problems()).isEmpty();
        MetricScore access = metric(o, "mqa", "accessibility", "access-url-status");
        assertThat(access.status()).isEqualTo(Status.PARTIAL);
        assertThat(access.earned()).isCloseTo(50 * 2 / 5.0, within(1e-9));
        assertThat(access.reason().en()).contains("in 2 of 5 resources");
        assertThat(requests).contains("HEAD /files/health-facilities.csv", "HEAD /files/no-head.xlsx", "GET /files/no-head.xlsx",
                "HEAD /files/gone.csv", "GET /files/gone.csv");
        assertThat(requests).doesNotContain("GET /files/health-facilities.csv");
        assertThat(requests).filteredOn(r -> r.contains("moved")).hasSize(1); // the redirect to 10.0.0.1 is not followed, nor retried by GET
        MetricScore download = metric(o, "mqa", "accessibility", "download-url-status");
        assertThat(download.status()).isEqualTo(Status.MISSED);
    }

    @Test
    void everyUrlAnsweringEarnsThePoints() throws IOException {
        Scoring.Outcome o = score(dataset("/files/health-facilities.csv", "/files/no-head.xlsx"), true);
        MetricScore access = metric(o, "mqa", "accessibility", "access-url-status");
        assertThat(access.status()).isEqualTo(Status.EARNED);
        assertThat(access.earned()).isEqualTo(50.0);
        Scoring.Outcome without = score(dataset("/files/health-facilities.csv", "/files/no-head.xlsx"), false);
        DimensionScore with = o.report().datasets().get(0).models().get(1).dimensions().get(1);
        DimensionScore left = without.report().datasets().get(0).models().get(1).dimensions().get(1);
        assertThat(with.dimension().id()).isEqualTo("accessibility");
        assertThat(with.score()).isCloseTo(50.0, within(1e-9)); // 50 of 100: no download URL maps from CKAN in th-gdc
        assertThat(left.score()).isCloseTo(0.0, within(1e-9)); // renormalised from the download URL alone, which is missing
    }

    @Test
    void checksRecordedInTheOfflineCacheAreReplayedWithoutARequest() throws IOException {
        Path cache = dir.resolve("cache");
        byte[] d = dataset("/files/health-facilities.csv", "/files/gone.csv");
        Scoring.Outcome live = score(d, true, NetworkAccess.publicOnly().withOfflineCache(cache));
        int sent = requests.size();
        assertThat(sent).isEqualTo(3); // HEAD, then HEAD and GET of the missing file
        Scoring.Outcome replay = score(d, true, NetworkAccess.OFF.withOfflineCache(cache));
        assertThat(requests).hasSize(sent);
        MetricScore recorded = metric(live, "mqa", "accessibility", "access-url-status");
        MetricScore replayed = metric(replay, "mqa", "accessibility", "access-url-status");
        assertThat(replayed.earned()).isEqualTo(recorded.earned()).isEqualTo(25.0);
        assertThat(replayed.reason()).isEqualTo(recorded.reason());
    }
}
