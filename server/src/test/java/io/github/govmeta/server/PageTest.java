package io.github.govmeta.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.server.Http.Part;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The reviewer's page as a browser without JavaScript uses it: a form posted, a page back. */
class PageTest {
    private static GovmetaServer server;
    private static Http http;

    @BeforeAll
    static void start() {
        server = GovmetaServer.start(new ServerConfig("127.0.0.1", 0, 1 << 20, 5, Duration.ofSeconds(60), 2, Duration.ofSeconds(5)));
        http = new Http(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void theFormIsThaiByDefaultWithAnEnglishSwitchAndTheInstalledProfiles() throws Exception {
        HttpResponse<String> th = http.get("/");
        assertThat(th.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(th.body()).contains("<html lang=\"th\">", "ตรวจคำอธิบายชุดข้อมูล", "enctype=\"multipart/form-data\"",
                "name=\"file\" multiple", "name=\"text\"", "<option value=\"th-gdc@1.0.0\" selected>", "href=\"/?lang=en\"",
                "name=\"viewport\"").doesNotContain("<script");
        assertThat(http.get("/?lang=en").body()).contains("<html lang=\"en\">", "Check dataset metadata", "href=\"/?lang=th\"");
        assertThat(http.get(Pages.STYLESHEET).headers().firstValue("Content-Type").orElseThrow()).startsWith("text/css");
    }

    @Test
    void aPostedFormGetsTheReportWithEveryDownload() throws Exception {
        HttpResponse<String> r = http.multipart("/validate", List.of(Part.file(Http.EXAMPLES.resolve("invalid/missing-title.json")),
                Part.field("text", ""), Part.field("profile", "th-gdc@1.0.0"), Part.field("lang", "th")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("ยังไม่พร้อมลงทะเบียน", "missing-title.json", "href=\"" + Pages.STYLESHEET + "\"");
        for (ReportFormat f : ReportFormat.values()) {
            assertThat(r.body()).contains("id=\"download-" + f.id + "\" download=\"" + f.fileName() + "\" href=\"data:" + f.mediaType);
        }
        Matcher sarif = Pattern.compile("id=\"download-sarif\" download=\"[^\"]+\" href=\"data:[^,]+,([^\"]+)\"").matcher(r.body());
        assertThat(sarif.find()).isTrue();
        String decoded = new String(Base64.getDecoder().decode(sarif.group(1)), StandardCharsets.UTF_8);
        assertThat(JsonMapper.builder().build().readTree(decoded).at("/runs/0/results").size()).isPositive();
    }

    @Test
    void thePageShowsTheQualityScoresWithTheirDownloads() throws Exception {
        HttpResponse<String> r = http.multipart("/validate", List.of(
                Part.file(Http.EXAMPLES.resolve("valid/statistics-tat-international-arrivals.json")),
                Part.file(Http.EXAMPLES.resolve("invalid/missing-title.json")), Part.field("lang", "th")));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("id=\"scores\"", "คะแนนคุณภาพคำอธิบายข้อมูล", " / 100 (", " / 405 (", "2 ชุดข้อมูล");
        Matcher json = Pattern.compile("id=\"download-score-json\" download=\"govmeta-score.json\" href=\"data:[^,]+,([^\"]+)\"").matcher(r.body());
        assertThat(json.find()).isTrue();
        var scores = JsonMapper.builder().build().readTree(new String(Base64.getDecoder().decode(json.group(1)), StandardCharsets.UTF_8));
        assertThat(scores.toString()).contains("missing-title.json");
        assertThat(r.body()).contains("id=\"download-score-html\"", "id=\"download-score-csv\"");
        HttpResponse<String> english = http.multipart("/validate", List.of(
                Part.file(Http.EXAMPLES.resolve("valid/statistics-tat-international-arrivals.json")), Part.field("lang", "en")));
        assertThat(english.body()).contains("Metadata quality scores", "1 datasets");
    }

    @Test
    void whatAnUploadCarriesIsEscaped() throws Exception {
        String hostile = "{\"name\": \"<script>alert(1)</script>\", \"title\": \"<img src=x onerror=alert(2)>\"}";
        HttpResponse<String> r = http.multipart("/validate", List.of(
                new Part("file", "<script>alert(3)<\\script>.json", hostile.getBytes(StandardCharsets.UTF_8))));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).doesNotContain("<script>alert", "<img src=x", "alert(3)<").contains("&lt;img src=x");
    }

    @Test
    void aRefusedFormGetsAPageNotAStackTrace() throws Exception {
        HttpResponse<String> r = http.multipart("/validate?lang=en", List.of(Part.field("text", " ")));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.body()).contains("id=\"problem\"", "nothing to validate", "href=\"/?lang=en\"");
    }
}
