package org.stockpile.sim;

/**
 * A random shock process compiled for drawing: its arrival rate, the samplers of duration and
 * severity, and the effects an event applies (one per correlation group: a single effect when
 * correlated, one per material otherwise). Each group draws from its own random stream, keyed by
 * the process's and the material's names ({@link StreamPurpose#SHOCK_PROCESS}).
 */
record ProcessSpec(double ratePerDay, Sampler duration, Sampler severity, ShockEffect[] groups,
    long[] groupPurposeHashes) {

  static ProcessSpec of(double ratePerDay, Sampler duration, Sampler severity, ShockEffect[] groups,
      String[] groupStreams) {
    long[] hashes = new long[groups.length];
    for (int g = 0; g < groups.length; g++) {
      hashes[g] = RandomStreams.fnv1a(groupStreams[g]);
    }
    return new ProcessSpec(ratePerDay, duration, severity, groups, hashes);
  }
}
