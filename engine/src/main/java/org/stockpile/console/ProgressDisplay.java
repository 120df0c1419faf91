package org.stockpile.console;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/** A progress bar on stderr, shown only when stderr is a terminal (so never in CI logs). */
public final class ProgressDisplay implements AutoCloseable {
  private static volatile boolean logsOnConsole;
  private final ProgressBar bar;

  private ProgressDisplay(ProgressBar bar) {
    this.bar = bar;
  }

  public static ProgressDisplay forReplicates(long total) {
    return of("replicates", total);
  }

  public static ProgressDisplay forGenerations(long total) {
    return of("generations", total);
  }

  public static ProgressDisplay forPoints(long total) {
    return of("points", total);
  }

  /** Whether the log shows milestones on stderr (--verbose): they replace the bar, which they would break. */
  static void logsOnConsole(boolean shown) {
    logsOnConsole = shown;
  }

  private static ProgressDisplay of(String task, long total) {
    if (!isTerminal() || logsOnConsole) {
      return new ProgressDisplay(null);
    }
    ProgressBar bar = new ProgressBarBuilder()
        .setTaskName(task)
        .setInitialMax(total)
        .setUpdateIntervalMillis(200)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .clearDisplayOnFinish()
        .build();
    return new ProgressDisplay(bar);
  }

  static boolean isTerminal() {
    java.io.Console console = System.console();
    return console != null && console.isTerminal();
  }

  public void update(long done) {
    if (bar != null) {
      synchronized (bar) {
        bar.stepTo(Math.max(done, bar.getCurrent()));
      }
    }
  }

  /** Shown after the bar (for example the best objective so far). */
  public void note(String message) {
    if (bar != null) {
      synchronized (bar) {
        bar.setExtraMessage(message);
      }
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
