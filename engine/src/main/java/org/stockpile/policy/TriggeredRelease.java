package org.stockpile.policy;

/**
 * The release rule of scenario files, as a policy: once the share of today's demand left unmet
 * before the tier has exceeded {@code triggerShare} on more than {@code latencyDays} consecutive
 * days, release up to {@code maxPerDay} a day, and keep releasing until the trigger has stayed off
 * as long (one calm day does not end a release programme).
 *
 * <p>The kernel runs files' rules on vectors of replicates with this arithmetic; run through
 * {@link Policies} instead, this class gives the same bits (a test holds both to it).
 */
public final class TriggeredRelease implements ReleasePolicy {
  private final double triggerShare;
  private final int latencyDays;
  private final double maxPerDay;
  private int triggeredDays;
  private int calmDays;
  private boolean releasing;

  private TriggeredRelease(double triggerShare, int latencyDays, double maxPerDay) {
    this.triggerShare = triggerShare;
    this.latencyDays = latencyDays;
    this.maxPerDay = maxPerDay;
  }

  /**
   * A release once more than {@code triggerShare} of demand has been unmet before the tier for more
   * than {@code latencyDays} days running, at most {@code maxPerDay} units a day (may be
   * {@code Double.POSITIVE_INFINITY}).
   */
  public static TriggeredRelease of(double triggerShare, int latencyDays, double maxPerDay) {
    if (!(triggerShare >= 0 && triggerShare < 1)) {
      throw new IllegalArgumentException("triggerShare must be in [0, 1), got " + triggerShare);
    }
    if (latencyDays < 0) {
      throw new IllegalArgumentException("latencyDays must be at least 0, got " + latencyDays);
    }
    if (!(maxPerDay >= 0)) {
      throw new IllegalArgumentException("maxPerDay must be at least 0, got " + maxPerDay);
    }
    return new TriggeredRelease(triggerShare, latencyDays, maxPerDay);
  }

  @Override
  public ReleasePolicy forReplicate(long replicate) {
    return new TriggeredRelease(triggerShare, latencyDays, maxPerDay);
  }

  @Override
  public double release(DayView day) {
    double unmet = day.unmet();
    // Unmet share > trigger, without a division (as the kernel).
    boolean triggered = unmet > day.demand() * triggerShare && unmet > 0;
    triggeredDays = triggered ? triggeredDays + 1 : 0;
    calmDays = triggered ? 0 : calmDays + 1;
    releasing = releasing && !(calmDays > latencyDays) || triggeredDays > latencyDays;
    return releasing ? maxPerDay : 0;
  }

  @Override
  public String toString() {
    return "TriggeredRelease[triggerShare=" + triggerShare + ", latencyDays=" + latencyDays + ", maxPerDay="
        + maxPerDay + "]";
  }
}
