package org.stockpile.sim;

/**
 * A shock compiled for the kernel: what it does at full severity and which sources (global
 * indices) or materials it touches. Instances of it in time live in {@link ShockTimeline}.
 *
 * @param availabilityLoss share of a source's capacity lost (ban 1, outages, logistics)
 * @param quotaShare       flow cap as a share of normal flow (quota and licensing; 1 otherwise)
 * @param delayDays        extra days for shipments leaving while it lasts
 * @param taxRate          export tax as a share of the base price
 * @param holdsInTransit   whether shipments already under way are held while it lasts
 * @param demandMultiplier demand multiplier (1 when not a demand surge)
 * @param sources          global indices of the sources it hits
 * @param materials        indices of the materials it touches (for demand and "shocked" flags)
 * @param rampUpDays       days to full severity
 * @param recoveryDays     days to fade after the full-severity period
 */
record ShockEffect(
    double availabilityLoss,
    double quotaShare,
    int delayDays,
    double taxRate,
    boolean holdsInTransit,
    double demandMultiplier,
    int[] sources,
    int[] materials,
    int rampUpDays,
    int recoveryDays) {

  /**
   * Severity in [0, 1] on day {@code day} of an instance starting on {@code start} and lasting
   * {@code durationDays} at full severity: a linear ramp of {@code rampUpDays} before, a linear
   * fade of {@code recoveryDays} after.
   */
  static double intensity(int day, int start, int durationDays, int rampUpDays, int recoveryDays) {
    int k = day - start;
    if (k < 0) {
      return 0;
    }
    if (k < rampUpDays) {
      return (k + 1.0) / (rampUpDays + 1.0);
    }
    k -= rampUpDays;
    if (k < durationDays) {
      return 1;
    }
    k -= durationDays;
    if (k < recoveryDays) {
      return (recoveryDays - k) / (recoveryDays + 1.0);
    }
    return 0;
  }

  /** Days from start until the instance no longer has any effect. */
  int span(int durationDays) {
    return rampUpDays + durationDays + recoveryDays;
  }
}
