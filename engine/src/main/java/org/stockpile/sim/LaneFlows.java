package org.stockpile.sim;

/**
 * The day's flows of every lane of a {@link Kernel}, kept (lane-minor, like the kernel's state)
 * only while someone observes them, and handed to a {@link DayObserver} one lane at a time as a
 * {@link DayFlows}.
 */
final class LaneFlows {
  final double[] demand;
  final double[] toServe;
  final double[] arrivals;
  final double[] recycled;
  final double[] servedFromArrivals;
  final double[] repaid;
  final double[] unstoredBefore;
  final double[] unstored;
  final double[] stockBefore;
  final double[] stockAfter;
  final double[] price;

  private final int lanes;
  private final DayFlows view;

  LaneFlows(int materials, int tiers, int lanes) {
    this.lanes = lanes;
    int size = materials * lanes;
    demand = new double[size];
    toServe = new double[size];
    arrivals = new double[size];
    recycled = new double[size];
    servedFromArrivals = new double[size];
    repaid = new double[size];
    unstoredBefore = new double[size];
    unstored = new double[size];
    stockBefore = new double[size];
    stockAfter = new double[size];
    price = new double[size];
    view = new DayFlows(materials, tiers);
  }

  /** Material-lane {@code i}'s flows of the day (those the kernel does not keep anyway). */
  void record(int i, double demanded, double serve, double arrived, double recycledUnits, double fromArrivals,
      double before, double after, double todayPrice, double waitingBefore, double waiting) {
    demand[i] = demanded;
    toServe[i] = serve;
    arrivals[i] = arrived;
    recycled[i] = recycledUnits;
    servedFromArrivals[i] = fromArrivals;
    stockBefore[i] = before;
    stockAfter[i] = after;
    price[i] = todayPrice;
    unstoredBefore[i] = waitingBefore;
    unstored[i] = waiting;
  }

  /** Lane {@code l}'s flows, with the kernel's own lane-minor shortfall, draws and tier stocks. */
  DayFlows lane(int l, double[] shortfall, double[] servedFromStock, double[] tierStock) {
    for (int m = 0; m < view.demand.length; m++) {
      int i = m * lanes + l;
      view.demand[m] = demand[i];
      view.toServe[m] = toServe[i];
      view.arrivals[m] = arrivals[i];
      view.recycled[m] = recycled[i];
      view.servedFromArrivals[m] = servedFromArrivals[i];
      view.servedFromStock[m] = servedFromStock[i];
      view.shortfall[m] = shortfall[i];
      view.repaid[m] = repaid[i];
      view.unstoredBefore[m] = unstoredBefore[i];
      view.unstored[m] = unstored[i];
      view.stockBefore[m] = stockBefore[i];
      view.stockAfter[m] = stockAfter[i];
      view.price[m] = price[i];
    }
    for (int k = 0; k < view.tierStock.length; k++) {
      view.tierStock[k] = tierStock[k * lanes + l];
    }
    return view;
  }
}
