package org.stockpile.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import org.junit.jupiter.api.Test;

/**
 * The library's logging without any configuration of the user's: warnings and errors on stderr,
 * set up in code (Logback's XML reader never loads), and a user's own configuration still wins.
 */
class LogbackDefaultsTest {

  @Test
  void withoutAConfigurationOfTheUsersWarningsGoToStderrAndNoXmlIsRead() throws Exception {
    LoggerContext context = new LoggerContext();
    new ContextInitializer(context).autoConfig();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertEquals(Level.WARN, root.getLevel());
    ConsoleAppender<?> stderr = (ConsoleAppender<?>) root.getAppender("stderr");
    assertEquals("System.err", stderr.getTarget());
    assertEquals(LogbackDefaults.PATTERN,
        ((ch.qos.logback.classic.PatternLayout) ((LayoutWrappingEncoder<?>) stderr.getEncoder()).getLayout())
            .getPattern());
    assertFalse(context.getLogger("org.stockpile").isInfoEnabled());
    assertNull(LogbackDefaults.class.getClassLoader().getResource("logback.xml"), "no logback.xml in the jar");
  }

  @Test
  void aConfigurationFileNamedByTheUserIsLeftToLogback() {
    String before = System.getProperty("logback.configurationFile");
    System.setProperty("logback.configurationFile", "their-logback.xml");
    try {
      LoggerContext context = new LoggerContext();
      LogbackDefaults defaults = new LogbackDefaults();
      defaults.setContext(context);
      assertEquals(ExecutionStatus.INVOKE_NEXT_IF_ANY, defaults.configure(context));
      assertTrue(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("stderr") == null, "nothing set up");
    } finally {
      if (before == null) {
        System.clearProperty("logback.configurationFile");
      } else {
        System.setProperty("logback.configurationFile", before);
      }
    }
  }
}
