package org.stockpile.policy;

/**
 * {@link TargetPolicy#scaledByRisk}: the file's target times {@code 1 + gain x risk}, where the
 * risk is 1 while a shock hits the material or one that will hit it has been announced, and
 * otherwise the recent shortfall rate: an exponentially weighted average of each day's shortfall
 * as a share of reference consumption (capped at 1), halving in weight every
 * {@code halfLifeDays}. Its state (the average) is each replicate's own.
 */
final class RiskScaledTarget implements TargetPolicy {
  private final double gain;
  private final int halfLifeDays;
  /** Weight of yesterday's average: 2^(-1 / halfLifeDays). */
  private final double keep;
  private double recentShortfall;

  RiskScaledTarget(double gain, int halfLifeDays) {
    this.gain = gain;
    this.halfLifeDays = halfLifeDays;
    this.keep = StrictMath.pow(2, -1.0 / halfLifeDays);
  }

  @Override
  public TargetPolicy forReplicate(long replicate) {
    return new RiskScaledTarget(gain, halfLifeDays);
  }

  @Override
  public double target(DayView day) {
    double share = Math.min(1, day.shortfallYesterday() / day.referenceDailyDemand());
    recentShortfall = keep * recentShortfall + (1 - keep) * share;
    double risk = day.shocked() || day.announced() ? 1 : recentShortfall;
    return day.fileTarget() * (1 + gain * risk);
  }

  /** The recent shortfall rate after today's update (for tests). */
  double recentShortfall() {
    return recentShortfall;
  }

  @Override
  public String toString() {
    return "TargetPolicy.scaledByRisk(" + gain + ", " + halfLifeDays + ")";
  }
}
