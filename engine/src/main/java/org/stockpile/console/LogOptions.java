package org.stockpile.console;

import java.nio.file.Path;
import org.slf4j.event.Level;
import picocli.CommandLine.Option;

/**
 * How much a command tells on stderr, and where it keeps a log: warnings by default, only errors
 * with {@code --quiet}, what it does with {@code --verbose} ({@code -vv}: details), and with
 * {@code --log-file FILE} a record (INFO and above, with times) appended to FILE whatever stderr
 * shows. Results never go to the log: they stay on stdout.
 */
public final class LogOptions {
  @Option(names = {"-q", "--quiet"}, description = "Only errors on stderr, no warnings.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"},
      description = "Also settings, milestones and timings on stderr; -vv adds details (each run of a sweep point).")
  boolean[] verbose = new boolean[0];

  @Option(names = "--log-file", paramLabel = "FILE",
      description = "Append a log to FILE (created with its folders): settings, milestones, timings, warnings and "
          + "errors, with times; for scheduled jobs.")
  Path logFile;

  /** The lowest level shown on stderr. */
  public Level consoleLevel() {
    if (quiet) {
      return Level.ERROR;
    }
    return switch (verbose.length) {
      case 0 -> Level.WARN;
      case 1 -> Level.INFO;
      default -> Level.DEBUG;
    };
  }

  /** The file to append the log to, or null. */
  public Path logFile() {
    return logFile;
  }

  /** Refuses --quiet with --verbose. */
  public void check() throws Failures.UsageException {
    if (quiet && verbose.length > 0) {
      throw new Failures.UsageException("--quiet and --verbose are exclusive: give one");
    }
  }
}
