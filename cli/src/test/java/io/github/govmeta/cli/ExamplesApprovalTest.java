package io.github.govmeta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, {@code govmeta validate examples/}, run in-process: its reports in Thai
 * and English, text and JSON, are approved files. Any change to a rule, a message or a location shows
 * up here as a diff to review.
 */
class ExamplesApprovalTest {
    private static final Path ROOT = CliRun.ROOT;

    private static CliRun validate(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "validate";
        all[1] = "--no-timing";
        all[2] = "--no-config";
        System.arraycopy(args, 0, all, 3, args.length);
        all[all.length - 1] = "examples";
        return CliRun.run(ROOT, all);
    }

    @Test
    void textThai() {
        CliRun r = validate("--lang", "th");
        assertThat(r.exitCode()).isEqualTo(1);
        Approvals.verify(r.out());
    }

    @Test
    void textEnglish() {
        Approvals.verify(validate("--lang", "en").out());
    }

    @Test
    void json() {
        Approvals.verify(validate("--format", "json", "--lang", "en").out().replaceAll("\"version\" : \"[^\"]*\"", "\"version\" : \"(version)\""),
                new Options().forFile().withExtension(".json"));
    }

    @Test
    void validExamplesPass() {
        CliRun r = CliRun.run(ROOT, "validate", "--no-config", "--fail-on", "warning", "examples/valid");
        assertThat(r.exitCode()).as(r.out()).isEqualTo(0);
        assertThat(r.out()).contains("ตรวจ 8 ไฟล์ 8 ชุดข้อมูล: ข้อผิดพลาด 0 คำเตือน 0");
    }

    @Test
    void governanceProfileOnTheExamplesAsksForTheDisclosureLevel() {
        CliRun r = CliRun.run(ROOT, "validate", "--no-config", "--no-timing", "--lang", "en",
                "--profile", "th-gdc-governance@1.0.0", "examples/valid/record-moph-health-facilities.json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("GOV-REQ-disclosure").doesNotContain("GDC-");
    }
}
