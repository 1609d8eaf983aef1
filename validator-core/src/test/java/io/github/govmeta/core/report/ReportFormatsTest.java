package io.github.govmeta.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.govmeta.core.finding.Lang;
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
        Renderer r = Renderers.require(format).create(out, new RenderOptions(lang, false, false, ScriptedRun.RULES));
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

    @Test
    void jsonMatchesItsPublishedSchema() {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                b -> b.schemas(Map.of("https://govmeta.github.io/schemas/report/1/report.schema.json",
                        mainResource("govmeta/report.schema.json"))))
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

    static String mainResource(String path) {
        return resource(path);
    }
}
