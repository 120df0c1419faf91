package org.stockpile.sim;

import java.util.ArrayList;
import java.util.List;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.Scenario;

/** Runs one replicate of a scenario and keeps every day's flows of one material, for tests. */
final class Trace {
  final List<double[]> days = new ArrayList<>();
  final List<double[]> tiers = new ArrayList<>();
  final CompiledScenario compiled;
  final RunResult result;

  static final int DEMAND = 0;
  static final int TO_SERVE = 1;
  static final int ARRIVALS = 2;
  static final int RECYCLED = 3;
  static final int SERVED_ARRIVALS = 4;
  static final int SERVED_STOCK = 5;
  static final int SHORTFALL = 6;
  static final int REPAID = 7;
  /** Supply waiting unstored at the end of the day. */
  static final int UNSTORED = 8;
  static final int STOCK_BEFORE = 9;
  static final int STOCK_AFTER = 10;
  static final int PRICE = 11;
  static final int UNSTORED_BEFORE = 12;

  private Trace(Scenario scenario, int material, int replicate) throws ScenarioException {
    compiled = CompiledScenario.compile(scenario);
    Kernel kernel = new Kernel(compiled);
    double[] metrics = new double[kernel.layout().width()];
    kernel.run(scenario.run().seed(), replicate, metrics, 0, null, 0, (r, day, flows) -> {
      days.add(new double[] {flows.demand[material], flows.toServe[material], flows.arrivals[material],
          flows.recycled[material], flows.servedFromArrivals[material], flows.servedFromStock[material],
          flows.shortfall[material], flows.repaid[material], flows.unstored[material], flows.stockBefore[material],
          flows.stockAfter[material], flows.price[material], flows.unstoredBefore[material]});
      tiers.add(flows.tierStock.clone());
    });
    result = MonteCarlo.run(compiled, new RunOptions(1, scenario.run().seed(), 1, false, null));
  }

  static Trace of(Scenario scenario) throws ScenarioException {
    return new Trace(scenario, 0, 0);
  }

  double get(int day, int field) {
    return days.get(day)[field];
  }

  double sum(int field) {
    return days.stream().mapToDouble(d -> d[field]).sum();
  }

  /** Stock of the tier with global (priority-order) index {@code k} at the end of {@code day}. */
  double tier(int day, int k) {
    return tiers.get(day)[k];
  }

  /** Days on which the field is positive. */
  List<Integer> daysWith(int field) {
    List<Integer> found = new ArrayList<>();
    for (int t = 0; t < days.size(); t++) {
      if (days.get(t)[field] > 1e-9) {
        found.add(t);
      }
    }
    return found;
  }
}
