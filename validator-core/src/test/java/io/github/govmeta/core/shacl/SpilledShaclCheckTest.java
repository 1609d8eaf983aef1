package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.DcatRecord;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputRecord;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.RecordStream;
import io.github.govmeta.core.rdf.LocalContexts;
import io.github.govmeta.core.rdf.RdfReader;
import io.github.govmeta.core.rdf.TriplePositions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DCAT file too large for the heap whose datasets are not written together is spilled to disk and
 * validated dataset by dataset, with the whole graph's results: a catalog listing its datasets, a shared
 * publisher with a mistake of its own, and every triple of the file in shuffled order.
 */
class SpilledShaclCheckTest {
    private static final GovmetaValidator VALIDATOR = TestRecords.validator("th-gdc@1.0.0");
    private static final ShaclCheck SHAPES = ShaclCheck.of(VALIDATOR.profile(), VALIDATOR.rules(), List.of(), List.of());
    private static final RdfReader READER = new RdfReader(InputLimits.DEFAULT, LocalContexts.NONE);
    private static final String DCAT = "http://www.w3.org/ns/dcat#";
    private static List<Triple> catalog;

    @TempDir
    Path dir;

    /** Every CKAN example of the repository converted, listed by a catalog, three of them sharing a publisher without a name. */
    @BeforeAll
    static void convertTheExamples() throws IOException {
        List<Graph> datasets = new ArrayList<>();
        List<InputSource> sources = new ArrayList<>();
        for (String folder : List.of("examples/valid", "examples/invalid")) {
            try (Stream<Path> files = Files.list(TestRecords.ROOT.resolve(folder))) {
                files.sorted().forEach(f -> sources.add(InputSource.file(f, f.getFileName().toString())));
            }
        }
        VALIDATOR.toDcat(sources, f -> { throw new AssertionError(f); }, datasets::add);
        catalog = new ArrayList<>();
        Node cat = NodeFactory.createURI("https://data.go.th/catalog");
        Node agent = NodeFactory.createURI("https://data.go.th/organization/shared-office");
        catalog.add(Triple.create(cat, RDF.type.asNode(), NodeFactory.createURI(DCAT + "Catalog")));
        catalog.add(Triple.create(cat, NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralLang("บัญชีข้อมูลภาครัฐ", "th")));
        catalog.add(Triple.create(agent, RDF.type.asNode(), NodeFactory.createURI("http://xmlns.com/foaf/0.1/Agent")));
        int i = 0;
        for (Graph g : datasets) {
            for (Node d : ShaclCheck.datasets(g)) {
                catalog.add(Triple.create(cat, NodeFactory.createURI(DCAT + "dataset"), d));
                if (i++ < 3) {
                    catalog.add(Triple.create(d, NodeFactory.createURI("http://purl.org/dc/terms/publisher"), agent));
                }
            }
            g.find().forEach(catalog::add);
        }
        Collections.shuffle(catalog, new Random(2566));
        assertThat(datasets).hasSizeGreaterThan(20);
    }

    private Path write(String name, RDFFormat format, List<Triple> triples) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
            w.start();
            triples.forEach(w::triple);
            w.finish();
        }
        return file;
    }

    /** Jena on the whole graph, with the positions the whole-graph path keeps. */
    private static ShaclCheck.Result whole(ShaclCheck shapes, Path file) {
        TriplePositions positions = new TriplePositions();
        Graph g = READER.read(InputSource.file(file, file.getFileName().toString()), p -> { throw new AssertionError(p); }, positions);
        return shapes.check(g, file.getFileName().toString(), positions);
    }

    private static ShaclCheck.Result whole(Path file) {
        return whole(SHAPES, file);
    }

    @Test
    void aShuffledCatalogWithASharedAgentHasTheWholeGraphsResults() throws IOException {
        Path file = write("shuffled.nt", RDFFormat.NTRIPLES, catalog);
        StreamedShaclCheck.Outcome spilled = SpilledShaclCheck.check(SHAPES, READER, InputSource.file(file, "shuffled.nt"), null);
        ShaclCheck.Result whole = whole(file);
        assertThat(spilled.problems()).isEmpty();
        assertThat(spilled.result().byDataset()).isEqualTo(whole.byDataset());
        assertThat(spilled.result().others()).isEqualTo(whole.others());
        assertThat(spilled.result().report().getEntries()).hasSameSizeAs(whole.report().getEntries());
        // every finding is placed where its triple is written, as on the whole-graph path
        assertThat(spilled.result().byDataset().values().stream().flatMap(List::stream))
                .isNotEmpty().allSatisfy(f -> assertThat(f.location().line()).isPositive());
        // each of the three datasets reaches the shared nameless agent through its own description
        assertThat(spilled.result().byDataset().values().stream().flatMap(List::stream).map(Finding::ruleId))
                .filteredOn("GDC-DCAT-publisher-name"::equals).hasSize(3);
        // the catalog, which no dataset refers to, is validated in the catalog-level pass
        assertThat(spilled.result().others()).extracting(Finding::ruleId).contains("GDC-DCAT-catalog-publisher");
    }

    @Test
    void aFileTooLargeForTheHeapIsSpilledRatherThanRefused() throws IOException {
        Path file = write("shuffled.nt", RDFFormat.NTRIPLES, catalog);
        RdfReader small = new RdfReader(InputLimits.DEFAULT, 10_000, LocalContexts.NONE); // as if the heap held 10 kB of RDF
        assertThat(small.tooLargeToReadWhole(InputSource.file(file, "shuffled.nt"))).isTrue();
        List<Finding> findings = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<String> records = new ArrayList<>();
        new DcatShaclCheck(() -> SHAPES, small, r -> { }, null, 2).read(InputSource.file(file, "shuffled.nt"), new RecordStream() {
            @Override
            public void record(InputRecord record) {
                DcatRecord d = (DcatRecord) record;
                records.add(d.dataset());
                findings.addAll(d.results());
            }

            @Override
            public void finding(Finding finding) {
                findings.add(finding);
            }

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem);
            }
        });
        ShaclCheck.Result whole = whole(file);
        assertThat(problems).isEmpty();
        assertThat(records).containsExactlyElementsOf(whole.byDataset().keySet());
        List<Finding> expected = new ArrayList<>();
        whole.byDataset().values().forEach(expected::addAll);
        expected.addAll(whole.others());
        assertThat(findings).isEqualTo(expected);
        // the same reader refuses it where it must be held whole (a node target looks beyond a description)
        Path inverse = dir.resolve("inverse.ttl");
        Files.writeString(inverse, """
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dct: <http://purl.org/dc/terms/> .
                <urn:s> a sh:NodeShape ; sh:targetNode <https://data.go.th/catalog> ;
                  sh:property [ sh:path dct:publisher ; sh:minCount 1 ] .
                """);
        ShaclCheck external = ShaclCheck.of(null, VALIDATOR.rules(), List.of(inverse), List.of());
        assertThat(external.spillable()).isFalse();
        problems.clear();
        new DcatShaclCheck(() -> external, small, r -> { }, null, 1).read(InputSource.file(file, "shuffled.nt"), RecordStream.of(new io.github.govmeta.core.input.RecordSink() {
            @Override
            public void record(io.github.govmeta.core.input.SourceRecord record) {}

            @Override
            public void problem(InputProblem problem) {
                problems.add(problem);
            }
        }));
        assertThat(problems).extracting(InputProblem::ruleId).containsExactly(InputRules.LIMIT);
    }

    @Test
    void theDcatAp300ShapesWithTheirInversePathHaveTheWholeGraphsResults() throws IOException {
        ShaclCheck dcatAp = ShaclCheck.of(null, VALIDATOR.rules(), List.of(Path.of("src/test/resources/dcat-ap-3.0.0/shacl").toAbsolutePath()), List.of());
        assertThat(dcatAp.local()).isFalse();
        assertThat(dcatAp.spillable()).isTrue();
        assertThat(dcatAp.inversePredicates()).containsExactly(NodeFactory.createURI(DCAT + "inSeries"));
        List<Triple> triples = new ArrayList<>(catalog);
        Node series = NodeFactory.createURI("https://data.go.th/series/tourism-statistics");
        Node empty = NodeFactory.createURI("https://data.go.th/series/empty");
        triples.add(Triple.create(series, RDF.type.asNode(), NodeFactory.createURI(DCAT + "DatasetSeries")));
        triples.add(Triple.create(series, NodeFactory.createURI("http://purl.org/dc/terms/title"), NodeFactory.createLiteralLang("สถิตินักท่องเที่ยว", "th")));
        triples.add(Triple.create(empty, RDF.type.asNode(), NodeFactory.createURI(DCAT + "DatasetSeries")));
        List<Node> members = catalog.stream().filter(t -> t.getObject().equals(NodeFactory.createURI(DCAT + "Dataset")))
                .map(Triple::getSubject).sorted(java.util.Comparator.comparing(Node::toString)).limit(2).toList();
        members.forEach(m -> triples.add(Triple.create(m, NodeFactory.createURI(DCAT + "inSeries"), series)));
        Collections.shuffle(triples, new Random(2567));
        Path file = write("series.nt", RDFFormat.NTRIPLES, triples);
        StreamedShaclCheck.Outcome spilled = SpilledShaclCheck.check(dcatAp, READER, InputSource.file(file, "series.nt"), null);
        ShaclCheck.Result whole = whole(dcatAp, file);
        assertThat(spilled.problems()).isEmpty();
        // Jena's messages name blank nodes by the label of one parse: compared without them
        assertThat(unlabelled(spilled.result())).isEqualTo(unlabelled(whole));
        assertThat(spilled.result().report().getEntries()).hasSameSizeAs(whole.report().getEntries()).hasSizeGreaterThan(50);
        // the series with members passes its inverse-path constraint; the empty one does not
        assertThat(whole.report().getEntries()).anyMatch(e -> e.focusNode().equals(empty))
                .noneMatch(e -> e.focusNode().equals(series) && String.valueOf(e.resultPath()).contains("inSeries"));
    }

    /** Each dataset's findings and then the others', as text without blank node labels, sorted. */
    private static java.util.Map<String, List<String>> unlabelled(ShaclCheck.Result r) {
        java.util.Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        r.byDataset().forEach((d, found) -> out.put(d, text(found)));
        out.put("(others)", text(r.others()));
        return out;
    }

    private static List<String> text(List<Finding> found) {
        return found.stream().map(f -> f.toString().replaceAll("_:B?[0-9a-fA-F]{16,}", "_:b")).sorted().toList();
    }

    @Test
    void aFileTheDiskCannotHoldSpilledIsRefusedBeforeItIsRead() throws IOException {
        // a sparse file as large as the free space of the temporary folder: three times that is not free
        Path huge = dir.resolve("huge.nt");
        long free = Path.of(System.getProperty("java.io.tmpdir")).toFile().getUsableSpace();
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(free);
        }
        StreamedShaclCheck.Outcome spilled = SpilledShaclCheck.check(SHAPES, READER, InputSource.file(huge, "huge.nt"), null);
        assertThat(spilled.result()).isNull();
        assertThat(spilled.problems()).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.LIMIT);
            assertThat(p.args().values().toString()).contains("needs about 3 times its size").contains("java.io.tmpdir")
                    .contains("ต้องใช้พื้นที่ราว 3 เท่าของขนาด");
        }); // and nothing was read: the file's zero bytes would have been a syntax finding
    }

    @Test
    void aSyntaxErrorInASpilledFileIsItsFindingAsForTheWholeGraph() throws IOException {
        Path file = write("broken.nt", RDFFormat.NTRIPLES, catalog);
        Files.writeString(file, Files.readString(file) + "<urn:x> <urn:p> \"unterminated .\n");
        StreamedShaclCheck.Outcome spilled = SpilledShaclCheck.check(SHAPES, READER, InputSource.file(file, "broken.nt"), null);
        assertThat(spilled.result()).isNull();
        assertThat(spilled.problems()).extracting(InputProblem::ruleId).containsExactly(InputRules.SYNTAX);
    }
}
