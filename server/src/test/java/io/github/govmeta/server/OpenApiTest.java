package io.github.govmeta.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.server.Http.Part;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI document the server serves, held to the server's real answers. */
class OpenApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GovmetaServer server;
    private static Http http;
    private static JsonNode doc;

    @BeforeAll
    static void start() throws Exception {
        server = GovmetaServer.start(new ServerConfig("127.0.0.1", 0, 64 * 1024, 2, Duration.ofSeconds(60), 2, Duration.ofSeconds(5)));
        http = new Http(server);
        doc = JSON.readTree(http.get("/api/v1/openapi.json").body());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** The answer's status is documented for the operation, and its media type is one the document lists for it. */
    private static void conforms(String path, String method, HttpResponse<String> r) {
        JsonNode responses = doc.at("/paths/" + path.replace("/", "~1") + "/" + method + "/responses");
        assertThat(responses.isMissingNode()).as(method + " " + path + " is documented").isFalse();
        JsonNode response = responses.get(Integer.toString(r.statusCode()));
        assertThat(response).as(method + " " + path + " documents status " + r.statusCode() + ": " + r.body()).isNotNull();
        if (response.has("$ref")) {
            response = doc.at(response.get("$ref").asString().substring(1));
        }
        String type = r.headers().firstValue("Content-Type").orElseThrow().split(";")[0].trim();
        List<String> documented = new ArrayList<>();
        response.get("content").propertyNames().forEach(documented::add);
        assertThat(documented).as(method + " " + path + " " + r.statusCode()).contains(type);
        response.get("content").get(type).at("/schema/required").forEach(field -> {
            if (type.endsWith("json")) {
                JsonNode body = JSON.readTree(r.body());
                if (body.isObject()) {
                    assertThat(body.has(field.asString())).as(method + " " + path + " has " + field).isTrue();
                }
            }
        });
        JsonNode headers = response.get("headers");
        if (headers != null) {
            headers.propertyNames().forEach(h -> assertThat(r.headers().firstValue(h)).as(h).isPresent());
        }
    }

    @Test
    void isOpenApi31() {
        assertThat(doc.get("openapi").asString()).startsWith("3.1.");
    }

    @Test
    void everyGetPathAnswersAsDocumented() throws Exception {
        List<String> paths = new ArrayList<>();
        doc.get("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/api/v1/validate", "/api/v1/profiles", "/api/v1/rules", "/api/v1/rules/{id}", "/health");
        for (String path : paths) {
            if (doc.at("/paths/" + path.replace("/", "~1") + "/get").isMissingNode()) {
                continue;
            }
            String real = path.replace("{id}", "GDC-REQ-title");
            conforms(path, "get", http.get(real));
        }
        conforms("/api/v1/rules/{id}", "get", http.get("/api/v1/rules/NO-SUCH-RULE"));
        conforms("/api/v1/rules", "get", http.get("/api/v1/rules?profile=no-such-profile"));
    }

    @Test
    void validateAnswersEveryDocumentedReportAndRefusal() throws Exception {
        Part file = Part.file(Http.EXAMPLES.resolve("invalid/frequency-not-in-list.json"));
        JsonNode accepts = doc.at("/paths/~1api~1v1~1validate/post/parameters/0/schema/enum");
        assertThat(accepts.size()).isEqualTo(ReportFormat.values().length);
        for (JsonNode accept : accepts) {
            HttpResponse<String> r = http.multipart("/api/v1/validate", List.of(file), "Accept", accept.asString());
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith(accept.asString());
            conforms("/api/v1/validate", "post", r);
        }
        conforms("/api/v1/validate", "post", http.json("/api/v1/validate", Map.of("contentToValidate", "{}")));
        conforms("/api/v1/validate", "post", http.json("/api/v1/validate", Map.of("embeddingMethod", "BASE64")));
        conforms("/api/v1/validate", "post", http.post("/api/v1/validate", "application/json", new byte[65 * 1024]));
        conforms("/api/v1/validate", "post", http.post("/api/v1/validate", "text/plain", new byte[1]));
        conforms("/api/v1/validate", "post", http.json("/api/v1/validate", Map.of("contentToValidate", "{}", "validationType", "x@1")));
        server.slots().acquire(2);
        try {
            conforms("/api/v1/validate", "post", http.json("/api/v1/validate", Map.of("contentToValidate", "{}")));
        } finally {
            server.slots().release(2);
        }
    }
}
