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
    void policyProfileOnItsExamplesAndThePublishGate() {
        CliRun r = CliRun.run(ROOT, "validate", "--no-config", "--no-timing", "--lang", "en", "--today", "2026-12-01",
                "--profile", "th-gdc-policy", "examples/policy");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(r.out()).contains("POL-LEAK-national-id", "POL-PDPA-lawful-basis", "POL-CATALOG-duplicate-name",
                        "POL-CATALOG-org-steward", "POL-REVIEW-overdue", "x-xxxx-xxxxx-81-1")
                .doesNotContain("1-1037-02071-81-1", "POL-PUBLISH-not-public", "GDC-", "GOV-")
                .endsWith("FAILED  5 files, 9 datasets: 18 errors, 8 warnings, 0 infos\n  Classification: first_trusted 1, public 8\n");

        CliRun valid = CliRun.run(ROOT, "validate", "--no-config", "--profile", "th-gdc-policy", "--today", "2026-12-01",
                "examples/policy/public-dlt-vehicle-registrations.json", "examples/policy/personal-nhso-ckd-registry.json");
        assertThat(valid.exitCode()).as(valid.out()).isEqualTo(0);
        CliRun gate = CliRun.run(ROOT, "validate", "--no-config", "--no-timing", "--lang", "en", "--profile", "th-gdc-policy",
                "--today", "2026-12-01", "--target", "public",
                "examples/policy/public-dlt-vehicle-registrations.json", "examples/policy/personal-nhso-ckd-registry.json");
        assertThat(gate.exitCode()).isEqualTo(1);
        assertThat(gate.out()).contains("34:3    error   This dataset is classified 'ลับ' and cannot be published"
                + " (levels that may be published: public)  POL-PUBLISH-not-public");
        CliRun unknown = CliRun.run(ROOT, "validate", "--no-config", "--target", "intranet", "examples/valid");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("has no export target 'intranet'");
    }

    @Test
    void governanceProfileOnTheExamplesAsksForTheDisclosureLevel() {
        CliRun r = CliRun.run(ROOT, "validate", "--no-config", "--no-timing", "--lang", "en",
                "--profile", "th-gdc-governance@1.0.0", "examples/valid/record-moph-health-facilities.json");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("GOV-REQ-disclosure").doesNotContain("GDC-");
    }
}
