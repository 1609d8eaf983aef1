package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code govmeta fix} from the command line: the README's dry run on the examples, and a fix of a copy. */
class FixCommandTest {
    @TempDir
    Path dir;

    @Test
    void dryRunOnTheInvalidExamplesShowsTheDiffsAndWritesNothing() throws IOException {
        byte[] before = Files.readAllBytes(CliRun.ROOT.resolve("examples/invalid/buddhist-era-date.json"));

        CliRun r = CliRun.run(CliRun.ROOT, "fix", "--dry-run", "--no-timing", "--no-config", "examples/invalid");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).isEmpty();
        assertThat(Files.readAllBytes(CliRun.ROOT.resolve("examples/invalid/buddhist-era-date.json"))).isEqualTo(before);
        Approvals.verify(r.out());
    }

    @Test
    void fixOnACopyOfTheExamplesLeavesWhatNoRuleCanFixAndExitsAsValidateWould() throws IOException {
        copyExamples();

        CliRun fixed = CliRun.run(dir, "fix", "--no-timing", "--no-config", "--lang", "en", "examples");
        CliRun validated = CliRun.run(dir, "validate", "--no-timing", "--no-config", "--lang", "en", "examples");

        assertThat(fixed.exitCode()).isEqualTo(1).isEqualTo(validated.exitCode());
        assertThat(fixed.out()).contains("examples/invalid/buddhist-era-date.json: fixed\n"
                + "  43  \"2567-03-01\" -> \"2024-03-01\"  GDC-DATE-BE-last_updated_date\n",
                "examples/dcat/invalid-catalog.ttl: RDF not rewritten\n",
                "govmeta fix: fixed 5 value(s) in 4 file(s); not fixable safely: 0\n");
        // the report of what remains is validate's report of the fixed files
        assertThat(fixed.out()).contains(validated.out());
        assertThat(validated.out()).doesNotContain("GDC-DATE-BE-last_updated_date  moph-hospital-beds /last_updated_date", "'รายปี'  GDC-VOCAB-update_frequency_unit  dlt-vehicle-registrations /update_frequency_unit")
                .contains("GDC-VOCAB-data_type", "FAILED  45 files, 68 datasets: 33 errors, 6 warnings, 0 infos");
        assertThat(Files.readString(dir.resolve("examples/invalid/frequency-not-in-list.json"))).contains("\"update_frequency_unit\": \"ปี\",");
    }

    @Test
    void aRuleWithoutAFixOrAnUnknownRuleIsAUsageError() {
        CliRun unknown = CliRun.run(CliRun.ROOT, "fix", "--dry-run", "--rule", "GDC-NOPE", "examples/invalid");
        CliRun noFix = CliRun.run(CliRun.ROOT, "fix", "--dry-run", "--rule", "GDC-REQ-title", "examples/invalid");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).isEqualTo("govmeta fix: --rule: no rule GDC-NOPE in th-gdc@1.0.0\n");
        assertThat(noFix.exitCode()).isEqualTo(2);
        assertThat(noFix.err()).isEqualTo("govmeta fix: --rule: GDC-REQ-title declares no fix\n");
    }

    private void copyExamples() throws IOException {
        Path from = CliRun.ROOT.resolve("examples");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.sorted().toList()) {
                Path to = dir.resolve("examples").resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
    }
}
