package io.github.govmeta.core.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.finding.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The score formats as contracts: JSON against its published schema, CSV for spreadsheets, HTML well-formed, DQV as RDF, text neutralised. */
class ScoreFormatsTest {
    private static final String SCHEMA_ID = "https://govmeta.github.io/schemas/score-report/1/score-report.schema.json";

    @TempDir
    Path dir;

    private static ScoreReport report(Path workingDirectory, String... inputs) {
        return Scoring.score(ValidationRequest.builder(workingDirectory).noConfig(true).today(LocalDate.of(2025, 1, 15))
                .inputs(List.of(inputs)).build()).report();
    }

    private static String render(String format, ScoreReport report) {
        StringWriter out = new StringWriter();
        ScoreRenderer.find(format).orElseThrow().render(report, new ScoreRenderer.Options(Lang.EN, true), out);
        return out.toString();
    }

    @Test
    void jsonMatchesItsPublishedSchema() throws IOException {
        String schemaText;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("govmeta/score-report.schema.json")) {
            schemaText = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, b -> b.schemas(Map.of(SCHEMA_ID, schemaText)))
                .getSchema(SchemaLocation.of(SCHEMA_ID));
        for (ScoreReport report : List.of(report(TestRecords.ROOT, "examples"), report(TestRecords.ROOT, "examples/dcat"))) {
            assertThat(schema.validate(JsonMapper.builder().build().readTree(render("json", report)))).isEmpty();
        }
    }

    @Test
    void csvQuotesCellsAndDefusesFormulas() throws IOException {
        String tat = Files.readString(TestRecords.ROOT.resolve("examples/valid/statistics-tat-international-arrivals.json"));
        Files.writeString(dir.resolve("a.json"), tat.replace("\"title\": \"สถิตินักท่องเที่ยวชาวต่างชาติที่เดินทางเข้าประเทศไทย รายเดือน\"",
                "\"title\": \"=HYPERLINK(\\\"x\\\"), รายเดือน\""));
        String[] lines = render("csv", report(dir, "a.json")).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).startsWith("source,dataset,title,thai.score,thai.band,thai.accuracy-completeness,");
        assertThat(lines[1]).startsWith("a.json,tat-international-arrivals,\"'=HYPERLINK(\"\"x\"\"), รายเดือน\",");
    }

    @Test
    void htmlIsWellFormedWithItsChartsAndEscapesEveryText() throws Exception {
        String tat = Files.readString(TestRecords.ROOT.resolve("examples/valid/statistics-tat-international-arrivals.json"));
        Files.writeString(dir.resolve("a.json"), tat.replace("\"name\": \"tat-international-arrivals\"", "\"name\": \"<script>x</script>\""));
        String html = render("html", report(dir, "a.json"));
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new org.xml.sax.InputSource(new java.io.StringReader(html)));
        assertThat(doc.getElementsByTagName("svg").getLength()).isEqualTo(4);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
        assertThat(html).contains("&lt;script&gt;x&lt;/script&gt;");
    }

    @Test
    void dqvIsTurtleWithOneMeasurementPerMetricThatAppliesAndOnePerModelTotal() {
        ScoreReport report = report(TestRecords.ROOT, "examples/valid/statistics-tat-international-arrivals.json");
        org.apache.jena.rdf.model.Model g = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        org.apache.jena.riot.RDFParser.fromString(render("dqv", report), org.apache.jena.riot.Lang.TURTLE).parse(g);
        String dqv = ScoreDqvRenderer.DQV;
        long applied = report.datasets().get(0).models().stream().flatMap(m -> m.dimensions().stream())
                .flatMap(d -> d.metrics().stream()).filter(x -> x.status() != DatasetScore.Status.LEFT_OUT).count();
        var measurements = g.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, g.createResource(dqv + "QualityMeasurement")).toList();
        assertThat(measurements).hasSize((int) applied + 2);
        var keyword = g.createResource("https://data.go.th/dataset/tat-international-arrivals#quality-mqa-keyword");
        assertThat(keyword.getProperty(g.createProperty(dqv, "value")).getLiteral().getLexicalForm()).isEqualTo("30.00");
        assertThat(keyword.getPropertyResourceValue(g.createProperty(dqv, "computedOn")).getURI())
                .isEqualTo("https://data.go.th/dataset/tat-international-arrivals");
        assertThat(g.createResource(ScoreDqvRenderer.BASE + "th-gdc/mqa/keyword")
                .getPropertyResourceValue(g.createProperty(dqv, "inDimension")).getURI()).isEqualTo(ScoreDqvRenderer.BASE + "th-gdc/mqa/findability");
    }

    @Test
    void textNeutralisesControlCharactersInNamesAndTitles() throws IOException {
        String tat = Files.readString(TestRecords.ROOT.resolve("examples/valid/statistics-tat-international-arrivals.json"));
        Files.writeString(dir.resolve("a.json"), tat.replace("รายเดือน\"", "รายเดือน\\u001b[31m\\u202e\""));
        String text = render("text", report(dir, "a.json"));
        assertThat(text).doesNotContain("\u001b").doesNotContain("\u202e").contains("รายเดือน\uFFFD[31m\uFFFD");
    }
}
