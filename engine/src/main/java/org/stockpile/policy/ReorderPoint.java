package org.stockpile.policy;

/**
 * {@link BuyPolicy#reorderBelow}: an (s, S) refill. Once the tier's stock is below
 * {@code days} of reference consumption it buys, without a cap, until its stock reaches its
 * target; then nothing until it falls below again. Its state (whether it is refilling) is each
 * replicate's own.
 */
final class ReorderPoint implements BuyPolicy {
  private final double days;
  private boolean refilling;

  ReorderPoint(double days) {
    this.days = days;
  }

  @Override
  public BuyPolicy forReplicate(long replicate) {
    return new ReorderPoint(days);
  }

  @Override
  public double maxBuy(DayView day) {
    double stock = day.stock();
    if (stock < days * day.referenceDailyDemand()) {
      refilling = true;
    } else if (stock >= day.target()) {
      refilling = false;
    }
    return refilling ? Double.POSITIVE_INFINITY : 0;
  }

  @Override
  public String toString() {
    return "BuyPolicy.reorderBelow(" + days + ")";
  }
}
