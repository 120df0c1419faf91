package org.stockpile.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.model.Distribution;
import org.stockpile.model.ExportControl;
import org.stockpile.model.Material;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.ShockProcess;
import org.stockpile.model.ShockWindow;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;

/**
 * The search against answers found by enumeration, its reproducibility, and its decisions' grid.
 * The test economy buys two materials from one exporter that bans exports at random (twice a year,
 * for about 20 days); a larger stock costs more to hold and loses less to shortages, so each
 * material has a best number of days, different for the two.
 */
class OptimizerTest {
  private static final List<Decision> DAYS = List.of(
      Decision.of("materials.a.stockpiles.firms.targetDays", 0, 60, 5),
      Decision.of("materials.b.stockpiles.firms.targetDays", 0, 60, 5));
  private static final Optimizer OPTIMIZER = Optimizer.of(
      values -> economy(values[0], values[1]), DAYS, Objective.expectedNetCost());
  private static final OptimizerSettings SEARCH = new OptimizerSettings(16, 12, 64, 7, 2);

  @Test
  void landsWithinOnePercentOfTheOptimumFoundByEnumeration() throws Exception {
    double optimum = Double.POSITIVE_INFINITY;
    double worst = 0;
    double[] argmin = null;
    for (int i = 0; i < DAYS.get(0).levels(); i++) {
      for (int j = 0; j < DAYS.get(1).levels(); j++) {
        double[] days = {DAYS.get(0).value(i), DAYS.get(1).value(j)};
        double score = OPTIMIZER.score(days, SEARCH);
        if (score < optimum) {
          optimum = score;
          argmin = days;
        }
        worst = Math.max(worst, score);
      }
    }
    assertTrue(worst > 1.25 * optimum, "the choice matters: best " + optimum + ", worst " + worst);
    String where = "optimum at " + argmin[0] + " and " + argmin[1] + " days";
    assertTrue(argmin[0] > 0 && argmin[0] < 60 && argmin[1] > 0 && argmin[1] < 60 && argmin[0] != argmin[1],
        "each material has its own interior optimum: " + where);
    OptimizationResult result = OPTIMIZER.run(SEARCH);
    assertTrue(result.best().score() <= optimum * 1.01,
        "best found " + result.best().score() + " against the optimum " + optimum);
    assertEquals(OPTIMIZER.score(result.best().valueArray(), SEARCH), result.best().score(),
        "the reported score is the candidate's score on the sample");
    assertTrue(result.history().getLast().evaluations() < 169, "fewer simulations than enumeration");
  }

  @Test
  void withAFloorOnTheTotalItLandsWithinOnePercentOfTheBestCandidateMeetingIt() throws Exception {
    Optimizer floored = OPTIMIZER.withConstraints(List.of(Constraint.sum("90 days in all", List.of(0, 1), 90,
        Double.POSITIVE_INFINITY)));
    double optimum = Double.POSITIVE_INFINITY;
    for (int i = 0; i < DAYS.get(0).levels(); i++) {
      for (int j = 0; j < DAYS.get(1).levels(); j++) {
        Evaluation candidate = floored.evaluate(new double[] {DAYS.get(0).value(i), DAYS.get(1).value(j)}, SEARCH);
        if (candidate.feasible()) {
          optimum = Math.min(optimum, candidate.score());
        }
      }
    }
    OptimizationResult result = floored.run(SEARCH);
    assertTrue(result.best().feasible(), result.best().toString());
    assertTrue(result.best().values().get(0) + result.best().values().get(1) >= 90, result.best().toString());
    assertTrue(result.best().score() <= optimum * 1.01, "best " + result.best().score() + ", optimum " + optimum);
    assertTrue(optimum > OPTIMIZER.run(SEARCH).best().score(), "the floor binds: it costs something");
  }

  @Test
  void withTwoObjectivesTheFrontReachesEachObjectivesOptimumAndNoMemberBeatsAnother() throws Exception {
    Optimizer twoWay = Optimizer.of(values -> economy(values[0], values[1]), DAYS,
        List.of(Objective.expectedNetCost(), Objective.expectedShortfall()));
    double cheapest = Double.POSITIVE_INFINITY;
    double safest = Double.POSITIVE_INFINITY;
    for (int i = 0; i < DAYS.get(0).levels(); i++) {
      for (int j = 0; j < DAYS.get(1).levels(); j++) {
        Evaluation candidate = twoWay.evaluate(new double[] {DAYS.get(0).value(i), DAYS.get(1).value(j)}, SEARCH);
        cheapest = Math.min(cheapest, candidate.scores().get(0));
        safest = Math.min(safest, candidate.scores().get(1));
      }
    }
    OptimizationResult result = twoWay.run(SEARCH.withPopulation(24).withGenerations(30));
    List<Evaluation> front = result.front();
    assertTrue(front.size() >= 3, "a front, not a point: " + front.size());
    for (Evaluation a : front) {
      for (Evaluation b : front) {
        boolean dominates = a.scores().get(0) <= b.scores().get(0) && a.scores().get(1) <= b.scores().get(1)
            && (a.scores().get(0) < b.scores().get(0) || a.scores().get(1) < b.scores().get(1));
        assertTrue(!dominates, a + " beats " + b);
      }
    }
    assertTrue(front.getFirst().scores().get(0) <= cheapest * 1.01, "cheapest " + cheapest + ": " + front.getFirst());
    double frontSafest = front.stream().mapToDouble(e -> e.scores().get(1)).min().orElseThrow();
    assertTrue(frontSafest <= safest * 1.01 + 1e-9, "safest " + safest + ", front's " + frontSafest);
  }

  @Test
  void sameSettingsGiveTheSameResultWhateverTheThreads() throws Exception {
    OptimizerSettings small = new OptimizerSettings(8, 4, 16, 3, 1);
    OptimizationResult one = OPTIMIZER.run(small);
    OptimizationResult two = OPTIMIZER.run(small.withThreads(2));
    assertEquals(one, two);
    assertEquals(4, one.history().size());
    for (int g = 1; g < one.history().size(); g++) {
      assertTrue(one.history().get(g).best() <= one.history().get(g - 1).best(), "the best never gets worse");
    }
  }

  @Test
  void aSearchResumedFromItsStateAfterAnyGenerationEndsAsOneThatNeverStopped() throws Exception {
    OptimizerSettings full = new OptimizerSettings(8, 5, 16, 11, 2);
    OptimizationResult uninterrupted = OPTIMIZER.run(full);
    for (int stop = 1; stop < 5; stop++) {
      java.util.List<SearchState> saved = new java.util.ArrayList<>();
      OPTIMIZER.run(full.withGenerations(stop), generation -> { }, null, saved::add);
      assertEquals(stop, saved.size(), "a state after every generation");
      OptimizationResult resumed = OPTIMIZER.run(full, generation -> { }, saved.getLast(), state -> { });
      assertEquals(uninterrupted, resumed, "stopped after generation " + stop);
    }
  }

  @Test
  void aDecisionIsAGridFromMinToMax() {
    Decision days = Decision.of("days", 0, 90, 5);
    assertEquals(19, days.levels());
    assertEquals(0, days.value(0));
    assertEquals(45, days.value(9));
    assertEquals(90, days.value(18));
    assertEquals(1, Decision.of("fixed", 42, 42, 1).levels());
    assertEquals(11, Decision.of("share", 0, 1, 0.1).levels());
    assertEquals(1.0, Decision.of("share", 0, 1, 0.1).value(10));
    assertEquals(0.7, Decision.of("share", 0, 1, 0.01).value(70), 0.0, "in decimal: exactly 0.7");
    Constraint.DecisionSum atMost = new Constraint.DecisionSum("70 %", List.of(0, 1), Double.NEGATIVE_INFINITY, 0.7);
    assertEquals(0, atMost.slack(new double[] {0.3, 0.4}), 0.0, "0.3 + 0.4 is on the bound, not 1e-16 above");
    assertTrue(atMost.slack(new double[] {0.3, 0.41}) < 0);
  }

  @Test
  void aDecisionWithReversedBoundsOrAStepThatDoesNotDivideTheRangeIsRefused() {
    IllegalArgumentException reversed = assertThrows(IllegalArgumentException.class,
        () -> Decision.of("days", 60, 0, 5));
    assertEquals("days: min 60.0 is above max 0.0", reversed.getMessage());
    IllegalArgumentException uneven = assertThrows(IllegalArgumentException.class,
        () -> Decision.of("days", 0, 60, 7));
    assertEquals("days: step 7.0 does not divide the range 0.0 to 60.0", uneven.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Decision.of("days", 0, 60, 0));
  }

  @Test
  void validationIntervalsAreStudentTIntervalsOverBatchScores() {
    Estimate estimate = Validation.estimate(new double[] {1, 2, 3, 4});
    // mean 2.5, sd 1.29099, t(0.975, 3 df) = 3.18245: half width 3.18245 x 1.29099 / 2 = 2.05426
    assertEquals(2.5, estimate.mean(), 1e-12);
    assertEquals(2.5 - 2.05426, estimate.low(), 1e-4);
    assertEquals(2.5 + 2.05426, estimate.high(), 1e-4);
  }

  @Test
  void theBestScoresAboutTheSameOnFreshReplicates() throws Exception {
    OptimizationResult result = OPTIMIZER.run(SEARCH);
    ValidationReport report = Validation.run(values -> economy(values[0], values[1]),
        List.of(Objective.expectedNetCost()), result.best().valueArray(), java.util.Optional.of(new double[] {0, 0}),
        2048, SEARCH.seed(), 2);
    assertEquals(2048, report.replicates());
    double inSample = result.best().score();
    assertTrue(Math.abs(report.first().best().mean() - inSample) < 0.15 * inSample,
        "in sample " + inSample + ", fresh " + report.first().best());
    assertTrue(report.first().difference().orElseThrow().high() < 0,
        "better than holding nothing: " + report.first().difference());
  }

  @Test
  void theCostObjectiveIsTheRunsNetCostForTheSameDecisionsAndReplicates() throws Exception {
    double[] days = {25, 40};
    org.stockpile.sim.RunResult run = org.stockpile.sim.MonteCarlo.run(
        org.stockpile.sim.CompiledScenario.compile(economy(days[0], days[1])),
        new org.stockpile.sim.RunOptions(SEARCH.replicates(), SEARCH.seed(), 1, false, null));
    assertEquals(run.totalStats(org.stockpile.metrics.Metric.NET_COST).mean(), OPTIMIZER.score(days, SEARCH), 0,
        "the same number, bit for bit");
  }

  private static Scenario economy(double daysA, double daysB) {
    ExportControl ban = new ExportControl.Ban(null, "CN", List.of(), ShockWindow.drawn());
    return Scenario.builder("two-materials", "JP")
        .country("JP", "Japan")
        .country("CN", "China")
        .material("a", material(10, 4_000, daysA))
        .material("b", material(4, 8_000, daysB))
        .shockProcess(ShockProcess.of(2, new Distribution.Exponential(20), new Distribution.Constant(1), ban))
        .run(RunSettings.of(1, 64, 365))
        .build();
  }

  private static Material material(double perDay, double shortageCost, double days) {
    return Material.builder(perDay, 1_000, shortageCost)
        .source(Source.of("china", 1, 2 * perDay, "CN"))
        .stockpile("firms", StockpileTier.free(days).withHoldingCost(2_000))
        .build();
  }
}
