package org.stockpile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * What every command shares: the {@code --debug} option, the log's options ({@link LogOptions})
 * and turning failures into messages and exit codes ({@link Failures}). Commands mix it in with
 * {@code @Mixin}.
 */
final class Guarded {
  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Mixin
  LogOptions logging;

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec spec;

  /** Runs {@code body}, mapping its failures to exit codes. */
  int run(Callable<Integer> body) {
    return Failures.guard(err(), debug, body);
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
