package org.stockpile.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Each chart of a report as a PNG for slides ({@code ID.png}, twice the CSS resolution), drawn by
 * headless Chromium from a page holding that chart alone, so it looks as in the report. The
 * folder is written beside its place and renamed into it at the end.
 */
final class PngCharts {
  /** Room for the chart's title and caption, in CSS pixels. */
  private static final int MARGIN = 110;

  private PngCharts() {
  }

  static List<Path> write(Page page, Path folder, int width) throws ReportException {
    Chromium chromium = Chromium.find().orElseThrow(() -> new ReportException("--png draws the charts with Chromium, "
        + "which this machine does not have: install it (Debian: apt-get install chromium) or set "
        + "STOCKPILE_CHROMIUM to its path"));
    Path staging = folder.resolveSibling("." + folder.getFileName() + ".partial-" + ProcessHandle.current().pid());
    try {
      Chromium.deleteQuietly(staging);
      Files.createDirectories(staging);
      List<Path> written = new ArrayList<>();
      for (Chart chart : page.charts()) {
        Path html = staging.resolve(chart.id() + ".html");
        Files.writeString(html, page.htmlOf(chart, width));
        chromium.screenshot(html, staging.resolve(chart.id() + ".png"), width + 40, chart.height() + MARGIN);
        Files.delete(html);
        written.add(folder.resolve(chart.id() + ".png"));
      }
      if (Files.exists(folder)) {
        Chromium.deleteQuietly(folder);
      }
      try {
        Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(staging, folder);
      }
      return written;
    } catch (IOException e) {
      throw new ReportException("cannot write the charts into " + folder + ": " + e.getMessage(), e);
    } finally {
      Chromium.deleteQuietly(staging);
    }
  }
}
