package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileRepository;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code profile check} finds a choice list that differs between the JSON Schemas and the SKOS concept schemes. */
class VocabularyCheckTest {
    @TempDir
    Path dir;

    @Test
    void aValueLeftOutOfTheJsonListButNotTheConceptSchemeIsReportedAtTheConcept() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path vocab = profile.resolve("vocabularies.schema.json");
        String json = Files.readString(vocab);
        Files.writeString(vocab, json.replaceFirst("\\n\\s*\"ครึ่งปี\",", ""));

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        // the fix alias รายครึ่งปี -> ครึ่งปี now names a value the list lacks: reported too, at the fix
        assertThat(findings).extracting(Finding::ruleId).containsExactly("GOVMETA-PROFILE-FIX", "GOVMETA-PROFILE-VOCAB-NOT-JSON");
        assertThat(findings.get(0).message().en()).contains("the alias 'รายครึ่งปี' names 'ครึ่งปี', which is not in the list");
        assertThat(findings.get(1)).satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-VOCAB-NOT-JSON");
            assertThat(f.location().display()).isEqualTo(dir.resolve("shapes/th-gdc/1.0.0/vocabularies.ttl") + ":122");
            assertThat(f.message().en()).isEqualTo("Value 'ครึ่งปี' is in the SKOS concept scheme update_frequency_unit but not"
                    + " in the JSON Schema choice list ($defs/update_frequency_unit enum) (" + vocab + ")");
            assertThat(f.message().th()).contains("ครึ่งปี", "update_frequency_unit");
        });
    }

    @Test
    void aValueAddedToTheJsonListOnlyIsReportedAtTheEnumEntry() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path vocab = profile.resolve("vocabularies.schema.json");
        Files.writeString(vocab, Files.readString(vocab).replaceFirst("\"ครึ่งปี\",", "\"ครึ่งปี\", \"ทุกศตวรรษ\","));

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-VOCAB-NOT-SKOS");
            assertThat(f.location().line()).isEqualTo(143);
            assertThat(f.location().source()).isEqualTo(vocab.toString());
            assertThat(f.value()).isEqualTo("ทุกศตวรรษ");
        });
    }

    @Test
    void aLabelThatDiffersFromTheJsonSchemaIsReportedAtTheConcept() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path skos = dir.resolve("shapes/th-gdc/1.0.0/vocabularies.ttl");
        ProfileCopies.replace(skos, "\"Half-year\"@en", "\"Semester\"@en");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-VOCAB-LABEL");
            assertThat(f.location().display()).isEqualTo(skos + ":122");
            assertThat(f.message().en()).isEqualTo("The @en label of value 'ครึ่งปี' in the SKOS concept scheme"
                    + " update_frequency_unit is 'Semester', but the JSON Schema (x-labels) says 'Half-year'");
        });
    }
}
