package io.github.govmeta.core.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.engine.GovmetaValidator;
import io.github.govmeta.core.engine.ValidatorConfig;
import io.github.govmeta.core.finding.Finding;
import io.github.govmeta.core.profile.ProfileException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** checks.yaml is profile data any profile may use; a mistake in it is a profile error that names the place. */
class ProfileChecksTest {
    @TempDir
    Path dir;

    /** The engine-test profile with a checks file and one more rule. */
    private Path profile(String checks) throws Exception {
        Path dir = Files.createTempDirectory(this.dir, "profile");
        try (Stream<Path> files = Files.list(TestRecords.MINI)) {
            for (Path f : files.toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("profile.yaml"), Files.readString(dir.resolve("profile.yaml")) + "checks: checks.yaml\n");
        Files.writeString(dir.resolve("rules.yaml"), Files.readString(dir.resolve("rules.yaml")) + """
                  MINI-CATALOG-name:
                    severity: error
                    clause: "test clause: one name per dataset"
                    title: {th: "ชื่อซ้ำ", en: "Name used twice"}
                    message: {th: "ชื่อ '{value}' ซ้ำ ({count} ชุด: {others})", en: "Name '{value}' used twice ({count} datasets: {others})"}
                """);
        Files.writeString(dir.resolve("checks.yaml"), checks);
        return dir;
    }

    private GovmetaValidator validator(String checks) throws Exception {
        return GovmetaValidator.create(ValidatorConfig.builder().profileDirectory(profile(checks)).build());
    }

    @Test
    void anyProfileMayCheckTheWholeCatalog() throws Exception {
        GovmetaValidator v = validator("catalog:\n  - {rule: MINI-CATALOG-name, kind: unique, key: name}\n");
        TestRecords.Run run = TestRecords.run(v, Map.of(
                "a.jsonl", "{\"name\": \"bkk-parks\", \"title\": \"สวนสาธารณะ\", \"notes\": \"สวน\"}\n"
                        + "{\"name\": \"bkk-canals\", \"title\": \"คลอง\", \"notes\": \"คลอง\"}\n",
                "b.json", "{\"name\": \"bkk-parks\", \"title\": \"สวนสาธารณะ กทม.\", \"notes\": \"สวน\"}"));
        List<Finding> names = run.findings().stream().filter(f -> f.ruleId().equals("MINI-CATALOG-name")).toList();
        assertThat(names).extracting(f -> f.location().display() + " " + f.message().en()).containsExactlyInAnyOrder(
                "a.jsonl:1:2 Name 'bkk-parks' used twice (2 datasets: b.json:1:2 bkk-parks)",
                "b.json:1:2 Name 'bkk-parks' used twice (2 datasets: a.jsonl:1:2 bkk-parks)");
        assertThat(run.stats().errors()).isEqualTo(2);
    }

    @Test
    void mistakesInTheChecksFileAreProfileErrorsThatNameThePlace() {
        assertThatThrownBy(() -> validator("catalog:\n  - {rule: MINI-CATALOG-name, kind: uniq, key: name}\n"))
                .isInstanceOf(ProfileException.class)
                .hasMessageEndingWith("checks.yaml catalog MINI-CATALOG-name: unknown kind 'uniq' (unique, groupHasAny)");
        assertThatThrownBy(() -> validator("record:\n  - {rule: MINI-LEAK, kind: webmail, fields: [notes]}\n"))
                .isInstanceOf(ProfileException.class).hasMessageEndingWith("checks.yaml record: no rule MINI-LEAK in the catalogue");
        assertThatThrownBy(() -> validator("record:\n  - {rule: MINI-CATALOG-name, kind: maxAge, field: created, months: a year}\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("'months' must be a whole number above 0, found a year");
        assertThatThrownBy(() -> validator("rules: []\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("unknown section 'rules'");
        assertThatThrownBy(() -> validator("targets:\n  public: {rule: MINI-CATALOG-name}\n"))
                .isInstanceOf(ProfileException.class).hasMessageContaining("targets need the 'public' section");
    }
}
