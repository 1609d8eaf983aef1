package io.github.govmeta.core.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile check} reads the rules' fixes (rules.yaml fix:) and proves each can do what it says. */
class FixCheckTest {
    @TempDir
    Path dir;

    @Test
    void theBundledProfilesDeclareSoundFixes() {
        ProfileRepository repo = new ProfileRepository();
        for (String ref : List.of("th-gdc@1.0.0", "th-gdc-governance@1.0.0")) {
            assertThat(ProfileChecker.check(repo.bundled(ref))).extracting(Finding::ruleId).doesNotContain("GOVMETA-PROFILE-FIX");
            assertThat(repo.bundled(ref).rules().all()).anyMatch(r -> r.fix() != null);
        }
    }

    @Test
    void anUnknownKindIsReportedAtTheFixWithASuggestion() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        ProfileCopies.replace(profile.resolve("rules.yaml"), "    fix: choice\n    title: {th: \"รูปแบบการเก็บข้อมูล", "    fix: choise\n    title: {th: \"รูปแบบการเก็บข้อมูล");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-FIX");
            assertThat(f.location().source()).isEqualTo(profile.resolve("rules.yaml").toString());
            assertThat(f.location().line()).isEqualTo(782);
            assertThat(f.message().en()).isEqualTo("The fix of rule GDC-VOCAB-data_format is not sound: unknown kind 'choise'"
                    + " (known: buddhist-era-date, choice, cleanup) (did you mean 'choice'?)");
            assertThat(f.message().th()).startsWith("วิธีแก้ของกฎ GDC-VOCAB-data_format ไม่ถูกต้อง: ไม่รู้จักชนิด 'choise'");
        });
    }

    @Test
    void aliasesMustNameAStoredValueAndMustNotMeanTwoValues() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        ProfileCopies.replace(profile.resolve("rules.yaml"), "\"ทุกปี\": \"ปี\"", "\"ทุกปี\": \"ปีปฏิทิน\", \"เดือน\": \"ปี\"");
        ProfileCopies.replace(profile.resolve("rules.yaml"), "    fix: cleanup\n    title: {th: \"URL", "    fix: {kind: cleanup, aliases: {a: b}}\n    title: {th: \"URL");
        ProfileCopies.replace(profile.resolve("rules.yaml"), "    fix: buddhist-era-date\n    title: {th: \"วันที่เริ่มต้นสร้าง", "    fix: choice\n    title: {th: \"วันที่เริ่มต้นสร้าง");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).extracting(f -> f.location().line() + " " + f.message().en()).containsExactly(
                "18 The fix of rule GDC-DATE-BE-created_date is not sound: the rule checks no choice list of the JSON Schemas",
                "211 The fix of rule GDC-FORMAT-url is not sound: the kind cleanup takes no parameter 'aliases'",
                "922 The fix of rule GDC-VOCAB-update_frequency_unit is not sound: the alias 'ทุกปี' names 'ปีปฏิทิน', which is not in the list",
                "922 The fix of rule GDC-VOCAB-update_frequency_unit is not sound: the alias 'เดือน' is already a value or label of 'เดือน', so it could mean two values");
    }
}
