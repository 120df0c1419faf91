package org.stockpile.sim;

import static jdk.incubator.vector.VectorOperators.LSHL;
import static jdk.incubator.vector.VectorOperators.LSHR;
import static jdk.incubator.vector.VectorOperators.ROL;
import static jdk.incubator.vector.VectorOperators.XOR;

import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link StreamLanes} stepped a whole vector of lanes at once: the integer arithmetic of
 * {@link StreamGenerator#nextLong()}, exact in every lane, so each lane's numbers are the bits of
 * the lane-by-lane path.
 */
final class VectorStreamLanes extends StreamLanes {
  private static final VectorSpecies<Long> LONGS = VectorSpecies.of(long.class, Lanes.SPECIES.vectorShape());

  VectorStreamLanes(int count) {
    super(count);
  }

  /**
   * As {@link StreamLanes#nextUniforms}, on one vector: {@link PortableMath#uniform} of the next
   * number as {@code (1 + k 2^-52) - 1 + 2^-53} from its top 52 bits k (the same value: both are exact).
   */
  @Override
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
