package fi.lape.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Dataset;
import fi.lape.core.policy.Policies;
import fi.lape.core.report.AssessmentReport;
import fi.lape.core.report.GroupAssessment;
import fi.lape.json.LapeJson;
import fi.lape.rules.GroupAssessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web page at {@code /} in a real browser: Debian's headless Chromium, driven by Selenium
 * through Debian's chromedriver (named explicitly, so Selenium Manager never downloads one), with no
 * network but the loopback. Skipped, saying why, where Chromium or chromedriver is not installed
 * ({@code apt-get install -y chromium chromium-driver}).
 */
class WebPageBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final LocalDate DAY = LocalDate.of(2017, 11, 1);

  @TempDir static Path profile;
  private static LapeServer server;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "skipped: no headless Chromium at " + CHROMIUM + " and " + CHROMEDRIVER
            + " (apt-get install -y chromium chromium-driver)");
    server = LapeServer.builder().port(0).build().start();
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--lang=en-US", "--user-data-dir=" + profile.toAbsolutePath());
    browser = new ChromeDriver(service, options);
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
  void pickingADatasetShowsItsReport() {
    open("en");
    browser.findElement(By.id("file")).sendKeys(Http.SAMPLE.toAbsolutePath().normalize()
        .toString());
    awaitDone();

    Dataset sample = LapeJson.standard().readDataset(Http.sample());
    AssessmentReport expected = GroupAssessor.of(Policies.nationalBaseline()).assess(sample, DAY);
    long compliant = expected.groups().stream().filter(GroupAssessment::isCompliant).count();
    assertEquals(expected.groups().size() + " groups assessed: " + compliant + " compliant, "
        + (expected.groups().size() - compliant) + " non-compliant",
        browser.findElement(By.id("status")).getText());
    List<WebElement> cards = browser.findElements(By.cssSelector("article.group"));
    assertEquals(expected.groups().size(), cards.size());
    GroupAssessment varkaus = expected.group("varkaus-lape").orElseThrow();
    WebElement card = browser.findElement(By.cssSelector("article[data-group='varkaus-lape']"));
    assertEquals(varkaus.findings().size(), card.findElements(By.cssSelector("tr.finding")).size());
    assertTrue(card.getText().contains(varkaus.findings().get(0).message(java.util.Locale.ENGLISH)),
        card.getText());
  }

  @Test
  void droppingABrokenFileShowsWhereItIsBrokenInFinnish() {
    open("fi");
    String broken = Http.sample().replaceFirst("\"MUNICIPAL_LAPE_GROUP\"", "\"LAPE_GROUP\"");
    // Selenium cannot drag a file from the desktop; the page's drop handler gets the same event.
    ((JavascriptExecutor) browser).executeScript(
        "const data = new DataTransfer();"
            + "data.items.add(new File([arguments[0]], 'broken.json', {type: 'application/json'}));"
            + "document.getElementById('drop').dispatchEvent("
            + "new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));",
        broken);
    awaitDone();
    assertTrue(browser.findElement(By.id("status")).getText().startsWith("Asiakirja ei kelpaa"),
        browser.findElement(By.id("status")).getText());
    List<WebElement> problems = browser.findElements(By.cssSelector("#problems li"));
    assertFalse(problems.isEmpty());
    assertTrue(problems.get(0).getText().matches("rivi \\d+, sarake \\d+, kohta /groups/\\d+/kind: .*"),
        problems.get(0).getText());
    assertTrue(browser.findElements(By.cssSelector("article.group")).isEmpty());
  }

  private static void open(String language) {
    browser.get(server.uri().toString());
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    wait.until(d -> !d.findElements(By.cssSelector("#policy option")).isEmpty());
    ((JavascriptExecutor) browser).executeScript(
        "const l = document.getElementById('language'); l.value = arguments[0];"
            + "l.dispatchEvent(new Event('change'));"
            + "document.getElementById('asOf').value = arguments[1];"
            + "delete document.body.dataset.state;",
        language, DAY.toString());
  }

  private static void awaitDone() {
    new WebDriverWait(browser, Duration.ofSeconds(30))
        .until(d -> "done".equals(d.findElement(By.tagName("body")).getDomAttribute("data-state")));
  }
}
