package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Material;
import org.stockpile.model.Recycling;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.TargetBasis;

/**
 * The IEA's basis, by hand: 90 days of net imports with 10 % of the stock counted as unavailable.
 * Demand 100 t a day, 20 % from a domestic mine, 10 % recycled: net imports are 70 t a day, so
 * the tier holds 90 x 70 / 0.9 = 7,000 t (70 days of consumption); with demand growing, each
 * year's target follows the previous year's average net imports.
 */
class NetImportsBasisTest {

  private static Scenario scenario(double growth, int horizon) {
    Material material = Material.builder(100, 10, 100)
        .demandGrowthPerYear(growth)
        .source(Source.of("mine", 0.2, 40, "JP"))
        .source(Source.of("imports", 0.8, 400, "CN"))
        .recycling(new Recycling(0.1, 30))
        .stockpile("public", StockpileTier.ruled(90, ReleaseRule.sale()).withBasis(TargetBasis.NET_IMPORTS, 0.1))
        .build();
    return Scenario.builder("iea-basis", "JP").country("JP", "Japan").country("CN", "China")
        .material("oil", material).run(RunSettings.of(1, 8, horizon)).build();
  }

  @Test
  void ninetyDaysOfNetImportsWithTenPercentUnavailable() throws Exception {
    RunResult result = MonteCarlo.run(scenario(0, 100));
    assertEquals(7000 * 10, result.stats("oil", Metric.INITIAL_STOCK_COST).mean(), 1e-6);
    assertEquals(1, result.stats("oil", Metric.COMPLIANCE).mean(), 1e-12, "held at target: compliant");
    assertEquals(70, result.stats("oil", Metric.MIN_DAYS_OF_COVER).mean(), 1e-6, "70 days of consumption");
  }

  @Test
  void theTargetFollowsThePreviousYearsNetImports() throws Exception {
    double growth = 0.1;
    RunResult result = MonteCarlo.run(scenario(growth, 2 * 365));
    double daily = Math.pow(1 + growth, 1.0 / 365);
    double sum = 0;
    for (int t = 0; t < 365; t++) {
      sum += 100 * Math.pow(daily, t);
    }
    double yearTwoTarget = 90 * (sum / 365 * 0.7) / 0.9;
    double endStock = result.stats("oil", Metric.END_STOCK_VALUE).mean() / 10;
    assertEquals(yearTwoTarget, endStock, 1e-6, "refilled to the second year's target");
  }
}
