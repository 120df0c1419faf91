package org.stockpile.policy;

/**
 * A tier's target today, in units: what the economy orders toward and the tier buys back up to,
 * and what its days below target are counted against. Files set a fixed number of days
 * ({@link #days}); a policy can raise it when a risk appears and lower it when it passes.
 *
 * <p>As with {@link ReleasePolicy}, a policy that keeps state between days returns a fresh copy
 * from {@link #forReplicate}; a stateless one is shared.
 */
@FunctionalInterface
public interface TargetPolicy {

  /**
   * The tier's target today in units, {@code >= 0} and finite. Called once a day per replicate,
   * once the day's demand is known and before the economy orders (nothing is unmet yet:
   * {@link DayView#unmet()} is 0).
   */
  double target(DayView day);

  /** The policy for replicate {@code replicate}, called before its first day; this one by default. */
  default TargetPolicy forReplicate(long replicate) {
    return this;
  }

  /**
   * Buy ahead: a target of {@code days} of the material's reference consumption while a shock
   * that will hit the material has been announced and has not yet taken effect
   * ({@link DayView#announced()}), the file's target otherwise: a file's {@code aheadDays}.
   */
  static TargetPolicy aheadOfAnnouncedShocks(double days) {
    if (!(days >= 0 && days < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("days must be finite and at least 0, got " + days);
    }
    return new TargetPolicy() {
      @Override
      public double target(DayView day) {
        return day.announced() ? days * day.referenceDailyDemand() : day.fileTarget();
      }

      @Override
      public String toString() {
        return "TargetPolicy.aheadOfAnnouncedShocks(" + days + ")";
      }
    };
  }

  /**
   * A target scaled by a risk signal: the file's target times {@code 1 + gain x risk}, the risk
   * being 1 while a shock hits the material or one is announced, else the recent shortfall rate
   * (each day's shortfall as a share of reference consumption, averaged with weights halving every
   * {@code halfLifeDays}): a file's {@code riskScaling}.
   */
  static TargetPolicy scaledByRisk(double gain, int halfLifeDays) {
    if (!(gain >= 0 && gain < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("gain must be finite and at least 0, got " + gain);
    }
    if (halfLifeDays < 1) {
      throw new IllegalArgumentException("halfLifeDays must be at least 1, got " + halfLifeDays);
    }
    return new RiskScaledTarget(gain, halfLifeDays);
  }

  /**
   * A fixed target of {@code days} of the material's reference consumption: a file's
   * {@code targetDays} (on the consumption basis), with the same bits.
   */
  static TargetPolicy days(double days) {
    if (!(days >= 0 && days < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("days must be finite and at least 0, got " + days);
    }
    return new TargetPolicy() {
      @Override
      public double target(DayView day) {
        return days * day.referenceDailyDemand();
      }

      @Override
      public String toString() {
        return "TargetPolicy.days(" + days + ")";
      }
    };
  }
}
