package io.github.govmeta.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.input.InputLimits;
import io.github.govmeta.core.input.InputProblem;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.input.RecordSink;
import io.github.govmeta.core.input.SourceReader;
import io.github.govmeta.core.input.SourceRecord;
import io.github.govmeta.core.report.ReportTarget;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** The facade as every caller uses it: a request in, a result out. */
class GovmetaTest {
    private static final Path EXAMPLES = TestRecords.ROOT.resolve("examples");

    @TempDir
    Path dir;

    private ValidationRequest.Builder request() {
        return ValidationRequest.builder(dir).noConfig(true).timing(false);
    }

    /** Every CKAN record of the bundled examples (valid, invalid, dumps), read as the engine reads them. */
    private static List<SourceRecord> exampleRecords() throws Exception {
        List<SourceRecord> records = new ArrayList<>();
        SourceReader reader = new SourceReader(InputLimits.DEFAULT);
        for (String folder : List.of("valid", "invalid", "dumps")) {
            try (var files = Files.list(EXAMPLES.resolve(folder))) {
                for (Path f : files.sorted().toList()) {
                    if (f.toString().endsWith(".yaml") || f.toString().endsWith(".yml") || f.toString().endsWith(".json") || f.toString().endsWith(".jsonl")) {
                        reader.read(InputSource.file(f, folder + "/" + f.getFileName()), new RecordSink() {
                            @Override public void record(SourceRecord record) { records.add(record); }
                            @Override public void problem(InputProblem problem) { }
                        });
                    }
                }
            }
        }
        return records;
    }

    @Test
    void checksFromEightThreadsGiveTheFindingsOfOneThread() throws Exception {
        Files.writeString(dir.resolve(".govmeta.yaml"), """
                rules:
                  GDC-FORMAT-maintainer_email: warning
                suppressions:
                  - rule: GDC-DATE-BE-last_updated_date
                    reason: "กรมฯ แก้ในระบบต้นทางภายในไตรมาสนี้"
                """);
        Govmeta govmeta = Govmeta.open(ValidationRequest.builder(dir).build());
        List<SourceRecord> records = exampleRecords();
        assertThat(records).hasSizeGreaterThan(25);
        List<List<Finding>> single = records.stream().map(govmeta::check).toList();
        assertThat(single.stream().mapToInt(List::size).sum()).isGreaterThan(15);
        assertThat(single.stream().flatMap(List::stream).anyMatch(Finding::suppressed)).isTrue();
        assertThat(single.stream().flatMap(List::stream).map(Finding::ruleId)).contains("GDC-FORMAT-maintainer_email");

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                List<Future<List<Finding>>> futures = new ArrayList<>();
                for (int i = 0; i < records.size() * 8; i++) {
                    SourceRecord r = records.get(i % records.size());
                    futures.add(pool.submit(() -> govmeta.check(r)));
                }
                for (int i = 0; i < futures.size(); i++) {
                    assertThat(futures.get(i).get()).isEqualTo(single.get(i % records.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProfileIsCompiledOncePerJvm() {
        Govmeta first = Govmeta.open(request().profile("th-gdc@1.0.0").build());
        Govmeta second = Govmeta.open(request().profile("th-gdc@1.0.0").lang("en").build());
        assertThat(second.profile()).isSameAs(first.profile());
    }

    @Test
    void anEditedProfileFolderIsReadAgain() throws Exception {
        Path profile = dir.resolve("mini");
        try (var files = Files.walk(TestRecords.MINI)) {
            for (Path f : files.toList()) {
                Path to = profile.resolve(TestRecords.MINI.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Govmeta before = Govmeta.open(request().profileDirectory(profile).build());
        assertThat(Govmeta.open(request().profileDirectory(profile).build()).profile()).isSameAs(before.profile());
        Path rules = profile.resolve("rules.yaml");
        Files.writeString(rules, Files.readString(rules) + "\n# edited\n");
        assertThat(Govmeta.open(request().profileDirectory(profile).build()).profile()).isNotSameAs(before.profile());
    }

    @Test
    void aMissingInputIsAFindingAndAnErrorNeverAPass() {
        StringWriter out = new StringWriter();
        ValidationResult result = Govmeta.validate(request().inputs(List.of("ไม่มี/catalog.json"))
                .lang("th").output(new ValidationRequest.StreamReport("text", out, false)).build());
        assertThat(result.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.problems()).containsExactly("no such file or folder: ไม่มี/catalog.json");
        assertThat(out.toString()).contains("GOVMETA-INPUT-MISSING").contains("ไม่พบไฟล์หรือโฟลเดอร์ที่ระบุ: ไม่มี/catalog.json")
                .contains("ไม่ผ่าน").doesNotContain("\nผ่าน");
    }

    @Test
    void aNamedBaselineThatDoesNotExistIsAnError() {
        ValidationResult result = Govmeta.validate(request().inputs(List.of(EXAMPLES.resolve("valid").toString()))
                .baselineFile(Path.of("baseline-typo.json")).build());
        assertThat(result.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.stats()).isNull();
        assertThat(result.problems()).singleElement().asString().endsWith("baseline-typo.json: no such baseline file");
    }

    @Test
    void everyBadOptionIsReportedAtOnce() {
        ValidationResult result = Govmeta.validate(request().failOn("fatal").lang("jp")
                .report(new ReportTarget("pdf", Path.of("r.pdf"))).build());
        assertThat(result.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.problems()).hasSize(3);
        assertThat(result.problems().get(0)).contains("unknown level 'fatal'");
        assertThat(result.problems().get(2)).contains("unknown format 'pdf'");
    }

    @Test
    void anUnwritableShaclReportLeavesTheStreamedReportWhole() throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        StringWriter out = new StringWriter();
        ValidationResult result = Govmeta.validate(request().inputs(List.of(EXAMPLES.resolve("dcat/valid-catalog.ttl").toString()))
                .reportRdf(Path.of("file/sub/shacl.ttl"))
                .output(new ValidationRequest.StreamReport("json", out, false)).build());
        assertThat(result.status()).isEqualTo(ExitStatus.ERROR);
        assertThat(result.problems()).singleElement().asString().startsWith("cannot write the SHACL report");
        if (!out.toString().isEmpty()) {
            JsonMapper.builder().build().readTree(out.toString());
        }
    }

    @Test
    void theShaclReportIsWrittenWhenTheRunEnds() throws Exception {
        StringWriter out = new StringWriter();
        ValidationResult result = Govmeta.validate(request().inputs(List.of(EXAMPLES.resolve("dcat/invalid-catalog.ttl").toString()))
                .reportRdf(Path.of("out/shacl.ttl"))
                .output(new ValidationRequest.StreamReport("json", out, false)).build());
        assertThat(result.status()).isEqualTo(ExitStatus.FINDINGS);
        String shacl = Files.readString(dir.resolve("out/shacl.ttl"));
        assertThat(shacl).contains("sh:ValidationReport");
        // the shapes carry rule ids only: the report's texts are the catalogue's, in both languages
        assertThat(shacl).containsPattern("sh:resultMessage\\s+\"[^\"]*[\\u0E00-\\u0E7F][^\"]*\"@th")
                .contains("\"@en").doesNotContain("Less than 1 values");
        assertThat(JsonMapper.builder().build().readTree(out.toString()).at("/summary/errors").asInt()).isPositive();
        try (var left = Files.list(dir.resolve("out"))) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("shacl.ttl");
        }
    }

    @Test
    void sourcesInMemoryAreReadLikeFilesAndStreamedToEveryOutput() throws Exception {
        byte[] turtle = Files.readAllBytes(EXAMPLES.resolve("dcat/invalid-catalog.ttl"));
        byte[] json = Files.readAllBytes(EXAMPLES.resolve("invalid/missing-title.json"));
        StringWriter byName = new StringWriter();
        StringWriter sarif = new StringWriter();
        ValidationResult named = Govmeta.validate(request().source("catalog.ttl", turtle).source("missing-title.json", json)
                .output(new ValidationRequest.StreamReport("json", byName, false))
                .output(new ValidationRequest.StreamReport("sarif", sarif, false)).build());
        StringWriter onDisk = new StringWriter();
        Files.write(dir.resolve("catalog.ttl"), turtle);
        Files.write(dir.resolve("missing-title.json"), json);
        Govmeta.validate(request().inputs(List.of("catalog.ttl", "missing-title.json"))
                .output(new ValidationRequest.StreamReport("json", onDisk, false)).build());
        assertThat(named.status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(named.stats().sources()).isEqualTo(2);
        var mapper = JsonMapper.builder().build();
        assertThat(mapper.readTree(byName.toString()).get("findings")).isEqualTo(mapper.readTree(onDisk.toString()).get("findings"));
        assertThat(mapper.readTree(sarif.toString()).at("/runs/0/results").size()).isPositive();

        StringWriter sniffed = new StringWriter();
        Govmeta.validate(request().source("pasted", turtle).output(new ValidationRequest.StreamReport("json", sniffed, false)).build());
        List<String> pastedRules = new ArrayList<>();
        mapper.readTree(sniffed.toString()).get("findings").forEach(f -> pastedRules.add(f.get("ruleId").asString()));
        List<String> fileRules = new ArrayList<>();
        mapper.readTree(byName.toString()).get("findings").forEach(f -> {
            if (f.at("/location/source").asString().equals("catalog.ttl")) {
                fileRules.add(f.get("ruleId").asString());
            }
        });
        assertThat(pastedRules).isNotEmpty().isEqualTo(fileRules);
    }

    @Test
    void govmetasOwnFilesAreNeverInputs() throws Exception {
        Files.copy(EXAMPLES.resolve("valid").resolve(firstValid()), dir.resolve("dataset.json"));
        Files.writeString(dir.resolve(".govmeta.yaml"), "lang: en\nbaseline: known.json\n");
        Files.writeString(dir.resolve("known.json"), "{\"govmetaBaseline\": 1, \"profile\": \"th-gdc@1.0.0\", \"entries\": []}");
        Files.writeString(dir.resolve(".hidden.json"), "{");
        ValidationResult result = Govmeta.validate(ValidationRequest.builder(dir).inputs(List.of("."))
                .report(new ReportTarget("json", Path.of("govmeta-report.json"))).build());
        assertThat(result.problems()).isEmpty();
        assertThat(result.stats().sources()).isEqualTo(1);
        ValidationResult again = Govmeta.validate(ValidationRequest.builder(dir).inputs(List.of("."))
                .report(new ReportTarget("json", Path.of("govmeta-report.json"))).build());
        assertThat(again.stats().sources()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(ExitStatus.OK);
    }

    private static String firstValid() throws Exception {
        try (var files = Files.list(EXAMPLES.resolve("valid"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().findFirst().orElseThrow();
        }
    }

    @Test
    void anUpperCaseExtensionIsReadAndExcludedFoldersAreNotWalked() throws Exception {
        Files.copy(EXAMPLES.resolve("invalid/missing-title.json"), dir.resolve("DATA.JSON"));
        Files.createDirectories(dir.resolve("node_modules/pkg"));
        Files.writeString(dir.resolve("node_modules/pkg/package.json"), "{}");
        ValidationResult result = Govmeta.validate(request().inputs(List.of(".")).build());
        assertThat(result.stats().sources()).isEqualTo(1);
        assertThat(result.stats().errors()).isPositive();
        assertThat(result.skipped()).isEmpty();
        assertThat(result.skippedNote()).isEmpty();
    }

    /** Field report item 33: the files of the given folders that are not read are counted and named, never dropped in silence. */
    @Test
    void filesOfTheGivenFoldersWithoutAMetadataExtensionAreNamedInTheResult() throws Exception {
        Files.copy(EXAMPLES.resolve("valid/other-nlt-manuscripts.json"), dir.resolve("manuscripts.json"));
        Files.writeString(dir.resolve("README.md"), "# ชุดข้อมูลของหน่วยงาน");
        Files.writeString(dir.resolve("budget.xlsx"), "not metadata");
        Files.writeString(dir.resolve(".notes.txt"), "hidden");
        ValidationResult result = Govmeta.validate(request().inputs(List.of(".")).lang("en").build());
        assertThat(result.stats().sources()).isEqualTo(1);
        assertThat(result.skipped()).containsExactly("README.md", "budget.xlsx");
        assertThat(result.skippedNote()).isEqualTo("govmeta: 2 file(s) in the given folders not read, their extension names no"
                + " metadata format: README.md, budget.xlsx");
        assertThat(Govmeta.validate(request().inputs(List.of(".")).lang("th").build()).skippedNote())
                .startsWith("govmeta: ไม่ได้อ่าน 2 ไฟล์ในโฟลเดอร์ที่ระบุ");
    }

    @Test
    void recordsCheckedOnManyThreadsAreReportedAsOnOne() throws Exception {
        Path catalog = dir.resolve("catalog.jsonl");
        StringBuilder lines = new StringBuilder();
        List<String> dump = Files.readAllLines(EXAMPLES.resolve("dumps/catalog-bma.jsonl"));
        for (int i = 0; i < 400; i++) {
            lines.append(dump.get(i % dump.size()).replace("\"name\": \"", "\"name\": \"r" + i + "-")).append('\n');
        }
        Files.writeString(catalog, lines.toString());
        String[] reports = new String[3];
        int[] threads = {1, 2, 8};
        for (int i = 0; i < threads.length; i++) {
            StringWriter out = new StringWriter();
            Govmeta.validate(request().inputs(List.of("catalog.jsonl", EXAMPLES.resolve("broken").toString()))
                    .threads(threads[i]).output(new ValidationRequest.StreamReport("json", out, false)).build());
            reports[i] = out.toString();
        }
        assertThat(JsonMapper.builder().build().readTree(reports[0]).at("/summary/datasets").asInt()).isGreaterThanOrEqualTo(400);
        assertThat(reports[0]).contains("\"r2-").contains("\"r394-").contains("GOVMETA-INPUT-SYNTAX");
        assertThat(reports[1]).isEqualTo(reports[0]);
        assertThat(reports[2]).isEqualTo(reports[0]);
    }

    /** A listener that keeps the findings it is given, in order. */
    private static final class Kept implements io.github.govmeta.core.finding.FindingListener {
        final List<Finding> findings = new ArrayList<>();

        @Override
        public void onFinding(Finding f) {
            findings.add(f);
        }
    }

    @Test
    void oneSourceCheckedApartGivesWhatTheRunReportsForIt() throws Exception {
        List<String> inputs = List.of(EXAMPLES.resolve("dumps/catalog-bma.jsonl").toString(),
                EXAMPLES.resolve("broken/truncated.json").toString(), EXAMPLES.resolve("dcat/invalid-catalog.ttl").toString(),
                EXAMPLES.resolve("dcat/drug-stores.rdf").toString());
        Kept run = new Kept();
        ValidationResult whole = Govmeta.validate(request().inputs(inputs).listener(run).build());
        Govmeta govmeta = Govmeta.open(request().build());
        Kept apart = new Kept();
        int records = 0;
        boolean failed = false;
        for (String input : inputs) {
            Path file = Path.of(input);
            io.github.govmeta.core.finding.RunStats stats = govmeta.check(input, new InputSource.FileOpener(file), apart);
            records += stats.records();
            failed |= stats.failed();
        }
        assertThat(run.findings).hasSizeGreaterThanOrEqualTo(10);
        assertThat(apart.findings).containsExactlyElementsOf(run.findings);
        assertThat(records).isEqualTo(whole.stats().records());
        assertThat(failed).isEqualTo(whole.stats().failed()).isTrue();

        Kept gone = new Kept();
        govmeta.check("s3a://harvest/gone.jsonl", () -> {
            throw new java.io.UncheckedIOException(new java.io.FileNotFoundException("s3a://harvest/gone.jsonl"));
        }, gone);
        assertThat(gone.findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-INPUT-IO");
            assertThat(f.location().source()).isEqualTo("s3a://harvest/gone.jsonl");
        });
    }

    @Test
    void aJsonLinesLineCheckedApartGivesWhatTheRunReportsForThatLine() throws Exception {
        Path file = EXAMPLES.resolve("broken/dump-bad-line.jsonl");
        Kept run = new Kept();
        Govmeta.validate(request().inputs(List.of(file.toString())).listener(run).build());
        Govmeta govmeta = Govmeta.open(request().build());
        List<String> lines = Files.readAllLines(file);
        List<Finding> apart = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                apart.addAll(govmeta.check(file.toString(), i, i + 1, lines.get(i)));
            }
        }
        assertThat(run.findings).anyMatch(f -> f.ruleId().equals("GOVMETA-INPUT-SYNTAX"));
        assertThat(apart).containsExactlyElementsOf(run.findings);
        assertThat(govmeta.check("<row>", 0, 7, "  ")).singleElement()
                .satisfies(f -> assertThat(f.ruleId()).isEqualTo("GOVMETA-INPUT-EMPTY"))
                .satisfies(f -> assertThat(f.location().line()).isEqualTo(7));
    }

    @Test
    void aFolderListedElsewhereSelectsWhatTheWalkReads() {
        Govmeta govmeta = Govmeta.open(request().build());
        Path root = Path.of("/harvest");
        assertThat(govmeta.selects(root, root.resolve("moph/catalog.JSONL"))).isTrue();
        assertThat(govmeta.selects(root, root.resolve("dcat/catalog.nt"))).isTrue();
        assertThat(govmeta.selects(root, root.resolve("moph/_SUCCESS"))).isFalse();
        assertThat(govmeta.selects(root, root.resolve(".staging/a.json"))).isFalse();
        assertThat(govmeta.selects(root, root.resolve("target/a.json"))).isFalse();
    }

    @Test
    void aSearchEnvelopeWhoseResultsAreNotAListIsReportedThereNotCheckedAsADataset() throws Exception {
        Files.writeString(dir.resolve("search.json"), "{\"success\": true,\n \"result\": {\"count\": 1,\n  \"results\": {\"name\": \"x\"}}}");
        StringWriter out = new StringWriter();
        ValidationResult result = Govmeta.validate(request().inputs(List.of("search.json")).lang("th")
                .output(new ValidationRequest.StreamReport("text", out, false)).build());
        assertThat(result.stats().records()).isZero();
        assertThat(out.toString()).contains("3:14", "GOVMETA-INPUT-SHAPE", "ไม่ใช่รายการ แต่เป็นออบเจกต์").doesNotContain("GDC-REQ");
    }

    /** Field report item 25: huge numbers, as text or as numbers, are checked in no time and never an internal error. */
    @Test
    void hugeNumbersAreFindingsOfTheirFieldNotInternalErrors() throws Exception {
        String tat = Files.readString(TestRecords.ROOT.resolve("examples/valid/statistics-tat-international-arrivals.json"));
        assertThat(tat).contains("\"update_frequency_interval\": 1,");
        Files.writeString(dir.resolve("as-text.json"), tat.replace("\"update_frequency_interval\": 1,", "\"update_frequency_interval\": \"1e100000000\","));
        Files.writeString(dir.resolve("as-number.json"), tat.replace("\"update_frequency_interval\": 1,", "\"update_frequency_interval\": 1e999999999,"));
        StringWriter out = new StringWriter();
        ValidationResult result = Govmeta.validate(request().inputs(List.of("as-text.json", "as-number.json")).lang("en")
                .output(new ValidationRequest.StreamReport("text", out, false)).build());
        assertThat(result.defects()).isEmpty();
        assertThat(out.toString()).doesNotContain("GOVMETA-INTERNAL")
                .contains("must be a positive whole number; found '1e100000000'", "GOVMETA-INPUT-NUMBER", "found '1e999999999'");
    }

    @Test
    void aLimitFindingSaysWhereTheParserStopped() throws Exception {
        Files.writeString(dir.resolve("deep.json"), "[{\"name\": \"a\"},\n {\"name\": \"b\", \"x\": " + "[".repeat(80) + "]".repeat(80)
                + ", \"y\": {\"z\": 1}},\n {\"name\": \"c\"}]");
        StringWriter out = new StringWriter();
        Govmeta.validate(request().inputs(List.of("deep.json")).lang("en").output(new ValidationRequest.StreamReport("json", out, false)).build());
        var limit = JsonMapper.builder().build().readTree(out.toString()).get("findings").valueStream()
                .filter(f -> f.path("ruleId").asString().equals("GOVMETA-INPUT-LIMIT")).findFirst().orElseThrow();
        assertThat(limit.at("/location/line").asInt()).isEqualTo(2);
        assertThat(limit.at("/location/column").asInt()).isPositive();
        // a too-deep dataset costs only itself: the dump's next dataset is still checked
        assertThat(JsonMapper.builder().build().readTree(out.toString()).at("/summary/datasets").asInt()).isEqualTo(2);
        assertThat(out.toString()).contains("\"dataset\" : \"c\"");
    }

    @Test
    void hostileNestingInRdfIsALimitFindingAndTheRunGoesOn() throws Exception {
        int n = 100_000;
        Files.writeString(dir.resolve("deep.ttl"), "@prefix : <http://example.org/> .\n<http://example.org/a> :p "
                + "[ :p ".repeat(n) + ":x" + " ]".repeat(n) + " .\n");
        Files.writeString(dir.resolve("deep.jsonld"), "{\"@context\": {\"p\": \"http://example.org/p\"}, \"@id\": \"http://example.org/a\", "
                + "\"p\": {".repeat(30_000) + "\"p\": 1" + "}".repeat(30_000) + "}");
        Files.copy(EXAMPLES.resolve("invalid/missing-title.json"), dir.resolve("missing-title.json"));
        StringWriter out = new StringWriter();
        ValidationResult result = Govmeta.validate(request().inputs(List.of("deep.ttl", "deep.jsonld", "missing-title.json"))
                .lang("en").output(new ValidationRequest.StreamReport("json", out, false)).build());
        var findings = JsonMapper.builder().build().readTree(out.toString()).get("findings");
        assertThat(findings.valueStream().filter(f -> f.path("ruleId").asString().equals("GOVMETA-INPUT-LIMIT"))
                .map(f -> f.at("/location/source").asString()).toList()).contains("deep.ttl");
        assertThat(findings.valueStream().map(f -> f.path("ruleId").asString())).contains("GDC-REQ-title");
        assertThat(result.defects()).isEmpty();
    }
}
