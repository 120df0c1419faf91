package org.stockpile.sim;

import java.nio.charset.StandardCharsets;
import java.util.random.RandomGenerator;

/**
 * Independent, reproducible random streams: each stream is seeded by a fixed hash of (scenario
 * seed, replicate index, purpose), so what a replicate draws never depends on the thread that ran
 * it, on the number of threads, or on what the policy decided (common random numbers).
 *
 * <p>The hash is SplitMix64's finaliser applied to the seed, the replicate and the FNV-1a hash of
 * the purpose's UTF-8 bytes; the generator is the LXM algorithm L64X128Mix (see
 * {@link StreamGenerator}). Both are fixed: changing either changes every number Stockpile
 * produces.
 */
public final class RandomStreams {
  private RandomStreams() {
  }

  /** A new generator for {@code purpose} (e.g. {@code "demand/cobalt"}) in {@code replicate}. */
  public static RandomGenerator stream(long seed, long replicate, String purpose) {
    StreamGenerator generator = new StreamGenerator();
    generator.reseed(streamSeed(seed, replicate, fnv1a(purpose)));
    return generator;
  }

  /** The 64-bit seed of a stream: a fixed function of its three coordinates. */
  public static long streamSeed(long seed, long replicate, String purpose) {
    return streamSeed(seed, replicate, fnv1a(purpose));
  }

  /** The same, with the purpose already hashed by {@link #fnv1a(String)} (allocation-free). */
  static long streamSeed(long seed, long replicate, long purposeHash) {
    long h = mix(seed ^ 0x5851F42D4C957F2DL);
    h = mix(h ^ (replicate * 0x9E3779B97F4A7C15L));
    return mix(h ^ purposeHash);
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
