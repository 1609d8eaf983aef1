package io.github.govmeta.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.govmeta.core.ValidationRequest;
import io.github.govmeta.core.finding.Lang;
import io.github.govmeta.core.quality.NationalView;
import io.github.govmeta.core.quality.NationalViewWriter;
import io.github.govmeta.core.quality.Scoring;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The national view ({@code govmeta score --national DIR}) of the bundled examples, one agency per CKAN
 * organization, in Debian's headless Chromium driven by Selenium: the table has a row per agency with the
 * numbers of the view, sorts by a column when its header is clicked (both ways), and the score chart has a
 * bar per agency, the longest for the best agency. A missing browser or driver fails the test.
 */
class NationalViewBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();

    private static WebDriver browser;
    private static NationalView view;
    private static Path page;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM)).as("Chromium at " + CHROMIUM + " (apt-get install chromium)").isTrue();
        assertThat(Files.isExecutable(CHROMEDRIVER)).as("ChromeDriver at " + CHROMEDRIVER + " (apt-get install chromium-driver)").isTrue();
        Scoring.Outcome outcome = Scoring.score(ValidationRequest.builder(Http.EXAMPLES.getParent()).noConfig(true).timing(false)
                .today(LocalDate.of(2025, 1, 15)).inputs(List.of("examples")).build());
        view = outcome.national();
        Path dir = Files.createDirectories(Path.of("target/national-view").toAbsolutePath());
        NationalViewWriter.write(view, Lang.TH, dir);
        page = dir.resolve("national.html");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build(),
                options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static List<String> firstColumn() {
        return browser.findElements(By.cssSelector("#agencies tbody tr")).stream()
                .map(r -> r.findElements(By.tagName("td")).get(0).getText()).toList();
    }

    @Test
    void theTableSortsAndTheChartShowsEveryAgency() throws Exception {
        browser.get(page.toUri().toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("ภาพรวมคุณภาพคำอธิบายข้อมูลรายหน่วยงาน");
        assertThat(view.agencies()).hasSizeGreaterThan(10);
        assertThat(browser.findElement(By.id("agency-count")).getText()).isEqualTo(Integer.toString(view.agencies().size()));

        List<WebElement> rows = browser.findElements(By.cssSelector("#agencies tbody tr"));
        assertThat(rows).hasSize(view.agencies().size());
        WebElement bma = browser.findElement(By.cssSelector("#agencies tr[data-agency='bma']"));
        NationalView.Agency bmaNumbers = view.agencies().stream().filter(a -> a.id().equals("bma")).findFirst().orElseThrow();
        List<WebElement> cells = bma.findElements(By.tagName("td"));
        assertThat(cells.get(1).getText()).isEqualTo(Integer.toString(bmaNumbers.datasets()));
        assertThat(cells.get(2).getText()).endsWith("(" + bmaNumbers.passing() + ")");
        screenshot("national-view.png");

        List<String> byScore = view.agencies().stream().sorted(Comparator.comparingDouble((NationalView.Agency a) -> a.means().get(0))
                .reversed().thenComparing(NationalView.Agency::id)).map(NationalView.Agency::name).toList();
        WebElement thaiMean = browser.findElements(By.cssSelector("#agencies th")).get(3);
        assertThat(thaiMean.getText()).startsWith("thai");
        thaiMean.click();
        assertThat(thaiMean.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(firstColumn().get(0)).isEqualTo(byScore.get(0)).isEqualTo("กรมธนารักษ์");
        thaiMean.click();
        assertThat(thaiMean.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(firstColumn().get(0)).isEqualTo(byScore.get(byScore.size() - 1));
        browser.findElements(By.cssSelector("#agencies th")).get(0).click();
        assertThat(firstColumn()).hasSize(view.agencies().size());

        List<WebElement> bars = browser.findElements(By.cssSelector("#chart-score rect.bar"));
        assertThat(bars).hasSize(view.agencies().size());
        assertThat(bars.get(0).getAttribute("data-agency")).isEqualTo("treasury");
        int widest = bars.stream().mapToInt(b -> Integer.parseInt(b.getAttribute("width"))).max().orElseThrow();
        assertThat(Integer.parseInt(bars.get(0).getAttribute("width"))).isEqualTo(widest).isPositive();
        assertThat(browser.findElements(By.cssSelector("#chart-pass rect.bar"))).hasSize(view.agencies().size());
        assertThat(browser.findElements(By.cssSelector("#top-rules li"))).isNotEmpty();
    }

    private static void screenshot(String name) throws Exception {
        File png = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Files.createDirectories(SCREENSHOTS);
        Files.copy(png.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
