package io.github.govmeta.core.shacl;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputRules;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.rdf.DatasetChunker;
import io.github.govmeta.core.rdf.LocalContexts;
import io.github.govmeta.core.rdf.RdfReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DCAT file written dataset by dataset is validated one description at a time, with exactly the
 * results — same findings, same order — of validating its whole graph; a file that does not split so
 * (a catalog listing its datasets, a shared agent, triples out of order) is validated whole.
 */
class StreamedShaclCheckTest {
    private static final GovmetaValidator VALIDATOR = TestRecords.validator("th-gdc@1.0.0");
    private static final ShaclCheck SHAPES = ShaclCheck.of(VALIDATOR.profile(), VALIDATOR.rules(), List.of(), List.of());
    private static final RdfReader READER = new RdfReader(InputLimits.DEFAULT, LocalContexts.NONE);
    private static List<Graph> datasets;

    @TempDir
    Path dir;

    /** Every CKAN example of the repository, converted: one graph per dataset. */
    @BeforeAll
    static void convertTheExamples() throws IOException {
        datasets = new ArrayList<>();
        List<InputSource> sources = new ArrayList<>();
        for (String folder : List.of("examples/valid", "examples/invalid")) {
            try (Stream<Path> files = Files.list(TestRecords.ROOT.resolve(folder))) {
                files.sorted().forEach(f -> sources.add(InputSource.file(f, f.getFileName().toString())));
            }
        }
        VALIDATOR.toDcat(sources, f -> { throw new AssertionError(f); }, datasets::add);
        assertThat(datasets).hasSizeGreaterThan(20);
    }

    private Path write(String name, RDFFormat format, List<Triple> triples) throws IOException {
        Path file = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(out, format);
            w.start();
            datasets.get(0).getPrefixMapping().getNsPrefixMap().forEach(w::prefix);
            triples.forEach(w::triple);
            w.finish();
        }
        return file;
    }

    private static List<Triple> inReadingOrder() {
        List<Triple> all = new ArrayList<>();
        datasets.forEach(g -> all.addAll(DatasetChunker.readingOrder(g)));
        return all;
    }

    private static List<Finding> streamed(Path file) {
        return TestRecords.run(VALIDATOR, List.of(InputSource.file(file, file.getFileName().toString()))).findings();
    }

    /** The same file as a stream that cannot be read twice: always validated as one graph. */
    private static List<Finding> whole(Path file) {
        InputSource once = new InputSource(file.getFileName().toString(), InputSource.formatOf(file.toString()), () -> {
            try {
                return Files.newInputStream(file);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return TestRecords.run(VALIDATOR, List.of(once)).findings();
    }

    private static boolean splits(Path file) {
        return StreamedShaclCheck.check(SHAPES, READER, InputSource.file(file, file.getFileName().toString()), null, 1) != null;
    }

    @Test
    void convertedNTriplesAndTurtleAreCheckedDatasetByDatasetWithTheWholeGraphsResults() throws IOException {
        for (Path file : List.of(write("catalog.nt", RDFFormat.NTRIPLES, inReadingOrder()),
                write("catalog.ttl", RDFFormat.TURTLE_BLOCKS, inReadingOrder()))) {
            assertThat(splits(file)).as(file.toString()).isTrue();
            List<Finding> streamed = streamed(file);
            assertThat(streamed).extracting(Finding::ruleId).contains("GDC-REQ-title", "GDC-FORMAT-maintainer_email");
            assertThat(streamed).isEqualTo(whole(file));
        }
    }

    @Test
    void descriptionsValidatedOnManyThreadsGiveWhatOneThreadGives() throws IOException {
        Path file = write("catalog.nt", RDFFormat.NTRIPLES, inReadingOrder());
        StreamedShaclCheck.Outcome one = StreamedShaclCheck.check(SHAPES, READER, InputSource.file(file, "catalog.nt"), null, 1);
        for (int threads : new int[] {2, 5}) {
            StreamedShaclCheck.Outcome many = StreamedShaclCheck.check(SHAPES, READER, InputSource.file(file, "catalog.nt"), null, threads);
            assertThat(many.result().byDataset()).isEqualTo(one.result().byDataset()).isNotEmpty();
            assertThat(many.result().others()).isEqualTo(one.result().others());
            assertThat(many.result().report().getEntries()).containsExactlyElementsOf(one.result().report().getEntries());
        }
    }

    @Test
    void theStreamedValidationReportHoldsTheWholeGraphsResults() throws IOException {
        Path file = write("catalog.nt", RDFFormat.NTRIPLES, inReadingOrder());
        StreamedShaclCheck.Outcome streamed = StreamedShaclCheck.check(SHAPES, READER, InputSource.file(file, "catalog.nt"), null, 1);
        io.github.govmeta.core.rdf.TriplePositions positions = new io.github.govmeta.core.rdf.TriplePositions();
        ShaclCheck.Result whole = SHAPES.check(READER.read(InputSource.file(file, "catalog.nt"), p -> { }, positions), "catalog.nt", positions);
        assertThat(streamed.problems()).isEmpty();
        assertThat(streamed.result().report().conforms()).isFalse();
        assertThat(streamed.result().report().getEntries()).hasSize(whole.report().getEntries().size()).isNotEmpty();
        assertThat(streamed.result().report().getGraph().find(org.apache.jena.graph.Node.ANY,
                org.apache.jena.shacl.vocabulary.SHACL.result, org.apache.jena.graph.Node.ANY).toList())
                .hasSize(whole.report().getEntries().size());
        assertThat(streamed.result().byDataset()).isEqualTo(whole.byDataset());
        // the same positions both ways, and every finding has one
        assertThat(whole.byDataset().values().stream().flatMap(List::stream)).isNotEmpty()
                .allSatisfy(f -> assertThat(f.location().line()).as(f.ruleId()).isPositive());
    }

    @Test
    void aDatasetSplitAcrossTheFileIsValidatedWhole() throws IOException {
        List<Triple> triples = inReadingOrder();
        triples.add(triples.remove(0)); // the first dataset's type triple moved to the end
        Path file = write("moved.nt", RDFFormat.NTRIPLES, triples);
        assertThat(splits(file)).isFalse();
        assertThat(streamed(file)).isEqualTo(whole(file)).isNotEmpty();
    }

    @Test
    void aCatalogListingItsDatasetsAndASharedAgentAreValidatedWhole() throws IOException {
        for (String example : List.of("valid-catalog.ttl", "invalid-catalog.ttl")) {
            Path file = TestRecords.ROOT.resolve("examples/dcat/" + example);
            assertThat(splits(file)).as(example).isFalse();
            assertThat(streamed(file)).as(example).isEqualTo(whole(file));
        }
        Path shared = dir.resolve("shared.ttl");
        Files.writeString(shared, """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                @prefix foaf: <http://xmlns.com/foaf/0.1/> .
                <https://data.go.th/dataset/a> a dcat:Dataset ; dct:publisher <https://data.go.th/org/nso> .
                <https://data.go.th/org/nso> a foaf:Agent ; foaf:name "สำนักงานสถิติแห่งชาติ"@th .
                <https://data.go.th/dataset/b> a dcat:Dataset ; dct:publisher <https://data.go.th/org/nso> .
                """);
        assertThat(splits(shared)).isFalse();
        assertThat(streamed(shared)).isEqualTo(whole(shared));
    }

    @Test
    void aSyntaxErrorAfterManyDatasetsGivesOnlyTheSyntaxFindingAsForTheWholeGraph() throws IOException {
        Path file = write("broken.nt", RDFFormat.NTRIPLES, inReadingOrder());
        Files.writeString(file, Files.readString(file) + "<urn:x> <urn:p> \"unterminated .\n");
        long lines = Files.readAllLines(file).size();
        assertThat(streamed(file)).isEqualTo(whole(file)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(InputRules.SYNTAX);
            assertThat(f.location().line()).isBetween((int) lines, (int) lines + 1); // Jena stops at the end of the line or the next
        });
    }

    @Test
    void theBundledShapesAreLocalAndShapesThatLookElsewhereAreNot() throws IOException {
        assertThat(SHAPES.local()).isTrue();
        GovmetaValidator governance = TestRecords.validator("th-gdc-governance@1.0.0");
        assertThat(ShaclCheck.of(governance.profile(), governance.rules(), List.of(), List.of()).local()).isTrue();
        Path inverse = dir.resolve("inverse.ttl");
        Files.writeString(inverse, """
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dcat: <http://www.w3.org/ns/dcat#> .
                <urn:s> a sh:NodeShape ; sh:targetClass dcat:Distribution ;
                  sh:property [ sh:path [ sh:inversePath dcat:distribution ] ; sh:minCount 1 ] .
                """);
        ShaclCheck external = ShaclCheck.of(null, VALIDATOR.rules(), List.of(inverse), List.of());
        assertThat(external.local()).isFalse();
        Path nt = write("catalog.nt", RDFFormat.NTRIPLES, inReadingOrder());
        assertThat(StreamedShaclCheck.applies(InputSource.file(nt, "catalog.nt"), external)).isFalse();
        assertThat(StreamedShaclCheck.applies(InputSource.file(nt, "catalog.nt"), SHAPES)).isTrue();
        Path sparql = dir.resolve("sparql.ttl");
        Files.writeString(sparql, """
                @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dcat: <http://www.w3.org/ns/dcat#> .
                <urn:s> a sh:NodeShape ; sh:targetClass dcat:Dataset ;
                  sh:sparql [ sh:select "SELECT $this WHERE { ?other a <http://www.w3.org/ns/dcat#Dataset> FILTER (?other != $this) }" ] .
                """);
        assertThat(ShaclCheck.of(null, VALIDATOR.rules(), List.of(sparql), List.of()).local()).isFalse();
    }
}
