package org.stockpile.sim;

/**
 * Random streams side by side: one {@link StreamGenerator} per entry ({@code i x LANES + lane}),
 * its state in arrays, so that all lanes' streams step together. This class steps them lane by
 * lane; {@link VectorStreamLanes} steps a whole vector of lanes at once, with the same integer
 * arithmetic, so each lane's numbers are those of its stream alone on either path.
 */
class StreamLanes {
  static final int LANES = LaneWidth.COUNT;

  final long[] addend;
  final long[] lcg;
  final long[] x0;
  final long[] x1;
  private final StreamGenerator seeding = new StreamGenerator();

  /** {@code count x LANES} streams. */
  StreamLanes(int count) {
    addend = new long[count * LANES];
    lcg = new long[count * LANES];
    x0 = new long[count * LANES];
    x1 = new long[count * LANES];
  }

  /** Restarts stream {@code i} from {@code seed}, as {@link StreamGenerator#reseed(long)}. */
  final void reseed(int i, long seed) {
    seeding.reseed(seed);
    addend[i] = seeding.addend;
    lcg[i] = seeding.lcg;
    x0[i] = seeding.x0;
    x1[i] = seeding.x1;
  }

  /**
   * Draws the next number of the streams {@code at .. at + LANES - 1} and writes each as a
   * uniform number in (0, 1) to {@code uniform[at + lane]}: {@link PortableMath#uniform} of
   * {@link StreamGenerator#nextLong()}.
   */
  void nextUniforms(int at, double[] uniform) {
    for (int i = at; i < at + LANES; i++) {
      final long z = StreamGenerator.mixLea64(lcg[i] + x0[i]);
      lcg[i] = StreamGenerator.LCG_MULTIPLIER * lcg[i] + addend[i];
      long first = x0[i];
      long mixed = x1[i] ^ first;
      x0[i] = Long.rotateLeft(first, 24) ^ mixed ^ (mixed << 16);
      x1[i] = Long.rotateLeft(mixed, 37);
      uniform[i] = PortableMath.uniform(z);
    }
  }
}
