package org.stockpile.spark;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.ConsoleAppender;
import org.apache.logging.log4j.core.appender.FileAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.DefaultConfiguration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.filter.MarkerFilter;
import org.apache.logging.log4j.core.layout.PatternLayout;
import org.stockpile.console.Logging;

/**
 * {@link Logging} on Spark's log4j 2 (the engine's SLF4J calls go there): Stockpile's own events
 * get their own stderr appender at the level of --quiet/--verbose and, with --log-file, a file
 * appender (INFO and above); Spark's events keep Spark's configuration (its level is set when
 * Spark starts: warnings, errors only with --quiet). Without a log4j 2 configuration of its own
 * (the {@code stockpile-spark} launcher), Spark's defaults are loaded first, as Spark would
 * when it starts, so that Spark does not replace this set-up later.
 */
final class SparkLogging {
  private static final String LOGGER = "org.stockpile";
  private static final String SPARK_DEFAULTS = "org/apache/spark/log4j2-defaults.properties";

  private SparkLogging() {
  }

  static Runnable configure(org.slf4j.event.Level console, Path file) {
    LoggerContext context = (LoggerContext) LogManager.getContext(false);
    if (context.getConfiguration() instanceof DefaultConfiguration) {
      URL defaults = SparkLogging.class.getClassLoader().getResource(SPARK_DEFAULTS);
      if (defaults != null) {
        try {
          context.setConfigLocation(defaults.toURI());
        } catch (URISyntaxException e) {
          throw new IllegalStateException(SPARK_DEFAULTS + ": " + e.getMessage(), e);
        }
      }
    }
    Configuration config = context.getConfiguration();
    Level shown = Level.valueOf(console.name());
    Appender stderr = ConsoleAppender.newBuilder().setName("stockpile-stderr")
        .setTarget(ConsoleAppender.Target.SYSTEM_ERR).setConfiguration(config)
        .setLayout(layout(config, shown.isMoreSpecificThan(Level.WARN) ? Logging.CONSOLE_PATTERN
            : Logging.VERBOSE_CONSOLE_PATTERN))
        .build();
    Filter printed = MarkerFilter.createFilter(Logging.PRINTED.getName(), Filter.Result.DENY, Filter.Result.NEUTRAL);
    Level lowest = file != null && shown.isMoreSpecificThan(Level.INFO) ? Level.INFO : shown;
    LoggerConfig stockpile = new LoggerConfig(LOGGER, lowest, false);
    stderr.start();
    stockpile.addAppender(stderr, shown, printed);
    Appender log = null;
    if (file != null) {
      log = FileAppender.newBuilder().setName("stockpile-file").withFileName(file.toString()).withAppend(true)
          .setConfiguration(config).setLayout(layout(config, Logging.FILE_PATTERN)).build();
      log.start();
      stockpile.addAppender(log, Level.INFO, null);
    }
    config.addLogger(LOGGER, stockpile);
    context.updateLoggers();
    Appender opened = log;
    return () -> {
      config.removeLogger(LOGGER);
      context.updateLoggers();
      stderr.stop();
      if (opened != null) {
        opened.stop();
      }
    };
  }

  private static PatternLayout layout(Configuration config, String pattern) {
    return PatternLayout.newBuilder().withConfiguration(config).withPattern(pattern).build();
  }
}
