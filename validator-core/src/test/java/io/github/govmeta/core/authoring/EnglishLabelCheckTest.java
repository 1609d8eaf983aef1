package io.github.govmeta.core.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.profile.ProfileRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile check} refuses an English label that is the Thai value copied, in the JSON Schemas and in SKOS alike. */
class EnglishLabelCheckTest {
    @TempDir
    Path dir;

    @Test
    void aThaiCopyAsTheEnglishLabelIsReportedInBothFormsAtItsLine() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path vocab = profile.resolve("vocabularies.schema.json");
        Path skos = dir.resolve("shapes/th-gdc/1.0.0/vocabularies.ttl");
        ProfileCopies.replace(vocab, "\"en\": \"Half-year\"", "\"en\": \"ครึ่งปี\"");
        ProfileCopies.replace(skos, "\"Half-year\"@en", "\"ครึ่งปี\"@en");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).extracting(Finding::ruleId).containsOnly("GOVMETA-PROFILE-LABEL-SCRIPT");
        assertThat(findings).extracting(f -> f.location().display())
                .containsExactlyInAnyOrder(vocab + ":166:11", skos + ":123");
        assertThat(findings).allSatisfy(f -> assertThat(f.value()).isEqualTo("ครึ่งปี"));
        assertThat(findings).extracting(f -> f.message().en()).containsExactlyInAnyOrder(
                "The English label /$defs/update_frequency_unit/x-labels/ครึ่งปี/en is 'ครึ่งปี', which is written in Thai"
                        + " script; write an English translation (the stored value may stay Thai)",
                "The English label skos:prefLabel is 'ครึ่งปี', which is written in Thai script; write an English"
                        + " translation (the stored value may stay Thai)");
        assertThat(findings.get(0).message().th()).contains("ครึ่งปี", "อักษรไทย");
    }

    @Test
    void anEnglishTitleInThaiIsReportedAndThaiInstanceDataIsNot() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path vocab = profile.resolve("vocabularies.schema.json");
        ProfileCopies.replace(vocab, "\"title\": \"Update Frequency Unit\"", "\"title\": \"หน่วยความถี่\"");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        // The enum next to it holds Thai stored values, and the Thai labels (x-labels th) are Thai: neither is reported.
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-LABEL-SCRIPT");
            assertThat(f.location().display()).isEqualTo(vocab + ":138:7");
            assertThat(f.message().en()).startsWith("The English label /$defs/update_frequency_unit/title is 'หน่วยความถี่'");
        });
    }

    @Test
    void englishWordsAndLatinValuesPass() {
        assertThat(EnglishLabelCheck.thai("Level-3 plans (Cabinet resolution of 4 Dec 2017)")).isFalse();
        assertThat(EnglishLabelCheck.thai("Ökonomie, promoción, 1:25,000")).isFalse();
        assertThat(EnglishLabelCheck.thai("Other (อื่นๆ)")).isTrue();
        assertThat(EnglishLabelCheck.thai("๒๕๖๗")).isTrue();
    }
}
