package org.stockpile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Guarded;
import org.stockpile.report.Format;
import org.stockpile.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile report DIR}: a results folder as one HTML file, and its charts as PNGs. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Turns the results folder of a run, optimize or sweep into DIR/report.html: one self-contained "
        + "file (scripts, styles and data inlined) that opens offline and prints; with --png, also each chart as "
        + "DIR/charts/ID.png (drawn by headless Chromium). A world run's folder gives one page whose selector shows "
        + "the world market (price paths, suppliers' shares, groups) or one economy's report.")
final class ReportCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "DIR", description = "A results folder of stockpile run (of one economy, "
      + "of a world, or a world's economies/<id>), optimize or sweep.")
  Path folder;

  @Option(names = "--png", description = "Also write each chart as a PNG into DIR/charts/ (needs Chromium).")
  boolean png;

  @Option(names = "--force", description = "Replace an existing report.html (and charts/).")
  boolean force;

  @CommandLine.Mixin
  Guarded guarded;

  @Override
  public Integer call() {
    return guarded.run(() -> {
      PrintWriter stdout = guarded.out();
      List<Path> written = ReportWriter.write(folder, force, png);
      stdout.println("Report in " + written.getFirst());
      if (png) {
        stdout.println(Format.count(written.size() - 1, "chart") + " in " + folder.resolve(ReportWriter.PNG_FOLDER));
      }
      stdout.flush();
      return ExitCode.OK;
    });
  }
}
