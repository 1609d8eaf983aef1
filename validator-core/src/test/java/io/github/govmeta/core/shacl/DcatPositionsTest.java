package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.Position;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every DCAT finding carries the line and column where its triple is written, in every RDF syntax, and
 * the same whether the file is validated description by description or as one graph. The expected
 * positions are found in the file's text (the token as written), never taken from the parser.
 */
class DcatPositionsTest {
    private static final GovmetaValidator VALIDATOR = TestRecords.validator("th-gdc@1.0.0");
    private static final Path FIXTURES = Path.of("src/test/resources/dcat-fixtures");
    private static final String BAD_EMAIL = "GDC-FORMAT-maintainer_email";
    private static final String VCARD = "http://www.w3.org/2006/vcard/ns#";

    @TempDir
    Path dir;

    @Test
    void turtlePointsAtThePredicateOfTheFaultyTriple() throws IOException {
        Path file = copy("record/invalid-bad-email.ttl", "คลินิก.ttl");
        String text = Files.readString(file);
        Position expected = at(text, "vcard:hasEmail  <mailto:opendata>", "vcard:hasEmail");
        assertThat(expected.line()).isEqualTo(41); // as the fixture is written
        assertThat(only(BAD_EMAIL, file).location()).satisfies(l -> {
            assertThat(l.line()).isEqualTo(expected.line());
            assertThat(l.column()).isEqualTo(9);
        });
        assertSameBothWays(file);
    }

    @Test
    void aMissingPropertyPointsAtTheFocusNodesFirstTriple() throws IOException {
        Path file = copy("record/invalid-missing-title.ttl", "missing-title.ttl");
        String text = Files.readString(file);
        Finding f = only("GDC-REQ-title", file);
        String subject = "<https://data.go.th/dataset/" + f.dataset() + ">\n";
        int subjectLine = at(text, subject, subject).line();
        String firstPredicate = text.lines().skip(subjectLine).findFirst().orElseThrow().trim().split("\\s+")[0];
        assertThat(f.location().line()).isEqualTo(subjectLine + 1);
        assertThat(f.location().column()).isEqualTo(text.lines().skip(subjectLine).findFirst().orElseThrow().indexOf(firstPredicate) + 1);
        assertSameBothWays(file);
    }

    @Test
    void nTriplesPointsAtThePredicate() throws IOException {
        Path file = write("catalog.nt", RDFFormat.NTRIPLES, read("record/invalid-bad-email.ttl"));
        String text = Files.readString(file);
        String predicate = "<" + VCARD + "hasEmail>";
        Position expected = at(text, predicate + " <mailto:opendata>", predicate);
        assertThat(expected.column()).isGreaterThan(1);
        assertThat(only(BAD_EMAIL, file).location()).satisfies(l -> {
            assertThat(l.line()).isEqualTo(expected.line());
            assertThat(l.column()).isEqualTo(expected.column());
        });
        assertSameBothWays(file);
    }

    @Test
    void triGPointsAtThePredicateInsideItsGraph() throws IOException {
        DatasetGraph ds = DatasetGraphFactory.create();
        ds.addGraph(org.apache.jena.graph.NodeFactory.createURI("https://data.go.th/graph/moph"), read("record/invalid-bad-email.ttl"));
        ds.prefixes().putAll(read("record/invalid-bad-email.ttl").getPrefixMapping().getNsPrefixMap());
        Path file = dir.resolve("catalog.trig");
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, ds, RDFFormat.TRIG_PRETTY);
        }
        String text = Files.readString(file);
        Position expected = at(text, "vcard:hasEmail", "vcard:hasEmail");
        assertThat(only(BAD_EMAIL, file).location()).satisfies(l -> {
            assertThat(l.line()).isEqualTo(expected.line());
            assertThat(l.column()).isEqualTo(expected.column());
        });
    }

    @Test
    void rdfXmlPointsAtTheEndOfThePropertyElementsStartTag() throws IOException {
        Path file = write("catalog.rdf", RDFFormat.RDFXML_PLAIN, read("record/invalid-bad-email.ttl"));
        String text = Files.readString(file);
        String element = "<vcard:hasEmail rdf:resource=\"mailto:opendata\"/>";
        Position start = at(text, element, element);
        assertThat(only(BAD_EMAIL, file).location()).satisfies(l -> {
            assertThat(l.line()).isEqualTo(start.line());
            assertThat(l.column()).isEqualTo(start.column() + element.length()); // just after the tag, where SAX reports it
        });
    }

    @Test
    void jsonLdPointsAtTheNodeObjectsId() throws IOException {
        Path file = write("catalog.jsonld", RDFFormat.JSONLD11_PRETTY, read("record/invalid-missing-title.ttl"));
        String text = Files.readString(file);
        Finding f = only("GDC-REQ-title", file);
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"@id\"\\s*:\\s*\"https://data.go.th/dataset/" + f.dataset() + "\"").matcher(text);
        assertThat(id.find()).as(text).isTrue();
        Position expected = at(text, id.group(), "\"@id\"");
        assertThat(f.location().line()).isEqualTo(expected.line());
        assertThat(f.location().column()).isEqualTo(expected.column());
        // the contact point is a blank node, with no @id in the document: its e-mail's finding points at the
        // dataset (the focus node) that refers to it
        Path email = write("email.jsonld", RDFFormat.JSONLD11_PRETTY, read("record/invalid-bad-email.ttl"));
        String emailText = Files.readString(email);
        java.util.regex.Matcher dataset = java.util.regex.Pattern.compile("\"@id\"\\s*:\\s*\"https://data.go.th/dataset/moph-health-facilities\"").matcher(emailText);
        assertThat(dataset.find()).isTrue();
        assertThat(only(BAD_EMAIL, email).location()).satisfies(l -> {
            assertThat(l.line()).isEqualTo(at(emailText, dataset.group(), "\"@id\"").line());
            assertThat(l.column()).isEqualTo(at(emailText, dataset.group(), "\"@id\"").column());
        });
        // a node without any @id (a blank node that is the focus) has no position rather than a wrong one
        Path blank = write("blank.jsonld", RDFFormat.JSONLD11_PRETTY, RDFParser.fromString("""
                PREFIX dcat: <http://www.w3.org/ns/dcat#>
                PREFIX dct: <http://purl.org/dc/terms/>
                [] a dcat:Catalog ; dct:publisher [ a <http://xmlns.com/foaf/0.1/Agent> ] .
                """, Lang.TURTLE).toGraph());
        List<Finding> catalog = TestRecords.run(VALIDATOR, List.of(InputSource.file(blank, "blank.jsonld"))).findings();
        assertThat(catalog).isNotEmpty().allSatisfy(c -> assertThat(c.location().line()).as(c.ruleId()).isZero());
    }

    @Test
    void aBlankNodeDistributionsFindingPointsAtTheDistribution() throws IOException {
        String text = Files.readString(FIXTURES.resolve("multi/invalid-distribution-without-title.ttl"))
                .replace("dcat:distribution            <https://data.go.th/dataset/bma-flood-monitoring/resource/1>;",
                        "dcat:distribution            [\n            dcat:accessURL  <https://data.bangkok.go.th/api/water-level.json> ;\n"
                                + "            dct:format      \"JSON\" ;\n            a               dcat:Distribution\n        ] ;");
        text = text.substring(0, text.indexOf("<https://data.go.th/dataset/bma-flood-monitoring/resource/1>\n"));
        Path file = dir.resolve("ระบายน้ำ.ttl");
        Files.writeString(file, text);
        Finding f = only("GDC-RES-REQ-name", file);
        assertThat(f.extras().get("focusNode")).startsWith("_:");
        Position expected = at(text, "dcat:accessURL  <https://data.bangkok.go.th/api/water-level.json> ;", "dcat:accessURL");
        assertThat(f.location().line()).isEqualTo(expected.line());
        assertThat(f.location().column()).isEqualTo(expected.column());
        assertSameBothWays(file);
    }

    @Test
    void aLongNTriplesCatalogPointsAtTheLineOfEachMistake() throws IOException {
        // 1,000 copies of a valid dataset, one of them with a bad e-mail, written dataset by dataset
        Graph valid = read("record/valid.ttl");
        StringBuilder nt = new StringBuilder();
        int badLine = 0;
        for (int i = 0; i < 1000; i++) {
            java.io.StringWriter w = new java.io.StringWriter();
            Graph copy = GraphFactory.createDefaultGraph();
            String name = "hospital-" + i;
            valid.find().forEach(t -> copy.add(rename(t, name)));
            RDFDataMgr.write(w, copy, RDFFormat.NTRIPLES);
            String part = w.toString();
            if (i == 734) {
                part = part.replaceAll("<mailto:[^>]*>", "<mailto:opendata>");
                String before = nt.toString() + part.substring(0, part.indexOf("<mailto:opendata>"));
                badLine = (int) before.chars().filter(c -> c == '\n').count() + 1;
            }
            nt.append(part);
        }
        Path file = dir.resolve("hospitals.nt");
        Files.writeString(file, nt);
        assertThat(badLine).isGreaterThan(20_000);
        Finding f = only(BAD_EMAIL, file);
        assertThat(f.dataset()).isEqualTo("hospital-734");
        assertThat(f.location().line()).isEqualTo(badLine);
        assertSameBothWays(file);
    }

    private static org.apache.jena.graph.Triple rename(org.apache.jena.graph.Triple t, String name) {
        return org.apache.jena.graph.Triple.create(rename(t.getSubject(), name), t.getPredicate(), rename(t.getObject(), name));
    }

    private static org.apache.jena.graph.Node rename(org.apache.jena.graph.Node n, String name) {
        if (n.isURI() && n.getURI().startsWith("https://data.go.th/dataset/")) {
            return org.apache.jena.graph.NodeFactory.createURI(n.getURI().replaceFirst("dataset/[^/]+", "dataset/" + name));
        }
        if (n.isBlank()) {
            return org.apache.jena.graph.NodeFactory.createBlankNode(n.getBlankNodeLabel() + name);
        }
        return n;
    }

    @Test
    void aCompactIdOfARemoteContextsPrefixIsFoundToo() throws IOException {
        // the DCAT-AP 3.0.0 example names its datasets "example-ds:BeePopulation2022", a prefix of its
        // (bundled) remote context, not of the document
        Path file = Path.of("src/test/resources/dcat-ap-3.0.0/examples/example-bee-population-2022-2023.jsonld").toAbsolutePath();
        String text = Files.readString(file);
        ShaclCheck dcatAp = ShaclCheck.of(null, VALIDATOR.rules(), List.of(Path.of("src/test/resources/dcat-ap-3.0.0/shacl").toAbsolutePath()), List.of());
        io.github.govmeta.core.rdf.TriplePositions positions = new io.github.govmeta.core.rdf.TriplePositions();
        Graph g = new io.github.govmeta.core.rdf.RdfReader(io.github.govmeta.core.input.InputLimits.DEFAULT,
                io.github.govmeta.core.rdf.LocalContexts.NONE).read(InputSource.file(file, "bees.jsonld"), p -> { throw new AssertionError(p); }, positions);
        ShaclCheck.Result r = dcatAp.check(g, "bees.jsonld", positions);
        for (String name : List.of("BeePopulation2022", "BeePopulation2023")) {
            Position expected = at(text, "\"@id\": \"example-ds:" + name + "\"", "\"@id\"");
            assertThat(r.byDataset().get(name)).as(name).isNotEmpty().allSatisfy(f -> {
                assertThat(f.location().line()).isEqualTo(expected.line());
                assertThat(f.location().column()).isEqualTo(expected.column());
            });
        }
    }

    /** The one finding of {@code rule} in a file validated as a user runs it. */
    private static Finding only(String rule, Path file) {
        List<Finding> found = TestRecords.run(VALIDATOR, List.of(InputSource.file(file, file.getFileName().toString())))
                .findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).as(rule + " in " + file.getFileName()).hasSize(1);
        return found.get(0);
    }

    /** The file validated description by description and as one graph (a stream read once): the same findings, positions included. */
    private static void assertSameBothWays(Path file) {
        assertThat(StreamedShaclCheck.applies(InputSource.file(file, file.getFileName().toString()),
                ShaclCheck.of(VALIDATOR.profile(), VALIDATOR.rules(), List.of(), List.of()))).isTrue();
        List<Finding> streamed = TestRecords.run(VALIDATOR, List.of(InputSource.file(file, file.getFileName().toString()))).findings();
        InputSource once = new InputSource(file.getFileName().toString(), InputSource.formatOf(file.toString()), () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<Finding> whole = TestRecords.run(VALIDATOR, List.of(once)).findings();
        assertThat(streamed).isNotEmpty().allSatisfy(f -> assertThat(f.location().line()).as(f.ruleId()).isPositive());
        // blank node labels differ between two parses; everything a reader sees is the same
        assertThat(streamed.stream().map(DcatPositionsTest::seen).toList()).isEqualTo(whole.stream().map(DcatPositionsTest::seen).toList());
    }

    private static String seen(Finding f) {
        return f.ruleId() + " " + f.location() + " " + f.dataset() + " " + f.value() + " " + f.message().en();
    }

    /** The 1-based line and column of {@code token} within the first occurrence of {@code context} in {@code text}. */
    private static Position at(String text, String context, String token) {
        int c = text.indexOf(context);
        assertThat(c).as(context).isNotNegative();
        int offset = text.indexOf(token, c);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Position(line, offset - lineStart + 1);
    }

    private Path copy(String fixture, String name) throws IOException {
        return Files.copy(FIXTURES.resolve(fixture), dir.resolve(name));
    }

    private static Graph read(String fixture) {
        return RDFParser.source(FIXTURES.resolve(fixture)).lang(Lang.TURTLE).toGraph();
    }

    private Path write(String name, RDFFormat format, Graph g) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            RDFDataMgr.write(out, g, format);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isNotBlank();
        return file;
    }
}
