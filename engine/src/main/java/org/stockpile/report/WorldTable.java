package org.stockpile.report;

import java.io.PrintWriter;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.WorldMetrics;
import org.stockpile.sim.WorldResult;

/**
 * The terminal summary of a world run: each economy's table (as a single economy's run prints
 * it), then the world: each material's price index and, for each shared supplier, who got what
 * of its output over the run and on the days it rationed.
 */
public final class WorldTable {
  private WorldTable() {
  }

  public static void print(PrintWriter out, WorldResult result) {
    CompiledWorld world = result.compiled();
    WorldMetrics layout = result.layout();
    String currency = world.world().currency();
    for (int e = 0; e < world.economyCount(); e++) {
      out.println("Economy " + world.economyId(e) + ":");
      ResultTable.print(out, result.economies().get(e));
      out.println(String.format(java.util.Locale.ROOT, "  paid above the base price, mean: %s %s",
          Format.number(mean(result, e)), currency));
      out.println();
    }
    out.println("World market:");
    for (int w = 0; w < world.materialCount(); w++) {
      out.println(String.format(java.util.Locale.ROOT, "  %s: price index mean %.3f, highest %.3f (means over replicates)",
          world.materialId(w), average(result.values(layout.priceMean(w))), average(result.values(layout.priceMax(w)))));
      for (int j = 0; j < world.supplierCount(); j++) {
        if (world.supplierMaterial(j) != w || !world.supplierShared(j)) {
          continue;
        }
        double total = 0;
        double scarce = 0;
        for (int f = world.flowStart(j); f < world.flowEnd(j); f++) {
          total += average(result.values(layout.shipped(f)));
          scarce += average(result.values(layout.scarceShipped(f)));
        }
        StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
            "    supplier %s: rationed on %.1f days; share of its output (on rationed days):",
            world.supplierId(j), average(result.values(layout.scarceDays(j)))));
        for (int f = world.flowStart(j); f < world.flowEnd(j); f++) {
          double units = average(result.values(layout.shipped(f)));
          double onScarce = average(result.values(layout.scarceShipped(f)));
          line.append(String.format(java.util.Locale.ROOT, " %s/%s %s (%s)", world.economyId(world.flowEconomy(f)),
              world.flowSourceId(f), Format.percent(total > 0 ? units / total : 0),
              scarce > 0 ? Format.percent(onScarce / scarce) : "-"));
        }
        out.println(line);
      }
    }
    for (int c = 0; c < world.collectiveCount(); c++) {
      String material = world.materialId(world.collectiveMaterial(c));
      StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
          "Group %s, collective release of %s: on %.1f days; given (received):", world.collectiveGroup(c),
          material, average(result.values(layout.collectiveDays(c)))));
      for (int i = 0; i < world.collectiveParticipants(c); i++) {
        int e = world.collectiveParticipant(c, i);
        String unit = result.economies().get(e).unit(material);
        line.append(' ').append(world.economyId(e)).append(' ')
            .append(Format.withUnit(average(result.values(layout.contributed(c, i))), unit)).append(" (")
            .append(Format.withUnit(average(result.values(layout.received(c, i))), unit)).append(')');
      }
      out.println(line);
    }
    for (int p = 0; p < world.poolCount(); p++) {
      String material = world.materialId(world.poolMaterial(p));
      StringBuilder line = new StringBuilder(String.format(java.util.Locale.ROOT,
          "Group %s, pooled tier %s of %s: drawn on %.1f days; drawn by:", world.poolGroup(p), world.poolHolder(p),
          material, average(result.values(layout.poolDays(p)))));
      for (int i = 0; i < world.poolMembers(p); i++) {
        int e = world.poolMember(p, i);
        line.append(' ').append(world.economyId(e)).append(' ')
            .append(Format.withUnit(average(result.values(layout.poolDrawn(p, i))), result.economies().get(e).unit(material)));
      }
      out.println(line);
    }
    out.flush();
  }

  private static double mean(WorldResult result, int e) {
    double sum = 0;
    for (int m = 0; m < result.economies().get(e).materials().size(); m++) {
      sum += average(result.values(result.layout().aboveBase(e, m)));
    }
    return sum;
  }

  private static double average(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }
}
