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
   * The least of this policy's and {@code other}'s caps each day (each with its own state, made
   * per replicate).
   */
  default BuyPolicy and(BuyPolicy other) {
    BuyPolicy first = this;
    return new BuyPolicy() {
      @Override
      public double maxBuy(DayView day) {
        return Math.min(first.maxBuy(day), other.maxBuy(day));
      }

      @Override
      public BuyPolicy forReplicate(long replicate) {
        return first.forReplicate(replicate).and(other.forReplicate(replicate));
      }

      @Override
      public String toString() {
        return first + ".and(" + other + ")";
      }
    };
  }

  /**
   * An (s, S) refill: buys nothing until the tier's stock falls below {@code days} of the
   * material's reference consumption (s), then without a cap until it reaches its target (S).
   */
  static BuyPolicy reorderBelow(double days) {
    if (!(days >= 0 && days < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("days must be finite and at least 0, got " + days);
    }
    return new ReorderPoint(days);
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
