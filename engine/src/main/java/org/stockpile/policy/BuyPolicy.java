package org.stockpile.policy;

/**
 * The most units a tier may buy today: what the economy orders for it and what it takes in from
 * the day's surplus are capped at this (within its budget, and not while its refill rule holds
 * it back: {@code buyWhileShocked}, {@code delayDays}). Files set a fixed cap
 * ({@code refill.maxBuyPerDay}; {@link #upTo}); a policy can stop buying while the price is high.
 *
 * <p>As with {@link ReleasePolicy}, a policy that keeps state between days returns a fresh copy
 * from {@link #forReplicate}; a stateless one is shared.
 */
@FunctionalInterface
public interface BuyPolicy {

  /**
   * The most units the tier buys today, {@code >= 0} ({@code Double.POSITIVE_INFINITY}: no cap).
   * Called once a day per replicate, once the day's demand and today's target are known and
   * before the economy orders ({@link DayView#unmet()} is 0).
   */
  double maxBuy(DayView day);

  /** The policy for replicate {@code replicate}, called before its first day; this one by default. */
  default BuyPolicy forReplicate(long replicate) {
    return this;
  }

  /** At most {@code unitsPerDay} a day ({@code Double.POSITIVE_INFINITY}: no cap): a file's {@code maxBuyPerDay}. */
  static BuyPolicy upTo(double unitsPerDay) {
    if (!(unitsPerDay >= 0)) {
      throw new IllegalArgumentException("unitsPerDay must be at least 0, got " + unitsPerDay);
    }
    return new BuyPolicy() {
      @Override
      public double maxBuy(DayView day) {
        return unitsPerDay;
      }

      @Override
      public String toString() {
        return "BuyPolicy.upTo(" + unitsPerDay + ")";
      }
    };
  }

  /**
   * Buys without a cap while today's price is at most {@code multiple} x the base price, nothing
   * above it: a price cap on refills.
   */
  static BuyPolicy whilePriceAtMost(double multiple) {
    if (!(multiple > 0)) {
      throw new IllegalArgumentException("multiple must be above 0, got " + multiple);
    }
    return new BuyPolicy() {
      @Override
      public double maxBuy(DayView day) {
        return day.price() <= multiple * day.basePrice() ? Double.POSITIVE_INFINITY : 0;
      }

      @Override
      public String toString() {
        return "BuyPolicy.whilePriceAtMost(" + multiple + ")";
      }
    };
  }
}
