package org.stockpile.sim;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import org.stockpile.check.WorldValidator;
import org.stockpile.model.World;

/**
 * What {@code LaneWidthTest} runs in JVMs of other vector widths and instruction sets, and in one
 * without the Vector API: prints the lane count, digests of every metric of random scenarios run
 * through the kernel, and (with the Vector API) how many noise values differ from
 * {@link PortableMath}'s scalar bits and digests of random worlds. The same
 * digests in every JVM mean a replicate's numbers do not depend on the processor's vectors.
 */
final class LaneWidthProbe {
  /** {mu, sigma} of the noise checks, from everyday noise to the clamps of the exponential. */
  static final double[][] PARAMETERS = {{-0.045, 0.3}, {0, 1}, {-2, 0.05}, {300, 60}, {-300, 60}, {0, 100}};
  private static final int REPLICATES = 16;

  private LaneWidthProbe() {
  }

  public static void main(String[] args) throws Exception {
    System.out.println("lanes " + Kernel.LANES);
    System.out.println("kernel " + kernelDigest());
    // Without the Vector API, an economy's kernel runs lane by lane; noise lanes and worlds need it.
    if (VectorApi.available()) {
      System.out.println("noise-mismatches " + noiseMismatches());
      System.out.println("world " + worldDigest());
    }
  }

  /**
   * {@code count} (a multiple of 8) uniform numbers: the edges of the quantile's branches and of
   * (0, 1) first, then random ones.
   */
  static double[] uniforms(int count) {
    double[] values = new double[count];
    double farTail = StrictMath.exp(-25);
    double[] edges = {0x1.0p-53, 1 - 0x1.0p-53, 0.5, 0.5 - 0x1.0p-53, 0.5 + 0x1.0p-53, 0.075, Math.nextUp(0.075),
        Math.nextDown(0.075), 0.925, Math.nextUp(0.925), Math.nextDown(0.925), farTail, Math.nextUp(farTail),
        Math.nextDown(farTail), 1 - farTail, 1e-300, 0.3, 0.7, 0.999999, 1e-6};
    System.arraycopy(edges, 0, values, 0, edges.length);
    RandomGenerator random = RandomStreams.stream(5, 0, "test/lane-width-uniforms");
    for (int i = edges.length; i < count; i++) {
      values[i] = PortableMath.uniform(random.nextLong());
    }
    return values;
  }

  static int noiseMismatches() {
    return noiseMismatches(8_000);
  }

  /** How many of {@code count} uniforms' lognormal factors differ between the vector lanes and the scalar code. */
  static int noiseMismatches(int count) {
    double[] uniform = uniforms(count);
    int mismatches = 0;
    for (double[] p : PARAMETERS) {
      double[] noise = new double[uniform.length];
      double[] ratio = new double[2 * Kernel.LANES];
      for (int at = 0; at + Kernel.LANES <= uniform.length; at += Kernel.LANES) {
        NoiseLanes.lognormal(uniform, p[0], p[1], noise, at, ratio);
      }
      for (int i = 0; i < uniform.length; i++) {
        double scalar = PortableMath.lognormalQuantile(uniform[i], p[0], p[1]);
        mismatches += Double.doubleToRawLongBits(scalar) == Double.doubleToRawLongBits(noise[i]) ? 0 : 1;
      }
    }
    return mismatches;
  }

  /** Every metric of replicates 0 to 15 of random scenarios 1 to 10. */
  static String kernelDigest() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (long seed = 1; seed <= 10; seed++) {
      Kernel kernel = new Kernel(CompiledScenario.compile(RandomScenarios.generate(seed)));
      int width = kernel.layout().width();
      double[] metrics = new double[width * REPLICATES];
      for (int first = 0; first < REPLICATES; first += Kernel.LANES) {
        kernel.run(seed, first, Kernel.LANES, metrics, first * width, null, 0, null);
      }
      add(digest, metrics);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Every metric (each economy's and the world's) of replicates 0 to 15 of random worlds 1 to 6. */
  static String worldDigest() throws Exception {
    MessageDigest digest = MessageDigest.getInstance("SHA-256");
    for (long seed = 1; seed <= 6; seed++) {
      World world = WorldBalanceProperties.randomWorld(seed);
      CompiledWorld compiled = CompiledWorld.compile(WorldValidator.validated(world));
      WorldKernel kernel = new WorldKernel(compiled);
      int economies = compiled.economies.length;
      // Rows of every replicate, filled block by block: digested in the same order at any width.
      double[][] metrics = new double[economies][];
      for (int e = 0; e < economies; e++) {
        metrics[e] = new double[kernel.economy(e).layout().width() * REPLICATES];
      }
      double[] worldMetrics = new double[kernel.layout().width() * REPLICATES];
      for (int first = 0; first < REPLICATES; first += Kernel.LANES) {
        kernel.run(compiled.world.run().seed(), first, Kernel.LANES, metrics, first, null, 0, worldMetrics);
      }
      for (double[] economy : metrics) {
        add(digest, economy);
      }
      add(digest, worldMetrics);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static void add(MessageDigest digest, double[] values) {
    ByteBuffer buffer = ByteBuffer.allocate(values.length * Double.BYTES);
    for (double value : values) {
      buffer.putLong(Double.doubleToRawLongBits(value));
    }
    digest.update(buffer.array());
  }
}
