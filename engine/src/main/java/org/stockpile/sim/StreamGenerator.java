package org.stockpile.sim;

import java.util.random.RandomGenerator;

/**
 * A random generator that can be re-seeded in place, so that starting a replicate allocates
 * nothing. It is the LXM "L64X128Mix" algorithm of JEP 356 (a 64-bit LCG added to a
 * xoroshiro128 generator, through the lea64 mixing function): the same algorithm as the JDK's
 * {@code L64X128MixRandom}, written out here only because the JDK's generators cannot be
 * re-seeded. Every other method ({@code nextDouble}, {@code nextGaussian}...) is the JDK's
 * default, derived from {@link #nextLong()}.
 */
final class StreamGenerator implements RandomGenerator {
  static final long LCG_MULTIPLIER = 0xd1342543de82ef95L;
  static final long MIX_MULTIPLIER = 0xdaba0b6eb09322e3L;

  // The state ({@link StreamLanes} copies it when it seeds a stream of its own).
  long addend;
  long lcg;
  long x0;
  long x1;

  /** Restarts the stream from {@code seed}; equal seeds give equal streams. */
  void reseed(long seed) {
    // Spread the seed over the state with SplitMix64 steps; the xoroshiro part must not be all zero.
    long z = seed;
    addend = RandomStreams.mix(z += 0x9E3779B97F4A7C15L) | 1;
    lcg = RandomStreams.mix(z += 0x9E3779B97F4A7C15L);
    x0 = RandomStreams.mix(z += 0x9E3779B97F4A7C15L);
    x1 = RandomStreams.mix(z + 0x9E3779B97F4A7C15L);
    if ((x0 | x1) == 0) {
      x1 = 1;
    }
  }

  @Override
  public long nextLong() {
    long result = mixLea64(lcg + x0);
    lcg = LCG_MULTIPLIER * lcg + addend;
    long q0 = x0;
    long q1 = x1;
    q1 ^= q0;
    x0 = Long.rotateLeft(q0, 24) ^ q1 ^ (q1 << 16);
    x1 = Long.rotateLeft(q1, 37);
    return result;
  }

  /** The lea64 mixing function, of the sum of the LCG state and the first xoroshiro word. */
  static long mixLea64(long z) {
    z = (z ^ (z >>> 32)) * MIX_MULTIPLIER;
    z = (z ^ (z >>> 32)) * MIX_MULTIPLIER;
    return z ^ (z >>> 32);
  }
}
