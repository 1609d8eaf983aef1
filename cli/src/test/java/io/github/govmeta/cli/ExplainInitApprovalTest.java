package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code govmeta explain} and {@code govmeta init} print and write, as approved files. */
class ExplainInitApprovalTest {
    @TempDir
    Path dir;

    @Test
    void explainInThai() {
        CliRun r = CliRun.run(dir, "explain", "--no-config", "GDC-DATE-BE-last_updated_date");
        assertThat(r.exitCode()).isEqualTo(0);
        Approvals.verify(r.out());
    }

    @Test
    void explainInEnglish() {
        CliRun r = CliRun.run(dir, "explain", "--no-config", "--lang", "en", "GDC-OTHER-objective");
        assertThat(r.exitCode()).isEqualTo(0);
        Approvals.verify(r.out());
    }

    @Test
    void explainAGovernanceRule() {
        CliRun r = CliRun.run(dir, "explain", "--no-config", "--lang", "en", "--profile", "th-gdc-governance", "GOV-DISCLOSURE-personal-data");
        assertThat(r.exitCode()).isEqualTo(0);
        Approvals.verify(r.out());
    }

    @Test
    void initOutputAndFiles() throws Exception {
        CliRun r = CliRun.run(dir, "init");
        assertThat(r.exitCode()).isEqualTo(0);
        Approvals.verify(r.out() + "\n--- .govmeta.yaml\n" + Files.readString(dir.resolve(".govmeta.yaml")),
                new Options().forFile().withExtension(".txt"));
        CliRun check = CliRun.run(dir, "validate", "--no-timing", "example-dataset.json");
        assertThat(check.exitCode()).as(check.out() + check.err()).isEqualTo(0);
    }
}
