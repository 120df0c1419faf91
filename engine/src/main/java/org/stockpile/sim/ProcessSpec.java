package org.stockpile.sim;

/**
 * A random shock process compiled for drawing: its arrival rate, the samplers of duration and
 * severity, and the effects an event applies (one per correlation group: a single effect when
 * correlated, one per material otherwise). Each group draws from its own random stream.
 */
record ProcessSpec(String purpose, double ratePerDay, Sampler duration, Sampler severity, ShockEffect[] groups) {
}
