package io.github.govmeta.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code embeddingMethod: URL}: off by default; with {@code --allow-url-input} only public addresses are
 * fetched (a local test server that must receive no request stands for a private one); with
 * {@code --allow-private-urls} too, the content is fetched, redirects followed and sizes bounded.
 */
class UrlInputTest {
    private HttpServer origin;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void origin() throws Exception {
        byte[] dataset = Files.readAllBytes(Http.EXAMPLES.resolve("invalid/missing-title.json"));
        origin = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        origin.createContext("/catalog/missing-title.json", x -> {
            requests.incrementAndGet();
            x.sendResponseHeaders(200, dataset.length);
            x.getResponseBody().write(dataset);
            x.close();
        });
        origin.createContext("/moved", x -> {
            requests.incrementAndGet();
            x.getResponseHeaders().add("Location", "/catalog/missing-title.json");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        origin.createContext("/big", x -> {
            requests.incrementAndGet();
            byte[] big = new byte[300 * 1024];
            java.util.Arrays.fill(big, (byte) ' ');
            x.sendResponseHeaders(200, big.length);
            x.getResponseBody().write(big);
            x.close();
        });
        origin.start();
        base = "http://127.0.0.1:" + origin.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        origin.stop(0);
    }

    private HttpResponse<String> validate(UrlInput.Policy policy, String url) throws Exception {
        ServerConfig config = new ServerConfig("127.0.0.1", 0, 256 * 1024, 3, Duration.ofSeconds(60), 2, Duration.ofSeconds(5), policy);
        try (GovmetaServer server = GovmetaServer.start(config)) {
            return new Http(server).json("/api/v1/validate", Map.of("contentToValidate", url, "embeddingMethod", "URL"));
        }
    }

    @Test
    void offByDefault() throws Exception {
        HttpResponse<String> r = validate(UrlInput.Policy.OFF, base + "/catalog/missing-title.json");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("--allow-url-input");
        assertThat(requests).hasValue(0);
    }

    @Test
    void publicOnlyRefusesLoopbackWithoutSendingARequest() throws Exception {
        for (String url : new String[] {base + "/catalog/missing-title.json", "http://localhost:" + origin.getAddress().getPort() + "/x",
                "http://10.0.0.1/x", "http://169.254.169.254/latest/meta-data", "http://[::1]:1/x", "ftp://example.org/x"}) {
            HttpResponse<String> r = validate(UrlInput.Policy.PUBLIC, url);
            assertThat(r.statusCode()).as(url).isIn(400, 422);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void privateAllowedFetchesFollowsRedirectsAndBoundsTheSize() throws Exception {
        HttpResponse<String> r = validate(UrlInput.Policy.ANY, base + "/moved");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(r.body()).toString()).contains("GDC-REQ-title");
        assertThat(requests).hasValue(2);
        HttpResponse<String> big = validate(UrlInput.Policy.ANY, base + "/big");
        assertThat(big.statusCode()).isEqualTo(413);
    }
}
