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
import org.stockpile.optimize.Decision;
import org.stockpile.optimize.ObjectiveName;
import org.stockpile.optimize.WorldSearch;
import org.stockpile.scenario.LoadedDocument;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.scenario.ScenarioVariant;
import org.stockpile.scenario.WorldFile;

/**
 * An optimize spec whose scenario has several economies, read and checked: each decision belongs
 * to the economy its path starts with ({@code economies.<id>.}), the objective is scored per
 * economy, and the coalition is the economies whose objectives are summed for the optimum they
 * choose together. Sums of decisions may be bounded; a spending limit and several objectives are
 * for a single economy's search.
 *
 * @param economies the economies scored, in the file's order
 * @param coalition per economy, whether it is in the coalition
 */
public record WorldOptimizeStudy(Path specFile, WorldFile base, List<String> paths,
    List<WorldSearch.WorldDecision> decisions, List<WorldSearch.SumLimit> limits, List<String> economies,
    boolean[] coalition, ObjectiveName objective, SearchSpec search) {

  private static final String ECONOMIES = "economies.";

  /** Whether {@code specFile} is an optimize spec whose scenario has several economies. */
  public static boolean isWorld(Path specFile) {
    try {
      LoadedDocument<OptimizeSpec> document = LoadedDocument.read(specFile, OptimizeSpec.class);
      String scenario = document.value().scenario();
      return scenario != null && ScenarioLoader.declaresEconomies(resolve(specFile, scenario));
    } catch (ScenarioException | RuntimeException e) {
      return false;
    }
  }

  /** Reads {@code specFile}, its base scenario varied by {@code variants}; every problem at once. */
  public static WorldOptimizeStudy load(Path specFile, List<ScenarioVariant> variants) throws ScenarioException {
    LoadedDocument<OptimizeSpec> document = LoadedDocument.read(specFile, OptimizeSpec.class);
    OptimizeSpec spec = document.value();
    List<Finding> problems = new ArrayList<>(document.problems());
    WorldFile base = null;
    try {
      base = WorldFile.load(resolve(specFile, spec.scenario()), variants);
    } catch (ScenarioException e) {
      problems.addAll(e.problems());
    }
    List<String> economies = base == null ? List.of() : List.copyOf(base.world().economies().keySet());
    if (spec.decisions().isEmpty()) {
      problems.add(document.place(Finding.at("decisions", "name at least one decision")));
    }
    List<String> paths = new ArrayList<>();
    List<WorldSearch.WorldDecision> decisions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < spec.decisions().size(); i++) {
      DecisionSpec written = spec.decisions().get(i);
      String at = "decisions[" + i + "]";
      if (written == null || document.brokenAt(at) || base == null) {
        continue;
      }
      if (!seen.add(written.path())) {
        problems.add(document.place(Finding.at(at + ".path", "the same path as an earlier decision")));
      }
      int owner = ownerOf(written.path(), economies);
      if (owner < 0) {
        problems.add(document.place(Finding.at(at + ".path", "a decision belongs to an economy: start the path with "
            + "economies.<id>. (one of " + String.join(", ", economies) + ")")));
        continue;
      }
      if (written.path().endsWith(".share")) {
        problems.add(document.place(Finding.at(at + ".path", "a source's share cannot be a decision in a scenario with "
            + "several economies yet (its other shares would have to move with it)")));
        continue;
      }
      Optional<String> wrong = base.problemWith(written.path());
      wrong.ifPresent(message -> problems.add(document.place(Finding.at(at + ".path", message))));
      try {
        Decision grid = new Decision(written.path(), written.min(), written.max(), written.step());
        String label = written.label() != null && !written.label().isBlank() ? written.label() : written.path();
        decisions.add(new WorldSearch.WorldDecision(grid, label, owner));
        paths.add(written.path());
      } catch (InvalidInput e) {
        problems.add(document.place(Finding.at(at, e.problem())));
      }
    }
    List<WorldSearch.SumLimit> limits = new ArrayList<>();
    for (int c = 0; c < spec.constraints().size(); c++) {
      ConstraintSpec written = spec.constraints().get(c);
      String at = "constraints[" + c + "]";
      if (written == null || document.brokenAt(at)) {
        continue;
      }
      if (written.spendingAtMost() != null || written.sum().isEmpty()) {
        problems.add(document.place(Finding.at(at, "in a scenario with several economies a constraint is a sum of "
            + "decisions with min or max (no spending limit yet)")));
        continue;
      }
      if (written.min() == null && written.max() == null) {
        problems.add(document.place(Finding.at(at, "a sum needs min, max or both")));
        continue;
      }
      int[] summed = new int[written.sum().size()];
      for (int j = 0; j < summed.length; j++) {
        summed[j] = paths.indexOf(written.sum().get(j));
        if (summed[j] < 0) {
          problems.add(document.place(Finding.at(at + ".sum[" + j + "]", "not a decision: " + written.sum().get(j))));
        }
      }
      limits.add(new WorldSearch.SumLimit(written.name() != null ? written.name() : "constraint " + (c + 1), summed,
          written.min(), written.max()));
    }
    if (!spec.objectives().isEmpty()) {
      problems.add(document.place(Finding.at("objectives", "a scenario with several economies takes one objective "
          + "(objective:), scored per economy")));
    }
    boolean[] coalition = new boolean[economies.size()];
    if (spec.coalition().isEmpty()) {
      java.util.Arrays.fill(coalition, true);
    }
    for (int i = 0; i < spec.coalition().size(); i++) {
      int e = economies.indexOf(spec.coalition().get(i));
      if (e < 0 && base != null) {
        problems.add(document.place(Finding.at("coalition[" + i + "]", "'" + spec.coalition().get(i)
            + "' is not an economy of the scenario (" + String.join(", ", economies) + ")")));
      } else if (e >= 0) {
        coalition[e] = true;
      }
    }
    SearchSpec search = spec.search();
    if (search.replicates() < 1 || search.validationReplicates() < 2 || search.rounds() < 1) {
      problems.add(document.place(Finding.at("search", "replicates and rounds must be at least 1, "
          + "validationReplicates at least 2")));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(LoadedDocument.sorted(problems));
    }
    return new WorldOptimizeStudy(specFile, base, List.copyOf(paths), List.copyOf(decisions), List.copyOf(limits),
        economies, coalition, spec.objective(), search);
  }

  /** Where the search starts: each decision at the scenario's own value, on its grid (its min when unwritten). */
  public double[] start() {
    double[] values = new double[decisions.size()];
    for (int d = 0; d < values.length; d++) {
      Decision grid = decisions.get(d).grid();
      OptionalDouble written = base.number(paths.get(d));
      double value = written.isPresent() ? written.getAsDouble() : grid.min();
      int level = (int) Math.rint((Math.min(Math.max(value, grid.min()), grid.max()) - grid.min()) / grid.step());
      values[d] = grid.value(Math.min(level, grid.levels() - 1));
    }
    return values;
  }

  private static int ownerOf(String path, List<String> economies) {
    if (!path.startsWith(ECONOMIES)) {
      return -1;
    }
    String rest = path.substring(ECONOMIES.length());
    int dot = rest.indexOf('.');
    return dot < 0 ? -1 : economies.indexOf(rest.substring(0, dot));
  }

  private static Path resolve(Path specFile, String scenario) {
    Path parent = specFile.getParent();
    Path given = Path.of(scenario);
    return given.isAbsolute() || parent == null ? given : parent.resolve(given).normalize();
  }
}
