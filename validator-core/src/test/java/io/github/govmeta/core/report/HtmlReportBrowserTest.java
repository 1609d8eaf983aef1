package io.github.govmeta.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.finding.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The HTML report in a real browser (Debian's headless Chromium; {@code .ci/run} installs it): the page
 * renders its counts and Thai messages, the severity filter applied from the URL hides the other
 * findings, and a screenshot is saved as {@code target/html-report.png}.
 */
class HtmlReportBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static Path page;

    @BeforeAll
    static void writeReport() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "html-report"));
        page = dir.resolve("report.html").toAbsolutePath();
        Files.writeString(page, ReportFormatsTest.render("html", false, Lang.TH), StandardCharsets.UTF_8);
    }

    private static String chromium(String... args) throws Exception {
        // a missing browser fails the test loudly: .ci/run installs Debian's chromium
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (apt-get install chromium fonts-thai-tlwg)").isTrue();
        List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + Files.createTempDirectory("chromium")));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    @Test
    void rendersCountsVerdictAndThaiMessages() throws Exception {
        String dom = chromium("--dump-dom", page.toUri().toString());
        assertThat(dom).contains("<b id=\"count-error\">5</b>")
                .contains("<b id=\"count-warning\">2</b>")
                .contains("<b id=\"count-suppressed\">1</b>")
                .contains("ยังไม่พร้อมลงทะเบียน")
                .contains("ต้องระบุชื่อชุดข้อมูล (title)")
                .doesNotContain("<script>alert");
    }

    @Test
    void severityFilterHidesTheOtherFindings() throws Exception {
        String dom = chromium("--dump-dom", page.toUri() + "?severity=warning");
        assertThat(dom).contains("class=\"finding sev-warning\" data-severity=\"warning\"")
                .contains("class=\"finding sev-error hidden\" data-severity=\"error\"")
                .doesNotContain("class=\"finding sev-warning hidden\"");
        String byRule = chromium("--dump-dom", page.toUri() + "?rule=GDC-REQ-title");
        assertThat(byRule).contains("data-rule=\"GDC-DATE-BE-last_updated_date\"")
                .contains("class=\"finding sev-error hidden\" data-severity=\"error\" data-rule=\"GDC-DATE-BE-last_updated_date\"")
                .contains("class=\"finding sev-error\" data-severity=\"error\" data-rule=\"GDC-REQ-title\"");
    }

    @Test
    void screenshot() throws Exception {
        Path png = Path.of("target", "html-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        chromium("--screenshot=" + png, "--window-size=1280,1600", page.toUri().toString());
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
