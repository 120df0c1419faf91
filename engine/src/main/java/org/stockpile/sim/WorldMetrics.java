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
  private final int[] collectiveAt;
  private final int[] poolAt;
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
    collectiveAt = new int[world.collectives.length];
    for (int c = 0; c < world.collectives.length; c++) {
      collectiveAt[c] = at;
      at += 1 + 3 * world.collectives[c].participants().length;
    }
    poolAt = new int[world.pools.length];
    for (int p = 0; p < world.pools.length; p++) {
      poolAt[p] = at;
      at += 1 + 2 * world.pools[p].members().length;
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

  /** Days collective release {@code c} ran ({@link CompiledWorld#collectives}). */
  public int collectiveDays(int c) {
    return collectiveAt[c];
  }

  /** Units participant {@code i} of collective release {@code c} gave (from its tiers). */
  public int contributed(int c, int i) {
    return collectiveAt[c] + 1 + 3 * i;
  }

  /** Units participant {@code i} of collective release {@code c} received (serving its demand). */
  public int received(int c, int i) {
    return collectiveAt[c] + 2 + 3 * i;
  }

  /**
   * What participant {@code i} of collective release {@code c} paid for what it received beyond
   * what it gave, at the day's price, less what it was paid for what it gave beyond what it
   * received (discounted money; the participants' payments add up to zero).
   */
  public int netPayment(int c, int i) {
    return collectiveAt[c] + 3 + 3 * i;
  }

  /** Days pooled tier {@code p} was drawn. */
  public int poolDays(int p) {
    return poolAt[p];
  }

  /** Units member {@code i} of pooled tier {@code p} drew from the pool. */
  public int poolDrawn(int p, int i) {
    return poolAt[p] + 1 + 2 * i;
  }

  /** Units taken from member {@code i}'s share of pooled tier {@code p} (for any member). */
  public int poolGiven(int p, int i) {
    return poolAt[p] + 2 + 2 * i;
  }

  CompiledWorld world() {
    return world;
  }
}
