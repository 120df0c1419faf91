package org.stockpile.policy;

/**
 * The release rule of scenario files, as a policy: once the share of today's demand left unmet
 * before the tier has exceeded {@code triggerShare} on more than {@code latencyDays} consecutive
 * days, release up to {@code maxPerDay} a day, and keep releasing until the trigger has stayed off
 * as long (one calm day does not end a release programme). With a price trigger
 * ({@link #onPrice}), the trigger holds while today's price is above a multiple of the base price.
 *
 * <p>The kernel runs files' share-triggered rules on vectors of replicates with this arithmetic;
 * run through {@link Policies} instead, this class gives the same bits (a test holds both to it).
 */
public final class TriggeredRelease implements ReleasePolicy {
  private final double triggerShare;
  /** The price trigger's multiple of the base price; NaN when the unmet share triggers. */
  private final double priceMultiple;
  private final int latencyDays;
  private final double maxPerDay;
  private int triggeredDays;
  private int calmDays;
  private boolean releasing;

  private TriggeredRelease(double triggerShare, double priceMultiple, int latencyDays, double maxPerDay) {
    this.triggerShare = triggerShare;
    this.priceMultiple = priceMultiple;
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
    checkTiming(latencyDays, maxPerDay);
    return new TriggeredRelease(triggerShare, Double.NaN, latencyDays, maxPerDay);
  }

  /**
   * As {@link #of}, but the trigger holds while today's market price is above {@code multiple} x
   * the base price (a file's {@code triggerPriceMultiple}): the reserve answers the market's
   * signal, which may come before its own economy is short (another economy's shortfall or
   * reserve buying moves a world price).
   */
  public static TriggeredRelease onPrice(double multiple, int latencyDays, double maxPerDay) {
    if (!(multiple > 0 && multiple < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("multiple must be above 0 and finite, got " + multiple);
    }
    checkTiming(latencyDays, maxPerDay);
    return new TriggeredRelease(0, multiple, latencyDays, maxPerDay);
  }

  private static void checkTiming(int latencyDays, double maxPerDay) {
    if (latencyDays < 0) {
      throw new IllegalArgumentException("latencyDays must be at least 0, got " + latencyDays);
    }
    if (!(maxPerDay >= 0)) {
      throw new IllegalArgumentException("maxPerDay must be at least 0, got " + maxPerDay);
    }
  }

  @Override
  public ReleasePolicy forReplicate(long replicate) {
    return new TriggeredRelease(triggerShare, priceMultiple, latencyDays, maxPerDay);
  }

  @Override
  public double release(DayView day) {
    double unmet = day.unmet();
    // Unmet share > trigger, without a division (as the kernel); or the price above its trigger.
    boolean triggered = priceTriggered() ? day.price() > priceMultiple * day.basePrice()
        : unmet > day.demand() * triggerShare && unmet > 0;
    triggeredDays = triggered ? triggeredDays + 1 : 0;
    calmDays = triggered ? 0 : calmDays + 1;
    releasing = releasing && !(calmDays > latencyDays) || triggeredDays > latencyDays;
    return releasing ? maxPerDay : 0;
  }

  private boolean priceTriggered() {
    return !Double.isNaN(priceMultiple);
  }

  @Override
  public String toString() {
    return "TriggeredRelease[" + (priceTriggered() ? "priceMultiple=" + priceMultiple : "triggerShare=" + triggerShare)
        + ", latencyDays=" + latencyDays + ", maxPerDay=" + maxPerDay + "]";
  }
}
