package io.github.govmeta.core.profile;

import io.github.govmeta.core.authoring.ProfileChecker;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An agency fork kept as an extension profile (test profile {@code agency-oic}): it adds fields, dataset
 * types and a stricter severity without copying the base, passes {@code profile check}, and the check
 * catches an extension that loosens its base without saying so or lowers a severity.
 */
class AgencyExtensionTest {
    private static final Path FORK = Path.of("src/test/resources/profiles/agency-oic");
    private final ProfileRepository repo = new ProfileRepository();

    @Test
    void theForkPassesProfileCheck() {
        assertThat(ProfileChecker.check(repo.directory(FORK))).isEmpty();
    }

    @Test
    void theForkExtendsRulesAndRaisesASeverity() {
        Profile fork = repo.directory(FORK);
        assertThat(fork.base().ref()).isEqualTo("th-gdc@1.0.0");
        assertThat(fork.rules().find("OIC-REQ-data_owner")).isPresent();
        assertThat(fork.rules().find("GDC-REQ-title")).isPresent();
        assertThat(fork.rules().find("GDC-ERA-year_of_data").orElseThrow().severity()).isEqualTo(Severity.ERROR);
        assertThat(fork.base().rules().find("GDC-ERA-year_of_data").orElseThrow().severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void undeclaredLooseningIsReported(@TempDir Path dir) throws IOException {
        copy(dir);
        Path manifest = dir.resolve("profile.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("loosens: [GDC-VOCAB-data_type]", ""));
        assertThat(ProfileChecker.check(repo.directory(dir))).extracting(Finding::ruleId)
                .isNotEmpty().containsOnly("GOVMETA-PROFILE-LOOSENS");
    }

    @Test
    void aLowerSeverityIsReported(@TempDir Path dir) throws IOException {
        copy(dir);
        Path manifest = dir.resolve("profile.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("GDC-ERA-year_of_data: error",
                "GDC-ERA-year_of_data: error\n  GDC-ORDER-dates: warning"));
        assertThat(ProfileChecker.check(repo.directory(dir))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("GOVMETA-PROFILE-SEVERITY");
            assertThat(f.message().en()).isEqualTo("The extension lowers rule GDC-ORDER-dates from error to warning");
        });
    }

    private static void copy(Path to) throws IOException {
        try (Stream<Path> files = Files.walk(FORK)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(FORK.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
