package io.github.govmeta.core.authoring;

import io.github.govmeta.core.profile.ProfileRepository;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code profile diff} on two versions of a small profile with one change of each kind; every breaking
 * class is proved by a dataset valid under the old version that the new one rejects.
 */
class ProfileDiffTest {
    private static final Path OLD = Path.of("src/test/resources/profiles/diff-old");
    private static final Path NEW = Path.of("src/test/resources/profiles/diff-new");
    private final ProfileRepository repo = new ProfileRepository();
    private final ProfileDiff diff = ProfileDiff.of(repo.directory(OLD), repo.directory(NEW));

    @Test
    void text() {
        Approvals.verify(ProfileDiffWriter.write(diff, "text"));
    }

    @Test
    void markdown() {
        Approvals.verify(ProfileDiffWriter.write(diff, "markdown"));
    }

    @Test
    void json() {
        Approvals.verify(ProfileDiffWriter.write(diff, "json"));
    }

    @Test
    void aProfileComparedWithItselfHasNoChanges() {
        assertThat(ProfileDiff.of(repo.directory(OLD), repo.directory(OLD)).changes()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "required-added notes    | {\"title\": \"สถิติ\"}",
        "field-added maintainer  | {\"title\": \"สถิติ\", \"notes\": \"n\"}",
        "value-removed รายวัน     | {\"title\": \"สถิติ\", \"notes\": \"n\", \"maintainer\": \"m\", \"update_frequency_unit\": \"รายวัน\"}",
        "constraint-tightened    | {\"title\": \"%s\", \"notes\": \"n\", \"maintainer\": \"m\"}",
    })
    void eachBreakingClassRejectsADatasetTheOldVersionAccepted(String change, String dataset) {
        String json = dataset.contains("%s") ? dataset.formatted("ก".repeat(150)) : dataset;
        String kind = change.split(" ")[0];
        assertThat(diff.changes()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(kind);
            assertThat(c.impact()).isEqualTo(ProfileDiff.Impact.BREAKING);
        });
        assertThat(findings(OLD, json)).isEmpty();
        assertThat(findings(NEW, json)).isNotEmpty();
    }

    private static List<Finding> findings(Path profile, String json) {
        GovmetaValidator v = GovmetaValidator.create(ValidatorConfig.builder().profileDirectory(profile).build());
        return TestRecords.run(v, Map.of("d.json", json)).findings();
    }
}
