package org.stockpile.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.stockpile.check.Finding;
import org.stockpile.check.InvalidInput;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.optimize.Constraint;
import org.stockpile.optimize.DecidedInput;
import org.stockpile.optimize.Decision;
import org.stockpile.optimize.ObjectiveName;
import org.stockpile.optimize.OptimizePlan;
import org.stockpile.scenario.LoadedDocument;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.ScenarioVariant;

/**
 * An optimize spec file, read and checked, as a file-free {@link OptimizePlan} with the files it
 * came from (the spec, its base scenario as a {@link ScenarioTemplate} with its variants) and its
 * search settings. The reader checks the decisions (paths that exist in the scenario, grids that
 * make sense, values that keep the scenario valid at both ends of every range), the constraints,
 * the objectives and the search settings. Every problem is reported at once, located in the spec
 * or in the base scenario.
 */
public record OptimizeStudy(Path specFile, ScenarioTemplate base, OptimizePlan plan, SearchSpec search) {

  public static OptimizeStudy load(Path specFile) throws ScenarioException {
    return load(specFile, List.of());
  }

  /**
   * Reads {@code specFile} with {@code variants} (overlays, values set by path) applied to its
   * base scenario before the decisions: the spec's checks run on the varied base, and the
   * scenario's own decisions (the baseline) are the varied base's.
   */
  public static OptimizeStudy load(Path specFile, List<ScenarioVariant> variants) throws ScenarioException {
    LoadedDocument<OptimizeSpec> document = LoadedDocument.read(specFile, OptimizeSpec.class);
    OptimizeSpec spec = document.value();
    List<Finding> problems = new ArrayList<>(document.problems());
    ScenarioTemplate base = null;
    if (!document.brokenAt("scenario")) {
      try {
        base = ScenarioTemplate.load(resolve(specFile, spec.scenario()), variants);
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    if (spec.decisions().isEmpty()) {
      problems.add(document.place(Finding.at("decisions", "name at least one decision")));
    }
    List<String> paths = new ArrayList<>();
    List<DecidedInput> inputs = new ArrayList<>();
    List<Decision> decisions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < spec.decisions().size(); i++) {
      DecisionSpec written = spec.decisions().get(i);
      String at = "decisions[" + i + "]";
      if (written == null || document.brokenAt(at)) {
        continue;
      }
      if (!seen.add(written.path())) {
        problems.add(document.place(Finding.at(at + ".path", "the same path as an earlier decision")));
      }
      if (base != null) {
        Optional<String> wrong = base.problemWith(written.path());
        wrong.ifPresent(message -> problems.add(document.place(Finding.at(at + ".path", message))));
      }
      try {
        Decision decision = new Decision(written.path(), written.min(), written.max(), written.step());
        decisions.add(decision);
        paths.add(written.path());
        inputs.add(new DecidedInput(written.label() != null && !written.label().isBlank() ? written.label()
            : base != null ? base.label(written.path()) : written.path(), decision));
      } catch (InvalidInput e) {
        problems.add(document.place(Finding.at(at, e.problem())));
      }
    }
    List<Constraint> constraints = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int c = 0; c < spec.constraints().size(); c++) {
      ConstraintSpec written = spec.constraints().get(c);
      String at = "constraints[" + c + "]";
      if (written == null || document.brokenAt(at)) {
        continue;
      }
      String name = written.name() != null ? written.name() : "constraint " + (c + 1);
      if (!names.add(name)) {
        problems.add(document.place(Finding.at(at + (written.name() != null ? ".name" : ""),
            "the same name as an earlier constraint: " + name)));
      }
      boolean summing = !written.sum().isEmpty();
      boolean spending = written.spendingAtMost() != null;
      if (summing == spending) {
        problems.add(document.place(Finding.at(at, "give either sum (with min or max) or spendingAtMost")));
        continue;
      }
      try {
        if (spending) {
          if (written.min() != null || written.max() != null) {
            problems.add(document.place(Finding.at(at, "min and max go with sum, not with spendingAtMost")));
            continue;
          }
          constraints.add(Constraint.spendingAtMost(name, written.spendingAtMost()));
          continue;
        }
        if (written.min() == null && written.max() == null) {
          problems.add(document.place(Finding.at(at, "a sum needs min, max or both")));
          continue;
        }
        List<Integer> summed = new ArrayList<>();
        for (int j = 0; j < written.sum().size(); j++) {
          int index = paths.indexOf(written.sum().get(j));
          if (index < 0) {
            problems.add(document.place(Finding.at(at + ".sum[" + j + "]",
                "not a decision: " + written.sum().get(j))));
          }
          summed.add(index);
        }
        if (!summed.contains(-1)) {
          constraints.add(Constraint.sum(name, summed,
              written.min() != null ? written.min() : Double.NEGATIVE_INFINITY,
              written.max() != null ? written.max() : Double.POSITIVE_INFINITY));
        }
      } catch (InvalidInput e) {
        problems.add(document.place(Finding.at(at, e.problem())));
      }
    }
    List<ObjectiveName> objectives = new ArrayList<>(spec.objectives().isEmpty() && spec.objective() != null
        ? List.of(spec.objective()) : spec.objectives());
    objectives.removeIf(java.util.Objects::isNull);
    if (spec.objectives().size() == 1) {
      problems.add(document.place(Finding.at("objectives", "name two or more, or use objective for one")));
    }
    if (new HashSet<>(spec.objectives()).size() < spec.objectives().size()) {
      problems.add(document.place(Finding.at("objectives", "names the same objective twice")));
    }
    if (base != null) {
      checkUnits(document, spec, objectives, base, problems);
    }
    SearchSpec search = spec.search();
    if (!document.brokenAt("search")) {
      checkPositive(document, problems, "search.population", search.population(), 2, SearchSpec.MAX_POPULATION);
      checkPositive(document, problems, "search.generations", search.generations(), 1, Integer.MAX_VALUE);
      checkPositive(document, problems, "search.replicates", search.replicates(), 1, RunSettings.MAX_REPLICATES);
      checkPositive(document, problems, "search.validationReplicates", search.validationReplicates(), 2,
          RunSettings.MAX_REPLICATES);
    }
    if (problems.isEmpty()) {
      checkReachable(document, decisions, constraints, problems);
      checkEnds(document, base, paths, decisions, problems);
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(LoadedDocument.sorted(problems));
    }
    Scenario scenario = base.scenario();
    OptimizePlan plan = new OptimizePlan(inputs, TemplateFamily.of(base, paths), constraints, objectives,
        baseline(base, paths), scenario.currency(), objectiveUnits(objectives, scenario));
    return new OptimizeStudy(specFile, base, plan, search);
  }

  /**
   * The decisions as the base scenario has them (the policy as written, to compare with), when
   * the file writes a number at every decision's path.
   */
  private static Optional<double[]> baseline(ScenarioTemplate base, List<String> paths) {
    double[] values = new double[paths.size()];
    for (int i = 0; i < values.length; i++) {
      OptionalDouble written = base.number(paths.get(i));
      if (written.isEmpty()) {
        return Optional.empty();
      }
      values[i] = written.getAsDouble();
    }
    return Optional.of(values);
  }

  /**
   * Each objective's unit, in order: the currency, days, or the unit of the materials' shortfall
   * (the spec is refused when shortfall would add different units).
   */
  private static List<String> objectiveUnits(List<ObjectiveName> objectives, Scenario scenario) {
    return objectives.stream().map(objective -> switch (objective.dimension()) {
      case QUANTITY -> scenario.units().getFirst();
      case MONEY -> scenario.currency();
      case DAYS -> "days";
      case SHARE -> "share";
    }).toList();
  }

  /**
   * Each decision at its minimum, its first step and its maximum, the rest of the base scenario as
   * it is, must give a valid scenario; a problem is reported at the decision that causes it.
   */
  private static void checkEnds(LoadedDocument<OptimizeSpec> document, ScenarioTemplate base, List<String> paths,
      List<Decision> decisions, List<Finding> problems) {
    for (int i = 0; i < decisions.size(); i++) {
      Decision decision = decisions.get(i);
      double next = decision.levels() > 1 ? decision.value(1) : decision.min();
      // The ends, and the first step (a fractional step on a whole-number field shows there).
      for (double end : new double[] {decision.min(), next, decision.max()}) {
        try {
          base.scenario(List.of(paths.get(i)), new double[] {end});
        } catch (ScenarioException e) {
          for (Finding problem : e.problems()) {
            problems.add(document.place(Finding.at("decisions[" + i + "]",
                "at " + end + ", the scenario is not valid: " + problem.path() + ": " + problem.message())));
          }
          break;
        }
      }
    }
  }

  /**
   * A sum's bounds must be reachable within the decisions' ranges. Called when every constraint
   * of the spec was built, so {@code constraints.get(c)} is the spec's {@code constraints[c]}.
   */
  private static void checkReachable(LoadedDocument<OptimizeSpec> document, List<Decision> decisions,
      List<Constraint> constraints, List<Finding> problems) {
    for (int c = 0; c < constraints.size(); c++) {
      switch (constraints.get(c)) {
        case Constraint.DecisionSum sum -> {
          double lowest = 0;
          double highest = 0;
          for (int i : sum.decisions()) {
            lowest += decisions.get(i).min();
            highest += decisions.get(i).max();
          }
          if (highest < sum.min() || lowest > sum.max()) {
            problems.add(document.place(Finding.at("constraints[" + c + "]",
                "cannot be met: the decisions it sums range from " + lowest + " to " + highest)));
          }
        }
        case Constraint.SpendingLimit limit -> {
          // Whether spending can stay within the limit is known only once candidates are simulated.
        }
      }
    }
  }

  /**
   * Shortfall objectives add units over materials: refused when the materials are measured in
   * different units (kilograms of gallium are not added to tonnes of graphite).
   */
  private static void checkUnits(LoadedDocument<OptimizeSpec> document, OptimizeSpec spec,
      List<ObjectiveName> objectives, ScenarioTemplate base, List<Finding> problems) {
    List<String> units = base.scenario().units();
    for (ObjectiveName objective : objectives) {
      if (objective.dimension() == org.stockpile.metrics.Metric.Dimension.QUANTITY && units.size() > 1) {
        problems.add(document.place(Finding.at(spec.objectives().isEmpty() ? "objective" : "objectives",
            objective.written() + " adds shortfall over materials, but they are measured in different units ("
                + String.join(", ", units) + "): use expectedNetCost (shortage costs are money) or daysBelowTarget")));
      }
    }
  }

  private static void checkPositive(LoadedDocument<OptimizeSpec> document, List<Finding> problems, String path,
      long value, long least, long most) {
    if (value < least) {
      problems.add(document.place(Finding.at(path, "must be at least " + least + ", got " + value)));
    } else if (value > most) {
      problems.add(document.place(Finding.at(path, "must be at most " + most + ", got " + value)));
    }
  }

  private static Path resolve(Path specFile, String scenario) {
    Path parent = specFile.getParent();
    Path given = Path.of(scenario);
    return given.isAbsolute() || parent == null ? given : parent.resolve(given).normalize();
  }
}
