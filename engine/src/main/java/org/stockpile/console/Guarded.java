package org.stockpile.console;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every command shares: the {@code --debug} option, the log's options ({@link LogOptions})
 * and turning failures into messages and exit codes ({@link Failures}). Commands mix it in with
 * {@code @Mixin}.
 */
public final class Guarded {
  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Mixin
  LogOptions logging;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** Runs {@code body}, mapping its failures to exit codes. */
  public int run(Callable<Integer> body) {
    return Failures.guard(err(), debug, body);
  }

  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  public PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
