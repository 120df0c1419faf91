package org.stockpile.sim;

/**
 * The kernel computes with the JDK's Vector API, an incubating module the JVM loads only when
 * asked ({@code --add-modules jdk.incubator.vector}; the {@code ./stockpile} launcher, the tests
 * and the benchmarks ask). This class touches nothing of it, so it can say so plainly when the
 * module is missing, instead of a {@link NoClassDefFoundError} from the middle of a run.
 */
public final class VectorApi {
  static final String MODULE = "jdk.incubator.vector";

  private VectorApi() {
  }

  /** Whether this JVM was started with the Vector API module. */
  public static boolean available() {
    return ModuleLayer.boot().findModule(MODULE).isPresent();
  }

  /** What to do when it is not. */
  public static String missingMessage() {
    return "the simulation kernel needs the JDK's Vector API: start Java with --add-modules " + MODULE
        + " (./stockpile does)";
  }

  /** Throws an {@link IllegalStateException} saying what to do when the module is missing. */
  public static void require() {
    if (!available()) {
      throw new IllegalStateException(missingMessage());
    }
  }
}
