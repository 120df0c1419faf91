package org.stockpile.console;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.MarkerFactory;
import org.slf4j.event.Level;
import org.stockpile.output.Manifest;
import org.stockpile.output.OutputException;
import picocli.CommandLine;

/**
 * The command line's log, set up from a command's {@link LogOptions} before it runs and put back
 * after: stderr shows what the options ask for, {@code --log-file} appends INFO and above with
 * times, thread and logger. Stockpile logs through SLF4J; this class configures the library
 * behind it through a {@link Backend} (Logback for {@code stockpile}, Spark's log4j 2 for
 * {@code stockpile-spark}).
 */
public final class Logging {
  /** Marks an event the command line has already printed on stderr: it goes to the log file only. */
  public static final Marker PRINTED = MarkerFactory.getMarker("PRINTED");
  /** Lines of the log file: ISO time with offset, level, thread, logger, message. */
  public static final String FILE_PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %-5level [%thread] %logger - %msg%n";
  /** Lines on stderr: the level and the message, with the time once --verbose. */
  public static final String CONSOLE_PATTERN = "%-5level %msg%n";
  public static final String VERBOSE_CONSOLE_PATTERN = "%d{HH:mm:ss.SSS} %-5level %msg%n";

  private static final Logger LOG = LoggerFactory.getLogger(Logging.class);
  private static volatile boolean active;

  private Logging() {
  }

  /** The logging library behind SLF4J, configured for one command. */
  @FunctionalInterface
  public interface Backend {
    /**
     * Shows events of {@code console} and above on stderr, and with a {@code file} appends INFO
     * and above to it (the file can be written: checked before); returns what puts the library
     * back as it was.
     */
    Runnable configure(Level console, Path file);
  }

  /** Logback, when it is SLF4J's provider (as in {@code stockpile}); otherwise leaves the provider alone. */
  public static Backend logback() {
    return "ch.qos.logback.classic.LoggerContext".equals(LoggerFactory.getILoggerFactory().getClass().getName())
        ? LogbackSetup::configure : (console, file) -> () -> { };
  }

  /**
   * Runs the parsed command (as picocli's {@code RunLast}) with its log set up by {@code backend}
   * from the command's {@link LogOptions} (found among its mixins), then puts the log back. A log
   * file that cannot be written is a usage error (exit 2) and nothing runs.
   */
  public static CommandLine.IExecutionStrategy strategy(Backend backend) {
    return parsed -> {
      CommandLine.ParseResult command = parsed;
      while (command.hasSubcommand()) {
        command = command.subcommand();
      }
      LogOptions options = find(command.commandSpec());
      if (options == null || command.isUsageHelpRequested() || command.isVersionHelpRequested()) {
        return new CommandLine.RunLast().execute(parsed);
      }
      Runnable[] restore = {null};
      int started = Failures.guard(command.commandSpec().commandLine().getErr(), false, () -> {
        restore[0] = start(options, backend);
        return ExitCode.OK;
      });
      if (started != ExitCode.OK) {
        return started;
      }
      Instant start = Instant.now();
      LOG.info("stockpile {} (engine {}, Java {}, {} cores, pid {}, in {})", String.join(" ", parsed.originalArgs()),
          Manifest.currentEngineVersion(), Runtime.version(), Runtime.getRuntime().availableProcessors(),
          ProcessHandle.current().pid(), Path.of("").toAbsolutePath());
      int code = ExitCode.INTERNAL_ERROR;
      try {
        code = new CommandLine.RunLast().execute(parsed);
        return code;
      } finally {
        LOG.info("exit {} after {} s", code, Duration.between(start, Instant.now()).toMillis() / 1000.0);
        active = false;
        ProgressDisplay.logsOnConsole(false);
        restore[0].run();
      }
    };
  }

  /** Whether a command's log is set up (so that {@link Failures} logs what it prints). */
  static boolean active() {
    return active;
  }

  private static Runnable start(LogOptions options, Backend backend) throws Failures.UsageException, OutputException {
    options.check();
    Path file = options.logFile();
    if (file != null) {
      requireWritable(file);
    }
    Runnable restore = backend.configure(options.consoleLevel(), file);
    active = true;
    ProgressDisplay.logsOnConsole(options.consoleLevel().toInt() <= Level.INFO.toInt());
    return restore;
  }

  /** Creates {@code file} (and its folders) if needed, or says why it cannot be appended to. */
  private static void requireWritable(Path file) throws OutputException {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream stream = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
        stream.flush();
      }
    } catch (IOException | UnsupportedOperationException e) {
      String reason = e instanceof FileSystemException failed && failed.getReason() != null ? failed.getReason()
          : e instanceof AccessDeniedException ? "permission denied"
          : e instanceof FileAlreadyExistsException ? "a file is in the way: " + e.getMessage()
          : e instanceof NoSuchFileException ? "no such folder: " + e.getMessage() : e.getMessage();
      throw new OutputException("--log-file " + file + ": cannot write there (" + reason + ")", e);
    }
  }

  /** The command's log options, in its mixins or theirs. */
  private static LogOptions find(CommandLine.Model.CommandSpec spec) {
    for (CommandLine.Model.CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof LogOptions options) {
        return options;
      }
      LogOptions nested = find(mixin);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }
}
