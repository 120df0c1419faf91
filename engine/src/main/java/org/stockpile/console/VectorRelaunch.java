package org.stockpile.console;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.sim.VectorApi;

/**
 * Starting the command again in a JVM that has the Vector API, for work that gains from it.
 *
 * <p>A JVM started with the Vector API (an incubating module) starts slower: the JDK cannot keep
 * its module graph, and so the classes the {@code ./stockpile} launcher's start-up cache holds, in
 * an ahead-of-time cache, and the vector kernel takes seconds of compilation before it runs fast.
 * So the launcher starts without it (and with the JIT's quick compiler only: the work left to it
 * is short), and an economy's kernel runs lane by lane (the same numbers). A command that will
 * simulate much, or a world (whose kernel needs vectors), then runs again in a child JVM with the
 * module and the optimising compiler, with the same arguments, output and exit code. The launcher
 * allows this by setting {@code STOCKPILE_VECTORS=auto}; otherwise (a test, a program calling the
 * command line, {@code STOCKPILE_VECTORS=never}) the command runs where it is.
 */
public final class VectorRelaunch {
  /** The environment variable that allows a relaunch ({@code auto}). */
  public static final String VARIABLE = "STOCKPILE_VECTORS";
  /**
   * Simulated material-days (replicates x days x materials) from which a run goes to the Vector
   * API: below, the lane-by-lane kernel finishes before the vector kernel would be compiled
   * (measured in benchmarks/README.md, "The first second").
   */
  public static final long WORTH_VECTORS = 20_000_000L;
  private static final Logger LOG = LoggerFactory.getLogger(VectorRelaunch.class);

  private VectorRelaunch() {
  }

  /** Whether this JVM lacks the Vector API and may start the command again with it. */
  public static boolean allowed() {
    return !VectorApi.available() && "auto".equals(System.getenv(VARIABLE));
  }

  /** Whether {@code materialDays} of simulation gain from a relaunch here. */
  public static boolean worthIt(long materialDays) {
    return allowed() && materialDays >= WORTH_VECTORS;
  }

  /**
   * Runs {@code main} with {@code arguments} (this command line's) in a child JVM with the Vector
   * API and the same JVM options, standard streams and environment, and returns its exit code. The
   * child is stopped if this JVM is.
   */
  public static int relaunch(Class<?> main, List<String> arguments, String why)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      // A start-up cache is made for one set of modules: the child's differ. The child does the
      // long work, for which it needs the JIT's optimising compiler.
      if (!option.startsWith("-XX:AOTCache") && !option.startsWith("-XX:AOTMode")
          && !option.startsWith("-XX:TieredStopAtLevel")) {
        command.add(option);
      }
    }
    command.add("--add-modules=" + VectorApi.MODULE);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(arguments);
    LOG.info("{}: continuing in a JVM with the Vector API", why);
    Process child = new ProcessBuilder(command).inheritIO().start();
    Thread stop = new Thread(child::destroy, "stop-vector-jvm");
    Runtime.getRuntime().addShutdownHook(stop);
    try {
      return child.waitFor();
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(stop);
      } catch (IllegalStateException shuttingDown) {
        // The hook runs.
      }
    }
  }
}
