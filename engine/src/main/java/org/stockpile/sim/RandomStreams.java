package org.stockpile.sim;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Independent, reproducible random streams: each stream is seeded by a fixed hash of (scenario
 * seed, replicate index, purpose), so what a replicate draws never depends on the thread that ran
 * it, on the number of threads, or on what the policy decided (common random numbers).
 *
 * <p>The hash is SplitMix64's finaliser applied to the seed, the replicate and the FNV-1a hash of
 * the purpose's UTF-8 bytes; the generator is the JDK's {@code L64X128MixRandom}. Both are fixed:
 * changing either changes every number Stockpile produces.
 */
public final class RandomStreams {
  private static final RandomGeneratorFactory<RandomGenerator> FACTORY =
      RandomGeneratorFactory.of("L64X128MixRandom");

  private RandomStreams() {
  }

  /** A new generator for {@code purpose} (e.g. {@code "demand/cobalt"}) in {@code replicate}. */
  public static RandomGenerator stream(long seed, long replicate, String purpose) {
    return FACTORY.create(streamSeed(seed, replicate, purpose));
  }

  /** The 64-bit seed of a stream: a fixed function of its three coordinates. */
  public static long streamSeed(long seed, long replicate, String purpose) {
    long h = mix(seed ^ 0x5851F42D4C957F2DL);
    h = mix(h ^ (replicate * 0x9E3779B97F4A7C15L));
    return mix(h ^ fnv1a(purpose));
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  static long fnv1a(String text) {
    long hash = 0xCBF29CE484222325L;
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      hash ^= b & 0xFF;
      hash *= 0x100000001B3L;
    }
    return hash;
  }

  /** A uniform draw in the open interval (0, 1), safe for inverse distribution functions. */
  static double openUniform(RandomGenerator random) {
    double u;
    do {
      u = random.nextDouble();
    } while (u == 0.0);
    return u;
  }
}
