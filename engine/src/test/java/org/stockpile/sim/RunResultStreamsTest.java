package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.stockpile.metrics.Metric;
import org.stockpile.model.Scenario;

/**
 * A run's results as streams (per replicate, per day) keyed by the material's name, as its
 * summaries are: the same numbers the summaries and the percentiles by index give.
 */
class RunResultStreamsTest {

  @Test
  void streamsGiveTheNumbersTheSummariesSummarise() throws Exception {
    Scenario scenario = RandomScenarios.generate(4);
    RunResult result = MonteCarlo.run(scenario, new RunOptions(40, 3, 2, true, null));
    String material = result.materials().getFirst();
    double[] values = result.stream(material, Metric.SHORTFALL_UNITS).toArray();
    assertEquals(40, values.length);
    assertEquals(result.stats(material, Metric.SHORTFALL_UNITS).mean(),
        java.util.Arrays.stream(values).average().orElseThrow(), 1e-9);
    assertArrayEquals(values, result.eachReplicate().mapToDouble(r -> r.value(material, Metric.SHORTFALL_UNITS))
        .toArray());
    String holder = result.tiers(0).getFirst();
    assertEquals(result.tierStats(material, holder, Metric.RELEASED_UNITS).mean(),
        result.eachReplicate().mapToDouble(r -> r.tierValue(material, holder, Metric.RELEASED_UNITS)).average()
            .orElseThrow(), 1e-9);
    assertEquals(40, result.eachReplicate().filter(r -> r.index() >= 0).count());

    double[] median = result.days(material, RunResult.Series.DAYS_OF_COVER, 0.5).toArray();
    assertEquals(result.horizonDays(), median.length);
    int day = median.length / 2;
    assertEquals(result.percentile(0, RunResult.Series.DAYS_OF_COVER, day, 0.5), median[day]);
    assertEquals(result.percentile(0, RunResult.Series.PRICE, day, 0.9),
        result.percentile(material, RunResult.Series.PRICE, day, 0.9));
  }

  @Test
  void anUnknownTierIsNamedWithTheTiersThereAre() throws Exception {
    Scenario scenario = RandomScenarios.generate(4);
    RunResult result = MonteCarlo.run(scenario, new RunOptions(8, 3, 1, false, null));
    String material = result.materials().getFirst();
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> result.eachReplicate().findFirst().orElseThrow().tierValue(material, "nobody", Metric.RELEASED_UNITS));
    assertEquals(true, unknown.getMessage().contains("has no tier 'nobody'"), unknown.getMessage());
  }
}
