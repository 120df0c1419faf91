package org.stockpile.sim;

/**
 * A random shock process compiled for drawing: its arrival rate, the samplers of duration,
 * severity and announcement lead (null: events come unannounced), and the effects an event
 * applies (one per correlation group: a single effect when correlated, one per material
 * otherwise). Each group draws its events from its own random stream, keyed by the process's and
 * the material's names ({@link StreamPurpose#SHOCK_PROCESS}), and their announcement leads from
 * another ({@link StreamPurpose#SHOCK_ANNOUNCEMENT}): the k-th event's lead is the stream's k-th
 * draw, so adding or changing leads moves no other draw.
 */
record ProcessSpec(double ratePerDay, Sampler duration, Sampler severity, Sampler lead, ShockEffect[] groups,
    long[] groupPurposeHashes, long[] leadPurposeHashes) {

  /** {@code groupStreams[g]}: the name of group {@code g}'s stream, a suffix of both purposes' keys. */
  static ProcessSpec of(double ratePerDay, Sampler duration, Sampler severity, Sampler lead, ShockEffect[] groups,
      String[] groupStreams) {
    long[] hashes = new long[groups.length];
    long[] leadHashes = new long[groups.length];
    for (int g = 0; g < groups.length; g++) {
      hashes[g] = RandomStreams.fnv1a(StreamPurpose.SHOCK_PROCESS.key(groupStreams[g]));
      leadHashes[g] = RandomStreams.fnv1a(StreamPurpose.SHOCK_ANNOUNCEMENT.key(groupStreams[g]));
    }
    return new ProcessSpec(ratePerDay, duration, severity, lead, groups, hashes, leadHashes);
  }
}
