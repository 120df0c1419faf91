package org.stockpile.sim;

import org.stockpile.model.ShockWindow;

/**
 * A shock compiled for the kernel: what it does at full severity and which sources (global
 * indices) or materials it touches. Instances of it in time live in {@link ShockTimeline}. Built
 * by the factory of its kind ({@link #ban}, {@link #quota}, ...), which leaves every other effect
 * neutral.
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

  private static final int[] NO_SOURCES = new int[0];

  /** An export ban: the sources hit lose all their capacity. */
  static ShockEffect ban(int[] sources, int[] materials, ShockWindow window) {
    return new ShockEffect(1, 1, 0, 0, false, 1, sources, materials, window.rampUpDays(), window.recoveryDays());
  }

  /** An export quota: the flow of the sources hit is capped at {@code allowedShare} of normal. */
  static ShockEffect quota(double allowedShare, int[] sources, int[] materials, ShockWindow window) {
    return new ShockEffect(0, allowedShare, 0, 0, false, 1, sources, materials, window.rampUpDays(),
        window.recoveryDays());
  }

  /**
   * Export licensing: {@code approvedShare} of the normal flow of the sources hit gets through,
   * {@code delayDays} late.
   */
  static ShockEffect licensing(double approvedShare, int delayDays, int[] sources, int[] materials,
      ShockWindow window) {
    return new ShockEffect(0, approvedShare, delayDays, 0, false, 1, sources, materials, window.rampUpDays(),
        window.recoveryDays());
  }

  /** An export tax: flows from the sources hit cost {@code rate} of the base price more. */
  static ShockEffect exportTax(double rate, int[] sources, int[] materials, ShockWindow window) {
    return new ShockEffect(0, 1, 0, rate, false, 1, sources, materials, window.rampUpDays(), window.recoveryDays());
  }

  /** An outage: the sources hit lose {@code capacityLoss} of their capacity. */
  static ShockEffect outage(double capacityLoss, int[] sources, int[] materials, ShockWindow window) {
    return new ShockEffect(capacityLoss, 1, 0, 0, false, 1, sources, materials, window.rampUpDays(),
        window.recoveryDays());
  }

  /**
   * A logistics disruption: the sources hit lose {@code capacityLoss} of their capacity, their
   * shipments take {@code delayDays} more, and with {@code holdsInTransit} those under way wait.
   */
  static ShockEffect logistics(double capacityLoss, int delayDays, boolean holdsInTransit, int[] sources,
      int[] materials, ShockWindow window) {
    return new ShockEffect(capacityLoss, 1, delayDays, 0, holdsInTransit, 1, sources, materials,
        window.rampUpDays(), window.recoveryDays());
  }

  /** A demand surge: demand for the materials is multiplied by {@code multiplier}; no source is hit. */
  static ShockEffect demandSurge(double multiplier, int[] materials, ShockWindow window) {
    return new ShockEffect(0, 1, 0, 0, false, multiplier, NO_SOURCES, materials, window.rampUpDays(),
        window.recoveryDays());
  }

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
