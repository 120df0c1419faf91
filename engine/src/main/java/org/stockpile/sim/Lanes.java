package org.stockpile.sim;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel's lanes: replicates stepped side by side, one per element of the processor's
 * widest vector of doubles (8 with AVX-512, 4 with AVX2), through the JDK's Vector API
 * ({@code jdk.incubator.vector}; the JVM needs {@code --add-modules jdk.incubator.vector}).
 *
 * <p>Vector code keeps the scalar semantics exactly, so that a replicate's numbers are the same
 * bits whatever the vector width: {@code min(a, b)} is written {@code a.blend(b, a.compare(GT, b))}
 * ({@code a <= b ? a : b}; the API's {@code min} orders -0.0 before 0.0), and masked operations
 * leave other lanes as they were. Per-lane flags are doubles (1 or 0) rather than booleans: masks
 * load and store through them as plain vectors.
 *
 * <p>Vectors never cross a method boundary of ours: a vector passed to or returned from a method
 * that C2 did not inline (a small helper can be compiled on its own first, and then be "already
 * compiled into a medium method") is boxed on the heap, which costs more than the SIMD saves.
 * Values that live from one step of the day to the next go through small lane arrays; within a
 * step, sums are carried in vectors. {@code KernelBenchmark -prof gc} shows any boxing as
 * allocation.
 */
final class Lanes {
  static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  /** Replicates per vector: a kernel's lanes when it runs on vectors ({@link LaneWidth}). */
  static final int COUNT = SPECIES.length();

  private Lanes() {
  }

  /**
   * Zeroes a lane array with one vector store: a vector read of values written one lane at a
   * time (as {@link java.util.Arrays#fill} does) waits for the stores to retire instead of
   * forwarding them.
   */
  static void clear(double[] lanes) {
    DoubleVector.zero(SPECIES).intoArray(lanes, 0);
  }

  /** As {@link #clear(double[])}, the lanes from {@code at}. */
  static void clear(double[] lanes, int at) {
    DoubleVector.zero(SPECIES).intoArray(lanes, at);
  }
}
