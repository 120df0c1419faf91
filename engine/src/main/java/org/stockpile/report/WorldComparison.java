package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.metrics.Metric;

/**
 * Two world runs compared economy by economy: each economy both ran, as two runs are compared
 * ({@link RunComparison} of its two {@code economies/<id>} folders: paired replicate by replicate
 * when both used the same seed, replicates and random streams); the economies only one ran, named;
 * and each material's world price index, its mean and its highest over the run. {@code world.json}
 * holds the index's statistics over replicates, not each replicate's, so the index shows A, B and
 * B - A of the means, without an interval.
 */
public final class WorldComparison implements Comparison {
  /** One economy both worlds ran, compared. */
  public record Economy(String id, RunComparison comparison) {
  }

  /**
   * A material's world price index in A and B, as multiples of the base price: the mean over the
   * run's days and the highest day, each the mean over replicates.
   */
  public record PriceIndex(String material, double meanA, double meanB, double highestA, double highestB) {
    public double meanDifference() {
      return meanB - meanA;
    }

    public double highestDifference() {
      return highestB - highestA;
    }
  }

  private final WorldFolder a;
  private final WorldFolder b;
  private final List<Economy> economies;
  private final List<String> onlyInA;
  private final List<String> onlyInB;
  private final List<PriceIndex> prices;

  private WorldComparison(WorldFolder a, WorldFolder b, List<Economy> economies, List<String> onlyInA,
      List<String> onlyInB, List<PriceIndex> prices) {
    this.a = a;
    this.b = b;
    this.economies = List.copyOf(economies);
    this.onlyInA = List.copyOf(onlyInA);
    this.onlyInB = List.copyOf(onlyInB);
    this.prices = List.copyOf(prices);
  }

  /** Compares the world folders {@code first} and {@code second} on {@code metrics}, economy by economy. */
  static WorldComparison of(OutputFolder first, OutputFolder second, List<Metric> metrics) throws ReportException {
    WorldFolder a = WorldFolder.open(first);
    WorldFolder b = WorldFolder.open(second);
    List<Economy> economies = new ArrayList<>();
    List<String> onlyInA = new ArrayList<>();
    for (String id : a.economies()) {
      if (b.economies().contains(id)) {
        economies.add(new Economy(id, RunComparison.of(a.economy(id).path(), b.economy(id).path(), metrics)));
      } else {
        onlyInA.add(id);
      }
    }
    List<String> onlyInB = b.economies().stream().filter(id -> !a.economies().contains(id)).toList();
    if (economies.isEmpty()) {
      throw new ReportException(first.path() + " and " + second.path() + " have no economy in common (A: "
          + String.join(", ", a.economies()) + "; B: " + String.join(", ", b.economies()) + "): not runs of the "
          + "same scenario family");
    }
    List<PriceIndex> prices = new ArrayList<>();
    for (String material : a.materials()) {
      if (b.materials().contains(material)) {
        JsonNode x = a.world().path("materials").path(material);
        JsonNode y = b.world().path("materials").path(material);
        prices.add(new PriceIndex(material, mean(x, "priceIndexMean"), mean(y, "priceIndexMean"),
            mean(x, "priceIndexMax"), mean(y, "priceIndexMax")));
      }
    }
    return new WorldComparison(a, b, economies, onlyInA, onlyInB, prices);
  }

  private static double mean(JsonNode material, String statistic) {
    return material.path(statistic).path("mean").asDouble(Double.NaN);
  }

  /** A's folder. */
  public Path a() {
    return a.path();
  }

  /** B's folder. */
  public Path b() {
    return b.path();
  }

  WorldFolder worldA() {
    return a;
  }

  WorldFolder worldB() {
    return b;
  }

  /** The economies both worlds ran, in A's order, each compared. */
  public List<Economy> economies() {
    return economies;
  }

  /** The economies only A ran (not compared). */
  public List<String> onlyInA() {
    return onlyInA;
  }

  /** The economies only B ran (not compared). */
  public List<String> onlyInB() {
    return onlyInB;
  }

  /** Each material of both worlds, its price index in A and B. */
  public List<PriceIndex> prices() {
    return prices;
  }
}
