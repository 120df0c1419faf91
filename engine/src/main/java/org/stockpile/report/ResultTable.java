package org.stockpile.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.Stats;
import org.stockpile.sim.RunResult;

/**
 * The short table a run ends with, in the terminal (of {@code stockpile run} and
 * {@code stockpile-spark run}): one line per material, every figure with its unit, and with several
 * materials a line for all of them, which adds no quantities (units differ between materials).
 */
public final class ResultTable {
  private static final String[] HEADER = {"material", "P(shortfall)", "shortfall mean", "shortfall CVaR95",
      "days short, mean", "min cover p5", "compliance", "fill rate", "net cost, mean"};

  private ResultTable() {
  }

  public static void print(PrintWriter out, RunResult result) {
    List<String[]> rows = new ArrayList<>();
    rows.add(HEADER);
    String currency = result.currency();
    for (String id : result.materials()) {
      String unit = result.unit(id);
      Stats shortfall = result.stats(id, Metric.SHORTFALL_UNITS);
      rows.add(new String[] {id, Format.percent(shortfall.probPositive()), Format.withUnit(shortfall.mean(), unit),
          Format.withUnit(shortfall.cvar95(), unit), Format.days(result.stats(id, Metric.SHORTFALL_DAYS).mean()),
          Format.days(result.stats(id, Metric.MIN_DAYS_OF_COVER).p5()),
          Format.percent(result.stats(id, Metric.COMPLIANCE).mean()),
          Format.percent(result.stats(id, Metric.FILL_RATE).mean()),
          Format.withUnit(result.stats(id, Metric.NET_COST).mean(), currency)});
    }
    boolean several = result.materials().size() > 1;
    if (several) {
      rows.add(new String[] {"all materials", Format.percent(result.totalStats(Metric.SHORTFALL_DAYS).probPositive()),
          "–", "–", Format.days(result.totalStats(Metric.SHORTFALL_DAYS).mean()),
          Format.days(result.totalStats(Metric.MIN_DAYS_OF_COVER).p5()),
          Format.percent(result.totalStats(Metric.COMPLIANCE).mean()),
          Format.percent(result.totalStats(Metric.FILL_RATE).mean()),
          Format.withUnit(result.totalStats(Metric.NET_COST).mean(), currency)});
    }
    int[] widths = new int[HEADER.length];
    for (String[] row : rows) {
      for (int i = 0; i < row.length; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    out.println(result.compiled().scenario().name() + ": " + Format.count(result.replicates(), "replicate",
        "replicates") + " x " + Format.count(result.horizonDays(), "day", "days") + ", seed " + result.seed());
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.length; i++) {
        line.append(i == 0 ? pad(row[i], widths[i], false) : "  " + pad(row[i], widths[i], true));
      }
      out.println(line.toString().stripTrailing());
    }
    if (several) {
      out.println("all materials: P(any material short), days with any short, the lowest cover of any, days with "
          + "every one at target, fill rate by value at base prices, costs added; quantities are not added across "
          + "materials.");
    }
    out.println(netCostLine(result));
    for (String id : result.materials()) {
      Stats excess = result.stats(id, Metric.EXCESS_UNITS);
      if (excess.mean() > 0) {
        out.println(id + ": " + Format.withUnit(excess.mean(), result.unit(id)) + " bought but not stored (mean; "
            + Format.percent(excess.probPositive()) + " of replicates): it waited unstored and served demand first.");
      }
    }
  }

  /** The mean net cost over all materials and its parts, in the order they add up. */
  static String netCostLine(RunResult result) {
    String currency = result.currency();
    StringBuilder line = new StringBuilder("net cost ")
        .append(Format.withUnit(result.totalStats(Metric.NET_COST).mean(), currency)).append(" =");
    boolean first = true;
    for (Metric part : Metric.COST_PARTS) {
      double mean = result.totalStats(part).mean();
      line.append(first ? " " : part.signInNetCost() < 0 ? " − " : " + ").append(part.label()).append(' ')
          .append(Format.withUnit(mean, currency));
      first = false;
    }
    double discount = result.compiled().scenario().run().discountRatePerYear();
    if (discount > 0) {
      line.append(" (present values at day 0, ").append(Format.percent(discount)).append(" a year)");
    }
    return line.toString();
  }

  private static String pad(String text, int width, boolean right) {
    String padding = " ".repeat(Math.max(0, width - text.length()));
    return right ? padding + text : text + padding;
  }
}
