package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Scenario;

/**
 * The model's two balances (the second with supply waiting unstored), every day, on random scenarios that use every part of the model;
 * stocks stay within [0, capacity]; the fill rate stays within [0, 1]; the shortfall splits into
 * what came while some tier still held stock and what came with every tier empty.
 */
class BalanceProperties {

  @Property(tries = 3000, seed = "20261123")
  void balancesHoldEveryDayAndStocksStayInBounds(@ForAll long seed) throws Exception {
    Scenario scenario = RandomScenarios.generate(seed);
    assertEquals(java.util.List.of(), ScenarioValidator.problems(scenario), "generator makes valid scenarios");
    CompiledScenario compiled = CompiledScenario.compile(scenario);
    Kernel kernel = new Kernel(compiled);
    double[] metrics = new double[kernel.layout().width() * Kernel.LANES];
    double[][] shortWithStock = new double[Kernel.LANES][compiled.materialCount];
    double[][] shortEmpty = new double[Kernel.LANES][compiled.materialCount];
    // Every lane of a group is observed: replicates 0 .. LANES - 1 side by side.
    kernel.run(scenario.run().seed(), 0, Kernel.LANES, metrics, 0, null, 0, (r, day, flows) -> {
      for (int m = 0; m < compiled.materialCount; m++) {
        String where = "material " + m + " day " + day;
        double scale = 1 + flows.toServe[m] + flows.arrivals[m] + flows.stockBefore[m] + flows.unstoredBefore[m];
        assertEquals(flows.toServe[m], flows.servedFromArrivals[m] + flows.servedFromStock[m] + flows.shortfall[m],
            1e-9 * scale, "demand balance, " + where);
        double change = flows.stockAfter[m] + flows.unstored[m] - flows.stockBefore[m] - flows.unstoredBefore[m];
        double inflow = flows.arrivals[m] + flows.recycled[m] - flows.servedFromArrivals[m]
            - flows.servedFromStock[m];
        assertEquals(change, inflow, 1e-9 * scale, "stock balance, " + where);
        assertTrue(flows.shortfall[m] >= 0 && flows.servedFromStock[m] >= 0 && flows.unstored[m] >= 0,
            "flows are non-negative, " + where);
        if (flows.stockAfter[m] > 0) {
          shortWithStock[r][m] += flows.shortfall[m];
        } else {
          shortEmpty[r][m] += flows.shortfall[m];
        }
      }
      for (int k = 0; k < compiled.tierCount; k++) {
        double stock = flows.tierStock[k];
        double capacity = compiled.tierCapacity[k];
        assertTrue(stock >= 0, "tier " + k + " negative on day " + day + ": " + stock);
        assertTrue(stock <= Math.max(capacity, compiled.tierInitial[k]) * (1 + 1e-9) + 1e-9,
            "tier " + k + " above capacity on day " + day + ": " + stock + " > " + capacity);
      }
    });
    for (int replicate = 0; replicate < Kernel.LANES; replicate++) {
      for (int m = 0; m < compiled.materialCount; m++) {
        double fill = metrics[replicate * kernel.layout().width() + kernel.layout().material(m, Metric.FILL_RATE)];
        assertTrue(fill >= 0 && fill <= 1, "fill rate " + fill);
        int row = replicate * kernel.layout().width();
        double shortfall = metrics[row + kernel.layout().material(m, Metric.SHORTFALL_UNITS)];
        double withStock = metrics[row + kernel.layout().material(m, Metric.SHORTFALL_WITH_STOCK_UNITS)];
        double empty = metrics[row + kernel.layout().material(m, Metric.SHORTFALL_STOCK_EMPTY_UNITS)];
        double scale = 1 + shortfall;
        assertEquals(shortWithStock[replicate][m], withStock, 1e-9 * scale, "short with stock held");
        assertEquals(shortEmpty[replicate][m], empty, 1e-9 * scale, "short with every tier empty");
        assertEquals(shortfall, withStock + empty, 1e-9 * scale, "the split adds up");
        double parts = 0;
        double size = 1;
        for (Metric part : Metric.COST_PARTS) {
          double value = metrics[row + kernel.layout().material(m, part)];
          parts += part.signInNetCost() * value;
          size += Math.abs(value);
        }
        assertEquals(parts, metrics[row + kernel.layout().material(m, Metric.NET_COST)], 1e-9 * size,
            "net cost is its parts");
        double excess = metrics[row + kernel.layout().material(m, Metric.EXCESS_UNITS)];
        double causes = metrics[row + kernel.layout().material(m, Metric.EXCESS_SHOCKED_UNITS)]
            + metrics[row + kernel.layout().material(m, Metric.EXCESS_LIMITED_UNITS)]
            + metrics[row + kernel.layout().material(m, Metric.EXCESS_FULL_UNITS)];
        assertEquals(excess, causes, 1e-9 * (1 + excess), "the excess splits by cause");
      }
    }
  }
}
