package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --ckan} on the command line, against a CKAN portal on 127.0.0.1 started by the test serving the
 * BMA dump as package_search pages: no request without {@code --allow-network}, none to a loopback address
 * without {@code --allow-private-urls}, and with both the datasets are checked and the pages summed up.
 */
class LiveCatalogCommandTest {
    @TempDir
    Path dir;

    private HttpServer portal;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;

    @BeforeEach
    void start() throws Exception {
        List<String> lines = Files.readAllLines(CliRun.ROOT.resolve("examples/dumps/catalog-bma.jsonl")).stream()
                .filter(l -> !l.isBlank()).toList();
        portal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        portal.createContext("/api/3/action/package_search", x -> {
            requests.add(x.getRequestURI().toString());
            String q = x.getRequestURI().getQuery();
            int rows = Integer.parseInt(q.replaceAll(".*rows=(\\d+).*", "$1"));
            int start = Integer.parseInt(q.replaceAll(".*start=(\\d+).*", "$1"));
            String results = String.join(",\n", lines.subList(Math.min(start, lines.size()), Math.min(start + rows, lines.size())));
            byte[] body = ("{\"help\": \"" + base + "/api/3/action/help_show?name=package_search\", \"success\": true, \"result\": {\"count\": "
                    + lines.size() + ", \"sort\": \"name asc\", \"facets\": {}, \"results\": [\n" + results + "\n], \"search_facets\": {}}}")
                    .getBytes(StandardCharsets.UTF_8);
            x.getResponseHeaders().add("Content-Type", "application/json;charset=utf-8");
            x.sendResponseHeaders(200, body.length);
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        });
        portal.start();
        base = "http://127.0.0.1:" + portal.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        portal.stop(0);
    }

    @Test
    void noRequestWithoutAllowNetwork() {
        CliRun r = CliRun.run(dir, "validate", "--no-config", "--ckan", base);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("--allow-network");
        assertThat(requests).isEmpty();
        CliRun s = CliRun.run(dir, "score", "--no-config", "--ckan", base, "--all-orgs");
        assertThat(s.exitCode()).isEqualTo(2);
        assertThat(requests).isEmpty();
    }

    @Test
    void noPathAndNoCatalogIsAUsageError() {
        CliRun r = CliRun.run(dir, "validate", "--no-config");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("Missing required parameter: 'PATH' (or a live catalog: --ckan URL, --dcat URL)");
        assertThat(CliRun.run(dir, "baseline", "--no-config").err()).contains("Missing required parameter: 'PATH'");
    }

    @Test
    void loopbackRefusedWithoutAllowPrivateUrls() {
        CliRun r = CliRun.run(dir, "validate", "--no-config", "--lang", "en", "--ckan", base, "--allow-network");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("GOVMETA-INPUT-REMOTE").contains("private or loopback address");
        assertThat(requests).isEmpty();
    }

    @Test
    void readsThePortalPageByPage() {
        CliRun r = CliRun.run(dir, "validate", "--no-config", "--lang", "en", "--no-timing", "--ckan", base, "--rows", "5",
                "--allow-network", "--allow-private-urls", "--format", "json");
        assertThat(r.exitCode()).as(r.err()).isIn(0, 1);
        assertThat(requests).hasSize(2);
        assertThat(r.out()).contains("\"source\" : \"" + base + "/api/3/action/package_search?sort=name%20asc&rows=5&start=0\"")
                .contains("\"datasetPage\" : \"" + base + "/dataset/bma-pranakhon-communities\"");
        assertThat(requests.get(1)).endsWith("rows=5&start=5");
        assertThat(r.err()).contains("govmeta: " + base + ": 2 pages, 8 datasets, 0 failed");
        CliRun th = CliRun.run(dir, "score", "--no-config", "--ckan", base, "--allow-network", "--allow-private-urls", "--today", "2025-01-15");
        assertThat(th.exitCode()).as(th.err()).isZero();
        assertThat(th.out()).contains("bma-population-by-district");
        assertThat(th.err()).contains("อ่าน 1 หน้า 8 ชุดข้อมูล อ่านไม่ได้ 0 หน้า");
    }

    @Test
    void offlineCacheReplaysWithoutTheNetwork() {
        Path cache = dir.resolve("cache");
        CliRun live = CliRun.run(dir, "validate", "--no-config", "--no-timing", "--ckan", base, "--allow-network", "--allow-private-urls",
                "--offline-cache", cache.toString());
        int sent = requests.size();
        CliRun replay = CliRun.run(dir, "validate", "--no-config", "--no-timing", "--ckan", base, "--offline-cache", cache.toString());
        assertThat(requests).hasSize(sent);
        assertThat(replay.out()).isEqualTo(live.out());
        assertThat(replay.exitCode()).isEqualTo(live.exitCode());
        assertThat(replay.err()).contains("จากแคชออฟไลน์ 1 หน้า");
    }

    @Test
    void nationalViewOfAPortal() throws Exception {
        CliRun r = CliRun.run(dir, "score", "--no-config", "--lang", "en", "--today", "2025-01-15", "--ckan", base, "--allow-network",
                "--allow-private-urls", "--national", "national");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.err()).contains("national.html").contains("national.csv").contains("national.json");
        List<String> csv = Files.readAllLines(dir.resolve("national/national.csv"));
        assertThat(csv).hasSize(2);
        assertThat(csv.get(1)).startsWith("bma,bma,8,");
        assertThat(Files.readString(dir.resolve("national/national.html"))).contains("Metadata quality by agency").contains("data-agency=\"bma\"");
    }

    @Test
    void checkUrlsRefusesLoopbackWithoutAllowPrivateUrls() throws Exception {
        String dataset = Files.readString(CliRun.ROOT.resolve("examples/valid/record-moph-health-facilities.json"))
                .replace("https://opendata.moph.go.th/files/hcode/", base + "/files/");
        Files.writeString(dir.resolve("moph.json"), dataset);
        CliRun refused = CliRun.run(dir, "score", "--no-config", "--lang", "en", "--explain", "--today", "2025-01-15", "--check-urls", "moph.json");
        assertThat(refused.exitCode()).as(refused.err()).isZero();
        assertThat(refused.out()).contains("access URL answers").contains("private or loopback address").doesNotContain("only with --check-urls");
        assertThat(requests).isEmpty();
        CliRun checked = CliRun.run(dir, "score", "--no-config", "--lang", "en", "--explain", "--today", "2025-01-15", "--check-urls",
                "--allow-private-urls", "moph.json");
        assertThat(checked.out()).contains("does not answer 2xx (HEAD 404, GET → HTTP 404)");
        assertThat(requests).isEmpty(); // the portal logs package_search only; /files/ answered 404 by the server itself
        CliRun without = CliRun.run(dir, "score", "--no-config", "--lang", "en", "--explain", "--today", "2025-01-15", "moph.json");
        assertThat(without.out()).contains("only with --check-urls");
    }
}
