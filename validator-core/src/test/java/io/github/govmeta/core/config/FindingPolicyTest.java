package io.github.govmeta.core.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.finding.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Severity overrides, per-path overrides, suppressions with expiry, baseline: applied by the engine. */
class FindingPolicyTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    /** No title (error), no notes (warning). */
    private static final String BARE = "{\"name\": \"old-dataset\"}";

    @TempDir
    Path dir;

    private GovmetaConfig config(String yaml) throws Exception {
        Path f = dir.resolve(ConfigLoader.FILE_NAME);
        Files.writeString(f, yaml);
        return new ConfigLoader().load(f);
    }

    private TestRecords.Run run(GovmetaConfig settings, Baseline baseline, Map<String, String> files) {
        GovmetaValidator v = TestRecords.mini(b -> b.settings(settings).baseline(baseline).today(TODAY)
                .workingDirectory(dir).reportUnusedSuppressions(true));
        return TestRecords.run(v, files);
    }

    @Test
    void severityOverrideAndOff() throws Exception {
        TestRecords.Run run = run(config("rules:\n  MINI-REQ-title: warning\n  MINI-REQ-notes: \"off\"\n"), null,
                Map.of("a.json", BARE));
        assertThat(run.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MINI-REQ-title");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(run.stats().failed()).isFalse();
    }

    @Test
    void perPathOverrideAppliesOnlyToMatchingFiles() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("legacy/a.json", BARE);
        files.put("new/b.json", BARE);
        TestRecords.Run run = run(config("overrides:\n  - files: \"legacy/**\"\n    rules: {MINI-REQ-title: info}\n"), null, files);
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("MINI-REQ-title"))
                .extracting(f -> f.location().source() + " " + f.severity())
                .containsExactly("legacy/a.json INFO", "new/b.json ERROR");
    }

    @Test
    void suppressionNeedsEveryGivenPartToMatch() throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("legacy/a.json", BARE);
        files.put("legacy/b.json", "{\"name\": \"other\"}");
        TestRecords.Run run = run(config("""
                suppressions:
                  - rule: MINI-REQ-title
                    files: "legacy/**"
                    dataset: old-dataset
                    pointer: /title
                    reason: "ระบบเดิมไม่มีชื่อ รอแก้ไข"
                """), null, files);
        List<Finding> titles = run.findings().stream().filter(f -> f.ruleId().equals("MINI-REQ-title")).toList();
        assertThat(titles).extracting(Finding::suppressed).containsExactly(true, false);
        assertThat(titles.get(0).suppression().reason()).isEqualTo("ระบบเดิมไม่มีชื่อ รอแก้ไข");
        assertThat(run.stats().suppressed()).isEqualTo(1);
        assertThat(run.stats().errors()).isEqualTo(1);
    }

    @Test
    void expiredSuppressionNoLongerAppliesAndIsItselfAWarning() throws Exception {
        TestRecords.Run run = run(config("""
                suppressions:
                  - rule: MINI-REQ-title
                    reason: "ชั่วคราว"
                    until: 2026-11-23
                """), null, Map.of("a.json", BARE));
        assertThat(run.findings()).extracting(Finding::ruleId, Finding::suppressed).containsExactly(
                org.assertj.core.groups.Tuple.tuple("MINI-REQ-notes", false),
                org.assertj.core.groups.Tuple.tuple("MINI-REQ-title", false),
                org.assertj.core.groups.Tuple.tuple(FindingPolicy.SUPPRESSION_EXPIRED, false));
        Finding expired = run.findings().get(2);
        assertThat(expired.location().source()).isEqualTo(".govmeta.yaml");
        assertThat(expired.location().line()).isEqualTo(2);
        assertThat(expired.message().en()).contains("expired on 2026-11-23");
        assertThat(expired.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void suppressionValidOnItsLastDay() throws Exception {
        TestRecords.Run run = run(config("suppressions:\n  - {rule: MINI-REQ-title, reason: r, until: 2026-11-24}\n"), null,
                Map.of("a.json", BARE));
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("MINI-REQ-title")).singleElement()
                .satisfies(f -> assertThat(f.suppressed()).isTrue());
    }

    @Test
    void unusedSuppressionIsReported() throws Exception {
        TestRecords.Run run = run(config("suppressions:\n  - {rule: MINI-ORDER-dates, reason: r}\n"), null,
                Map.of("a.json", BARE));
        assertThat(run.ruleIds()).contains(FindingPolicy.SUPPRESSION_UNUSED);
    }

    @Test
    void baselineSurvivesReformattingAndReorderingAndCountsFixedEntries() throws Exception {
        String original = "[{\"name\": \"a\"}, {\"name\": \"b\", \"title\": \"ข\"}]";
        GovmetaValidator v = TestRecords.mini(b -> b.workingDirectory(dir));
        Path file = dir.resolve("baseline.json");
        Baseline.write(file, TestRecords.run(v, Map.of("dump.json", original)).findings(), "mini@0.1.0");
        Baseline baseline = Baseline.read(file);
        assertThat(baseline.size()).isEqualTo(3);

        String reformattedAndReordered = "[\n  {\n    \"title\": \"ข\",\n    \"name\": \"b\"\n  },\n\n  {\"name\": \"a\"}\n]";
        TestRecords.Run again = run(GovmetaConfig.none(), baseline, Map.of("dump.json", reformattedAndReordered));
        assertThat(again.findings()).allSatisfy(f -> assertThat(f.suppressed()).isTrue());
        assertThat(again.stats().failed()).isFalse();
        assertThat(again.stats().baselineFixed()).isZero();

        String oneFixedOneNew = "[{\"name\": \"a\", \"title\": \"ก\"}, {\"name\": \"b\", \"title\": \"ข\"}, {\"name\": \"c\", \"notes\": \"n\"}]";
        TestRecords.Run later = run(GovmetaConfig.none(), baseline, Map.of("dump.json", oneFixedOneNew));
        assertThat(later.findings()).filteredOn(f -> !f.suppressed())
                .extracting(Finding::dataset).containsExactly("c");
        assertThat(later.stats().baselineFixed()).isEqualTo(1);
        assertThat(later.stats().failed()).isTrue();
    }

    @Test
    void flagsWinOverTheFileWhichWinsOverDefaults() throws Exception {
        GovmetaConfig file = config("profile: th-gdc-governance\nlang: en\nfailOn: warning\n");
        ValidatorConfig fromFile = ValidatorConfig.builder().settings(file).build();
        assertThat(fromFile.profile()).isEqualTo("th-gdc-governance");
        assertThat(fromFile.lang()).isEqualTo(Lang.EN);
        assertThat(fromFile.failOn()).isEqualTo(Severity.WARNING);
        ValidatorConfig flags = ValidatorConfig.builder().settings(file).profile("th-gdc").lang(Lang.TH).failOn("none").build();
        assertThat(flags.profile()).isEqualTo("th-gdc");
        assertThat(flags.lang()).isEqualTo(Lang.TH);
        assertThat(flags.failOn()).isNull();
    }
}
