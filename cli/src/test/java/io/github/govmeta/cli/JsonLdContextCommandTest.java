package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code --jsonld-context URL=FILE} (field report item 17): a JSON-LD catalogue whose {@code @context} is
 * remote is checked offline through a local copy; a bad mapping is exit code 2 with a clear message.
 */
class JsonLdContextCommandTest {
    private static final String GDC = "https://example.go.th/context/gdc.jsonld";
    private static final Path TURTLE = CliRun.ROOT.resolve("examples/dcat/invalid-catalog.ttl");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    /** The Thai example catalogue as JSON-LD with {@code "@context": GDC}, its context in contexts/gdc.jsonld. */
    @BeforeEach
    void catalogue() throws Exception {
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, RDFDataMgr.loadModel(TURTLE.toString()), Lang.JSONLD);
        ObjectNode doc = (ObjectNode) JSON.readTree(out.toString());
        JsonNode inline = doc.get("@context");
        doc.put("@context", GDC);
        Files.writeString(dir.resolve("catalogue.jsonld"), JSON.writeValueAsString(doc));
        Files.createDirectories(dir.resolve("contexts"));
        Files.writeString(dir.resolve("contexts/gdc.jsonld"), JSON.writeValueAsString(JSON.createObjectNode().set("@context", inline)));
        Files.copy(TURTLE, dir.resolve("catalogue.ttl"));
    }

    private CliRun run(String... args) {
        return CliRun.run(dir, args);
    }

    private static List<String> ruleIds(CliRun r) {
        return JSON.readTree(r.out()).get("findings").valueStream().map(f -> f.path("ruleId").asString()).sorted().toList();
    }

    @Test
    void aRemoteContextIsRefusedUntilItIsMappedThenCheckedAsTheTurtleIs() {
        CliRun refused = run("validate", "--no-config", "--lang", "en", "catalogue.jsonld");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.out()).contains("GOVMETA-INPUT-UNSAFE", GDC, "--jsonld-context " + GDC + "=FILE")
                .doesNotContain("GDC-REQ-title");

        CliRun turtle = run("validate", "--no-config", "--format", "json", "catalogue.ttl");
        CliRun mapped = run("validate", "--no-config", "--format", "json", "--jsonld-context", GDC + "=contexts/gdc.jsonld", "catalogue.jsonld");
        assertThat(mapped.exitCode()).isEqualTo(turtle.exitCode()).isEqualTo(1);
        assertThat(ruleIds(mapped)).isEqualTo(ruleIds(turtle)).contains("GDC-REQ-title").doesNotContain("GOVMETA-INPUT-UNSAFE");
    }

    @Test
    void theConfigurationFilesMappingAppliesAndScoreAndBaselineTakeTheOptionToo() throws Exception {
        Files.writeString(dir.resolve(".govmeta.yaml"), "jsonldContexts:\n  \"" + GDC + "\": contexts/gdc.jsonld\n");
        CliRun fromFile = run("validate", "--format", "json", "catalogue.jsonld");
        assertThat(fromFile.exitCode()).isEqualTo(1);
        assertThat(ruleIds(fromFile)).contains("GDC-REQ-title").doesNotContain("GOVMETA-INPUT-UNSAFE");

        Files.delete(dir.resolve(".govmeta.yaml"));
        CliRun score = run("score", "--no-config", "--jsonld-context", GDC + "=contexts/gdc.jsonld", "catalogue.jsonld");
        assertThat(score.exitCode()).as(score.err()).isEqualTo(0);
        assertThat(score.out()).contains("dlt-vehicle-registrations");
        CliRun unmappedScore = run("score", "--no-config", "catalogue.jsonld");
        assertThat(unmappedScore.out()).doesNotContain("dlt-vehicle-registrations");

        CliRun baseline = run("baseline", "--no-config", "--jsonld-context", GDC + "=contexts/gdc.jsonld", "-o", "base.json", "catalogue.jsonld");
        assertThat(baseline.exitCode()).as(baseline.err()).isEqualTo(0);
        assertThat(Files.readString(dir.resolve("base.json"))).contains("GDC-REQ-title").doesNotContain("GOVMETA-INPUT-UNSAFE");
    }

    @Test
    void aBadMappingIsAUsageErrorWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("contexts/broken.jsonld"), "{\"@context\": {\"dct\": ");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        Files.write(dir.resolve("contexts/big.jsonld"), big);
        List<List<String>> cases = List.of(
                List.of(GDC, "--jsonld-context", "KEY=VALUE format"),
                List.of(GDC + "=contexts/missing.jsonld", GDC, dir.resolve("contexts/missing.jsonld").toString(), "no such file"),
                List.of(GDC + "=contexts/broken.jsonld", GDC, dir.resolve("contexts/broken.jsonld").toString(), "not JSON"),
                List.of(GDC + "=contexts/big.jsonld", GDC, dir.resolve("contexts/big.jsonld").toString(), "larger than 10 MB"),
                List.of("file:///etc/passwd=contexts/gdc.jsonld", "file:///etc/passwd", "only an http(s) context IRI"));
        for (List<String> c : cases) {
            for (String command : List.of("validate", "score")) {
                CliRun r = run(command, "--no-config", "--jsonld-context", c.get(0), "catalogue.jsonld");
                assertThat(r.exitCode()).as(command + " " + c.get(0)).isEqualTo(2);
                assertThat(r.err()).as(command + " " + c.get(0)).containsIgnoringCase(c.get(1)).contains(c.subList(2, c.size()))
                        .doesNotContain("Exception", "\tat ");
            }
        }
    }
}
