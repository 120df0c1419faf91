package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * A report opened in Debian's headless Chromium through its chromedriver: fails on any console
 * error or failed (or blocked) request, and checks that every chart drew an SVG with marks in it.
 * Without Chromium the test is skipped, except on CI ({@code CI} set), where it fails: CI
 * installs Chromium ({@code .ci/run}).
 */
final class Browser implements AutoCloseable {
  private static final long WAIT_MILLIS = 30_000;

  private final ChromeDriver driver;
  private final Path profile;

  private Browser(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  static Browser open() throws Exception {
    Optional<Chromium> chromium = Chromium.find();
    Optional<Path> chromedriver = chromedriver();
    boolean ci = System.getenv("CI") != null;
    if (chromium.isEmpty() || chromedriver.isEmpty()) {
      String missing = "Chromium and chromedriver are needed (Debian: apt-get install chromium chromium-driver)";
      if (ci) {
        fail(missing);
      }
      Assumptions.abort(missing);
    }
    Path profile = Files.createTempDirectory("stockpile-browser-test-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.get().binary().toFile());
    options.addArguments(Chromium.quietFlags(profile));
    options.addArguments("--window-size=1200,900");
    options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  private static Optional<Path> chromedriver() {
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromedriver")));
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      candidates.add(Path.of(folder, "chromedriver"));
    }
    return candidates.stream().filter(Files::isExecutable).findFirst();
  }

  /** Opens {@code page}, waits for its charts, and checks them and the console; returns how many charts it has. */
  int check(Path page) throws Exception {
    driver.get(page.toAbsolutePath().toUri().toString());
    JavascriptExecutor js = driver;
    long deadline = System.currentTimeMillis() + WAIT_MILLIS;
    String charts;
    String rendered;
    do {
      Thread.sleep(100);
      charts = (String) js.executeScript("return document.body.dataset.charts || null;");
      rendered = (String) js.executeScript("return document.body.dataset.rendered || null;");
    } while ((charts == null || !charts.equals(rendered)) && System.currentTimeMillis() < deadline);
    List<String> severe = new ArrayList<>();
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      if (entry.getLevel().intValue() >= Level.WARNING.intValue()) {
        severe.add(entry.getLevel() + " " + entry.getMessage());
      }
    }
    assertEquals(List.of(), severe, page + ": console errors or failed requests");
    Object errors = js.executeScript("return (window.reportErrors || []).join(' | ');");
    assertEquals("", errors, page + ": errors the page noted");
    assertTrue(charts != null && Integer.parseInt(charts) > 0, page + ": no charts");
    assertEquals(charts, rendered, page + ": charts drawn");
    @SuppressWarnings("unchecked")
    // Per chart: the SVG's drawn elements, and the data points of its series.
    List<Object> marks = (List<Object>) js.executeScript("return Array.from(document.querySelectorAll('.chart'))"
        + ".map(function (el) { var svg = el.querySelector('svg'); var chart = echarts.getInstanceByDom(el);"
        + " var points = chart ? (chart.getOption().series || []).reduce(function (sum, s) {"
        + " return sum + (s.data ? s.data.length : 0); }, 0) : 0;"
        + " return el.id + '=' + (svg ? svg.querySelectorAll('path, rect').length : 0) + '=' + points; });");
    for (Object mark : marks) {
      String[] counts = mark.toString().split("=");
      assertTrue(Integer.parseInt(counts[1]) > 5, page + ": chart " + counts[0] + " drew nothing");
      assertTrue(Integer.parseInt(counts[2]) > 0, page + ": chart " + counts[0] + " has no data");
    }
    assertEquals(Integer.parseInt(charts), marks.size(), page + ": every chart has its element");
    return marks.size();
  }

  /** Runs {@code script} (a function body; {@code return} gives its value) in the page last checked. */
  Object run(String script) {
    return driver.executeScript(script);
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      Chromium.deleteQuietly(profile);
    }
  }
}
