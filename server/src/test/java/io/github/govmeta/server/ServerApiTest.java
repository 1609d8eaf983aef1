package io.github.govmeta.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.server.Http.Part;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The REST API over real HTTP on a random local port, on the Thai examples of the repository. */
class ServerApiTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GovmetaServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = GovmetaServer.start(new ServerConfig("127.0.0.1", 0, 256 * 1024, 3, Duration.ofSeconds(60), 4, Duration.ofSeconds(7)));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    private static List<String> rules(JsonNode report) {
        List<String> ids = new ArrayList<>();
        report.get("findings").forEach(f -> ids.add(f.get("ruleId").asString()));
        return ids;
    }

    /** The problem document of a refusal: its media type and the four members, with the status given. */
    private static JsonNode problem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode p = json(r);
        assertThat(p.get("status").asInt()).isEqualTo(status);
        assertThat(p.get("type").asString()).startsWith("urn:govmeta:problem:");
        assertThat(p.get("title").asString()).isNotBlank();
        assertThat(p.get("detail").asString()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
        return p;
    }

    @Test
    void uploadedFilesGetTheJsonReportWithTheirNamesAndThaiMessages() throws Exception {
        HttpResponse<String> r = http.multipart("/api/v1/validate", List.of(
                Part.file(Http.EXAMPLES.resolve("invalid/missing-title.json")),
                Part.file(Http.EXAMPLES.resolve("valid/statistics-tat-international-arrivals.json")),
                Part.field("profile", "th-gdc")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.headers().firstValue("X-Govmeta-Verdict")).hasValue("not-ready");
        JsonNode report = json(r);
        assertThat(report.at("/summary/errors").asInt()).isPositive();
        assertThat(report.at("/lang").asString()).isEqualTo("th");
        assertThat(rules(report)).contains("GDC-REQ-title");
        JsonNode first = report.get("findings").get(0);
        assertThat(first.at("/location/source").asString()).isEqualTo("missing-title.json");
        assertThat(first.get("message").asString()).matches("(?s).*[\\u0E00-\\u0E7F].*");
    }

    @Test
    void anItbJsonBodyOfTurtleIsCheckedAgainstTheShapesAndAnswersInEnglish() throws Exception {
        String turtle = Files.readString(Http.EXAMPLES.resolve("dcat/invalid-catalog.ttl"));
        HttpResponse<String> r = http.json("/api/v1/validate", Map.of("contentToValidate", turtle,
                "contentSyntax", "text/turtle", "validationType", "th-gdc", "locale", "en-US"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(report.at("/lang").asString()).isEqualTo("en");
        assertThat(report.at("/summary/errors").asInt()).isPositive();
        assertThat(report.at("/findings/0/location/source").asString()).isEqualTo("contentToValidate.ttl");

        HttpResponse<String> base64 = http.json("/api/v1/validate", Map.of("contentToValidate",
                Base64.getEncoder().encodeToString(turtle.getBytes(StandardCharsets.UTF_8)), "embeddingMethod", "BASE64",
                "reportSyntax", "application/sarif+json"));
        assertThat(base64.statusCode()).as(base64.body()).isEqualTo(200);
        assertThat(base64.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/sarif+json"));
        assertThat(json(base64).at("/runs/0/results").size()).isEqualTo(report.get("findings").size());
    }

    /** An agency's own rule on top of the profile's: every dataset needs a dct:identifier. */
    private static final String AGENCY_SHAPES = """
            @prefix sh: <http://www.w3.org/ns/shacl#> .
            @prefix dcat: <http://www.w3.org/ns/dcat#> .
            @prefix dct: <http://purl.org/dc/terms/> .
            <urn:agency:IdentifierShape> a sh:NodeShape ; sh:targetClass dcat:Dataset ;
                sh:property [ sh:path dct:identifier ; sh:minCount 1 ; sh:message "ต้องระบุรหัสชุดข้อมูลของหน่วยงาน"@th ] .
            """;

    @Test
    void extraShapesSentWithTheRequestApplyToDcatContent() throws Exception {
        String turtle = Files.readString(Http.EXAMPLES.resolve("dcat/valid-catalog.ttl"));
        HttpResponse<String> without = http.json("/api/v1/validate", Map.of("contentToValidate", turtle, "contentSyntax", "text/turtle"));
        assertThat(rules(json(without))).doesNotContain("GOVMETA-SHACL");
        HttpResponse<String> itb = http.json("/api/v1/validate", Map.of("contentToValidate", turtle, "contentSyntax", "text/turtle",
                "externalRules", List.of(Map.of("ruleSet", Base64.getEncoder().encodeToString(AGENCY_SHAPES.getBytes(StandardCharsets.UTF_8)),
                        "embeddingMethod", "BASE64", "ruleSyntax", "text/turtle"))));
        assertThat(itb.statusCode()).as(itb.body()).isEqualTo(200);
        assertThat(rules(json(itb))).contains("GOVMETA-SHACL");
        assertThat(itb.body()).contains("ต้องระบุรหัสชุดข้อมูลของหน่วยงาน");

        HttpResponse<String> form = http.multipart("/api/v1/validate", List.of(
                Part.file(Http.EXAMPLES.resolve("dcat/valid-catalog.ttl")),
                new Part("shapes", "agency-shapes.ttl", AGENCY_SHAPES.getBytes(StandardCharsets.UTF_8))));
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(rules(json(form))).contains("GOVMETA-SHACL");
        assertThat(json(form).at("/summary/sources").asInt()).as("the shapes are not checked as metadata").isEqualTo(1);
    }

    @Test
    void theReportFollowsAccept() throws Exception {
        Part file = Part.file(Http.EXAMPLES.resolve("invalid/bad-maintainer-email.json"));
        HttpResponse<String> sarif = http.multipart("/api/v1/validate", List.of(file), "Accept", "application/sarif+json");
        assertThat(json(sarif).get("version").asString()).isEqualTo("2.1.0");
        HttpResponse<String> junit = http.multipart("/api/v1/validate", List.of(file), "Accept", "application/xml");
        assertThat(junit.body()).contains("<testsuites");
        HttpResponse<String> html = http.multipart("/api/v1/validate", List.of(file), "Accept", "text/html");
        assertThat(html.body()).contains("id=\"verdict\"").contains("ยังไม่พร้อมลงทะเบียน");
        HttpResponse<String> csv = http.multipart("/api/v1/validate", List.of(file), "Accept", "text/csv;q=0.9, */*;q=0.1");
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        assertThat(csv.body()).startsWith("source,line,column,dataset,pointer,rule,severity,suppressed,message,value\r\n")
                .contains("bad-maintainer-email.json,");
        HttpResponse<String> any = http.multipart("/api/v1/validate", List.of(file), "Accept", "*/*");
        assertThat(json(any).get("reportVersion").asString()).isEqualTo("1");
    }

    @Test
    void aMalformedFileInAValidRequestIsALocatedFindingInA200Report() throws Exception {
        HttpResponse<String> r = http.multipart("/api/v1/validate", List.of(
                Part.file(Http.EXAMPLES.resolve("broken/truncated.json")), Part.file(Http.EXAMPLES.resolve("broken/bad-indent.yaml"))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode report = json(r);
        assertThat(rules(report)).contains("GOVMETA-INPUT-SYNTAX");
        report.get("findings").forEach(f -> assertThat(f.at("/location/line").asInt()).isPositive());
    }

    @Test
    void pastedTextIsSniffed() throws Exception {
        String yaml = Files.readString(Http.EXAMPLES.resolve("valid/dataset-nso-population.yaml"));
        HttpResponse<String> r = http.multipart("/api/v1/validate", List.of(Part.field("text", yaml), Part.field("lang", "en")));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("X-Govmeta-Verdict")).hasValue("ready");
        assertThat(json(r).at("/summary/datasets").asInt()).isEqualTo(1);
    }

    @Test
    void refusalsAreProblemDocuments() throws Exception {
        problem(http.post("/api/v1/validate", "application/json", new byte[300 * 1024]), 413);
        List<Part> four = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            four.add(Part.file(Http.EXAMPLES.resolve("invalid/missing-title.json")));
        }
        assertThat(problem(http.multipart("/api/v1/validate", four), 413).get("detail").asString()).contains("more than 3 files");
        problem(http.post("/api/v1/validate", "text/plain", "title: x".getBytes(StandardCharsets.UTF_8)), 415);
        problem(http.json("/api/v1/validate", Map.of("contentToValidate", "x", "contentSyntax", "application/pdf")), 415);
        assertThat(problem(http.post("/api/v1/validate", "application/json", "{\"contentToValidate\": \"x\",\n ]".getBytes(StandardCharsets.UTF_8)), 400)
                .get("detail").asString()).contains("line 2");
        problem(http.json("/api/v1/validate", Map.of("embeddingMethod", "STRING")), 400);
        assertThat(problem(http.json("/api/v1/validate", Map.of("contentToValidate", "https://example.org/a.json", "embeddingMethod", "URL")), 400)
                .get("detail").asString()).contains("URL");
        problem(http.json("/api/v1/validate", Map.of("contentToValidate", "%%%", "embeddingMethod", "BASE64")), 400);
        problem(http.json("/api/v1/validate", Map.of("contentToValidate", "{}", "locale", "fr")), 400);
        problem(http.multipart("/api/v1/validate", List.of(Part.field("lang", "th"))), 400);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThat(problem(http.multipart("/api/v1/validate", List.of(new Part("file", "logo.png", png))), 422)
                .get("detail").asString()).startsWith("logo.png: not a metadata file");
        assertThat(problem(http.json("/api/v1/validate", Map.of("contentToValidate", "{}", "validationType", "th-gdc@9.9")), 422)
                .get("detail").asString()).contains("th-gdc@9.9");
        problem(http.json("/api/v1/validate", Map.of("contentToValidate", "{}", "externalRules", List.of(Map.of("ruleSet", "x")))), 422);
        problem(http.get("/api/v1/nothing"), 404);
        problem(http.get("/api/v1/validate"), 405);
        problem(http.get("/api/v1/rules/GDC-REQ-titel"), 404);
        assertThat(http.get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void busyServersAnswer503WithRetryAfter() throws Exception {
        server.slots().acquire(4);
        try {
            HttpResponse<String> r = http.json("/api/v1/validate", Map.of("contentToValidate", "{}"));
            problem(r, 503);
            assertThat(r.headers().firstValue("Retry-After")).hasValue("7");
        } finally {
            server.slots().release(4);
        }
        assertThat(http.json("/api/v1/validate", Map.of("contentToValidate", "{}")).statusCode()).isEqualTo(200);
    }

    @Test
    void aValidationOutOfTimeIs503() throws Exception {
        try (GovmetaServer slow = GovmetaServer.start(new ServerConfig("127.0.0.1", 0, 1 << 20, 3, Duration.ZERO, 2, Duration.ofSeconds(3)))) {
            HttpResponse<String> r = new Http(slow).multipart("/api/v1/validate", List.of(Part.file(Http.EXAMPLES.resolve("dumps/catalog-bma.jsonl"))));
            assertThat(problem(r, 503).get("detail").asString()).contains("longer than");
            assertThat(r.headers().firstValue("Retry-After")).hasValue("3");
        }
    }

    @Test
    void profilesAndRules() throws Exception {
        JsonNode profiles = json(http.get("/api/v1/profiles"));
        List<String> types = new ArrayList<>();
        profiles.forEach(p -> types.add(p.get("validationType").asString()));
        assertThat(types).anyMatch(t -> t.startsWith("th-gdc@"));
        assertThat(profiles.valueStream().filter(p -> p.get("default").asBoolean()).count()).isEqualTo(1);

        JsonNode rules = json(http.get("/api/v1/rules?profile=th-gdc"));
        assertThat(rules.get("profile").asString()).startsWith("th-gdc@");
        List<String> ids = new ArrayList<>();
        rules.get("rules").forEach(r -> ids.add(r.get("id").asString()));
        assertThat(ids).contains("GDC-REQ-title", "GOVMETA-INPUT-SYNTAX");

        JsonNode title = json(http.get("/api/v1/rules/GDC-REQ-title"));
        assertThat(title.at("/title/th").asString()).matches("(?s).*[\\u0E00-\\u0E7F].*");
        assertThat(title.at("/severity").asString()).isEqualTo("error");
        problem(http.get("/api/v1/rules?profile=nope"), 400);
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        for (HttpResponse<String> r : List.of(http.get("/"), http.get("/health"), http.get("/api/v1/nothing"),
                http.multipart("/api/v1/validate", List.of(Part.file(Http.EXAMPLES.resolve("invalid/missing-title.json"))), "Accept", "text/html"))) {
            String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'none'").contains("script-src 'sha256-").doesNotContain("unsafe-inline");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }
}
