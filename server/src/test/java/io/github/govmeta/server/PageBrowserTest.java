package io.github.govmeta.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A reviewer's visit in Debian's headless Chromium driven by Selenium: the form, an upload, the Thai
 * verdict and counts, the SARIF download, a screenshot under {@code target/screenshots}. A missing browser
 * or driver fails the test ({@code .ci/run} installs {@code chromium} and {@code chromium-driver}).
 */
class PageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();

    private static GovmetaServer server;
    private static WebDriver browser;
    private static Path downloads;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (apt-get install chromium)").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("ChromeDriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)").isTrue();
        server = GovmetaServer.start(ServerConfig.of("127.0.0.1", 0));
        downloads = Files.createTempDirectory("govmeta-downloads");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1400",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aReviewerUploadsAFileReadsTheThaiVerdictAndDownloadsTheSarif() throws Exception {
        Path file = Http.EXAMPLES.resolve("invalid/bad-maintainer-email.json");
        JsonNode expected = JsonMapper.builder().build().readTree(new Http(server)
                .multipart("/api/v1/validate", List.of(Http.Part.file(file))).body());
        String base = "http://127.0.0.1:" + server.port();

        browser.manage().window().setSize(new Dimension(412, 915));
        browser.get(base + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ตรวจคำอธิบายชุดข้อมูล (metadata) ตามมาตรฐานบัญชีข้อมูลภาครัฐ");
        screenshot("serve-form-phone.png");

        browser.manage().window().setSize(new Dimension(1280, 1400));
        browser.findElement(By.id("file")).sendKeys(file.toString());
        browser.findElement(By.id("submit")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));

        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("ยังไม่พร้อมลงทะเบียน");
        assertThat(browser.findElement(By.id("count-error")).getText()).isEqualTo(expected.at("/summary/errors").asString());
        assertThat(browser.findElement(By.id("count-warning")).getText()).isEqualTo(expected.at("/summary/warnings").asString());
        assertThat(browser.findElement(By.id("count-datasets")).getText()).isEqualTo("1");
        String thaiMessage = expected.at("/findings/0/messages/th").asString();
        assertThat(browser.findElements(By.cssSelector("li.finding")).stream().map(e -> e.getText()))
                .anyMatch(text -> text.contains(thaiMessage));
        screenshot("serve-report.png");

        // the report's own script runs under the CSP (its hash is listed): unticking errors hides them
        browser.findElement(By.cssSelector(".filters input[value=error]")).click();
        assertThat(browser.findElements(By.cssSelector("li.finding.sev-error")))
                .isNotEmpty().allSatisfy(li -> assertThat(li.isDisplayed()).isFalse());

        browser.findElement(By.id("download-sarif")).click();
        Path sarif = downloads.resolve("govmeta-report.sarif");
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Files.isRegularFile(sarif));
        JsonNode log = JsonMapper.builder().build().readTree(Files.readString(sarif));
        assertThat(log.get("version").asString()).isEqualTo("2.1.0");
        assertThat(log.at("/runs/0/results").size()).isEqualTo(expected.get("findings").size());
    }

    private static void screenshot(String name) throws Exception {
        File png = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
