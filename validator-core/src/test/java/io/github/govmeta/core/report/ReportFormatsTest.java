package io.github.govmeta.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Location;
import io.github.govmeta.core.finding.RunInfo;
import io.github.govmeta.core.finding.RunStats;
import io.github.govmeta.core.finding.Severity;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every report format on the same scripted run and on an empty run, as approved golden files; SARIF
 * validated against the official SARIF 2.1.0 schema, JSON against govmeta's report schema, XML parsed;
 * hostile text stays inert in every format.
 */
class ReportFormatsTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<String> formats() {
        return Renderers.names();
    }

    static String render(String format, boolean empty, Lang lang) {
        StringWriter out = new StringWriter();
        Renderer r = Renderers.require(format).create(out, new RenderOptions(lang, false, false, ScriptedRun.RULES, true));
        if (empty) {
            ScriptedRun.empty(r);
        } else {
            ScriptedRun.play(r, true);
        }
        return out.toString();
    }

    private static Options named(String format, String kind) {
        return new Options().forFile().withAdditionalInformation(format + "." + kind);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void scriptedRun(String format) {
        Approvals.verify(render(format, false, Lang.TH), named(format, "run"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void emptyRun(String format) {
        Approvals.verify(render(format, true, Lang.TH), named(format, "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void hostileTextStaysInert(String format) {
        String out = render(format, false, Lang.EN);
        assertThat(out).doesNotContain("\u0007");
        switch (format) {
            case "html", "junit", "checkstyle" -> assertThat(out).doesNotContain("<script>alert").doesNotContain("]]>");
            case "json", "sarif" -> assertThat(JSON.readTree(out).toString()).contains("<script>alert('x')</script>");
            case "github" -> {
                assertThat(out).contains("%0Asecond line: 100%25").contains("file=catalog/evil%2C name.json");
                assertThat(out.lines()).allSatisfy(line -> assertThat(line).startsWith("::"));
            }
            default -> assertThat(out.lines()).noneMatch(line -> line.startsWith("second line"));
        }
    }

    @Test
    void sarifIsValidSarif210() {
        Schema sarif = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                b -> b.schemas(Map.of("https://govmeta.test/sarif.json", resource("sarif/sarif-schema-2.1.0.json"))))
                .getSchema(SchemaLocation.of("https://govmeta.test/sarif.json"));
        for (boolean empty : new boolean[] {false, true}) {
            String report = render("sarif", empty, Lang.TH);
            List<Error> errors = sarif.validate(JSON.readTree(report), c -> c.executionConfig(e -> e.formatAssertionsEnabled(true)));
            assertThat(errors).as(report).isEmpty();
        }
        JsonNode result = JSON.readTree(render("sarif", false, Lang.TH)).at("/runs/0/results/3");
        assertThat(result.at("/suppressions/0/justification").asString()).contains("ระบบเดิม");
        assertThat(result.at("/partialFingerprints/govmeta~1v1").asString()).hasSize(32);
    }

    /** Each format shows a DCAT finding's line and column as it shows a JSON one's. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void aDcatFindingShowsItsLineAndColumn(String format) {
        String out = render(format, false, Lang.EN);
        String expected = switch (format) {
            case "text" -> "12:9";
            case "json" -> "\"line\" : 12";
            case "sarif" -> "\"startLine\" : 12";
            case "github" -> "file=catalog/nso.ttl,line=12,col=9";
            case "checkstyle" -> "line=\"12\" column=\"9\"";
            case "junit" -> "catalog/nso.ttl:12:9";
            case "html" -> "12:9";
            default -> throw new AssertionError("a format this test does not know: " + format);
        };
        assertThat(out).as(format).contains(expected);
    }

    @Test
    void aFindingWithNoPositionStillHasOneWhereAViewerNeedsIt() {
        StringWriter sarif = new StringWriter();
        ScriptedRun.unplaced(Renderers.require("sarif").create(sarif, new RenderOptions(Lang.EN, false, false, ScriptedRun.RULES, true)));
        JsonNode result = JSON.readTree(sarif.toString()).at("/runs/0/results/0");
        assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(1); // the first line, as viewers need one
        assertThat(result.at("/locations/0/physicalLocation/region").has("startColumn")).isFalse();
        StringWriter text = new StringWriter();
        ScriptedRun.unplaced(Renderers.require("text").create(text, new RenderOptions(Lang.EN, false, false, ScriptedRun.RULES, true)));
        assertThat(text.toString()).contains("  -  ").doesNotContain("nso.jsonld:0");
    }

    @Test
    void sarifLocationsAndFingerprints() {
        JsonNode results = JSON.readTree(render("sarif", false, Lang.EN)).at("/runs/0/results");
        JsonNode bom = results.get(4);
        assertThat(bom.at("/locations/0/physicalLocation/artifactLocation/uri").asString())
                .isEqualTo("catalog/%E0%B8%82%E0%B9%89%E0%B8%AD%E0%B8%A1%E0%B8%B9%E0%B8%A5%20%E0%B9%80%E0%B8%AA%E0%B8%B5%E0%B8%A2.json");
        assertThat(bom.has("logicalLocations")).isFalse();
        JsonNode dcat = results.get(6);
        assertThat(dcat.at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(12);
        assertThat(dcat.at("/locations/0/physicalLocation/region/startColumn").asInt()).isEqualTo(9);
        assertThat(dcat.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo("nso-gpp/dct:title");
        assertThat(dcat.at("/locations/0/logicalLocations/1/fullyQualifiedName").asString())
                .isEqualTo("https://data.go.th/dataset/nso-gpp");
        assertThat(results.get(0).at("/message/text").asString()).isEqualTo("The dataset name (title) is required");
        assertThat(results.get(0).at("/properties/messageTh").asString()).isEqualTo("ต้องระบุชื่อชุดข้อมูล (title)");
        assertThat(SarifRenderer.uri("/srv/ckan/a#1.json")).isEqualTo("file:///srv/ckan/a%231.json");
        assertThat(SarifRenderer.uri("C:\\data\\x.json")).isEqualTo("file:///C:/data/x.json");
        assertThat(SarifRenderer.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
    }

    @Test
    void sarifFingerprintIgnoresLinesButNotPointers() {
        Finding f = new Finding("GDC-REQ-title", Severity.ERROR, new LocalizedText("ต้องระบุชื่อชุดข้อมูล (title)", "required"),
                new Location("catalog/tourism.json", 2, 3, "/title"), "tat-arrivals", null, "", Map.of());
        Finding moved = new Finding(f.ruleId(), f.severity(), f.message(), new Location("catalog/tourism.json", 40, 7, "/title"),
                f.dataset(), null, "", Map.of());
        Finding otherField = new Finding(f.ruleId(), f.severity(), f.message(), new Location("catalog/tourism.json", 2, 3, "/notes"),
                f.dataset(), null, "", Map.of());
        assertThat(fingerprint(moved)).isEqualTo(fingerprint(f)).isNotEqualTo(fingerprint(otherField));
    }

    private static String fingerprint(Finding f) {
        StringWriter out = new StringWriter();
        Renderer r = Renderers.require("sarif").create(out, new RenderOptions(Lang.TH, false, false, ScriptedRun.RULES));
        r.started(new RunInfo("1.0-test", "th-gdc", "1.0.0", Lang.TH));
        r.onFinding(f);
        r.finished(new RunStats(1, 1, 1, 0, 0, 0, true));
        return JSON.readTree(out.toString()).at("/runs/0/results/0/partialFingerprints/govmeta~1v1").asString();
    }

    @Test
    void junitHasATestCasePerDatasetAndOneForTheFileItself() throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(render("junit", false, Lang.TH))));
        var suites = doc.getElementsByTagName("testsuite");
        assertThat(suites.getLength()).isEqualTo(4);
        var tourism = (org.w3c.dom.Element) suites.item(0);
        assertThat(tourism.getAttribute("tests")).isEqualTo("3");
        assertThat(tourism.getAttribute("failures")).isEqualTo("1");
        var broken = (org.w3c.dom.Element) suites.item(1);
        assertThat(broken.getAttribute("name")).isEqualTo(ScriptedRun.BROKEN);
        assertThat(broken.getAttribute("tests")).isEqualTo("1");
        assertThat(broken.getTextContent()).contains("GOVMETA-INPUT-SYNTAX").contains("GOVMETA-INPUT-BOM");
    }

    @Test
    void jsonMatchesItsPublishedSchema() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of("https://govmeta.github.io/schemas/report/1/report.schema.json",
                        resource("govmeta/report.schema.json"))))
                .getSchema(SchemaLocation.of("https://govmeta.github.io/schemas/report/1/report.schema.json"));
        for (boolean empty : new boolean[] {false, true}) {
            assertThat(schema.validate(JSON.readTree(render("json", empty, Lang.TH)))).isEmpty();
        }
    }

    @Test
    void xmlFormatsAreWellFormedAndKeepTheText() throws Exception {
        for (String format : List.of("junit", "checkstyle")) {
            Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new InputSource(new StringReader(render(format, false, Lang.EN))));
            String all = doc.getDocumentElement().getTextContent() + attributes(doc);
            assertThat(all).contains("<script>alert('x')</script> \"quoted\" ]]>");
        }
    }

    private static String attributes(Document doc) {
        StringBuilder sb = new StringBuilder();
        var nodes = doc.getElementsByTagName("*");
        for (int i = 0; i < nodes.getLength(); i++) {
            var attrs = nodes.item(i).getAttributes();
            for (int j = 0; j < attrs.getLength(); j++) {
                sb.append(attrs.item(j).getNodeValue()).append('\n');
            }
        }
        return sb.toString();
    }

    static String resource(String path) {
        try (var in = ReportFormatsTest.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
