package org.stockpile.sim;

import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LT;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernel's lanes: replicates stepped side by side, one per element of the processor's
 * widest vector of doubles (8 with AVX-512, 4 with AVX2), through the JDK's Vector API
 * ({@code jdk.incubator.vector}; the JVM needs {@code --add-modules jdk.incubator.vector}).
 *
 * <p>The helpers keep the kernel's scalar semantics exactly, so that a replicate's numbers are the
 * same bits whatever the vector width: {@code min(a, b)} is {@code a <= b ? a : b} (not
 * {@link Math#min}, which orders -0.0 before 0.0), and masked operations leave other lanes as they
 * were.
 */
final class Lanes {
  static final VectorSpecies<Double> SPECIES = DoubleVector.SPECIES_PREFERRED;
  /** Replicates per kernel. */
  static final int COUNT = SPECIES.length();

  private Lanes() {
  }

  static DoubleVector load(double[] array, int offset) {
    return DoubleVector.fromArray(SPECIES, array, offset);
  }

  static DoubleVector of(double value) {
    return DoubleVector.broadcast(SPECIES, value);
  }

  static DoubleVector zero() {
    return DoubleVector.zero(SPECIES);
  }

  /** {@code a <= b ? a : b} in every lane. */
  static DoubleVector smaller(DoubleVector a, DoubleVector b) {
    return a.blend(b, a.compare(GT, b));
  }

  /** {@code a >= b ? a : b} in every lane. */
  static DoubleVector larger(DoubleVector a, DoubleVector b) {
    return a.blend(b, a.compare(LT, b));
  }
}
