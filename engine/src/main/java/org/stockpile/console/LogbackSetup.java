package org.stockpile.console;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.filter.Filter;
import ch.qos.logback.core.joran.spi.JoranException;
import ch.qos.logback.core.spi.FilterReply;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Logging} on Logback: replaces what Logback was set up with (by default {@link LogbackDefaults}:
 * warnings on stderr) for one command, and sets it up as before afterwards. Loaded only when
 * Logback is SLF4J's provider.
 */
final class LogbackSetup {
  private LogbackSetup() {
  }

  static Runnable configure(org.slf4j.event.Level console, Path file) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.detachAndStopAllAppenders();
    Level shown = Level.toLevel(console.name());
    ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
    stderr.setTarget("System.err");
    stderr.addFilter(new Filter<>() {
      @Override
      public FilterReply decide(ILoggingEvent event) {
        return event.getMarkerList() != null && event.getMarkerList().contains(Logging.PRINTED) ? FilterReply.DENY
            : FilterReply.NEUTRAL;
      }
    });
    root.addAppender(started(context, stderr, shown, shown.toInt() <= Level.INFO_INT
        ? Logging.VERBOSE_CONSOLE_PATTERN : Logging.CONSOLE_PATTERN));
    Level lowest = shown;
    if (file != null) {
      FileAppender<ILoggingEvent> log = new FileAppender<>();
      log.setFile(file.toString());
      log.setAppend(true);
      root.addAppender(started(context, log, Level.INFO, Logging.FILE_PATTERN));
      lowest = shown.toInt() < Level.INFO_INT ? shown : Level.INFO;
    }
    // Other libraries' warnings and errors only; Stockpile's own events as low as an appender shows.
    root.setLevel(Level.WARN);
    context.getLogger("org.stockpile").setLevel(lowest);
    return () -> {
      context.reset();
      try {
        new ContextInitializer(context).autoConfig();
      } catch (JoranException e) {
        throw new IllegalStateException("Logback's configuration: " + e.getMessage(), e);
      }
    };
  }

  private static OutputStreamAppender<ILoggingEvent> started(LoggerContext context,
      OutputStreamAppender<ILoggingEvent> appender, Level threshold, String pattern) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(pattern);
    encoder.start();
    ThresholdFilter filter = new ThresholdFilter();
    filter.setLevel(threshold.toString());
    filter.start();
    appender.setContext(context);
    appender.setName(appender instanceof FileAppender ? "file" : "stderr");
    appender.setEncoder(encoder);
    appender.addFilter(filter);
    appender.start();
    return appender;
  }
}
