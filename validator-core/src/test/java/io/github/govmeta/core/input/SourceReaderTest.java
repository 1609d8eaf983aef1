package io.github.govmeta.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every kind of bad or hostile input becomes a problem with a rule id and a position, never an exception,
 * and what can still be read is read.
 */
class SourceReaderTest {
    private final SourceReader reader = new SourceReader(InputLimits.DEFAULT);

    private static final class Collected implements RecordSink {
        final List<SourceRecord> records = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();

        @Override
        public void record(SourceRecord record) {
            records.add(record);
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }

        List<String> rules() {
            return problems.stream().map(InputProblem::ruleId).toList();
        }
    }

    private Collected read(String name, byte[] bytes) {
        Collected c = new Collected();
        reader.read(new InputSource(name, InputSource.formatOf(name), () -> new ByteArrayInputStream(bytes)), c);
        return c;
    }

    private Collected read(String name, String text) {
        return read(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void singleDatasetWithPositionsOfEveryValue() {
        Collected c = read("a.json", "{\n  \"name\": \"tourism-stat\",\n  \"tags\": [\n    {\"name\": \"ท่องเที่ยว\"}\n  ]\n}");
        assertThat(c.problems).isEmpty();
        SourceRecord r = c.records.get(0);
        assertThat(r.datasetName()).isEqualTo("tourism-stat");
        assertThat(r.positions().find("/name")).isEqualTo(new Position(2, 3));
        assertThat(r.positions().find("/tags/0/name")).isEqualTo(new Position(4, 6));
        assertThat(r.positions().find("/tags/0/missing")).isEqualTo(new Position(4, 5));
    }

    @Test
    void packageSearchResponseIsStreamedRecordByRecord() {
        Collected c = read("search.json", "{\"help\": \"x\", \"success\": true, \"result\": {\"count\": 2, \"results\": [\n"
                + "{\"name\": \"a\"},\n{\"name\": \"b\", \"title\": \"ข\"}], \"sort\": \"score desc\"}}");
        assertThat(c.problems).isEmpty();
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a", "b");
        assertThat(c.records.get(1).positions().find("/title")).isEqualTo(new Position(3, 15));
    }

    /** Field report item 18: a catalog document (DCAT-US data.json, ckanext-dcat's catalog) is read dataset by dataset. */
    @Test
    void aCatalogDocumentIsReadDatasetByDatasetWithItsOwnPositions() {
        Collected c = read("data.json", "{\"@type\": \"dcat:Catalog\", \"conformsTo\": \"https://project-open-data.cio.gov/v1.1/schema\",\n"
                + " \"dataset\": [\n  {\"name\": \"nso-gpp\", \"title\": \"ผลิตภัณฑ์มวลรวมจังหวัด\"},\n  {\"name\": \"nso-labour\"}\n ]}");
        assertThat(c.problems).isEmpty();
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("nso-gpp", "nso-labour");
        assertThat(c.records.get(1).positions().find("/name")).isEqualTo(new Position(4, 4));
        Collected plural = read("catalog.json", "{\"datasets\": [{\"name\": \"a\"}, {\"identifier\": \"usda-crops\"}]}");
        assertThat(plural.records).extracting(SourceRecord::datasetName).containsExactly("a", "usda-crops");
        Collected notAList = read("one.json", "{\"name\": \"a\", \"dataset\": \"x\", \"result\": 3}");
        assertThat(notAList.records).singleElement().satisfies(r -> {
            assertThat(r.node().get("dataset").asString()).isEqualTo("x");
            assertThat(r.node().get("result").asInt()).isEqualTo(3);
        });
    }

    @Test
    void packageShowResponseIsOneDataset() {
        Collected c = read("show.json", "{\"success\": true, \"result\": {\"name\": \"a\", \"title\": \"ก\"}}");
        assertThat(c.records).singleElement().satisfies(r -> assertThat(r.title()).isEqualTo("ก"));
    }

    @Test
    void ckanErrorResponseIsAShapeProblem() {
        Collected c = read("err.json", "{\"success\": false, \"error\": {\"message\": \"Not found\"}}");
        assertThat(c.records).isEmpty();
        assertThat(c.rules()).containsExactly(InputRules.SHAPE);
    }

    @Test
    void arrayDumpKeepsGoodRecordsAndReportsNonObjects() {
        Collected c = read("dump.json", "[{\"name\": \"a\"}, 42, {\"name\": \"b\"}]");
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a", "b");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.SHAPE);
            assertThat(p.position()).isEqualTo(new Position(1, 17));
        });
    }

    @Test
    void truncatedJsonIsASyntaxProblemWithItsPosition() {
        Collected c = read("t.json", "{\n  \"title\": \"ข้อมูล");
        assertThat(c.rules()).containsExactly(InputRules.SYNTAX);
        assertThat(c.problems.get(0).position().line()).isEqualTo(2);
    }

    @Test
    void recordsBeforeAnErrorInADumpAreKept() {
        Collected c = read("d.json", "[{\"name\": \"a\"},\n {\"name\": \"b\",,}]");
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.SYNTAX);
            assertThat(p.position().line()).isEqualTo(2);
        });
    }

    @Test
    void emptyFileAndWhitespaceOnly() {
        assertThat(read("e.json", "").rules()).containsExactly(InputRules.EMPTY);
        assertThat(read("e.json", "  \n ").rules()).containsExactly(InputRules.EMPTY);
        assertThat(read("e.yaml", "").rules()).containsExactly(InputRules.EMPTY);
        assertThat(read("e.jsonl", "\n\n").rules()).containsExactly(InputRules.EMPTY);
    }

    @Test
    void wrongTopLevelType() {
        Collected c = read("s.json", "\"just a string\"");
        assertThat(c.rules()).containsExactly(InputRules.SHAPE);
        assertThat(c.problems.get(0).args().get("detail")).isEqualTo("a string");
        assertThat(read("s.yaml", "just a scalar").rules()).containsExactly(InputRules.SHAPE);
    }

    @Test
    void duplicateKeysAreReportedAndTheLastValueKept() {
        Collected c = read("dup.json", "{\"title\": \"ก\",\n \"title\": \"ข\"}");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.DUPLICATE_KEY);
            assertThat(p.position()).isEqualTo(new Position(2, 2));
            assertThat(p.args()).containsEntry("property", "title");
        });
        assertThat(c.records.get(0).title()).isEqualTo("ข");
        assertThat(read("dup.yaml", "title: ก\ntitle: ข\n").rules()).containsExactly(InputRules.DUPLICATE_KEY);
    }

    @Test
    void utf8BomIsAWarningAndTheFileIsStillRead() {
        byte[] json = "{\"name\": \"a\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        Collected c = read("bom.json", withBom);
        assertThat(c.rules()).containsExactly(InputRules.BOM);
        assertThat(c.records).hasSize(1);
        assertThat(read("bom.yaml", withBom).records).hasSize(1);
    }

    @Test
    void invalidUtf8IsAnEncodingProblemWithItsPosition() {
        byte[] bad = {'{', '"', 't', '"', ':', ' ', '"', (byte) 0xFF, (byte) 0xFE, '"', '}'};
        Collected json = read("bad.json", bad);
        assertThat(json.rules()).containsExactly(InputRules.ENCODING);
        assertThat(json.problems.get(0).position().line()).isEqualTo(1);
        byte[] yaml = {'t', ':', ' ', 'a', '\n', 'u', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'};
        Collected y = read("bad.yaml", yaml);
        assertThat(y.rules()).containsExactly(InputRules.ENCODING);
        assertThat(y.problems.get(0).position()).isEqualTo(new Position(2, 4));
    }

    /** Field report item 32: text that is not UTF-8 Unicode, however it is disguised, is an encoding finding. */
    @Test
    void anEscapedLoneSurrogateAndUtf16WithoutAByteOrderMarkAreEncodingProblems() {
        Collected lone = read("lone.json", "{\"name\": \"nso-gpp\",\n \"notes\": \"ผลิตภัณฑ์ \\ud800 มวลรวม\", \"title\": \"\\ud83d\\ude00 ok\"}");
        assertThat(lone.rules()).containsExactly(InputRules.ENCODING);
        assertThat(lone.problems.get(0).position()).isEqualTo(new Position(2, 11));
        assertThat(lone.problems.get(0).args().get("detail")).startsWith("an unpaired surrogate \\ud800");
        assertThat(lone.records).hasSize(1);
        byte[] utf16 = "{\"name\": \"nso-gpp\", \"title\": \"สถิติ\"}".getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        Collected c = read("utf16.json", utf16);
        assertThat(c.rules()).containsExactly(InputRules.ENCODING);
        assertThat(c.problems.get(0).args().get("detail")).isEqualTo("UTF-16 or UTF-32 text without a byte-order mark");
    }

    @Test
    void overlongUtf8AndEncodedSurrogatesAreEncodingProblemsAtTheirByteInJsonAndJsonLines() {
        byte[] overlong = "{\"name\": \"nso-gpp\",\n \"notes\": \"a\u00c0\u00af\"}".getBytes(StandardCharsets.ISO_8859_1);
        Collected json = read("over.json", overlong);
        assertThat(json.rules()).containsExactly(InputRules.ENCODING);
        assertThat(json.problems.get(0).position()).isEqualTo(new Position(2, 13));
        assertThat(json.problems.get(0).args().get("detail")).startsWith("byte 0xc0 is not valid UTF-8");
        byte[] lines = ("{\"name\": \"a\"}\n{\"name\": \"b\u00ed\u00a0\u0080\"}\n{\"name\": \"c\"}\n").getBytes(StandardCharsets.ISO_8859_1);
        Collected jsonl = read("dump.jsonl", lines);
        assertThat(jsonl.rules()).containsExactly(InputRules.ENCODING);
        assertThat(jsonl.problems.get(0).position()).isEqualTo(new Position(2, 13));
        assertThat(jsonl.problems.get(0).args().get("detail")).startsWith("byte 0xa0");
        assertThat(jsonl.records).extracting(SourceRecord::datasetName).containsExactly("a", "c");
        assertThat(read("thai.json", "{\"name\": \"nso\", \"title\": \"สถิติ 😀\"}").problems).isEmpty();
    }

    @Test
    void aYamlValueLongerThanTheStringLimitIsALimitProblem() {
        Collected c = read("long.yaml", "name: nso-gpp\nnotes: " + "ก".repeat(InputLimits.DEFAULT.maxStringChars() + 1) + "\n");
        assertThat(c.rules()).containsExactly(InputRules.LIMIT);
        assertThat(c.problems.get(0).position()).isEqualTo(new Position(2, 8));
    }

    @Test
    void tenThousandDeepNestingHitsTheDepthLimit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(read("deep.json", "{\"a\": " + deep + "}").rules()).containsExactly(InputRules.LIMIT);
        assertThat(read("deep.yaml", "a: " + deep).rules()).containsExactly(InputRules.LIMIT);
        assertThat(read("deep.jsonl", "{\"a\": " + deep + "}\n{\"name\": \"ok\"}").records).hasSize(1);
    }

    @Test
    void fiftyMegabyteStringHitsTheStringLimit() {
        String huge = "{\"notes\": \"" + "ก".repeat(50 * 1024 * 1024 / 3) + "\"}";
        Collected c = read("huge.json", huge);
        assertThat(c.rules()).containsExactly(InputRules.LIMIT);
        assertThat(c.records).isEmpty();
    }

    @Test
    void oversizedYamlIsRefusedBeforeParsing() {
        byte[] big = ("notes: \"" + "x".repeat(InputLimits.DEFAULT.maxYamlBytes()) + "\"\n").getBytes(StandardCharsets.UTF_8);
        assertThat(read("big.yaml", big).rules()).containsExactly(InputRules.LIMIT);
    }

    @Test
    void yamlBillionLaughsIsStopped() {
        StringBuilder y = new StringBuilder("a0: &a0 [\"lol\", \"lol\"]\n");
        for (int i = 1; i <= 30; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a").append(i - 1).append("]\n");
        }
        Collected c = read("laughs.yaml", y.toString());
        assertThat(c.rules()).containsExactly(InputRules.LIMIT);
        assertThat(c.records).isEmpty();
    }

    @Test
    void yamlCustomTagsAreRefusedNotConstructed() {
        Collected c = read("tag.yaml", "title: ok\nevil: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://example.invalid/\"]]]]\n");
        assertThat(c.rules()).containsExactly(InputRules.UNSAFE);
        assertThat(c.problems.get(0).position().line()).isEqualTo(2);
        assertThat(c.records).isEmpty();
    }

    @Test
    void aRefusedValueInAYamlStreamCostsOnlyItsDocument() {
        Collected c = read("stream.yaml", """
                name: dataset-one
                title: ชุดข้อมูลที่หนึ่ง
                ---
                name: dataset-two
                title: !!binary aGVsbG8=
                tags: [{name: สอง}]
                ---
                name: dataset-three
                notes: %s
                ---
                name: dataset-four
                title: ชุดข้อมูลที่สี่
                """.formatted("ก".repeat(InputLimits.DEFAULT.maxStringChars() + 1)));
        assertThat(c.rules()).containsExactly(InputRules.UNSAFE, InputRules.LIMIT);
        assertThat(c.problems).extracting(p -> p.position().line()).containsExactly(5, 9);
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("dataset-one", "dataset-four");
        assertThat(c.records.get(1).positions().find("/title")).isEqualTo(new Position(12, 1));
    }

    @Test
    void aRefusedValueInAYamlListCostsOnlyItsItem() {
        Collected c = read("list.yaml", """
                - name: a
                  title: ก
                - name: b
                  extras:
                    - {key: k, value: !!python/object:os.system [ls]}
                  tags: [{name: ข}]
                - !!binary aGVsbG8=
                - name: c
                  tags:
                    - name: ค
                """);
        assertThat(c.rules()).containsExactly(InputRules.UNSAFE, InputRules.UNSAFE);
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a", "c");
        // the skipped items keep their places: c's positions are its own
        assertThat(c.records.get(1).positions().find("/tags/0/name")).isEqualTo(new Position(10, 7));
        assertThat(c.records.get(1).positions().find("")).isEqualTo(new Position(8, 3));
    }

    @Test
    void aYamlSyntaxErrorSaysHowManyDocumentsWereNotChecked() {
        Collected c = read("stream.yaml", "name: a\n---\nname: b\ntitle: \"unclosed\n---\nname: c\n---\nname: d\n");
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a");
        assertThat(c.rules()).containsExactly(InputRules.SYNTAX);
        assertThat(c.problems.get(0).args().values().toString()).contains("2 more documents (---) were not checked")
                .contains("ไม่ได้ตรวจอีก 2 เอกสาร");
    }

    @Test
    void yamlSyntaxErrorHasItsPosition() {
        Collected c = read("bad.yaml", "title: ok\n  notes: [unclosed\n");
        assertThat(c.rules()).containsExactly(InputRules.SYNTAX);
        assertThat(c.problems.get(0).position().line()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void yamlListOfDatasetsAndPositions() {
        Collected c = read("list.yaml", "- name: a\n  title: ก\n- name: b\n  tags:\n    - name: ข\n");
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a", "b");
        assertThat(c.records.get(1).positions().find("/tags/0/name")).isEqualTo(new Position(5, 7));
        assertThat(c.records.get(0).node().get("title").asString()).isEqualTo("ก");
    }

    @Test
    void yamlScalarsAreTypedByTheCoreSchema() {
        Collected c = read("t.yaml", "n: 12\nf: 1.5\nb: true\nz: null\ns: '12'\nd: 2024-01-02\n");
        var node = c.records.get(0).node();
        assertThat(node.get("n").isNumber()).isTrue();
        assertThat(node.get("f").isNumber()).isTrue();
        assertThat(node.get("b").isBoolean()).isTrue();
        assertThat(node.get("z").isNull()).isTrue();
        assertThat(node.get("s").isString()).isTrue();
        assertThat(node.get("d").asString()).isEqualTo("2024-01-02");
    }

    /** Field report item 25: numbers no validator can compare exactly are findings at their place and read as text. */
    @Test
    void numbersBeyondEighteenDigitsOrWithAHugeExponentAreFindingsAndReadAsText() {
        String big = "1" + "0".repeat(399);
        Collected json = read("n.json", "{\"name\": \"nso-gpp\",\n \"update_frequency_interval\": 1e100000000,\n \"first_year_of_data\": "
                + big + ",\n \"north_bound_longitude\": 20.4648, \"count\": 123456789012345678}");
        assertThat(json.rules()).containsExactly("GOVMETA-INPUT-NUMBER", "GOVMETA-INPUT-NUMBER");
        assertThat(json.problems).extracting(InputProblem::position).containsExactly(new Position(2, 31), new Position(3, 24));
        assertThat(json.problems.get(1).args()).containsEntry("value", "10000000000000000000…(400 characters)");
        var node = json.records.get(0).node();
        assertThat(node.get("update_frequency_interval").asString()).isEqualTo("1e100000000");
        assertThat(node.get("north_bound_longitude").isNumber()).isTrue();
        assertThat(node.get("count").isNumber()).isTrue();
        Collected yaml = read("n.yaml", "name: nso-gpp\nupdate_frequency_interval: 1e100000000\nfirst_year_of_data: 2566\n");
        assertThat(yaml.rules()).containsExactly("GOVMETA-INPUT-NUMBER");
        assertThat(yaml.problems.get(0).position()).isEqualTo(new Position(2, 28));
        assertThat(yaml.records.get(0).node().get("first_year_of_data").isNumber()).isTrue();
    }

    @Test
    void jsonLinesBadLineIsReportedAndTheOthersRead() {
        Collected c = read("dump.jsonl", "{\"name\": \"a\"}\n{\"name\": \"b\"}\n{\"name\": \n{\"name\": \"d\"}\n[1]\n");
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a", "b", "d");
        assertThat(c.problems).extracting(InputProblem::ruleId).containsExactly(InputRules.SYNTAX, InputRules.SHAPE);
        assertThat(c.problems.get(0).position().line()).isEqualTo(3);
        assertThat(c.problems.get(1).position().line()).isEqualTo(5);
        assertThat(c.records.get(2).positions().find("/name")).isEqualTo(new Position(4, 2));
    }

    @Test
    void overlongJsonLinesLineHitsTheLineLimitAndTheRestIsRead() {
        SourceReader small = new SourceReader(new InputLimits(64, 1_000_000, 1024, 10, 100));
        Collected c = new Collected();
        String text = "{\"name\": \"a\"}\n{\"notes\": \"" + "ก".repeat(200) + "\"}\n{\"name\": \"c\"}\n";
        small.read(new InputSource("long.jsonl", SourceFormats.named("jsonl"),
                () -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), c);
        assertThat(c.records).extracting(SourceRecord::datasetName).containsExactly("a", "c");
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.ruleId()).isEqualTo(InputRules.LIMIT);
            assertThat(p.position().line()).isEqualTo(2);
        });
    }

    @Test
    void standardInputIsSniffed() {
        Collected json = new Collected();
        reader.read(InputSource.stream("<stdin>", new ByteArrayInputStream("[{\"name\": \"a\"}]".getBytes(StandardCharsets.UTF_8))), json);
        assertThat(json.records).hasSize(1);
        Collected lines = new Collected();
        reader.read(InputSource.stream("<stdin>", new ByteArrayInputStream("{\"name\": \"a\"}\n{\"name\": \"b\"}\n".getBytes(StandardCharsets.UTF_8))), lines);
        assertThat(lines.records).hasSize(2);
        Collected yaml = new Collected();
        reader.read(InputSource.stream("<stdin>", new ByteArrayInputStream("name: a\n".getBytes(StandardCharsets.UTF_8))), yaml);
        assertThat(yaml.records).hasSize(1);
    }

    @Test
    void missingFileIsAnIoProblem() {
        Collected c = new Collected();
        reader.read(InputSource.file(java.nio.file.Path.of("/nonexistent/x.json"), "x.json"), c);
        assertThat(c.rules()).containsExactly(InputRules.IO);
    }
}
