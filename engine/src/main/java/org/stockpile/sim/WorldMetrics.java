package org.stockpile.sim;

/**
 * What a world run records per replicate besides each economy's own metrics: per world material
 * the price index's mean and highest value over the horizon; per supplier the days it rationed;
 * per flow what it shipped in all and on those days; per economy and material what its
 * shipments cost above the base price (discounted money). One row of {@link #width()} doubles
 * per replicate, laid out in that order.
 */
public final class WorldMetrics {
  private final CompiledWorld world;
  private final int priceAt;
  private final int scarceDaysAt;
  private final int shippedAt;
  private final int scarceShippedAt;
  private final int aboveBaseAt;
  private final int[] economyAt;
  private final int width;

  WorldMetrics(CompiledWorld world) {
    this.world = world;
    priceAt = 0;
    scarceDaysAt = priceAt + 2 * world.materialCount;
    shippedAt = scarceDaysAt + world.supplierCount;
    scarceShippedAt = shippedAt + world.flowCount;
    aboveBaseAt = scarceShippedAt + world.flowCount;
    economyAt = new int[world.economies.length];
    int at = aboveBaseAt;
    for (int e = 0; e < world.economies.length; e++) {
      economyAt[e] = at;
      at += world.economies[e].materialCount;
    }
    width = at;
  }

  public int width() {
    return width;
  }

  /** Mean of the price index (price over base price) over the horizon, for world material {@code w}. */
  public int priceMean(int w) {
    return priceAt + 2 * w;
  }

  /** Highest price index of the horizon, for world material {@code w}. */
  public int priceMax(int w) {
    return priceAt + 2 * w + 1;
  }

  /** Days supplier {@code j} could not meet every claim on it. */
  public int scarceDays(int j) {
    return scarceDaysAt + j;
  }

  /** Units flow {@code f} shipped over the horizon. */
  public int shipped(int f) {
    return shippedAt + f;
  }

  /** Units flow {@code f} shipped on days its supplier rationed. */
  public int scarceShipped(int f) {
    return scarceShippedAt + f;
  }

  /** What economy {@code e}'s shipments of its material {@code m} cost above the base price, discounted. */
  public int aboveBase(int e, int m) {
    return economyAt[e] + m;
  }

  CompiledWorld world() {
    return world;
  }
}
