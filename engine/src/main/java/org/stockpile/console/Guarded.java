package org.stockpile.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
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

  /**
   * As {@link #run}, in a child JVM with the Vector API when this one may start one
   * ({@link VectorRelaunch#allowed()}): for commands that simulate much, or simulate a world.
   */
  public int runWithVectors(String command, Callable<Integer> body) {
    return run(() -> VectorRelaunch.allowed() ? relaunch(command) : body.call());
  }

  /** The whole command line again, in a JVM with the Vector API ({@link VectorRelaunch}); its exit code. */
  public int relaunch(String why) throws IOException, InterruptedException {
    return VectorRelaunch.relaunch(spec.root().userObject().getClass(),
        spec.root().commandLine().getParseResult().originalArgs(), why);
  }

  public PrintWriter out() {
    return spec.commandLine().getOut();
  }

  public PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
