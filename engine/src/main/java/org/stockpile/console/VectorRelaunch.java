package org.stockpile.console;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
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
  /** The environment variable through which a relaunched JVM knows the JVM that started it. */
  private static final String PARENT = "STOCKPILE_PARENT_PID";
  /** How long a stopped parent waits for its child to end. */
  private static final long STOP_SECONDS = 10;
  /** The exit status of a child whose parent is gone (as after SIGTERM). */
  private static final int ORPHANED = 143;
  /**
   * The JVM options passed on to the child: not the start-up cache's (made for other modules), the
   * quick compiler's limit (the child does long work), agents and debuggers (they would take the
   * same port or file twice), nor recordings and logs written to files.
   */
  private static final Predicate<String> PASSED_ON = option -> !option.startsWith("-XX:AOT")
      && !option.startsWith("-XX:TieredStopAtLevel") && !option.startsWith("-XX:SharedArchiveFile")
      && !option.startsWith("-XX:ArchiveClassesAtExit") && !option.startsWith("-Xshare")
      && !option.startsWith("-agentlib") && !option.startsWith("-agentpath") && !option.startsWith("-javaagent")
      && !option.startsWith("-Xrunjdwp") && !option.startsWith("-Xdebug")
      && !option.startsWith("-XX:StartFlightRecording") && !option.startsWith("-XX:FlightRecorderOptions")
      && !option.startsWith("-Xlog");

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
      if (PASSED_ON.test(option)) {
        command.add(option);
      }
    }
    command.add("--add-modules=" + VectorApi.MODULE);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(arguments);
    LOG.info("{}: continuing in a JVM with the Vector API", why);
    ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
    // The options these variables held are among this JVM's input arguments, passed on above.
    builder.environment().remove("JAVA_TOOL_OPTIONS");
    builder.environment().remove("JDK_JAVA_OPTIONS");
    builder.environment().put(VARIABLE, "always");
    builder.environment().put(PARENT, Long.toString(ProcessHandle.current().pid()));
    Process child = builder.start();
    Thread stop = new Thread(() -> {
      child.destroy();
      try {
        child.waitFor(STOP_SECONDS, TimeUnit.SECONDS);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    }, "stop-vector-jvm");
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

  /**
   * In a JVM started by {@link #relaunch}: ends it, as a terminal's Ctrl-C would, when the JVM that
   * started it is gone (killed without a chance to stop it), so that no simulation runs on orphaned.
   */
  public static void endWithParent() {
    String parent = System.getenv(PARENT);
    if (parent == null) {
      return;
    }
    try {
      ProcessHandle.of(Long.parseLong(parent)).ifPresentOrElse(
          handle -> handle.onExit().thenRun(() -> System.exit(ORPHANED)),
          () -> System.exit(ORPHANED));
    } catch (NumberFormatException ignored) {
      // Not ours.
    }
  }
}
