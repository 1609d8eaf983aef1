package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook and the CI script, run for real: the hook on a temporary Git repository (it checks
 * what is staged, not the working tree), the CI script on a sample agency project (reports written, exit
 * code kept, GitHub outputs set); and action.yml against SchemaStore's GitHub Action schema
 * (action-validator, installed from npm by the build into {@code src/test/action-validator}). govmeta is
 * this build's command line, run from the test class path.
 */
class IntegrationsTest {
    private static final Path ROOT = CliRun.ROOT;
    private static final Path HOOK = ROOT.resolve("integrations/govmeta-pre-commit");
    private static final Path CI = ROOT.resolve("integrations/govmeta-ci");
    private static final Path VALIDATOR = Path.of("src/test/action-validator/node_modules/.bin/action-validator");
    /** This build's govmeta, as the scripts take it: a command in $GOVMETA. */
    private static final String GOVMETA = javaCommand();

    @TempDir
    Path dir;

    record Run(int code, String out) {}

    @BeforeEach
    void tools() {
        assertThat(onPath("git")).as("git on the PATH (apt-get install git)").isTrue();
        assertThat(onPath("sh")).as("sh on the PATH").isTrue();
    }

    @Test
    void theHookValidatesTheStagedFilesAsStaged() throws Exception {
        Path repo = gitRepo();
        Files.copy(ROOT.resolve("examples/valid/record-moph-health-facilities.json"), repo.resolve("facilities.json"));
        Files.createDirectories(repo.resolve("metadata"));
        Files.copy(ROOT.resolve("examples/invalid/buddhist-era-date.json"), repo.resolve("metadata/hospital beds.json"));
        Files.writeString(repo.resolve("notes.txt"), "ไม่ใช่ไฟล์คำอธิบายข้อมูล\n");
        run(repo, Map.of(), "git", "add", "facilities.json", "metadata/hospital beds.json", "notes.txt");

        // a plain Git hook: no arguments, the staged files from Git
        Run failing = run(repo, Map.of("GOVMETA", GOVMETA), "sh", HOOK.toString());
        assertThat(failing.code()).as(failing.out()).isEqualTo(1);
        assertThat(failing.out()).contains("metadata/hospital beds.json", "GDC-DATE-BE-last_updated_date",
                "ตรวจ 2 ไฟล์ 2 ชุดข้อมูล").doesNotContain("notes.txt");

        // the staged content counts: fixing only the working tree does not pass the hook
        Path beds = repo.resolve("metadata/hospital beds.json");
        Files.writeString(beds, Files.readString(beds).replace("2567-03-01", "2024-03-01"));
        assertThat(run(repo, Map.of("GOVMETA", GOVMETA), "sh", HOOK.toString()).code()).isEqualTo(1);
        run(repo, Map.of(), "git", "add", "metadata/hospital beds.json");
        Run passing = run(repo, Map.of("GOVMETA", GOVMETA), "sh", HOOK.toString());
        assertThat(passing.code()).as(passing.out()).isZero();
        assertThat(passing.out()).contains("ผ่าน");

        // as the pre-commit framework runs it: the staged files as arguments
        Run named = run(repo, Map.of("GOVMETA", GOVMETA), "sh", HOOK.toString(), "facilities.json");
        assertThat(named.code()).as(named.out()).isZero();
        assertThat(named.out()).contains("ตรวจ 1 ไฟล์ 1 ชุดข้อมูล");
    }

    @Test
    void theHookReadsTheRepositorysConfigurationAndSkipsWhenNoMetadataIsStaged() throws Exception {
        Path repo = gitRepo();
        Files.copy(ROOT.resolve("examples/invalid/statistics-mixed-era-years.json"), repo.resolve("income.json"));
        Files.writeString(repo.resolve(".govmeta.yaml"), "failOn: warning\nlang: en\n");
        run(repo, Map.of(), "git", "add", "income.json", ".govmeta.yaml");

        Run warned = run(repo, Map.of("GOVMETA", GOVMETA), "sh", HOOK.toString());
        assertThat(warned.code()).as(warned.out()).isEqualTo(1);
        assertThat(warned.out()).contains("GDC-ERA-year_of_data", "FAILED");

        run(repo, Map.of(), "git", "commit", "-q", "-m", "income");
        Files.writeString(repo.resolve("README.md"), "# ข้อมูลรายได้ครัวเรือน\n");
        run(repo, Map.of(), "git", "add", "README.md");
        Run nothing = run(repo, Map.of("GOVMETA", "false"), "sh", HOOK.toString());
        assertThat(nothing.code()).as("govmeta is not run without staged metadata: " + nothing.out()).isZero();
    }

    @Test
    void theHookSaysSoWhenGovmetaIsMissing() throws Exception {
        Path repo = gitRepo();
        Files.copy(ROOT.resolve("examples/valid/record-moph-health-facilities.json"), repo.resolve("facilities.json"));
        run(repo, Map.of(), "git", "add", "facilities.json");

        Run missing = run(repo, Map.of("PATH", "/usr/bin:/bin"), "sh", HOOK.toString());

        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).contains("govmeta pre-commit: govmeta is not on the PATH");
    }

    @Test
    void theCiScriptWritesEveryReportAndKeepsTheExitCode() throws Exception {
        Path project = dir.resolve("agency");
        Files.createDirectories(project.resolve("metadata"));
        for (String f : List.of("bma-flood-monitoring.json", "moph-pharmacies.json")) {
            Files.copy(ROOT.resolve("examples/maven-project/src/main/metadata").resolve(f), project.resolve("metadata").resolve(f));
        }
        Path outputs = dir.resolve("github-output");
        Files.createFile(outputs);

        Run failing = run(project, Map.of("GOVMETA", GOVMETA, "GOVMETA_PATHS", "metadata", "GOVMETA_LANG", "en",
                "GITHUB_ACTIONS", "true", "GITHUB_OUTPUT", outputs.toString()), "sh", CI.toString());

        assertThat(failing.code()).as(failing.out()).isEqualTo(1);
        assertThat(failing.out()).contains("::error file=metadata/moph-pharmacies.json,line=43,col=3,title=GDC-DATE-BE-last_updated_date::");
        Path reports = project.resolve("govmeta-reports");
        assertThat(Files.readString(reports.resolve("govmeta.sarif"))).contains("\"version\" : \"2.1.0\"", "GDC-DATE-BE-last_updated_date");
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("<testsuite name=\"metadata/moph-pharmacies.json\"", "<failure");
        assertThat(Files.readString(reports.resolve("report.html"))).contains("<html", "moph-pharmacies");
        assertThat(Files.readString(reports.resolve("report.json"))).contains("\"reportVersion\"");
        assertThat(Files.readAllLines(outputs)).containsExactly("exit-code=1", "sarif=govmeta-reports/govmeta.sarif",
                "junit=govmeta-reports/junit.xml", "html=govmeta-reports/report.html");

        Files.delete(project.resolve("metadata/moph-pharmacies.json"));
        Run passing = run(project, Map.of("GOVMETA", GOVMETA, "GOVMETA_PATHS", "metadata", "GOVMETA_REPORTS", "out/govmeta"),
                "sh", CI.toString());
        assertThat(passing.code()).as(passing.out()).isZero();
        assertThat(passing.out()).contains("ผ่าน");
        assertThat(project.resolve("out/govmeta/junit.xml")).exists();
    }

    @Test
    void theActionMatchesSchemaStoresGitHubActionSchema() throws Exception {
        assertThat(Files.isExecutable(VALIDATOR)).as("action-validator in " + VALIDATOR.toAbsolutePath()
                + " (the build installs it with npm ci in src/test/action-validator)").isTrue();
        Run ok = run(ROOT, Map.of(), VALIDATOR.toAbsolutePath().toString(), "action.yml");
        assertThat(ok.code()).as(ok.out()).isZero();

        // and the validator does refuse a broken action: a composite step without its shell
        Path broken = dir.resolve("broken/action.yml");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, Files.readString(ROOT.resolve("action.yml")).replace("      shell: bash\n      run: |", "      run: |"));
        Run refused = run(dir, Map.of(), VALIDATOR.toAbsolutePath().toString(), broken.toString());
        assertThat(refused.code()).as(refused.out()).isNotZero();
    }

    @Test
    void thePreCommitHookDefinitionNamesTheScriptAndItsFiles() throws IOException {
        String hooks = Files.readString(ROOT.resolve(".pre-commit-hooks.yaml"));
        assertThat(hooks).contains("- id: govmeta-validate", "entry: integrations/govmeta-pre-commit", "language: script");
        assertThat(Files.isExecutable(HOOK)).isTrue();
        assertThat(Files.isExecutable(CI)).isTrue();
        assertThat(Files.readString(ROOT.resolve("integrations/pre-commit-config.example.yaml"))).contains("id: govmeta-validate");
    }

    private Path gitRepo() throws Exception {
        Path repo = dir.resolve("repo");
        Files.createDirectories(repo);
        run(repo, Map.of(), "git", "init", "-q");
        run(repo, Map.of(), "git", "config", "user.email", "opendata@example.go.th");
        run(repo, Map.of(), "git", "config", "user.name", "เจ้าหน้าที่ข้อมูล");
        run(repo, Map.of(), "git", "config", "core.quotepath", "false");
        return repo;
    }

    private static Run run(Path cwd, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().remove("GOVMETA");
        pb.environment().remove("GITHUB_ACTIONS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as(String.join(" ", command) + " finished").isTrue();
        if (command[0].equals("git") && p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + ": " + out);
        }
        return new Run(p.exitValue(), out);
    }

    private static boolean onPath(String tool) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, tool))) {
                return true;
            }
        }
        return false;
    }

    /** {@code java -cp CLASSPATH io.github.govmeta.cli.Main}, with this JVM and this test's class path. */
    private static String javaCommand() {
        List<String> parts = new ArrayList<>();
        parts.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        parts.add("-Dfile.encoding=UTF-8");
        parts.add("-Dstdout.encoding=UTF-8");
        parts.add("-cp");
        parts.add(System.getProperty("java.class.path"));
        parts.add(Main.class.getName());
        return String.join(" ", parts);
    }
}
