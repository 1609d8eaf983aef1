package io.github.govmeta.core.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code profile check} on the quality models' cases (quality/tests.yaml): an edit of a model that changes what a
 * case gets, a wrong case, a metric left without the cases it needs; the bundled profiles' cases all pass.
 */
class QualityCaseCheckTest {
    @TempDir
    Path dir;

    private List<Finding> findings(Path profile) {
        return ProfileChecker.check(new ProfileRepository().directory(profile));
    }

    private List<String> check(Path profile) {
        return findings(profile).stream()
                .map(f -> f.ruleId() + " " + f.location().display().replace(dir.toString(), "") + " " + f.message().en())
                .toList();
    }

    @Test
    void aModelEditThatChangesWhatACaseGetsIsAFindingAtTheCase() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        // the standards office raises the bar for English in the title to two words
        ProfileCopies.replace(profile.resolve("quality/thai.yaml"), "pattern: \"[A-Za-z]{3,}\"", "pattern: \"[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}\"");

        assertThat(check(profile)).containsExactly(
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:105:9 Quality case thai/english-title"
                        + " 'Thai with the English name': expects earned but gives missed (0/2, no English in the title)");
        Finding f = findings(profile).get(0);
        assertThat(f.message().in(Lang.TH)).isEqualTo("ตัวอย่างคุณภาพ thai/english-title 'Thai with the English name':"
                + " คาดผล earned แต่ได้ missed (0/2, ไม่มีชื่อภาษาอังกฤษในชื่อชุดข้อมูล)");
    }

    @Test
    void wrongCasesAndMetricsWithoutCasesAreFindings() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path tests = profile.resolve("quality/tests.yaml");
        ProfileCopies.replace(tests, "      - {name: \"no tags\", expect: missed, patch: {tags: null}}\n", "");
        ProfileCopies.replace(tests, "{name: \"no maintainer: 13 of 14\", expect: partial, points: 11.142857,",
                "{name: \"no maintainer: 13 of 14\", expect: partial, points: 11,");
        ProfileCopies.replace(tests, "{name: \"CC BY\", expect: earned}", "{name: \"CC BY\", expect: passed}");
        ProfileCopies.replace(tests, "{name: \"the MOPH health facilities register\", base: record,",
                "{name: \"the MOPH health facilities register\", base: registers,");
        ProfileCopies.replace(tests, "    media-type:\n      - {name: \"unmapped\", expect: missed}\n", "    mediatype:\n      - {name: \"unmapped\", expect: missed}\n");
        ProfileCopies.replace(tests, "today: 2024-06-29", "today: 2024-07-29");
        ProfileCopies.replace(tests, "    byte-size: \"no CKAN field of th-gdc maps to dcat:distribution/dcat:byteSize: always missed\"", "    byte-size: \"\"");
        ProfileCopies.replace(tests, "    keyword:\n      - {name: \"three tags\", expect: earned}\n      - {name: \"no tags\", expect: missed, patch: {tags: null}}\n",
                "    keyword: {name: \"three tags\", expect: earned}\n");

        assertThat(check(profile)).containsExactly(
                "GOVMETA-PROFILE-QUALITY-UNTESTED /schemas/th-gdc/1.0.0/quality/mqa.yaml:23:10 Quality metric mqa/keyword is not tested:"
                        + " metric mqa/keyword needs at least one earned and one missed case in quality/tests.yaml, or its reason under exempt",
                "GOVMETA-PROFILE-QUALITY-UNTESTED /schemas/th-gdc/1.0.0/quality/mqa.yaml:45:10 Quality metric mqa/media-type is not tested:"
                        + " metric mqa/media-type needs at least one case in quality/tests.yaml (even when exempt)",
                // an exemption without its reason does not count
                "GOVMETA-PROFILE-QUALITY-UNTESTED /schemas/th-gdc/1.0.0/quality/mqa.yaml:78:10 Quality metric mqa/byte-size is not tested:"
                        + " metric mqa/byte-size needs at least one earned and one missed case in quality/tests.yaml, or its reason under exempt",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:20:5 Quality case exempt mqa/byte-size:"
                        + " an exemption needs its reason, as a text",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:26:9 Quality case thai/mandatory-fields"
                        + " 'no maintainer: 13 of 14': expects partial (11) but gives partial (11.1429/12, mandatory metadata: 13 of 14 fields"
                        + " (missing maintainer))",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:53:9 Quality case thai/record-fields"
                        + " 'the MOPH health facilities register': no base dataset tests/base/registers.json",
                // a month later, what was fresh is due
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:85:9 Quality case thai/updated-on-time"
                        + " 'monthly, updated yesterday': expects earned but gives missed (0/20, last updated 2024-06-28, due 2024-07-28 (every 1 เดือน))",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:87:9 Quality case thai/updated-on-time"
                        + " 'every 3 months, updated in April: due 2024-07-01': expects earned but gives missed (0/20, last updated 2024-04-01,"
                        + " due 2024-07-01 (every 3 เดือน))",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:88:9 Quality case thai/updated-on-time"
                        + " 'a B.E. date is read as C.E.': expects earned but gives missed (0/20, last updated 2024-06-28, due 2024-07-28 (every 1 เดือน))",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:122:9 Quality case thai/licence 'CC BY':"
                        + " expect must be earned, partial, missed or left-out; found 'passed'",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:138:5 Quality case mqa/keyword:"
                        + " the cases of a metric must be a list",
                "GOVMETA-PROFILE-QUALITY-CASE /schemas/th-gdc/1.0.0/quality/tests.yaml:159:9 Quality case mqa/mediatype 'unmapped':"
                        + " model mqa has no metric mediatype",
                "GOVMETA-PROFILE-QUALITY-UNTESTED /schemas/th-gdc/1.0.0/quality/thai.yaml:94:10 Quality metric thai/keywords is not tested:"
                        + " metric thai/keywords needs at least one earned and one missed case in quality/tests.yaml, or its reason under exempt",
                "GOVMETA-PROFILE-QUALITY-UNTESTED /schemas/th-gdc/1.0.0/quality/thai.yaml:110:10 Quality metric thai/licence is not tested:"
                        + " metric thai/licence needs at least one earned and one missed case in quality/tests.yaml, or its reason under exempt");
    }

    @Test
    void modelsWithoutTestsLeaveEveryMetricUntestedAtItsLine() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Files.delete(profile.resolve("quality/tests.yaml"));

        List<String> found = check(profile);
        assertThat(found).hasSize(44).allSatisfy(f -> assertThat(f).startsWith("GOVMETA-PROFILE-QUALITY-UNTESTED "));
        assertThat(found).contains("GOVMETA-PROFILE-QUALITY-UNTESTED /schemas/th-gdc/1.0.0/quality/thai.yaml:22:9 Quality metric"
                + " thai/mandatory-fields is not tested: metric thai/mandatory-fields needs at least one earned and one missed case in"
                + " quality/tests.yaml, or its reason under exempt");
    }

    @Test
    void aCasesFileThatCannotBeReadIsOneFinding() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        ProfileCopies.replace(profile.resolve("quality/tests.yaml"), "cases:\n  thai:\n", "cases:\n  thai: [\n");

        assertThat(check(profile)).singleElement().asString().startsWith("GOVMETA-INPUT-SYNTAX /schemas/th-gdc/1.0.0/quality/tests.yaml:");
    }

    @Test
    void theBundledProfilesCasesPass() {
        for (String ref : List.of("th-gdc@1.0.0", "th-gdc-governance@1.0.0")) {
            assertThat(ProfileChecker.check(new ProfileRepository().bundled(ref))).as(ref).extracting(Finding::ruleId)
                    .doesNotContain("GOVMETA-PROFILE-QUALITY-CASE", "GOVMETA-PROFILE-QUALITY-UNTESTED");
        }
        ProfileChecker.Report report = ProfileChecker.run(new ProfileRepository().bundled("th-gdc@1.0.0"));
        assertThat(report.examples()).as("rule examples and quality cases").isGreaterThan(99);
    }
}
