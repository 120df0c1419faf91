package org.stockpile.sim;

import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Random streams side by side: one {@link StreamGenerator} per entry ({@code i x LANES + lane}),
 * its state in arrays, so that a vector of lanes steps every lane's stream at once, with the
 * integer arithmetic of {@link StreamGenerator#nextLong()} (exact in every lane, so each lane's
 * numbers are those of its stream alone).
 */
final class StreamLanes {
  private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class, Lanes.SPECIES.vectorShape());
  private static final int LANES = Lanes.COUNT;

  private final long[] addend;
  private final long[] lcg;
  private final long[] x0;
  private final long[] x1;
  private final StreamGenerator seeding = new StreamGenerator();

  /** {@code count x LANES} streams. */
  StreamLanes(int count) {
    addend = new long[count * LANES];
    lcg = new long[count * LANES];
    x0 = new long[count * LANES];
    x1 = new long[count * LANES];
  }

  /** Restarts stream {@code i} from {@code seed}, as {@link StreamGenerator#reseed(long)}. */
  void reseed(int i, long seed) {
    seeding.reseed(seed);
    addend[i] = seeding.addend;
    lcg[i] = seeding.lcg;
    x0[i] = seeding.x0;
    x1[i] = seeding.x1;
  }

  /**
   * Draws the next number of the streams {@code at .. at + LANES - 1} and writes each as a
   * uniform number in (0, 1) to {@code uniform[at + lane]}: {@link PortableMath#uniform} of
   * {@link StreamGenerator#nextLong()}, as {@code (1 + k 2^-52) - 1 + 2^-53} from the top 52 bits k
   * (the same value: both are exact).
   */
  void nextUniforms(int at, double[] uniform) {
    final LongVector state = LongVector.fromArray(LONGS, lcg, at);
    final LongVector first = LongVector.fromArray(LONGS, x0, at);
    final LongVector second = LongVector.fromArray(LONGS, x1, at);
    LongVector z = state.add(first);
    z = z.lanewise(XOR, z.lanewise(LSHR, 32)).mul(StreamGenerator.MIX_MULTIPLIER);
    z = z.lanewise(XOR, z.lanewise(LSHR, 32)).mul(StreamGenerator.MIX_MULTIPLIER);
    z = z.lanewise(XOR, z.lanewise(LSHR, 32));
    state.mul(StreamGenerator.LCG_MULTIPLIER).add(LongVector.fromArray(LONGS, addend, at)).intoArray(lcg, at);
    final LongVector mixed = second.lanewise(XOR, first);
    first.lanewise(ROL, 24).lanewise(XOR, mixed).lanewise(XOR, mixed.lanewise(LSHL, 16)).intoArray(x0, at);
    mixed.lanewise(ROL, 37).intoArray(x1, at);
    z.lanewise(LSHR, 12).or(0x3ff0_0000_0000_0000L).reinterpretAsDoubles().sub(1).add(0x1.0p-53)
        .intoArray(uniform, at);
  }
}
