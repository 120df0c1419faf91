package org.stockpile.metrics;

/**
 * Where each metric of one replicate sits in a flat row of doubles: for each material its
 * {@link Metric#MATERIAL} values followed by each tier's {@link Metric#TIER} values (tiers in file
 * order), then the totals ({@link Metric#TOTAL}: no total of quantities). One row per replicate; rows are written by whichever thread ran the
 * replicate, so their order never depends on scheduling.
 */
public final class MetricLayout {
  private final int[] materialOffset;
  private final int[] tierCounts;
  private final int totalOffset;
  private final int width;

  /** @param tierCounts number of tiers of each material, in material order */
  public MetricLayout(int[] tierCounts) {
    this.tierCounts = tierCounts.clone();
    materialOffset = new int[tierCounts.length];
    int offset = 0;
    for (int m = 0; m < tierCounts.length; m++) {
      materialOffset[m] = offset;
      offset += Metric.MATERIAL.size() + tierCounts[m] * Metric.TIER.size();
    }
    totalOffset = offset;
    width = offset + Metric.TOTAL.size();
  }

  public int width() {
    return width;
  }

  public int materials() {
    return tierCounts.length;
  }

  public int tiers(int material) {
    return tierCounts[material];
  }

  public int material(int m, Metric metric) {
    return materialOffset[m] + metric.ordinal();
  }

  /** Offset of a tier metric; {@code tier} counts in file order. */
  public int tier(int m, int tier, Metric metric) {
    int index = Metric.TIER.indexOf(metric);
    if (index < 0) {
      throw new IllegalArgumentException(metric + " is not reported per tier");
    }
    return materialOffset[m] + Metric.MATERIAL.size() + tier * Metric.TIER.size() + index;
  }

  /** Offset of a metric's total over all materials; quantities have none. */
  public int total(Metric metric) {
    int index = Metric.TOTAL.indexOf(metric);
    if (index < 0) {
      throw new IllegalArgumentException(metric.key() + " is a quantity in each material's own unit: it has no total "
          + "over materials");
    }
    return totalOffset + index;
  }
}
