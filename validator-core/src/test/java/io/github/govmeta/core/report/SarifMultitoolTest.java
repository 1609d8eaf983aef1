package io.github.govmeta.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.Govmeta;
import io.github.govmeta.core.TestRecords;
import io.github.govmeta.core.ValidationRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * govmeta's SARIF as its consumers check it: Microsoft's SARIF validator ({@code sarif-multitool
 * validate}, installed from npm by the build into {@code src/test/sarif-multitool}) must report no error
 * and no warning on the approved SARIF reports and on a run whose inputs lie outside the working
 * directory (absolute paths).
 */
class SarifMultitoolTest {
    private static final Path TOOL = Path.of("src/test/sarif-multitool/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool")
            .toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void theApprovedSarifReportsHaveNoErrorOrWarning() throws Exception {
        List<Path> approved;
        try (Stream<Path> files = Files.list(Path.of("src/test/java/io/github/govmeta/core/report"))) {
            approved = files.filter(p -> p.getFileName().toString().matches("ReportFormatsTest\\..*sarif.*\\.approved\\.txt")).sorted().toList();
        }
        assertThat(approved).hasSizeGreaterThanOrEqualTo(2);
        for (Path report : approved) {
            Path copy = dir.resolve(report.getFileName().toString().replace(".approved.txt", ".sarif"));
            Files.copy(report, copy);
            assertThat(problems(copy)).as(report.toString()).isEmpty();
        }
    }

    @Test
    void aRunOnFilesOutsideTheWorkingDirectoryHasNoErrorOrWarning() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("ที่อื่น"));
        Files.copy(TestRecords.ROOT.resolve("examples/invalid/buddhist-era-date.json"), elsewhere.resolve("วันที่.json"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Files.copy(TestRecords.ROOT.resolve("examples/invalid/missing-title.json"), work.resolve("missing-title.json"));
        Path sarif = work.resolve("govmeta.sarif");
        Govmeta.validate(ValidationRequest.builder(work).noConfig(true)
                .inputs(List.of(elsewhere.toString(), "missing-title.json"))
                .report(new ReportTarget("sarif", sarif)).build());
        JsonNode log = JsonMapper.builder().build().readTree(sarif.toFile());
        List<String> uris = new ArrayList<>();
        log.at("/runs/0/results").forEach(r -> uris.add(r.at("/locations/0/physicalLocation/artifactLocation/uri").asString()));
        assertThat(uris).anyMatch(u -> u.startsWith("file:///")).contains("missing-title.json");
        assertThat(problems(sarif)).isEmpty();
    }

    /** The validator's results of level error or warning, as "RULE message-id arguments". */
    private List<String> problems(Path sarif) throws Exception {
        assertThat(Files.exists(TOOL)).as("Microsoft's SARIF validator at " + TOOL
                + " (the build installs it with npm ci in src/test/sarif-multitool)").isTrue();
        TOOL.toFile().setExecutable(true);
        Path out = dir.resolve(sarif.getFileName() + ".validation.sarif");
        Process p = new ProcessBuilder(TOOL.toString(), "validate", sarif.toString(), "--output", out.toString(),
                "--log", "ForceOverwrite", "--level", "Error;Warning", "--kind", "Fail")
                .redirectErrorStream(true).redirectOutput(dir.resolve("multitool.log").toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("sarif-multitool finished").isTrue();
        assertThat(p.exitValue()).as(Files.readString(dir.resolve("multitool.log"))).isZero();
        List<String> found = new ArrayList<>();
        JsonMapper.builder().build().readTree(out.toFile()).at("/runs/0/results").forEach(r ->
                found.add(r.path("ruleId").asString() + " " + r.at("/message/id").asString() + " " + r.at("/message/arguments")));
        return found;
    }
}
