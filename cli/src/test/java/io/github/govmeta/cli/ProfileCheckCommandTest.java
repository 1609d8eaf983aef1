package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code govmeta profile check} reports a broken profile's problems in every format, as validate does. */
class ProfileCheckCommandTest {
    private static final Path BROKEN = CliRun.ROOT.resolve("validator-core/src/test/resources/profiles/broken");

    @Test
    void junitListsEachProfileFileWithItsErrors() {
        CliRun r = CliRun.run(CliRun.ROOT, "profile", "check", "--format", "junit", BROKEN.toString());
        assertThat(r.exitCode()).isEqualTo(io.github.govmeta.core.ExitStatus.FINDINGS.code());
        assertThat(r.out()).contains("<testsuite name=\"" + BROKEN.resolve("rules.yaml") + "\"")
                .contains("<failure type=\"GOVMETA-PROFILE-RULE-UNKNOWN\"")
                .contains("GOVMETA-PROFILE-REF")
                .contains("GOVMETA-PROFILE-CASE");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void jsonListsTheErrorsAndCountsThem() {
        CliRun r = CliRun.run(CliRun.ROOT, "profile", "check", "--format", "json", BROKEN.toString());
        assertThat(r.exitCode()).isEqualTo(io.github.govmeta.core.ExitStatus.FINDINGS.code());
        JsonNode report = JsonMapper.builder().build().readTree(r.out());
        assertThat(report.path("findings").size()).isEqualTo(9);
        assertThat(report.path("summary").path("errors").asInt()).isEqualTo(9);
        assertThat(report.path("findings").get(0).path("location").path("source").asString())
                .isEqualTo(BROKEN.resolve("dataset.schema.json").toString());
    }
}
