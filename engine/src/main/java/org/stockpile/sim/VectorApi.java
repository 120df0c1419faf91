package org.stockpile.sim;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * The kernel computes with the JDK's Vector API, an incubating module the JVM loads only when
 * asked ({@code --add-modules jdk.incubator.vector}; the tests, the benchmarks and the
 * {@code ./stockpile} launcher for long work ask: see {@code VectorRelaunch}). Without it
 * an economy's kernel steps its lanes one by one, with the same numbers (see {@link Kernel}); a
 * world's kernel needs it. This class touches nothing of the module, so it can say so plainly when
 * the module is missing, instead of a {@link NoClassDefFoundError} from the middle of a run.
 */
public final class VectorApi {
  private static final AtomicBoolean WARNED = new AtomicBoolean();
  public static final String MODULE = "jdk.incubator.vector";

  private VectorApi() {
  }

  /** Whether this JVM was started with the Vector API module. */
  public static boolean available() {
    return ModuleLayer.boot().findModule(MODULE).isPresent();
  }

  /** What to do when it is not. */
  public static String missingMessage() {
    return "a world of several economies needs the JDK's Vector API: start Java with --add-modules " + MODULE
        + " (./stockpile does unless STOCKPILE_VECTORS=never)";
  }

  /**
   * Whether this processor computes fused multiply-adds in hardware (HotSpot's {@code UseFMA};
   * true when the JVM does not say). Without it, {@link Math#fma} and the Vector API's fused
   * multiply-add give the same bits through a much slower exact path, and the demand noise
   * ({@link PortableMath}) runs many times slower.
   */
  public static boolean fusedMultiplyAddInHardware() {
    try {
      HotSpotDiagnosticMXBean diagnostics = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
      return diagnostics == null || !"false".equals(diagnostics.getVMOption("UseFMA").getValue());
    } catch (IllegalArgumentException | LinkageError unknown) {
      return true;
    }
  }

  /**
   * Throws a {@link Missing} saying what to do when the module is missing; warns once when fused
   * multiply-adds are not in hardware (the same numbers, slower).
   */
  public static void require() {
    if (!available()) {
      throw new Missing();
    }
    warnWithoutFusedMultiplyAdd();
  }

  /** What needs the Vector API was asked of a JVM without it: a problem of how Java was started, not a bug. */
  public static final class Missing extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    Missing() {
      super(missingMessage());
    }
  }

  /** Warns once when fused multiply-adds are not in hardware (the same numbers, slower), on either path. */
  public static void warnWithoutFusedMultiplyAdd() {
    if (!WARNED.getAndSet(true) && !fusedMultiplyAddInHardware()) {
      LoggerFactory.getLogger(VectorApi.class).warn("this processor (or JVM, -XX:-UseFMA) has no fused multiply-add "
          + "instruction: the results are the same, but demand noise is computed many times slower");
    }
  }
}
