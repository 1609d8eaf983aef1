package io.github.govmeta.core.fix;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.ExitStatus;
import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.FindingListener;
import io.github.govmeta.core.finding.LocalizedText;
import io.github.govmeta.core.finding.Severity;
import io.github.govmeta.core.input.InputSource;
import io.github.govmeta.core.profile.ProfileRepository;
import io.github.govmeta.core.profile.Rule;
import io.github.govmeta.core.profile.RuleFix;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code govmeta fix} on realistic Thai metadata: each fix kind turns its "before" fixture into its
 * "after" fixture and refuses its "refused" one with the reason; every example round-trips byte for byte
 * outside the fixed values; a failed or raced write leaves the file as it was.
 */
class FixTest {
    private static final Path FIXTURES = TestRecords.ROOT.resolve("validator-core/src/test/resources/fix");
    private static final Path EXAMPLES = TestRecords.ROOT.resolve("examples");

    @TempDir
    Path dir;

    private ValidationRequest.Builder request(String... inputs) {
        return ValidationRequest.builder(dir).noConfig(true).timing(false).inputs(List.of(inputs));
    }

    private Govmeta.Fixed fix(FixOptions options, String... inputs) {
        return Govmeta.open(request(inputs).build()).fix(options);
    }

    private Path copy(String fixture, String as) throws IOException {
        Path to = dir.resolve(as);
        Files.copy(FIXTURES.resolve(fixture), to);
        return to;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "buddhist-era-date, json, 'GDC-DATE-BE-created_date, GDC-RES-DATE-BE-resource_last_updated_date'",
        "choice, yaml, 'GDC-VOCAB-allow_harvest, GDC-VOCAB-update_frequency_unit, GDC-VOCAB-data_format, GDC-VOCAB-data_format'",
        "cleanup, jsonl, 'GDC-FORMAT-maintainer_email, GDC-FORMAT-last_updated_date, GDC-FORMAT-first_year_of_data, GDC-FORMAT-last_updated_date, GDC-DATE-BE-last_updated_date'",
    })
    void eachFixTurnsItsBeforeIntoItsAfter(String kind, String ext, String rules) throws IOException {
        Path file = copy(kind + "-before." + ext, "metadata." + ext);

        Govmeta.Fixed fixed = fix(new FixOptions(false, Set.of()), file.getFileName().toString());

        assertThat(Files.readAllBytes(file)).isEqualTo(Files.readAllBytes(FIXTURES.resolve(kind + "-after." + ext)));
        assertThat(fixed.fixes().files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FileFix.Outcome.WRITTEN);
            assertThat(f.changes()).extracting(c -> c.finding().ruleId()).containsExactly(rules.split(", "));
            assertThat(f.refusals()).isEmpty();
        });
        assertThat(fixed.result().status()).isEqualTo(ExitStatus.OK);
        assertThat(fixed.result().stats().total()).isZero();
        assertThat(leftovers()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "buddhist-era-date-refused.json | GDC-DATE-BE-last_updated_date | '2024-02-30' is not a day of the calendar, so which day was meant is not clear | '2024-02-30' ไม่ใช่วันที่ที่มีจริงในปฏิทิน",
        "choice-refused.json | GDC-VOCAB-data_format | the file writes '[\"csv\", \"XLS\"]', not the value checked 'csv' (e.g. a list inside a string), so it is left alone | เขียนในรูปอื่น",
        "cleanup-refused.jsonl | GDC-FORMAT-last_updated_date | the new value '2024/06/28' still breaks the rule, so it is not applied | ยังไม่ผ่านกฎ",
    })
    void eachRefusalLeavesTheFileAndSaysWhy(String fixture, String rule, String en, String th) throws IOException {
        Path file = copy(fixture, fixture);
        byte[] before = Files.readAllBytes(file);

        Govmeta.Fixed fixed = fix(new FixOptions(false, Set.of()), fixture);

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(fixed.fixes().files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FileFix.Outcome.UNCHANGED);
            assertThat(f.changes()).isEmpty();
            assertThat(f.refusals()).singleElement().satisfies(r -> {
                assertThat(r.finding().ruleId()).isEqualTo(rule);
                assertThat(r.reason().en()).isEqualTo(en);
                assertThat(r.reason().th()).contains(th);
            });
        });
        assertThat(fixed.result().status()).isEqualTo(ExitStatus.FINDINGS);
    }

    @Test
    void aValueThatCouldMeanTwoStoredValuesIsNotChosen() {
        Repairs repairs = new Repairs(new ProfileRepository().bundled("th-gdc@1.0.0"));
        Rule rule = new Rule("GDC-VOCAB-update_frequency_unit", Severity.ERROR, "update_frequency_unit", "", "1.0.0",
                new LocalizedText("t", "t"), new LocalizedText("m", "m"), "th-gdc",
                new RuleFix(RuleFix.CHOICE, Map.of("Year", "ครึ่งปี")), null);

        Repairs.Outcome outcome = repairs.apply(rule, " year ");

        assertThat(outcome.value()).isNull();
        assertThat(outcome.applicable()).isTrue();
        assertThat(outcome.refusal().en()).isEqualTo("' year ' could mean ปี or ครึ่งปี; choose the value by hand");
        assertThat(outcome.refusal().th()).isEqualTo("' year ' อาจหมายถึง ปี หรือ ครึ่งปี ต้องเลือกค่าเอง");
        assertThat(repairs.apply(rule, "รายปี").value()).isNull();
        assertThat(repairs.apply(rule, "ครึ่งปี ").value()).isEqualTo("ครึ่งปี");
    }

    @Test
    void aDryRunWritesNothingAndShowsTheDiffAndWhatWouldRemain() throws IOException {
        Path file = copy("choice-before.yaml", "census.yaml");
        byte[] before = Files.readAllBytes(file);

        Govmeta.Fixed fixed = fix(new FixOptions(true, Set.of()), "census.yaml");

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        FileFix f = fixed.fixes().files().get(0);
        assertThat(f.outcome()).isEqualTo(FileFix.Outcome.WOULD_WRITE);
        assertThat(f.diff()).isEqualTo("""
                --- a/census.yaml
                +++ b/census.yaml
                @@ -4,7 +4,7 @@
                 data_type: ข้อมูลสถิติ
                 title: สำมะโนประชากรและเคหะ พ.ศ. 2563
                 owner_org: nso
                -allow_harvest: 'ยินยอม'                       # ค่าเก็บเป็นข้อความ "True"/"False"
                +allow_harvest: 'True'                       # ค่าเก็บเป็นข้อความ "True"/"False"
                 maintainer: กองสถิติประชากรและสังคม สำนักงานสถิติแห่งชาติ
                 maintainer_email: census@nso.go.th
                 tags:                                       # คำสำคัญ
                @@ -19,10 +19,10 @@
                   ตารางทั้งหมดเป็นตัวเลขทางการที่ผ่านการประมวลผลแล้ว
                 objective: [ยุทธศาสตร์ชาติ, พันธกิจหน่วยงาน]
                 # สำมะโนทำทุก 10 ปี ไม่มีในรายการ จึงเลือก "อื่นๆ" และอธิบายใน _other
                -update_frequency_unit: รายปี    # ผู้กรอกเขียนตามแบบฟอร์มเดิม
                +update_frequency_unit: ปี    # ผู้กรอกเขียนตามแบบฟอร์มเดิม
                 geo_coverage: ประเทศ
                 data_source: สำนักงานสถิติแห่งชาติ
                -data_format: [csv, " Xls "]
                +data_format: [CSV, "XLS"]
                 data_category: ข้อมูลสาธารณะ
                 license_id: Open Data Common
                 accessible_condition: เข้าถึงได้โดยไม่มีเงื่อนไข
                """);
        // what remains is judged on the content as it would be: nothing
        assertThat(fixed.result().status()).isEqualTo(ExitStatus.OK);
        assertThat(fixed.fixes().dryRun()).isTrue();
        assertThat(fixed.fixes().fixed()).isEqualTo(4);
    }

    @Test
    void ruleLimitsTheFixesToThatRule() throws IOException {
        Path file = copy("choice-before.yaml", "census.yaml");

        Govmeta.Fixed fixed = fix(new FixOptions(false, Set.of("GDC-VOCAB-update_frequency_unit")), "census.yaml");

        assertThat(fixed.fixes().files().get(0).changes()).extracting(c -> c.before() + " -> " + c.after())
                .containsExactly("รายปี -> ปี");
        assertThat(Files.readString(file)).contains("update_frequency_unit: ปี    #", "allow_harvest: 'ยินยอม'", "[csv, \" Xls \"]");
        assertThat(fixed.result().status()).isEqualTo(ExitStatus.FINDINGS);
        assertThat(fixed.result().stats().errors()).isEqualTo(3);
    }

    /**
     * Every example, fixed in a copy: a file without a change keeps every byte; a changed one differs from
     * its original only in the values fixed, each on the line the change names; a second run has nothing
     * left to fix, and what remains is only what no rule can fix safely.
     */
    @Test
    void everyExampleRoundTripsByteForByteOutsideTheFixedValues() throws IOException {
        Path copy = dir.resolve("examples");
        Map<String, byte[]> originals = new LinkedHashMap<>();
        try (Stream<Path> files = Files.walk(EXAMPLES)) {
            for (Path p : files.sorted().toList()) {
                Path to = copy.resolve(EXAMPLES.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                    originals.put(dir.relativize(to).toString(), Files.readAllBytes(p));
                }
            }
        }

        Govmeta.Fixed fixed = fix(new FixOptions(false, Set.of()), "examples");

        Map<String, FileFix> byFile = new HashMap<>();
        fixed.fixes().files().forEach(f -> byFile.put(f.source(), f));
        assertThat(byFile.keySet()).contains("examples/invalid/buddhist-era-date.json", "examples/invalid/frequency-not-in-list.json",
                "examples/dumps/package_search-nso.json", "examples/maven-project/src/main/metadata/moph-pharmacies.json",
                "examples/dcat/invalid-catalog.ttl");
        int changed = 0;
        for (Map.Entry<String, byte[]> e : originals.entrySet()) {
            byte[] now = Files.readAllBytes(dir.resolve(e.getKey()));
            FileFix f = byFile.get(e.getKey());
            if (f == null || f.outcome() != FileFix.Outcome.WRITTEN) {
                assertThat(now).as(e.getKey()).isEqualTo(e.getValue());
                continue;
            }
            changed++;
            List<String> expected = new ArrayList<>(List.of(new String(e.getValue(), StandardCharsets.UTF_8).split("\n", -1)));
            for (FileFix.Change c : f.changes()) {
                String line = expected.get(c.line() - 1);
                assertThat(line).as(e.getKey() + ":" + c.line()).containsOnlyOnce(c.before());
                expected.set(c.line() - 1, line.replace(c.before(), c.after()));
            }
            assertThat(new String(now, StandardCharsets.UTF_8)).as(e.getKey()).isEqualTo(String.join("\n", expected));
        }
        assertThat(changed).isEqualTo(4);
        assertThat(byFile.get("examples/dcat/invalid-catalog.ttl").outcome()).isEqualTo(FileFix.Outcome.RDF);
        assertThat(byFile.get("examples/dcat/invalid-catalog.ttl").problem().en()).startsWith("govmeta fix does not rewrite RDF");

        Govmeta.Fixed again = fix(new FixOptions(false, Set.of()), "examples");
        assertThat(again.fixes().fixed()).isZero();
        List<String> remaining = new ArrayList<>();
        Govmeta.validate(request("examples").listener(finding -> {
            if (!finding.location().source().endsWith(".ttl") && !finding.location().source().endsWith(".rdf")) {
                remaining.add(finding.ruleId());
            }
        }).build());
        assertThat(remaining).doesNotContain("GDC-DATE-BE-last_updated_date", "GDC-DATE-BE-data_release_calendar",
                "GDC-VOCAB-update_frequency_unit").contains("GDC-VOCAB-data_type", "GDC-ERA-year_of_data", "GDC-FORMAT-name");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aWriteThatFailsHalfwayLeavesTheFileWholeAndNoTemporaryFile() throws IOException {
        Path file = copy("buddhist-era-date-before.json", "hospital-beds.json");
        byte[] before = Files.readAllBytes(file);
        Fixer.AtomicStorage failing = new Fixer.AtomicStorage() {
            @Override
            void writeTemporary(Path temp, byte[] content) throws IOException {
                Files.write(temp, java.util.Arrays.copyOf(content, content.length / 2));
                throw new IOException("No space left on device");
            }
        };

        FixReport report = fixer(failing).fix(List.of(InputSource.file(file, "hospital-beds.json")), checker());

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FileFix.Outcome.NOT_WRITTEN);
            assertThat(f.problem().en()).isEqualTo("cannot write the file, which is left as it was: No space left on device");
            assertThat(f.changes()).hasSize(2);
        });
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileChangedSinceItWasReadIsNotOverwritten() throws IOException {
        Path file = copy("buddhist-era-date-before.json", "hospital-beds.json");
        String editorSave = Files.readString(file).replace("ทะเบียนสถานพยาบาลทั่วประเทศ", "ทะเบียนสถานพยาบาลทั่วประเทศ (ฉบับแก้ไข)");
        Fixer.AtomicStorage raced = new Fixer.AtomicStorage() {
            @Override
            void beforeRename(Path target) throws IOException {
                Files.writeString(target, editorSave);
            }
        };

        FixReport report = fixer(raced).fix(List.of(InputSource.file(file, "hospital-beds.json")), checker());

        assertThat(Files.readString(file)).isEqualTo(editorSave);
        assertThat(report.files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FileFix.Outcome.NOT_WRITTEN);
            assertThat(f.problem().en()).isEqualTo("the file changed after govmeta read it, so it is not overwritten; run govmeta fix again");
            assertThat(f.problem().th()).startsWith("ไฟล์ถูกแก้ไขหลังจาก govmeta อ่าน");
        });
        assertThat(report.notWritten()).isEqualTo(1);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void standardInputIsCheckedButNotWrittenBack() throws IOException {
        byte[] bytes = Files.readAllBytes(FIXTURES.resolve("buddhist-era-date-before.json"));
        Govmeta.Fixed fixed = Govmeta.open(request("-").stdin(new java.io.ByteArrayInputStream(bytes)).build())
                .fix(new FixOptions(false, Set.of()));

        assertThat(fixed.fixes().files()).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(FileFix.Outcome.NOT_A_FILE);
            assertThat(f.changes()).isEmpty();
        });
        assertThat(fixed.fixes().fixed()).isZero();
    }

    private Fixer fixer(Fixer.Storage storage) {
        var profile = new ProfileRepository().bundled("th-gdc@1.0.0");
        Govmeta govmeta = Govmeta.open(request().build());
        return new Fixer(profile, govmeta.rules(), new FixOptions(false, Set.of()), storage);
    }

    /** The facade's engine over the sources, as {@link Govmeta#fix} hands it to the fixer. */
    private Fixer.Checker checker() {
        return sources -> {
            Map<String, List<Finding>> found = new LinkedHashMap<>();
            ValidationRequest.Builder r = request();
            for (InputSource s : sources) {
                try (InputStream in = s.opener().get()) {
                    r.source(s.name(), in.readAllBytes());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            FindingListener collect = f -> found.computeIfAbsent(f.location().source(), k -> new ArrayList<>()).add(f);
            Govmeta.validate(r.listener(collect).build());
            return found;
        };
    }

    /** Temporary files left in the folder. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
