package fi.lape.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.lape.core.Group;
import fi.lape.examples.SampleData;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

/**
 * The sample's HTML report as a person sees it, in Debian's headless Chromium driven by Selenium
 * through Debian's chromedriver (nothing is downloaded: the driver's path is set, so Selenium
 * Manager never runs). Install them with {@code apt-get update && apt-get install -y chromium
 * chromium-driver}; without them this test is skipped. The screenshot is written to {@code
 * examples/target/report-screenshot.png}; with {@code -Dlape.updateScreenshot=true} also to
 * {@code docs/report-screenshot.png}, the one the README shows.
 */
class HtmlReportBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dir;
  private static ChromeDriverService service;
  private static ChromeDriver browser;
  private static Path report;

  @BeforeAll
  static void openTheSampleReport() throws Exception {
    Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "Debian's chromium and chromium-driver are not installed: run `apt-get update &&"
            + " apt-get install -y chromium chromium-driver` to check the HTML report in a"
            + " browser");
    report = dir.resolve("report.html");
    Cli run = Cli.run("assess", "--lang", "fi", "--format", "html", "--output",
        report.toString());
    assertEquals(ExitCode.NON_COMPLIANT, run.exitCode, run.toString());
    assertEquals("", run.out, "--output writes the report to the file only");

    service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1200,1800",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    browser.get(report.toUri().toString());
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.quit();
    }
    if (service != null) {
      service.stop();
    }
  }

  private static WebElement group(String id) {
    return browser.findElement(By.cssSelector("section.group[data-group='" + id + "']"));
  }

  @Test
  void showsTheFinnishReportWithEveryGroupAndItsVerdict() {
    assertEquals("LAPE-arvio", browser.getTitle());
    assertEquals("LAPE-arvio", browser.findElement(By.tagName("h1")).getText());
    assertTrue(browser.findElement(By.className("summary")).getText()
        .startsWith("Arvioitiin 16 ryhmää: vaatimukset täyttää 14, ei täytä 2."));
    for (Group g : SampleData.dataset().groups()) {
      WebElement section = group(g.id());
      assertTrue(section.isDisplayed(), g.id());
      String expected = g.id().equals("varkaus-lape")
          || g.id().equals("paijat-hame-nuorten-neuvonantajat")
          ? "ei täytä vaatimuksia" : "täyttää vaatimukset";
      assertEquals(expected, section.findElement(By.cssSelector(".group-head .verdict"))
          .getText(), g.id());
    }
    WebElement failing = group("varkaus-lape").findElement(By.cssSelector(".group-head .verdict"));
    assertEquals("rgba(179, 38, 30, 1)", failing.getCssValue("color"));
    assertEquals("rgba(251, 228, 226, 1)", failing.getCssValue("background-color"));
    WebElement passing = group("orimattila-lape")
        .findElement(By.cssSelector(".group-head .verdict"));
    assertEquals("rgba(227, 244, 232, 1)", passing.getCssValue("background-color"));
  }

  @Test
  void theGridColoursWhoCountsTowardWhatAndWhatIsMissing() {
    WebElement varkaus = group("varkaus-lape");
    // Varkaus has no NGO or parish: LAPE-M03's row is missing, every cell empty and pale red.
    WebElement m03 = varkaus.findElement(By.cssSelector("tr[data-requirement='LAPE-M03']"));
    assertEquals("unmet", m03.getAttribute("class"));
    assertEquals("puuttuu", m03.findElement(By.cssSelector("td.status")).getText());
    assertEquals("rgba(179, 38, 30, 1)",
        m03.findElement(By.cssSelector("td.status")).getCssValue("background-color"));
    List<WebElement> cells = m03.findElements(By.cssSelector("td.cell"));
    assertEquals(4, cells.size(), "one column per member on the day");
    for (WebElement cell : cells) {
      assertEquals("cell off", cell.getAttribute("class"));
      assertEquals("rgba(251, 228, 226, 1)", cell.getCssValue("background-color"));
    }
    // Education is covered by members 1, 2 and 4 (as in the text report): filled green cells.
    WebElement m01 = varkaus.findElement(By.cssSelector("tr[data-requirement='LAPE-M01']"));
    List<String> filled = m01.findElements(By.cssSelector("td.cell")).stream()
        .map(c -> c.getAttribute("class")).collect(Collectors.toList());
    assertEquals(List.of("cell on", "cell on", "cell off", "cell on"), filled);
    WebElement on = m01.findElement(By.cssSelector("td.cell.on"));
    assertEquals("rgba(27, 122, 58, 1)", on.getCssValue("background-color"));
    assertEquals("täyttyy", m01.findElement(By.cssSelector("td.status")).getText());
  }

  @Test
  void findingsTimelineAndMembersReadInFinnish() {
    WebElement varkaus = group("varkaus-lape");
    List<String> headings = varkaus.findElements(By.tagName("h3")).stream()
        .map(WebElement::getText).collect(Collectors.toList());
    assertEquals(List.of("Kattavuus: vaatimukset ja arviointipäivän jäsenet",
        "Jäsenet (numerot kuten taulukossa)", "Vaatimustenmukaisuus edeltävän vuoden aikana",
        "Havainnot", "Ehdotukset"), headings);
    // lape suggest's advice, for the groups that do not comply only.
    assertTrue(varkaus.findElement(By.cssSelector("ul.suggestions")).getText()
        .contains("LAPE-M03"), varkaus.findElement(By.cssSelector("ul.suggestions")).getText());
    assertTrue(group("orimattila-lape").findElements(By.cssSelector("ul.suggestions"))
        .isEmpty());
    WebElement m03 = varkaus.findElement(By.cssSelector(".finding[data-rule='LAPE-M03']"));
    assertTrue(m03.getText().startsWith("VIRHE LAPE-M03\n"), m03.getText());
    assertTrue(m03.findElement(By.className("message")).getText().contains("LAPE-M03"),
        m03.getText());
    assertTrue(m03.findElement(By.className("citation")).getText()
        .startsWith("Lähde: Päijät-Hämeen LAPE-ohjausryhmä"), m03.getText());
    assertTrue(varkaus.findElement(By.cssSelector("svg.timeline rect")).isDisplayed());
    assertTrue(varkaus.findElement(By.cssSelector("ol.intervals")).getText()
        .contains("ei täytä vaatimuksia; virheet: LAPE-M03"),
        varkaus.findElement(By.cssSelector("ol.intervals")).getText());
    assertTrue(varkaus.findElement(By.cssSelector("table.members")).getText()
        .contains("m-varkaus-lape-01"));
  }

  @Test
  void printsOnA4WithEachGroupOnItsOwnPages() throws Exception {
    PrintOptions print = new PrintOptions();
    print.setPageSize(new PageSize(29.7, 21.0));
    print.setBackground(true);
    byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(print).getContent());
    Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(
        new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1));
    int count = 0;
    while (pages.find()) {
      count++;
    }
    // The overview, then every one of the 16 groups from a new page.
    assertTrue(count >= 17, count + " pages");
  }

  @Test
  void takesTheScreenshotTheReadmeShows() throws Exception {
    Path shot = Path.of("target", "report-screenshot.png");
    Files.createDirectories(shot.getParent());
    // The failing Varkaus group: its verdict, the grid with the missing requirement, the timeline
    // and the findings with their sources.
    File file = group("varkaus-lape").getScreenshotAs(OutputType.FILE);
    Files.copy(file.toPath(), shot, StandardCopyOption.REPLACE_EXISTING);
    byte[] png = Files.readAllBytes(shot);
    assertTrue(png.length > 10_000 && png[1] == 'P' && png[2] == 'N' && png[3] == 'G');
    if (Boolean.getBoolean("lape.updateScreenshot")) {
      Path docs = Path.of("..", "docs", "report-screenshot.png");
      Files.createDirectories(docs.getParent());
      Files.copy(shot, docs, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
