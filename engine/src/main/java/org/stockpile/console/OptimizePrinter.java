package org.stockpile.console;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.stockpile.optimize.Constraint;
import org.stockpile.optimize.Estimate;
import org.stockpile.optimize.Evaluation;
import org.stockpile.optimize.OptimizationResult;
import org.stockpile.optimize.OptimizePlan;
import org.stockpile.optimize.OptimizerSettings;
import org.stockpile.optimize.ValidationReport;
import org.stockpile.report.Format;
import org.stockpile.study.OptimizeWorkflow;

/**
 * What {@code stockpile optimize} prints when a search ends: the settings, the best objective with
 * its unit (and the scenario as written), each decision by its label with its path, each
 * constraint's value, bound and slack, the candidates that made no valid scenario, and every
 * objective on fresh replicates with its 95 % interval.
 */
public final class OptimizePrinter {
  private OptimizePrinter() {
  }

  /** Prints {@code outcome} of the search of the spec named {@code specName}. */
  public static void result(PrintWriter stdout, String specName, OptimizerSettings settings, OptimizePlan plan,
      OptimizeWorkflow.Outcome outcome) {
    OptimizationResult result = outcome.result();
    Optional<Evaluation> baseline = outcome.baseline();
    ValidationReport validation = outcome.validation();
    List<String> units = plan.objectiveUnits();
    stdout.println(specName + ": " + Format.count(settings.generations(), "generation") + " x "
        + Format.count(settings.population(), "candidate") + ", " + Format.count(settings.replicates(), "replicate")
        + ", seed " + settings.seed());
    String first = plan.objectives().getFirst().written();
    String unit = units.getFirst();
    if (plan.objectives().size() > 1) {
      stdout.println(Format.count(result.front().size(), "candidate") + " on the front (pareto.csv); the best on " + first
          + ":");
    }
    stdout.println("best " + first + ": " + withUnit(result.best().score(), unit)
        + (result.best().feasible() ? "" : " (NO candidate met every constraint; this one misses least)"));
    baseline.ifPresent(policy -> stdout.println("  (the scenario as written: " + withUnit(policy.score(), unit)
        + (policy.feasible() ? "" : ", which does not meet every constraint") + ")"));
    int width = plan.labels().stream().mapToInt(String::length).max().orElse(0);
    for (int i = 0; i < plan.paths().size(); i++) {
      String label = plan.labels().get(i);
      stdout.println("  " + label + " ".repeat(width - label.length()) + " = " + format(result.best().values().get(i))
          + "   (" + plan.paths().get(i) + ")");
    }
    for (int c = 0; c < plan.constraints().size(); c++) {
      int index = c;
      stdout.println("  constraint " + constraintLine(plan, c, result.best(), true)
          + baseline.map(policy -> "; as written " + constraintLine(plan, index, policy, false)).orElse(""));
    }
    List<String> invalid = outcome.last().scored().stream().map(scored -> scored.evaluation().invalid())
        .filter(java.util.Objects::nonNull).toList();
    if (!invalid.isEmpty()) {
      stdout.println(Format.count(invalid.size(), "candidate") + " did not make a valid scenario and ranked last (first: "
          + invalid.getFirst() + ")");
    }
    for (int o = 0; o < plan.objectives().size(); o++) {
      ValidationReport.Scores scores = validation.objectives().get(o);
      String objectiveUnit = units.get(o);
      stdout.println("on " + validation.replicates() + " fresh replicates, " + plan.objectives().get(o).written()
          + ": best " + interval(scores.best(), objectiveUnit)
          + scores.baseline().map(base -> ", as written " + interval(base, objectiveUnit)).orElse("")
          + scores.difference().map(gap -> ", difference " + interval(gap, objectiveUnit)).orElse(""));
    }
  }

  private static String interval(Estimate estimate, String unit) {
    return withUnit(estimate.mean(), unit) + " [" + Format.number(estimate.low()) + ", "
        + Format.number(estimate.high()) + "]";
  }

  /**
   * How a candidate stands against constraint {@code c}: its value and slack, after the
   * constraint's name and bound when {@code named}.
   */
  private static String constraintLine(OptimizePlan plan, int c, Evaluation candidate, boolean named) {
    Constraint constraint = plan.constraints().get(c);
    double slack = candidate.slacks().get(c);
    String unit = switch (constraint) {
      case Constraint.SpendingLimit limit -> plan.currency();
      case Constraint.DecisionSum sum -> "";
    };
    String bound = switch (constraint) {
      case Constraint.DecisionSum sum -> Double.isFinite(sum.min()) && Double.isFinite(sum.max())
          ? "between " + Format.number(sum.min()) + " and " + Format.number(sum.max())
          : Double.isFinite(sum.min()) ? "at least " + Format.number(sum.min()) : "at most " + Format.number(sum.max());
      case Constraint.SpendingLimit limit -> "at most " + Format.withUnit(limit.max(), unit);
    };
    String standing = Double.isNaN(slack) ? "not simulated"
        : slack >= 0 ? "met, slack " + Format.withUnit(slack, unit) : "MISSED by " + Format.withUnit(-slack, unit);
    return (named ? constraint.name() + " (" + bound + "): " : "")
        + Format.withUnit(constraint.value(candidate.values(), slack), unit) + ", " + standing;
  }

  /** An objective's value with its unit: {@code 91.2 M USD}, {@code 213 t}, {@code 30.5 days}. */
  public static String withUnit(double value, String unit) {
    if (!Double.isFinite(value)) {
      return format(value);
    }
    return Format.withUnit(value, unit);
  }

  /** Six significant digits at most, no exponent, no trailing zeros. */
  private static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "not simulated" : Double.toString(value);
    }
    return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
