package io.github.govmeta.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.govmeta.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The goal and {@code govmeta validate} are translations of the same request: on the same folder and
 * configuration they write the same reports, byte for byte, and refuse the same mistakes.
 */
class CliMojoParityTest {
    private static final Path EXAMPLES = Path.of("..", "examples").toAbsolutePath().normalize();

    @TempDir
    Path project;

    @BeforeEach
    void agencyProject() throws Exception {
        Path metadata = Files.createDirectories(project.resolve("src/main/metadata"));
        for (String folder : new String[] {"valid", "invalid", "dcat", "dumps"}) {
            copyFolder(EXAMPLES.resolve(folder), metadata.resolve(folder));
        }
        Files.writeString(project.resolve(".govmeta.yaml"), """
                lang: en
                rules:
                  GDC-FORMAT-maintainer_email: warning
                suppressions:
                  - rule: GDC-DATE-BE-last_updated_date
                    files: "src/main/metadata/invalid/**"
                    reason: "สำนักงานฯ แก้ในระบบต้นทางภายในไตรมาสนี้"
                """);
    }

    @Test
    void theGoalAndTheCommandLineWriteTheSameReports() throws Exception {
        int code = cli("validate", "--fail-on", "none", "--report-unused-suppressions",
                "--report", "json=cli/govmeta.json", "--report", "sarif=cli/govmeta.sarif",
                "--report-rdf", "cli/shacl.ttl", "src/main/metadata");
        assertThat(code).isZero();

        ValidateMojo mojo = mojo();
        mojo.failOn = "none";
        mojo.formats = "json,sarif";
        mojo.reportUnusedSuppressions = true;
        mojo.reportRdf = project.resolve("mojo/shacl.ttl").toFile();
        mojo.execute();

        String json = Files.readString(project.resolve("cli/govmeta.json"));
        assertThat(json).contains("GDC-FORMAT-maintainer_email").contains("\"suppressed\"").contains("GOVMETA-INPUT-SYNTAX", "dcat/");
        assertThat(Files.readString(project.resolve("mojo/govmeta.json"))).isEqualTo(json);
        assertThat(Files.readString(project.resolve("mojo/govmeta.sarif"))).isEqualTo(Files.readString(project.resolve("cli/govmeta.sarif")));
        assertThat(Files.readString(project.resolve("mojo/shacl.ttl"))).isEqualTo(Files.readString(project.resolve("cli/shacl.ttl")))
                .contains("sh:ValidationReport");
    }

    @Test
    void bothFailOnTheSameFindings() throws Exception {
        assertThat(cli("validate", "src/main/metadata/invalid")).isEqualTo(1);
        ValidateMojo mojo = mojo();
        mojo.sourceDirectory = project.resolve("src/main/metadata/invalid").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("findings at or above the fail level (error)");
    }

    @Test
    void bothRefuseABaselineThatDoesNotExist() throws Exception {
        StringWriter err = new StringWriter();
        assertThat(cli(err, "validate", "--baseline", "baseline-typo.json", "src/main/metadata/valid")).isEqualTo(2);
        assertThat(err.toString()).contains("baseline-typo.json: no such baseline file");
        ValidateMojo mojo = mojo();
        mojo.baseline = project.resolve("baseline-typo.json").toFile();
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
                .hasMessageContaining("baseline-typo.json: no such baseline file");
    }

    @Test
    void theBuildFailsBelowTheMinimumQualityScore() throws Exception {
        ValidateMojo mojo = mojo();
        mojo.sourceDirectory = project.resolve("src/main/metadata/valid").toFile();
        mojo.failOn = "none";
        mojo.minScore = 101.0;
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class) // the project's .govmeta.yaml says lang: en
                .hasMessageContaining("catalog quality score").hasMessageContaining("below minScore 101");
        mojo.minScore = 0.0;
        mojo.execute();
    }

    @Test
    void bothHoldThePublishGate() throws Exception {
        Path policy = Files.createDirectories(project.resolve("src/main/metadata/policy"));
        for (String f : new String[] {"public-dlt-vehicle-registrations.json", "personal-nhso-ckd-registry.json"}) {
            Files.copy(EXAMPLES.resolve("policy").resolve(f), policy.resolve(f));
        }
        assertThat(cli("validate", "--profile", "th-gdc-policy", "src/main/metadata/policy")).isZero();
        assertThat(cli("validate", "--profile", "th-gdc-policy", "--target", "public", "--report", "json=cli/gate.json",
                "src/main/metadata/policy")).isEqualTo(1);
        ValidateMojo mojo = mojo();
        mojo.sourceDirectory = policy.toFile();
        mojo.profile = "th-gdc-policy";
        mojo.execute();
        mojo.target = "public";
        mojo.formats = "json";
        assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("findings at or above the fail level (error)");
        String json = Files.readString(project.resolve("cli/gate.json"));
        assertThat(json).contains("\"ruleId\" : \"POL-PUBLISH-not-public\"", "nhso-ckd-patient-registry");
        assertThat(Files.readString(project.resolve("mojo/govmeta.json"))).isEqualTo(json);
    }

    private ValidateMojo mojo() {
        ValidateMojo mojo = new ValidateMojo();
        mojo.basedir = project.toFile();
        mojo.sourceDirectory = project.resolve("src/main/metadata").toFile();
        mojo.outputDirectory = project.resolve("mojo").toFile();
        return mojo;
    }

    private int cli(String... args) {
        return cli(new StringWriter(), args);
    }

    private int cli(StringWriter err, String... args) {
        return new Main(new PrintWriter(new StringWriter()), new PrintWriter(err), new ByteArrayInputStream(new byte[0]),
                Map.of(), project, false).run(args);
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

}
