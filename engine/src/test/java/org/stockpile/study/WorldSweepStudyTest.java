package org.stockpile.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.Stats;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.WorldMonteCarlo;
import org.stockpile.sim.WorldResult;
import org.stockpile.sweep.MorrisEffects;
import org.stockpile.sweep.Sweep;
import org.stockpile.sweep.SweepPlan;
import org.stockpile.sweep.SweepResult;
import org.stockpile.sweep.SweptModel;
import org.stockpile.testing.TestScenarios;

/** Sweeps on a scenario with several economies: every design, and what a point's outputs are. */
class WorldSweepStudyTest {
  private static final String WORLD = TestScenarios.japanAndKoreaBuyingFromChina("world-sweep")
      + "run: {replicates: 40, horizonDays: 150}\n";
  private static final String PARAMETERS = """
      scenario: world.yaml
      parameters:
        - {path: economies.KR.materials.ree.stockpiles.public.targetDays, distribution: {distribution: uniform, min: 0, max: 100}}
        - {path: suppliers.ree.china.capacityPerDay, distribution: {distribution: uniform, min: 90, max: 200}}
      metrics: [JP/ree.shortfallUnits, KR/ree.initialStockCost, JP/netCost, world/ree.priceIndexMean]
      replicates: 4
      seed: 9
      """;

  @TempDir
  Path folder;

  private SweepStudy load(String design) throws Exception {
    Files.writeString(folder.resolve("world.yaml"), WORLD);
    return SweepStudy.load(Files.writeString(folder.resolve("w.sweep.yaml"), PARAMETERS + "design: " + design + "\n"));
  }

  @Test
  void everyDesignRunsOnAWorldAsOnOneEconomy() throws Exception {
    for (String design : List.of("{type: sobol, samples: 2}", "{type: morris, trajectories: 2, levels: 4}",
        "{type: latinHypercube, samples: 3}", "{type: grid, levels: 2}", "{type: oneAtATime, levels: 3}")) {
      SweepStudy study = load(design);
      SweepPlan plan = study.plan();
      assertInstanceOf(SweptModel.SeveralEconomies.class, plan.model(), design);
      assertEquals(List.of(), plan.coverDays(), design + ": a world follows no days of cover");
      SweepResult result = Sweep.run(plan, 2, null, Sweep.PointListener.NONE);
      assertEquals(Sweep.unitDesign(plan).length, result.outputs().length, design);
      for (double[] outputs : result.outputs()) {
        assertEquals(4, outputs.length, design);
        for (double value : outputs) {
          assertTrue(Double.isFinite(value), design);
        }
      }
      if (design.contains("morris")) {
        assertInstanceOf(MorrisEffects.class, result.indices().get("JP/ree.shortfallUnits"));
      }
    }
  }

  @Test
  void aPointsOutputsAreTheMeansOfItsWorldsRun() throws Exception {
    SweepStudy study = load("{type: grid, levels: 2}");
    SweepPlan plan = study.plan();
    SweepResult result = Sweep.run(plan, 1, null, Sweep.PointListener.NONE);
    int last = result.points().length - 1;
    WorldResult world = WorldMonteCarlo.run(CompiledWorld.compile(((WorldFile) study.base()).with(plan.paths(),
        result.points()[last])), new RunOptions(4, 9, 1, false, null));
    double[] outputs = result.outputs()[last];
    assertEquals(world.economy("JP").stats("ree", Metric.SHORTFALL_UNITS).mean(), outputs[0]);
    assertEquals(world.economy("KR").stats("ree", Metric.INITIAL_STOCK_COST).mean(), outputs[1]);
    assertEquals(world.economy("JP").summedStats(Metric.NET_COST).mean(), outputs[2]);
    assertEquals(Stats.of(world.values(world.layout().priceMean(0)), true).mean(), outputs[3]);
    assertTrue(outputs[1] > 0, "Korea buys its reserve at the start");
  }

  @Test
  void labelsNameTheEconomyOrWhatTheEconomiesShare() throws Exception {
    SweepPlan plan = load("{type: grid, levels: 2}").plan();
    assertEquals(List.of("KR, ree, public tier: target (days)", "ree supplier china: capacity (t/day)"), plan.labels());
  }
}
