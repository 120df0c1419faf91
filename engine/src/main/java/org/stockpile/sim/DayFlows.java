package org.stockpile.sim;

/**
 * One day's flows per material (and stock per tier), as the kernel computed them: what the two
 * balances of the model are checked against. Arrays are indexed by material (or global tier
 * index, see {@link #tierStock}) and overwritten every day.
 */
public final class DayFlows {
  /** New demand of the day (after substitution and surges). */
  public final double[] demand;
  /** Demand to serve: new demand plus backlog carried from yesterday. */
  public final double[] toServe;
  public final double[] arrivals;
  public final double[] recycled;
  public final double[] servedFromArrivals;
  public final double[] servedFromStock;
  public final double[] shortfall;
  /** Loan repayments put back into tiers. */
  public final double[] repaid;
  /** Supply that waited unstored since yesterday (it serves demand first, with the arrivals). */
  public final double[] unstoredBefore;
  /**
   * Supply waiting unstored at the end of the day: bought, but no tier could take it (storage full,
   * budget or buying cap, refused while shocked, or no tier).
   */
  public final double[] unstored;
  public final double[] stockBefore;
  public final double[] stockAfter;
  public final double[] price;
  /** Stock of each tier at the end of the day, by global tier index. */
  public final double[] tierStock;

  DayFlows(int materials, int tiers) {
    demand = new double[materials];
    toServe = new double[materials];
    arrivals = new double[materials];
    recycled = new double[materials];
    servedFromArrivals = new double[materials];
    servedFromStock = new double[materials];
    shortfall = new double[materials];
    repaid = new double[materials];
    unstoredBefore = new double[materials];
    unstored = new double[materials];
    stockBefore = new double[materials];
    stockAfter = new double[materials];
    price = new double[materials];
    tierStock = new double[tiers];
  }
}
