package io.github.govmeta.core.input.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.RecordSummary;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.SourceFormat;
import io.github.govmeta.core.input.SourceFormats;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The one registry of formats: names, extensions, sniffing; and an RDF source read as records. */
class SourceFormatsTest {

    @Test
    void everyFormatHasAUniqueNameAndOwnsItsExtensions() {
        assertThat(SourceFormats.all()).extracting(SourceFormat::name).doesNotHaveDuplicates()
                .containsExactly("rdfxml", "ntriples", "turtle", "trig", "jsonld", "jsonl", "json", "yaml");
        for (SourceFormat format : SourceFormats.all()) {
            for (String extension : format.extensions()) {
                assertThat(SourceFormats.forFileName("Data." + extension.toUpperCase())).contains(format);
            }
        }
        assertThat(SourceFormats.forFileName("notes.txt")).isEmpty();
        assertThat(SourceFormats.globs()).contains("**.json", "**.ndjson", "**.yml", "**.ttl", "**.nq", "**.trig", "**.jsonld");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            rdfxml   | <?xml version="1.0"?>\\n<!-- a catalog -->\\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>
            ntriples | <https://data.go.th/dataset/a> <http://purl.org/dc/terms/title> "a"@th .\\n
            turtle   | @prefix dcat: <http://www.w3.org/ns/dcat#> .\\n<https://data.go.th/dataset/a> a dcat:Dataset .
            turtle   | PREFIX dcat: <http://www.w3.org/ns/dcat#>\\n
            turtle   | \\uFEFF@prefix dcat: <http://www.w3.org/ns/dcat#> .
            turtle   | <https://data.go.th/dataset/a> a <http://www.w3.org/ns/dcat#Dataset> .
            json     | [{"name": "a"}]
            json     | \\uFEFF{"name": "a"}
            json     | {"@context": {"dcat": "http://www.w3.org/ns/dcat#"}, "@type": "dcat:Dataset"}
            jsonl    | {"name": "a"}\\n{"name": "b"}\\n
            yaml     | name: a\\ntitle: ก\\n
            """)
    void aSourceWithoutATellingNameIsSniffed(String format, String head) {
        String text = head.replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
        assertThat(SourceFormats.sniff(text).name()).isEqualTo(format);
    }

    static Stream<Arguments> datasetsOnStandardInput() {
        return Stream.of(Arguments.of("turtle", """
                @prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
                <https://data.go.th/dataset/b> a dcat:Dataset ; dct:title "b"@th .
                <https://data.go.th/dataset/a> a dcat:Dataset .
                """), Arguments.of("json", """
                [{"name": "b", "title": "b"}, {"name": "a"}]
                """));
    }

    /** DCAT datasets are records like CKAN ones: each checked, then its findings; datasets in IRI order. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("datasetsOnStandardInput")
    void anRdfSourceYieldsOneRecordPerDatasetFollowedByItsFindings(String format, String text) {
        GovmetaValidator validator = TestRecords.validator("th-gdc@1.0.0");
        List<String> events = new ArrayList<>();
        validator.run(List.of(InputSource.stream("<stdin>", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))),
                new FindingListener() {
                    @Override
                    public void recordChecked(RecordSummary record) {
                        events.add("record " + record.dataset() + " " + record.findings());
                    }

                    @Override
                    public void onFinding(Finding f) {
                        events.add("finding " + f.dataset());
                    }
                });
        List<String> records = events.stream().filter(e -> e.startsWith("record")).toList();
        assertThat(records).hasSize(2);
        int first = events.indexOf(records.get(0));
        int second = events.indexOf(records.get(1));
        int findingsOfFirst = Integer.parseInt(records.get(0).substring(records.get(0).lastIndexOf(' ') + 1));
        assertThat(second - first - 1).isEqualTo(findingsOfFirst);
        assertThat(events.subList(first + 1, second)).containsOnly("finding " + records.get(0).split(" ")[1]);
        if (format.equals("turtle")) {
            assertThat(records).extracting(r -> r.split(" ")[1]).containsExactly("a", "b");
        }
    }

    /** {@code govmeta convert} reads through the same formats: CKAN records convert, an RDF source is a finding. */
    @Test
    void convertReadsCkanRecordsThroughTheFormatsAndRefusesRdf() {
        GovmetaValidator validator = TestRecords.validator("th-gdc@1.0.0");
        List<Finding> problems = new ArrayList<>();
        List<org.apache.jena.graph.Graph> datasets = new ArrayList<>();
        validator.toDcat(List.of(
                new InputSource("dump.jsonl", SourceFormats.named("jsonl"), () -> stream("{\"name\": \"a\"}\n{\"name\": \"b\"}\n")),
                InputSource.stream("<stdin>", stream("<https://data.go.th/dataset/a> a <http://www.w3.org/ns/dcat#Dataset> .\n"))),
                problems::add, datasets::add);
        assertThat(datasets).hasSize(2);
        assertThat(problems).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(io.github.govmeta.core.input.InputRules.SHAPE);
            assertThat(f.location().source()).isEqualTo("<stdin>");
            assertThat(f.message().en()).contains("RDF, which convert does not convert again");
        });
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
