package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The command line's contracts: exit codes, streams, usage errors, no stack traces. */
class MainTest {
    @TempDir
    Path dir;

    private String mini;

    @BeforeEach
    void files() throws Exception {
        mini = CliRun.MINI.toString();
        Files.writeString(dir.resolve("good.json"), "{\"name\": \"a\", \"title\": \"สถิติ\", \"notes\": \"รายละเอียด\"}");
        Files.writeString(dir.resolve("warn.json"), "{\"name\": \"b\", \"title\": \"สถิติ\"}");
        Files.writeString(dir.resolve("bad.json"), "{\"name\": \"c\", \"notes\": \"x\"}");
        Files.writeString(dir.resolve("broken.json"), "{\"name\": ");
    }

    private CliRun validate(String... args) {
        String[] all = new String[args.length + 5];
        all[0] = "validate";
        all[1] = "--profile-dir";
        all[2] = mini;
        all[3] = "--no-timing";
        all[4] = "--no-config";
        System.arraycopy(args, 0, all, 5, args.length);
        return CliRun.run(dir, all);
    }

    @Test
    void cleanFileExitsZero() {
        CliRun r = validate("good.json");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("ผ่าน").contains("ตรวจ 1 ไฟล์ 1 ชุดข้อมูล");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void findingsAtTheFailLevelExitOne() {
        assertThat(validate("bad.json").exitCode()).isEqualTo(1);
        assertThat(validate("warn.json").exitCode()).isEqualTo(0);
        assertThat(validate("--fail-on", "warning", "warn.json").exitCode()).isEqualTo(1);
        assertThat(validate("--fail-on", "none", "bad.json").exitCode()).isEqualTo(0);
    }

    @Test
    void brokenFileIsAFindingWithItsLocationAndTheOthersAreChecked() {
        CliRun r = validate("--lang", "en", ".");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("broken.json\n  1:10").contains("GOVMETA-INPUT-SYNTAX")
                .doesNotContain("good.json").doesNotContain("Exception");
        assertThat(r.out()).contains("4 files, 3 datasets");
    }

    @Test
    void buildOutputAndHiddenFoldersAreNotReadUnlessExcludesAreGiven() throws Exception {
        Files.createDirectories(dir.resolve("target/govmeta"));
        Files.writeString(dir.resolve("target/govmeta/govmeta.json"), "{\"reportVersion\": \"1\"}");
        Files.createDirectories(dir.resolve(".cache"));
        Files.writeString(dir.resolve(".cache/x.json"), "[]");
        assertThat(validate(".").out()).contains("ตรวจ 4 ไฟล์").doesNotContain("target/");
        assertThat(validate("--exclude", "broken.json", ".").out()).contains("ตรวจ 5 ไฟล์").contains("target/govmeta/govmeta.json");
    }

    @Test
    void missingPathIsAnIoErrorButTheRestIsChecked() {
        CliRun r = validate("nope.json", "bad.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("no such file or folder: nope.json");
        assertThat(r.out()).contains("bad.json");
    }

    @Test
    void usageErrorsExitTwoWithAHint() {
        assertThat(CliRun.run(dir).exitCode()).isEqualTo(2);
        CliRun unknown = CliRun.run(dir, "validate", "--fail-onn", "x", "good.json");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--fail-onn").contains("--fail-on");
        assertThat(validate("--fail-on", "fatal", "good.json").err()).contains("unknown level 'fatal'");
        assertThat(validate("--format", "pdf", "good.json").exitCode()).isEqualTo(2);
        assertThat(validate("--report", "json", "good.json").err()).contains("expected FORMAT=FILE");
        assertThat(CliRun.run(dir, "validate", "--profile", "th-gdx", "good.json").err()).contains("no profile 'th-gdx'");
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() throws Exception {
        String[] args = {"validate", "--profile-dir", mini, "--no-config", "bad.json"};
        java.util.function.BiFunction<Boolean, java.util.Map<String, String>, String> run = (terminal, env) -> {
            java.io.StringWriter out = new java.io.StringWriter();
            new Main(new java.io.PrintWriter(out), new java.io.PrintWriter(new java.io.StringWriter()),
                    new java.io.ByteArrayInputStream(new byte[0]), env, dir, terminal).run(args);
            return out.toString();
        };
        assertThat(run.apply(true, java.util.Map.of())).contains("\u001b[");
        assertThat(run.apply(true, java.util.Map.of("NO_COLOR", "1"))).doesNotContain("\u001b[");
        assertThat(run.apply(false, java.util.Map.of())).doesNotContain("\u001b[");
    }

    @Test
    void versionAndHelp() {
        assertThat(CliRun.run(dir, "--version").out()).startsWith("govmeta ");
        CliRun help = CliRun.run(dir, "validate", "--help");
        assertThat(help.exitCode()).isEqualTo(0);
        assertThat(help.out()).contains("--fail-on").contains("--report").contains("--baseline");
    }

    @Test
    void standardInput() {
        CliRun r = CliRun.withStdin(dir, "{\"name\": \"s\"}", "validate", "--profile-dir", mini, "--no-config", "-");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("<stdin>").contains("MINI-REQ-title");
    }

    @Test
    void dcatOnStandardInputIsSniffed() throws Exception {
        String turtle = Files.readString(CliRun.ROOT.resolve("examples/dcat/invalid-catalog.ttl"));
        CliRun r = CliRun.withStdin(dir, turtle, "validate", "--no-config", "--lang", "en", "-");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("<stdin>").contains("GDC-REQ-title").contains("GDC-DATE-BE-last_updated_date");
        String rdfXml = Files.readString(CliRun.ROOT.resolve("examples/dcat/drug-stores.rdf"));
        assertThat(CliRun.withStdin(dir, rdfXml, "validate", "--no-config", "-").out()).contains("GDC-FORMAT-maintainer_email");
    }

    @Test
    void jsonFormatAndReportFile() throws Exception {
        CliRun r = validate("--format", "json", "--report", "text=reports/out.txt", "bad.json");
        JsonNode json = JsonMapper.builder().build().readTree(r.out());
        assertThat(json.get("findings").get(0).get("ruleId").asString()).isEqualTo("MINI-REQ-title");
        assertThat(json.get("summary").get("errors").asInt()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("reports/out.txt"))).contains("MINI-REQ-title");
    }

    @Test
    void everyFormatOnStandardOutputAndAsReportFilesInOneRun() throws Exception {
        CliRun sarif = validate("--format", "sarif", "--report", "junit=r/junit.xml", "--report", "checkstyle=r/checkstyle.xml",
                "--report", "github=r/github.txt", "--report", "html=r/report.html", "--report", "json=r/report.json",
                "bad.json", "broken.json");
        assertThat(sarif.exitCode()).isEqualTo(1);
        JsonNode log = JsonMapper.builder().build().readTree(sarif.out());
        assertThat(log.at("/runs/0/results/0/ruleId").asString()).isEqualTo("MINI-REQ-title");
        assertThat(log.at("/runs/0/results/1/ruleId").asString()).isEqualTo("GOVMETA-INPUT-SYNTAX");
        var xml = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder();
        assertThat(xml.parse(dir.resolve("r/junit.xml").toFile()).getElementsByTagName("testcase").getLength()).isEqualTo(2);
        assertThat(xml.parse(dir.resolve("r/checkstyle.xml").toFile()).getElementsByTagName("error").getLength()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("r/github.txt"))).startsWith("::error file=bad.json,").contains("title=GOVMETA-INPUT-SYNTAX::");
        assertThat(Files.readString(dir.resolve("r/report.html"))).contains("ยังไม่พร้อมลงทะเบียน").endsWith("</html>\n");
        assertThat(JsonMapper.builder().build().readTree(dir.resolve("r/report.json").toFile()).at("/summary/errors").asInt()).isEqualTo(2);
    }

    @Test
    void unwritableReportIsAClearError() throws Exception {
        Files.writeString(dir.resolve("file"), "x");
        CliRun r = validate("--report", "json=file/sub/out.json", "good.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).startsWith("govmeta: cannot write a report").doesNotContain("at io.");
    }

    @Test
    void configFileMistakesAreLocated() throws Exception {
        Files.writeString(dir.resolve(".govmeta.yaml"), "lang: en\nfailon: warning\n");
        CliRun r = CliRun.run(dir, "validate", "--profile-dir", mini, "good.json");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains(".govmeta.yaml:2:1: unknown key 'failon' in the file (did you mean 'failOn'?)");
    }

    @Test
    void configFileSettingsApplyAndFlagsWin() throws Exception {
        Files.writeString(dir.resolve(".govmeta.yaml"), "lang: en\nfailOn: warning\nrules:\n  MINI-REQ-title: warning\n");
        CliRun fromFile = CliRun.run(dir, "validate", "--profile-dir", mini, "bad.json");
        assertThat(fromFile.exitCode()).isEqualTo(1);
        assertThat(fromFile.out()).contains("warning ").contains("The dataset name (title) is required");
        CliRun flags = CliRun.run(dir, "validate", "--profile-dir", mini, "--fail-on", "error", "--lang", "th", "bad.json");
        assertThat(flags.exitCode()).isEqualTo(0);
        assertThat(flags.out()).contains("ต้องระบุชื่อชุดข้อมูล");
    }

    @Test
    void baselineThenOnlyNewFindingsFail() throws Exception {
        CliRun base = CliRun.run(dir, "baseline", "--profile-dir", mini, "--no-config", "bad.json", "warn.json");
        assertThat(base.exitCode()).isEqualTo(0);
        assertThat(base.out()).contains("wrote 2 findings of 2 datasets to .govmeta-baseline.json");
        CliRun known = validate("--baseline", ".govmeta-baseline.json", "bad.json", "warn.json");
        assertThat(known.exitCode()).isEqualTo(0);
        assertThat(known.err()).contains("เส้นฐาน: ไม่นับข้อค้นพบที่ทราบแล้ว 2 รายการ; แก้ไขแล้ว 0 รายการ");
        Files.writeString(dir.resolve("bad.json"), "{\"name\": \"c\", \"title\": \"แก้แล้ว\"}");
        CliRun later = validate("--baseline", ".govmeta-baseline.json", "bad.json", "warn.json");
        assertThat(later.exitCode()).isEqualTo(0);
        assertThat(later.err()).contains("แก้ไขแล้ว 1 รายการ (สั่ง 'govmeta baseline' เพื่อลบออก)");
    }

    @Test
    void initWritesStarterFilesAndRefusesToOverwrite() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("new"));
        CliRun first = CliRun.run(empty, "init");
        assertThat(first.exitCode()).isEqualTo(0);
        assertThat(Files.readString(empty.resolve(".govmeta.yaml"))).contains("profile: th-gdc@1.0.0");
        assertThat(empty.resolve("example-dataset.json")).exists();
        CliRun second = CliRun.run(empty, "init");
        assertThat(second.exitCode()).isEqualTo(2);
        assertThat(second.err()).contains(".govmeta.yaml already exists; not overwriting");
    }

    @Test
    void explainUnknownRuleSuggestsTheClosest() {
        CliRun r = CliRun.run(dir, "explain", "--profile-dir", mini, "--no-config", "MINI-REQ-titel");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("did you mean 'MINI-REQ-title'?");
    }

    @Test
    void rulesListsProfileAndEngineRules() {
        CliRun r = CliRun.run(dir, "rules", "--profile-dir", mini, "--no-config", "--lang", "en");
        assertThat(r.exitCode()).isEqualTo(0);
        assertThat(r.out()).contains("MINI-REQ-title  [error]  (mini)").contains("GOVMETA-INPUT-SYNTAX  [error]  (govmeta)");
    }

    /**
     * A run that names its command builds that command only (start-up); each command's help is that of the
     * whole tree, word for word, and a wrong option is still a usage error.
     */
    @Test
    void aNamedCommandHelpsAndFailsAsInTheWholeTree() {
        var context = new Context(new java.io.PrintWriter(new java.io.StringWriter()), new java.io.PrintWriter(new java.io.StringWriter()),
                java.io.InputStream.nullInputStream(), java.util.Map.of(), dir, false);
        var whole = new picocli.CommandLine(new GovmetaCommand(), new Main.ContextFactory(context)).getSubcommands();
        assertThat(whole).hasSizeGreaterThan(10);
        whole.forEach((name, command) -> {
            assertThat(CliRun.run(dir, name, "--help").out()).as(name).isEqualTo(command.getUsageMessage());
            CliRun wrong = CliRun.run(dir, name, "--no-such-option");
            assertThat(wrong.exitCode()).as(name).isEqualTo(2);
            assertThat(wrong.err()).as(name).startsWith("govmeta: ").doesNotContain("Exception");
        });
    }

    @Test
    void helpListsEveryCommandInWholeSentences() {
        CliRun r = CliRun.run(dir, "--help");
        String commands = r.out().substring(r.out().indexOf("Commands:"), r.out().indexOf("Exit codes:"));
        for (String command : commands.split("\n  (?=\\w)")) {
            if (!command.startsWith("Commands:")) {
                assertThat(command.strip()).as(command).endsWith(".");
            }
        }
    }

    @Test
    void theVersionIsTheProjectsEverywhere() throws Exception {
        assertThat(CliRun.run(dir, "--version").out()).matches("govmeta \\d+\\.\\d+\\.\\d+\\S*\\s*");
        CliRun sarif = validate("--format", "sarif", "good.json");
        assertThat(JsonMapper.builder().build().readTree(sarif.out()).at("/runs/0/tool/driver/version").asString()).matches("\\d.*");
    }

    @Test
    void baselinedFindingsAreCountedNotListedUnlessAsked() throws Exception {
        assertThat(CliRun.run(dir, "baseline", "--profile-dir", mini, "--no-config", "bad.json", "warn.json").exitCode()).isZero();
        CliRun quiet = validate("--baseline", ".govmeta-baseline.json", "bad.json", "warn.json");
        assertThat(quiet.out()).doesNotContain("MINI-REQ-title").contains("ยกเว้น 2");
        CliRun listed = validate("--show-suppressed", "--baseline", ".govmeta-baseline.json", "bad.json", "warn.json");
        assertThat(listed.out()).contains("MINI-REQ-title").contains("(ยกเว้น: อยู่ในเส้นฐาน)").doesNotContain("in the baseline");
        CliRun json = validate("--format", "json", "--baseline", ".govmeta-baseline.json", "bad.json", "warn.json");
        assertThat(json.out()).contains("MINI-REQ-title").contains("\"baseline\"");
    }

    @Test
    void anOutputThatCannotBeWrittenIsAnError() {
        java.io.OutputStream full = new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                throw new java.io.IOException("No space left on device");
            }
        };
        java.io.StringWriter err = new java.io.StringWriter();
        int code = new Main(new java.io.PrintWriter(full), new java.io.PrintWriter(err), java.io.InputStream.nullInputStream(),
                java.util.Map.of(), dir, false).run("validate", "--profile-dir", mini, "--no-config", "--format", "json", "good.json");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("cannot write the json report");
    }

    @Test
    void controlAndBidiCharactersNeverReachTheTerminal() throws Exception {
        Files.writeString(dir.resolve("evil.json"), "{\"name\": \"x\\u001b[2J\\u001b]0;pwned\\u0007\\u202egpj.exe\", \"notes\": \"\\u2066y\\u2069\"}");
        for (String format : new String[] {"text", "github"}) {
            CliRun r = validate("--format", format, "--show-suppressed", "evil.json");
            assertThat(r.out()).as(format).contains("\uFFFD").doesNotContain("\u001b").doesNotContain("\u0007")
                    .doesNotContain("\u202e").doesNotContain("\u2066");
        }
        CliRun html = validate("--format", "html", "evil.json");
        assertThat(html.out()).doesNotContain("\u001b").doesNotContain("\u202e");
    }
}
