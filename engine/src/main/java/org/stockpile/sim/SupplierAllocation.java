package org.stockpile.sim;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.stockpile.model.AllocationRule;

/**
 * How a shared supplier divides what it can ship among the flows that claim it, one lane at a
 * time (docs/model.md, "Several economies"). Claims and gifts are indexed by flow; scratch
 * arrays are allocated once, so a day allocates nothing.
 *
 * <ul>
 *   <li>{@code proRata}: water-filling in proportion to each flow's normal flow: every claim that
 *       its share covers is met, and what it leaves is offered again to the others in the same
 *       proportion; claims of flows without a normal flow share what is left, pro rata to the claims.</li>
 *   <li>{@code contractsFirst}: the same water-filling over contracted volumes (weighted by
 *       contract), then over what is still claimed by normal flows.</li>
 *   <li>{@code highestBidder}: flows in decreasing order of their economy's willingness to pay;
 *       flows bidding the same share pro rata.</li>
 * </ul>
 */
final class SupplierAllocation {
  private final CompiledWorld world;
  /** Per supplier, its flows in the order the rule serves them (by bid for the highest bidder). */
  private final int[][] serveOrder;
  /** Per supplier, where each run of equal bids ends in {@link #serveOrder}. */
  private final int[][] groupEnds;
  private final boolean[] active;
  private final double[] contractClaim;

  SupplierAllocation(CompiledWorld world) {
    this.world = world;
    serveOrder = new int[world.supplierCount][];
    groupEnds = new int[world.supplierCount][];
    for (int j = 0; j < world.supplierCount; j++) {
      int[] flows = IntStream.range(world.flowStart[j], world.flowEnd[j]).toArray();
      if (world.supplierRule[j] == AllocationRule.HIGHEST_BIDDER) {
        flows = IntStream.range(world.flowStart[j], world.flowEnd[j]).boxed()
            .sorted(Comparator.comparingDouble((Integer f) -> -world.flowBid[f])).mapToInt(Integer::intValue).toArray();
        int[] ends = new int[flows.length];
        int groups = 0;
        for (int i = 0; i < flows.length; i++) {
          if (i + 1 == flows.length || world.flowBid[flows[i + 1]] != world.flowBid[flows[i]]) {
            ends[groups++] = i + 1;
          }
        }
        groupEnds[j] = Arrays.copyOf(ends, groups);
      } else {
        groupEnds[j] = new int[] {flows.length};
      }
      serveOrder[j] = flows;
    }
    active = new boolean[world.flowCount];
    contractClaim = new double[world.flowCount];
  }

  /**
   * Gives supplier {@code j}'s flows at most {@code total} in all: adds each flow's share to
   * {@code give} and takes it from {@code claim}, by the supplier's rule, with {@code normal} the
   * flows' normal flows today. Returns what is left of {@code total}.
   */
  double allocate(int j, double total, double[] claim, double[] normal, double[] give) {
    int[] order = serveOrder[j];
    double left = total;
    switch (world.supplierRule[j]) {
      case PRO_RATA -> left = waterFill(order, 0, order.length, left, claim, normal, give);
      case CONTRACTS_FIRST -> {
        for (int f : order) {
          contractClaim[f] = Math.min(claim[f], world.flowContract[f]);
          claim[f] -= contractClaim[f];
        }
        double before = left;
        left = waterFill(order, 0, order.length, left, contractClaim, world.flowContract, give);
        for (int f : order) {
          // What a contract did not get is still claimed.
          claim[f] += contractClaim[f];
        }
        if (left > 0 && before > 0) {
          left = waterFill(order, 0, order.length, left, claim, normal, give);
        }
      }
      case HIGHEST_BIDDER -> {
        int from = 0;
        for (int end : groupEnds[j]) {
          if (left <= 0) {
            break;
          }
          left = waterFill(order, from, end, left, claim, normal, give);
          from = end;
        }
      }
    }
    return left;
  }

  /**
   * Water-filling over {@code flows[from..to)}: gives each claim at most {@code level x weight},
   * the level rising until {@code total} is shipped or every claim met; claims of flows without
   * weight then share what is left pro rata. Returns what is left.
   */
  private double waterFill(int[] flows, int from, int to, double total, double[] claim, double[] weight,
      double[] give) {
    double claimed = 0;
    for (int i = from; i < to; i++) {
      claimed += claim[flows[i]];
    }
    if (claimed <= total) {
      for (int i = from; i < to; i++) {
        int f = flows[i];
        give[f] += claim[f];
        claim[f] = 0;
      }
      return total - claimed;
    }
    double left = total;
    for (int i = from; i < to; i++) {
      int f = flows[i];
      active[f] = claim[f] > 0 && weight[f] > 0;
    }
    while (left > 0) {
      double weights = 0;
      for (int i = from; i < to; i++) {
        if (active[flows[i]]) {
          weights += weight[flows[i]];
        }
      }
      if (weights <= 0) {
        break;
      }
      double level = left / weights;
      boolean met = false;
      for (int i = from; i < to; i++) {
        int f = flows[i];
        if (active[f] && claim[f] <= level * weight[f]) {
          give[f] += claim[f];
          left -= claim[f];
          claim[f] = 0;
          active[f] = false;
          met = true;
        }
      }
      if (!met) {
        for (int i = from; i < to; i++) {
          int f = flows[i];
          if (active[f]) {
            double share = level * weight[f];
            give[f] += share;
            claim[f] -= share;
          }
        }
        return 0;
      }
    }
    left = Math.max(left, 0);
    double unweighted = 0;
    for (int i = from; i < to; i++) {
      unweighted += claim[flows[i]];
    }
    if (left > 0 && unweighted > 0) {
      double fraction = Math.min(1, left / unweighted);
      for (int i = from; i < to; i++) {
        int f = flows[i];
        double share = fraction * claim[f];
        give[f] += share;
        claim[f] -= share;
        left -= share;
      }
    }
    return Math.max(left, 0);
  }
}
