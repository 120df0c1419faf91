package org.stockpile.sim;

/**
 * A random shock process compiled for drawing: its arrival rate, the samplers of duration and
 * severity, and the effects an event applies (one per correlation group: a single effect when
 * correlated, one per material otherwise). Each group draws from its own random stream.
 */
record ProcessSpec(String purpose, double ratePerDay, Sampler duration, Sampler severity, ShockEffect[] groups,
    long[] groupPurposeHashes) {

  static ProcessSpec of(String purpose, double ratePerDay, Sampler duration, Sampler severity, ShockEffect[] groups) {
    long[] hashes = new long[groups.length];
    for (int g = 0; g < groups.length; g++) {
      hashes[g] = RandomStreams.fnv1a(purpose + "/" + g);
    }
    return new ProcessSpec(purpose, ratePerDay, duration, severity, groups, hashes);
  }
}
