package org.stockpile.sim;

import static jdk.incubator.vector.DoubleVector.fromArray;
import static jdk.incubator.vector.VectorOperators.GT;
import static jdk.incubator.vector.VectorOperators.LE;
import static jdk.incubator.vector.VectorOperators.NE;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorSpecies;
import org.stockpile.model.AllocationRule;

/**
 * How a shared supplier divides what it can ship among the flows that claim it
 * (docs/model.md, "Several economies"), in every lane at once: each lane does the arithmetic of
 * its replicate alone, in the same order, and lanes whose water-filling has settled are masked
 * out of the next round. Claims and gifts are lane arrays indexed by flow
 * ({@code f x LANES + lane}); scratch arrays are allocated once, so a day allocates nothing.
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
  private static final int LANES = Kernel.LANES;
  private static final VectorSpecies<Double> SPECIES = Lanes.SPECIES;

  private final CompiledWorld world;
  /** Per supplier, its flows in the order the rule serves them (by bid for the highest bidder). */
  private final int[][] serveOrder;
  /** Per supplier, where each run of equal bids ends in {@link #serveOrder}. */
  private final int[][] groupEnds;
  /** Per flow and lane, 1 while the flow takes part in the water-filling's next round. */
  private final double[] active;
  private final double[] contractClaim;
  /** Per lane, what is left to give. */
  private final double[] left;
  /** Per lane, 1 where the current water-filling runs. */
  private final double[] filling;
  /** Per lane, 1 where the current water-filling has nothing more to do. */
  private final double[] settled;
  private final double[] before;

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
    active = new double[world.flowCount * LANES];
    contractClaim = new double[world.flowCount * LANES];
    left = new double[LANES];
    filling = new double[LANES];
    settled = new double[LANES];
    before = new double[LANES];
  }

  /**
   * In each lane {@code l} where {@code lanes[l] != 0}, gives supplier {@code j}'s flows at most
   * {@code total[totalAt + l]} in all: adds each flow's share to {@code give} and takes it from
   * {@code claim}, by the supplier's rule, with {@code normal} the flows' normal flows today.
   * Other lanes are left as they were.
   */
  void allocate(int j, double[] total, int totalAt, double[] lanes, double[] claim, double[] normal, double[] give) {
    int[] order = serveOrder[j];
    fromArray(SPECIES, total, totalAt).intoArray(left, 0);
    fromArray(SPECIES, lanes, 0).intoArray(filling, 0);
    switch (world.supplierRule[j]) {
      case PRO_RATA -> waterFill(order, 0, order.length, claim, normal, give);
      case CONTRACTS_FIRST -> contractsFirst(order, claim, normal, give);
      case HIGHEST_BIDDER -> {
        int from = 0;
        for (int end : groupEnds[j]) {
          DoubleVector more = DoubleVector.zero(SPECIES).blend(1,
              fromArray(SPECIES, lanes, 0).compare(NE, 0).and(fromArray(SPECIES, left, 0).compare(GT, 0)));
          if (!more.compare(NE, 0).anyTrue()) {
            break;
          }
          more.intoArray(filling, 0);
          waterFill(order, from, end, claim, normal, give);
          from = end;
        }
      }
    }
  }

  private void contractsFirst(int[] order, double[] claim, double[] normal, double[] give) {
    final double[] contract = world.flowContract;
    fromArray(SPECIES, left, 0).intoArray(before, 0);
    final VectorMask<Double> on = fromArray(SPECIES, filling, 0).compare(NE, 0);
    for (int f : order) {
      int at = f * LANES;
      DoubleVector claimed = fromArray(SPECIES, claim, at);
      DoubleVector inContract = claimed.blend(contract[f], claimed.compare(GT, contract[f]));
      inContract.intoArray(contractClaim, at);
      claimed.sub(inContract, on).intoArray(claim, at);
    }
    waterFill(order, 0, order.length, contractClaim, contract, give);
    thenNormal(order, claim, normal, give);
  }

  /** After the contracts' water-filling: what they did not get is still claimed, and normal flows share what is left. */
  private void thenNormal(int[] order, double[] claim, double[] normal, double[] give) {
    final VectorMask<Double> on = fromArray(SPECIES, filling, 0).compare(NE, 0);
    for (int f : order) {
      int at = f * LANES;
      fromArray(SPECIES, claim, at).add(fromArray(SPECIES, contractClaim, at), on).intoArray(claim, at);
    }
    VectorMask<Double> again = on.and(fromArray(SPECIES, left, 0).compare(GT, 0))
        .and(fromArray(SPECIES, before, 0).compare(GT, 0));
    if (again.anyTrue()) {
      DoubleVector.zero(SPECIES).blend(1, again).intoArray(filling, 0);
      waterFill(order, 0, order.length, claim, normal, give);
    }
  }

  /**
   * Water-filling over {@code flows[from..to)} in the lanes of {@link #filling}: gives each claim
   * at most {@code level x weight}, the level rising until {@link #left} is shipped or every claim
   * met; claims of flows without weight then share what is left pro rata. Leaves in
   * {@link #left} what is left.
   *
   * <p>Each stage hands its lanes to the next through lane arrays ({@link #left},
   * {@link #settled}): a vector merged at a branch would be boxed on the heap ({@link Lanes}).
   */
  private void waterFill(int[] flows, int from, int to, double[] claim, double[] weight, double[] give) {
    if (fill(flows, from, to, claim, give)) {
      rounds(flows, from, to, claim, weight, give);
      shareUnweighted(flows, from, to, claim, give);
    }
  }

  /**
   * Lanes where every claim fits get it; returns whether any lane is rationed (then
   * {@link #settled} marks the lanes that are not).
   */
  private boolean fill(int[] flows, int from, int to, double[] claim, double[] give) {
    final VectorMask<Double> on = fromArray(SPECIES, filling, 0).compare(NE, 0);
    final DoubleVector total = fromArray(SPECIES, left, 0);
    DoubleVector claimed = DoubleVector.zero(SPECIES);
    for (int i = from; i < to; i++) {
      claimed = claimed.add(fromArray(SPECIES, claim, flows[i] * LANES));
    }
    final VectorMask<Double> fits = on.and(claimed.compare(LE, total));
    for (int i = from; i < to; i++) {
      int at = flows[i] * LANES;
      DoubleVector claimNow = fromArray(SPECIES, claim, at);
      fromArray(SPECIES, give, at).add(claimNow, fits).intoArray(give, at);
      claimNow.blend(0, fits).intoArray(claim, at);
    }
    total.sub(claimed, fits).intoArray(left, 0);
    final VectorMask<Double> rationed = on.andNot(fits);
    DoubleVector.zero(SPECIES).blend(1, rationed.not()).intoArray(settled, 0);
    return rationed.anyTrue();
  }

  /**
   * The water-filling's rounds in the rationed lanes: each claim its share covers is met, until
   * none is (then every open claim gets the level and the lane is settled) or nothing is left.
   */
  private void rounds(int[] flows, int from, int to, double[] claim, double[] weight, double[] give) {
    final DoubleVector zero = DoubleVector.zero(SPECIES);
    final VectorMask<Double> rationed = fromArray(SPECIES, settled, 0).compare(NE, 0).not();
    for (int i = from; i < to; i++) {
      int f = flows[i];
      VectorMask<Double> open = rationed.and(fromArray(SPECIES, claim, f * LANES).compare(GT, 0));
      zero.blend(weight[f] > 0 ? 1 : 0, open).intoArray(active, f * LANES);
    }
    DoubleVector rest = fromArray(SPECIES, left, 0);
    VectorMask<Double> running = rationed.and(rest.compare(GT, 0));
    VectorMask<Double> done = rationed.not();
    while (running.anyTrue()) {
      DoubleVector weights = zero;
      for (int i = from; i < to; i++) {
        int f = flows[i];
        weights = weights.add(weight[f], fromArray(SPECIES, active, f * LANES).compare(NE, 0));
      }
      // Lanes without an open weighted claim leave the rounds for the unweighted share.
      running = running.and(weights.compare(GT, 0));
      final DoubleVector level = rest.div(weights);
      VectorMask<Double> met = SPECIES.maskAll(false);
      for (int i = from; i < to; i++) {
        int f = flows[i];
        int at = f * LANES;
        DoubleVector claimNow = fromArray(SPECIES, claim, at);
        DoubleVector open = fromArray(SPECIES, active, at);
        VectorMask<Double> full = running.and(open.compare(NE, 0)).and(claimNow.compare(LE, level.mul(weight[f])));
        fromArray(SPECIES, give, at).add(claimNow, full).intoArray(give, at);
        rest = rest.sub(claimNow, full);
        claimNow.blend(0, full).intoArray(claim, at);
        open.blend(0, full).intoArray(active, at);
        met = met.or(full);
      }
      // Lanes where no claim was met: every open claim gets the level, and nothing is left.
      final VectorMask<Double> last = running.andNot(met);
      for (int i = from; i < to && last.anyTrue(); i++) {
        int f = flows[i];
        int at = f * LANES;
        VectorMask<Double> open = last.and(fromArray(SPECIES, active, at).compare(NE, 0));
        DoubleVector share = level.mul(weight[f]);
        fromArray(SPECIES, give, at).add(share, open).intoArray(give, at);
        fromArray(SPECIES, claim, at).sub(share, open).intoArray(claim, at);
      }
      rest = rest.blend(0, last);
      done = done.or(last);
      running = running.and(met).and(rest.compare(GT, 0));
    }
    rest.intoArray(left, 0);
    zero.blend(1, done).intoArray(settled, 0);
  }

  /** In lanes not settled, claims left (of flows without weight) share what is left, pro rata. */
  private void shareUnweighted(int[] flows, int from, int to, double[] claim, double[] give) {
    final VectorMask<Double> tail = fromArray(SPECIES, settled, 0).compare(NE, 0).not();
    if (!tail.anyTrue()) {
      return;
    }
    DoubleVector rest = fromArray(SPECIES, left, 0);
    rest = rest.blend(0, tail.andNot(rest.compare(GT, 0)));
    DoubleVector unweighted = DoubleVector.zero(SPECIES);
    for (int i = from; i < to; i++) {
      unweighted = unweighted.add(fromArray(SPECIES, claim, flows[i] * LANES));
    }
    final VectorMask<Double> share = tail.and(rest.compare(GT, 0)).and(unweighted.compare(GT, 0));
    final DoubleVector ratio = rest.div(unweighted);
    final DoubleVector fraction = ratio.blend(1, ratio.compare(GT, 1));
    for (int i = from; i < to; i++) {
      int at = flows[i] * LANES;
      DoubleVector claimNow = fromArray(SPECIES, claim, at);
      DoubleVector part = fraction.mul(claimNow);
      fromArray(SPECIES, give, at).add(part, share).intoArray(give, at);
      claimNow.sub(part, share).intoArray(claim, at);
      rest = rest.sub(part, share);
    }
    rest.blend(0, tail.andNot(rest.compare(GT, 0))).intoArray(left, 0);
  }
}
