package io.github.govmeta.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.rdf.LocalContexts;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Field report item 17: a JSON-LD source whose {@code @context} is remote is checked offline through a
 * local copy of that context ({@code jsonldContexts} of the request or of {@code .govmeta.yaml}); without
 * one it is refused, and nothing is ever fetched. The data: the Thai catalogue of
 * {@code examples/dcat/invalid-catalog.ttl}, written as JSON-LD with its context moved to a file of its own.
 */
class JsonLdContextsTest {
    private static final Path TURTLE = TestRecords.ROOT.resolve("examples/dcat/invalid-catalog.ttl");
    private static final String GDC = "https://example.go.th/context/gdc.jsonld";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    /** A context IRI on a loopback server that would serve the right context: fetching it would go unnoticed but for the count. */
    private String served;
    private String context;

    @BeforeEach
    void loopbackServer() throws Exception {
        context = splitCatalogue("catalogue.jsonld", GDC);
        Files.writeString(dir.resolve("gdc-context.jsonld"), context);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = context.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        served = "http://127.0.0.1:" + server.getAddress().getPort() + "/context/gdc.jsonld";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /**
     * Writes the Turtle catalogue as JSON-LD to {@code name} with {@code "@context": iri}, and returns the
     * context document it needs ({@code {"@context": {...}}}).
     */
    private String splitCatalogue(String name, String iri) throws Exception {
        Model model = RDFDataMgr.loadModel(TURTLE.toString());
        StringWriter out = new StringWriter();
        RDFDataMgr.write(out, model, Lang.JSONLD);
        ObjectNode doc = (ObjectNode) JSON.readTree(out.toString());
        JsonNode inline = doc.get("@context");
        assertThat(inline.isObject()).as("Jena writes the prefixes as an inline context").isTrue();
        doc.put("@context", iri);
        Files.writeString(dir.resolve(name), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc));
        return JSON.writeValueAsString(JSON.createObjectNode().set("@context", inline));
    }

    private ValidationRequest.Builder request(String... inputs) {
        return ValidationRequest.builder(dir).noConfig(true).timing(false).lang("en").inputs(List.of(inputs));
    }

    /** Rule, dataset and message of each finding, sorted: what must not depend on the syntax. */
    private static List<String> findings(ValidationRequest.Builder request) {
        List<Finding> found = new ArrayList<>();
        ValidationResult result = Govmeta.validate(request.listener(new FindingListener() {
            @Override public void onFinding(Finding f) { found.add(f); }
        }).build());
        assertThat(result.problems()).isEmpty();
        return found.stream().map(f -> f.ruleId() + " | " + f.dataset() + " | " + f.message().en()).sorted().toList();
    }

    private List<String> turtleFindings() throws Exception {
        Files.copy(TURTLE, dir.resolve("catalogue.ttl"));
        List<String> turtle = findings(request("catalogue.ttl"));
        assertThat(turtle).as("the example catalogue has findings to compare").hasSizeGreaterThan(2)
                .noneMatch(f -> f.startsWith("GOVMETA-INPUT"));
        return turtle;
    }

    @Test
    void aRemoteContextIsRefusedWithoutAMappingAndNotFetched() throws Exception {
        splitCatalogue("served.jsonld", served);
        for (String input : List.of("catalogue.jsonld", "served.jsonld")) {
            List<String> found = findings(request(input));
            assertThat(found).as(input).singleElement().asString()
                    .startsWith("GOVMETA-INPUT-UNSAFE")
                    .contains(input.equals("served.jsonld") ? served : GDC)
                    .contains("--jsonld-context " + (input.equals("served.jsonld") ? served : GDC) + "=FILE", "jsonldContexts:");
        }
        assertThat(requests).hasValue(0);
    }

    @Test
    void aMappedContextIsReadFromItsFileAndGivesTheFindingsOfTheTurtle() throws Exception {
        List<String> turtle = turtleFindings();
        assertThat(findings(request("catalogue.jsonld").jsonldContexts(Map.of(GDC, Path.of("gdc-context.jsonld")))))
                .isEqualTo(turtle);
        splitCatalogue("served.jsonld", served);
        assertThat(findings(request("served.jsonld").jsonldContexts(Map.of(served, Path.of("gdc-context.jsonld")))))
                .isEqualTo(turtle);
        assertThat(requests).as("the loopback server's context is never fetched").hasValue(0);
    }

    @Test
    void schemeAndHostAreComparedCaseInsensitively() throws Exception {
        List<String> turtle = turtleFindings();
        splitCatalogue("upper.jsonld", "HTTPS://Example.GO.TH/context/gdc.jsonld");
        assertThat(findings(request("upper.jsonld").jsonldContexts(Map.of(GDC, Path.of("gdc-context.jsonld"))))).isEqualTo(turtle);
        // the path is not: another context
        splitCatalogue("other-path.jsonld", "https://example.go.th/CONTEXT/gdc.jsonld");
        assertThat(findings(request("other-path.jsonld").jsonldContexts(Map.of(GDC, Path.of("gdc-context.jsonld")))))
                .singleElement().asString().startsWith("GOVMETA-INPUT-UNSAFE");
    }

    @Test
    void theConfigurationFilesMappingIsRelativeToItsFolderAndTheRequestsWins() throws Exception {
        List<String> turtle = turtleFindings();
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.move(dir.resolve("catalogue.jsonld"), data.resolve("catalogue.jsonld"));
        Files.createDirectories(dir.resolve("contexts"));
        Files.move(dir.resolve("gdc-context.jsonld"), dir.resolve("contexts/gdc.jsonld"));
        Files.writeString(dir.resolve(".govmeta.yaml"), """
                # บริบท JSON-LD ของสำนักงานสถิติฯ อ่านจากสำเนาในคลังโค้ด
                jsonldContexts:
                  "%s": contexts/gdc.jsonld
                """.formatted(GDC));
        ValidationRequest.Builder fromFile = ValidationRequest.builder(data).timing(false).lang("en").inputs(List.of("catalogue.jsonld"));
        assertThat(findings(fromFile)).isEqualTo(turtle);

        // the file's mapping names a copy that is not there, the request's a good one for the same IRI: no error
        Files.writeString(dir.resolve(".govmeta.yaml"), "jsonldContexts:\n  \"" + GDC + "\": contexts/missing.jsonld\n");
        assertThat(findings(ValidationRequest.builder(data).timing(false).lang("en").inputs(List.of("catalogue.jsonld"))
                .jsonldContexts(Map.of(GDC.replace("example", "EXAMPLE"), Path.of("../contexts/gdc.jsonld"))))).isEqualTo(turtle);
        // alone, the file's broken mapping is a configuration error located in it
        assertThatThrownBy(() -> Govmeta.open(ValidationRequest.builder(data).inputs(List.of("catalogue.jsonld")).build()))
                .isInstanceOf(GovmetaException.class)
                .satisfies(e -> assertThat(((GovmetaException) e).problems()).singleElement().asString()
                        .startsWith(dir.resolve(".govmeta.yaml") + ":2:")
                        .contains(GDC, dir.resolve("contexts/missing.jsonld").toString(), "no such file"));
        assertThat(requests).hasValue(0);
    }

    @Test
    void aConfigurationMappingOfTheWrongShapeIsLocated() throws Exception {
        Files.writeString(dir.resolve(".govmeta.yaml"), "failOn: error\njsonldContexts:\n  - contexts/gdc.jsonld\n");
        assertThatThrownBy(() -> Govmeta.open(ValidationRequest.builder(dir).inputs(List.of("catalogue.jsonld")).build()))
                .isInstanceOf(GovmetaException.class)
                .satisfies(e -> assertThat(((GovmetaException) e).problems()).singleElement().asString()
                        .startsWith(dir.resolve(".govmeta.yaml") + ":2:").contains("/jsonldContexts", "wrong type"));
    }

    @Test
    void aBadLocalCopyIsAUsageErrorNamingTheIriAndTheFile() throws Exception {
        Files.writeString(dir.resolve("truncated.jsonld"), "{\"@context\": {\"dct\": \"http://purl.org/dc/terms/\"");
        Files.writeString(dir.resolve("plain.json"), "{\"dct\": \"http://purl.org/dc/terms/\"}");
        Files.writeString(dir.resolve("list.json"), "[{\"@context\": {}}]");
        Files.writeString(dir.resolve("deep.jsonld"), "{\"@context\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}");
        byte[] big = new byte[LocalContexts.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        big[0] = '{';
        Files.write(dir.resolve("big.jsonld"), big);
        Files.createDirectories(dir.resolve("folder.jsonld"));
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("missing.jsonld", "no such file");
        expected.put("truncated.jsonld", "not JSON (line 1, column");
        expected.put("plain.json", "no @context entry");
        expected.put("list.json", "not a JSON-LD context document");
        expected.put("deep.jsonld", "nested deeper than 256 levels");
        expected.put("big.jsonld", "larger than 10 MB");
        expected.put("folder.jsonld", "not a file");
        for (var e : expected.entrySet()) {
            ValidationRequest r = request("catalogue.jsonld").jsonldContexts(Map.of(GDC, Path.of(e.getKey()))).build();
            assertThatThrownBy(() -> Govmeta.open(r)).as(e.getKey()).isInstanceOf(GovmetaException.class)
                    .satisfies(x -> assertThat(((GovmetaException) x).problems()).singleElement().asString()
                            .contains(GDC, dir.resolve(e.getKey()).toString(), e.getValue()));
            ValidationResult result = Govmeta.validate(r);
            assertThat(result.status()).as(e.getKey()).isEqualTo(ExitStatus.ERROR);
        }
    }

    @Test
    void onlyAnHttpContextIriCanBeMapped() {
        for (String iri : List.of("file:///etc/passwd", "urn:th:gdc:context", "ftp://example.go.th/gdc.jsonld", "gdc.jsonld", " ")) {
            ValidationRequest r = request("catalogue.jsonld").jsonldContexts(Map.of(iri, Path.of("gdc-context.jsonld"))).build();
            assertThatThrownBy(() -> Govmeta.open(r)).as(iri).isInstanceOf(GovmetaException.class)
                    .satisfies(x -> assertThat(((GovmetaException) x).problems()).singleElement().asString()
                            .contains(iri.strip(), "gdc-context.jsonld"));
        }
    }

    @Test
    void aContextInsideALocalCopyIsResolvedOnlyThroughTheMappingAndTheBundle() throws Exception {
        List<String> turtle = turtleFindings();
        // the agency's context imports its prefixes from a second remote context (here on the loopback server)
        JsonNode prefixes = JSON.readTree(context).get("@context");
        Files.writeString(dir.resolve("prefixes.jsonld"), JSON.writeValueAsString(JSON.createObjectNode().set("@context", prefixes)));
        Files.writeString(dir.resolve("gdc-context.jsonld"), "{\"@context\": {\"@version\": 1.1, \"@import\": \"" + served + "\"}}");
        assertThat(findings(request("catalogue.jsonld").jsonldContexts(Map.of(GDC, Path.of("gdc-context.jsonld")))))
                .singleElement().asString().startsWith("GOVMETA-INPUT-UNSAFE").contains(served);
        assertThat(findings(request("catalogue.jsonld").jsonldContexts(Map.of(GDC, Path.of("gdc-context.jsonld"),
                served, Path.of("prefixes.jsonld"))))).isEqualTo(turtle);
        assertThat(requests).hasValue(0);
    }
}
