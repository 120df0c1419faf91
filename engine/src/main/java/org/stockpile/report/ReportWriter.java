package org.stockpile.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.output.Durable;

/**
 * Writes {@code report.html} (and, when asked, each chart as {@code charts/ID.png}) into a result
 * folder (of a world run: one page for the world market and every economy): every file goes to a temporary name first and is renamed into place, and files already
 * there are replaced only with {@code force}.
 */
public final class ReportWriter {
  public static final String FILE = "report.html";
  public static final String PNG_FOLDER = "charts";
  /** Width of the PNGs, in CSS pixels (twice that in pixels). */
  static final int PNG_WIDTH = 1000;

  private ReportWriter() {
  }

  /** The report of the result folder at {@code path}, as a page (not yet written). */
  public static Page build(Path path) throws ReportException {
    OutputFolder folder = OutputFolder.open(path);
    return switch (folder.kind()) {
      case RUN -> RunReport.of(folder);
      case SWEEP -> SweepReport.of(folder);
      case OPTIMIZE -> OptimizeReport.of(folder);
      case WORLD -> WorldReport.of(folder);
    };
  }

  /** Checks, before any work, that the report may be written into {@code path}. */
  public static void checkWritable(Path path, boolean force, boolean png) throws ReportException {
    if (force) {
      return;
    }
    if (Files.exists(path.resolve(FILE))) {
      throw new ReportException(path.resolve(FILE) + " exists; add --force to replace it");
    }
    if (png && Files.exists(path.resolve(PNG_FOLDER))) {
      throw new ReportException(path.resolve(PNG_FOLDER) + " exists; add --force to replace its charts");
    }
  }

  /** Writes the report of {@code path} into it; returns the files written. */
  public static List<Path> write(Path path, boolean force, boolean png) throws ReportException {
    checkWritable(path, force, png);
    Page page = build(path);
    List<Path> written = new ArrayList<>();
    if (png) {
      written.addAll(PngCharts.write(page, path.resolve(PNG_FOLDER), PNG_WIDTH));
    }
    written.add(0, writeAtomically(path.resolve(FILE), page.html()));
    return written;
  }

  static Path writeAtomically(Path target, String text) throws ReportException {
    Path temporary = target.resolveSibling("." + target.getFileName() + ".partial-" + ProcessHandle.current().pid());
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      Durable.file(temporary);
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
      Durable.folder(target.toAbsolutePath().getParent());
      return target;
    } catch (IOException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException ignored) {
        // Best effort: a hidden temporary file, never a half-written report.
      }
      throw new ReportException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
