package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileException;
import io.github.govmeta.core.profile.ProfileRepository;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govmeta.core.finding.BuddhistEra;
import io.github.govmeta.core.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Buddhist-era rule is profile data: read from profile.yaml, and the patterns must agree with it. */
class BuddhistEraCheckTest {
    private static final String DECLARED = "buddhistEra: {offset: 543, years: [2400, 2999], christianYears: [1800, 2199]}";

    @TempDir
    Path dir;

    @Test
    void theProfileDeclaresTheEraAndItsExtensionInheritsIt() {
        ProfileRepository repo = new ProfileRepository();
        BuddhistEra era = repo.bundled("th-gdc@1.0.0").buddhistEra();
        assertThat(era).isEqualTo(new BuddhistEra(543, 2400, 2999, 1800, 2199));
        assertThat(repo.bundled("th-gdc-governance@1.0.0").buddhistEra()).isEqualTo(era);
        assertThat(era.toChristianEra("2567-03-01")).isEqualTo("2024-03-01");
        assertThat(era.toChristianEra("3000-03-01")).isEqualTo("3000-03-01");
        assertThat(era.toChristianEra("2024-03-01")).isEqualTo("2024-03-01");
        assertThat(BuddhistEra.NONE.toChristianEra("2567-03-01")).isEqualTo("2567-03-01");
    }

    @Test
    void aSchemaPatternWithAnotherWindowIsReportedAtThePattern() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        ProfileCopies.replace(profile.resolve("dataset.schema.json"), "\"pattern\": \"^2[4-9][0-9]{2}-\"", "\"pattern\": \"^2[5-9][0-9]{2}-\"");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-ERA");
            assertThat(f.location().source()).isEqualTo(profile.resolve("dataset.schema.json").toString());
            assertThat(f.location().line()).isEqualTo(404);
            assertThat(f.message().en()).isEqualTo("Pattern '^2[5-9][0-9]{2}-' accepts the years 2500–2999, neither the"
                    + " Buddhist-era years (2400–2999) nor the Christian-era years (1800–2199) that profile.yaml declares (buddhistEra)");
        });
    }

    @Test
    void aSparqlWindowThatDiffersIsReportedAtItsLine() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        Path shapes = dir.resolve("shapes/th-gdc/1.0.0/shapes.ttl");
        ProfileCopies.replace(shapes, "\"^(1[89]|20|21)[0-9]{2}-\"", "\"^(1[89]|20)[0-9]{2}-\"");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-ERA");
            assertThat(f.location().display()).isEqualTo(shapes + ":340");
            assertThat(f.value()).isEqualTo("^(1[89]|20)[0-9]{2}-");
        });
    }

    @Test
    void anotherDeclarationFlagsEveryPatternOfTheOldWindow() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        ProfileCopies.replace(profile.resolve("profile.yaml"), DECLARED,
                "buddhistEra: {offset: 543, years: [2500, 2999], christianYears: [1800, 2199]}");

        List<Finding> findings = ProfileChecker.check(new ProfileRepository().directory(profile));

        assertThat(findings).extracting(Finding::ruleId).isNotEmpty().containsOnly("GOVMETA-PROFILE-ERA");
        assertThat(findings).extracting(f -> f.location().source()).contains(
                profile.resolve("dataset.schema.json").toString(), profile.resolve("resource.schema.json").toString(),
                dir.resolve("shapes/th-gdc/1.0.0/shapes.ttl").toString());
    }

    @Test
    void aMalformedDeclarationIsAProfileErrorThatSaysWhere() throws IOException {
        Path profile = ProfileCopies.thGdc(dir);
        ProfileCopies.replace(profile.resolve("profile.yaml"), DECLARED,
                "buddhistEra: {offset: 543, years: [2999, 2400], christianYears: [1800, 2199]}");

        assertThatThrownBy(() -> new ProfileRepository().directory(profile)).isInstanceOf(ProfileException.class)
                .hasMessage(profile.resolve("profile.yaml") + " buddhistEra years: expected [first, last], two years in order");
    }
}
