package org.stockpile.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Headless Chromium, found on this machine: {@code STOCKPILE_CHROMIUM} if set, else Debian's
 * {@code /usr/bin/chromium} or a {@code chromium}, {@code chromium-browser} or
 * {@code google-chrome} on the PATH. Started with a fresh profile and without background
 * networking, so it makes no request of its own.
 */
public final class Chromium {
  private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
  private static final long TIMEOUT_SECONDS = 60;

  private final Path binary;

  private Chromium(Path binary) {
    this.binary = binary;
  }

  /** The Chromium of this machine, if it has one. */
  public static Optional<Chromium> find() {
    String configured = System.getenv("STOCKPILE_CHROMIUM");
    if (configured != null && !configured.isBlank()) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(new Chromium(path)) : Optional.empty();
    }
    List<Path> candidates = new ArrayList<>(List.of(Path.of("/usr/bin/chromium")));
    String searchPath = System.getenv("PATH");
    if (searchPath != null) {
      for (String folder : searchPath.split(java.io.File.pathSeparator)) {
        for (String name : NAMES) {
          candidates.add(Path.of(folder, name));
        }
      }
    }
    return candidates.stream().filter(Files::isExecutable).findFirst().map(Chromium::new);
  }

  public Path binary() {
    return binary;
  }

  /** The flags every headless start takes (a fresh profile in {@code profile}). */
  public static List<String> quietFlags(Path profile) {
    return List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile);
  }

  /** Renders {@code page} (an HTML file) and saves what a window of that size shows as {@code png}. */
  void screenshot(Path page, Path png, int width, int height) throws ReportException {
    Path profile = null;
    try {
      profile = Files.createTempDirectory("stockpile-chromium-");
      List<String> command = new ArrayList<>(List.of(binary.toString()));
      command.addAll(quietFlags(profile));
      command.addAll(List.of("--hide-scrollbars", "--force-device-scale-factor=2", "--virtual-time-budget=3000",
          "--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(),
          page.toAbsolutePath().toUri().toString()));
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new ReportException("Chromium did not draw " + page.getFileName() + " within " + TIMEOUT_SECONDS + " s");
      }
      if (process.exitValue() != 0 || !Files.isRegularFile(png)) {
        throw new ReportException("Chromium could not draw " + page.getFileName() + " (exit " + process.exitValue()
            + ")");
      }
    } catch (IOException e) {
      throw new ReportException("cannot run " + binary + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReportException("interrupted while Chromium drew " + page.getFileName(), e);
    } finally {
      deleteQuietly(profile);
    }
  }

  static void deleteQuietly(Path root) {
    if (root == null) {
      return;
    }
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | java.io.UncheckedIOException ignored) {
      // A temporary profile left behind is harmless.
    }
  }
}
