package org.stockpile.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stockpile.check.ScenarioException;
import org.stockpile.optimize.DecidedInput;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.TemplateSetters;
import org.stockpile.sweep.SweptInput;
import org.stockpile.sweep.SweptModel;
import org.stockpile.testing.CandidateValues;

/**
 * Every bundled sweep and optimize spec makes its points and candidates on the base scenario's
 * records, and each is what setting the values in the base file's tree and binding it makes: the
 * same scenario, or the same problems in the same order, for values in range and out of it,
 * halves on whole-number fields, zero, negative and non-finite values, and for the spec's paths
 * in any order, some left out or given twice.
 */
class TemplateFamilyProperties {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final int CANDIDATES_PER_SPEC = 300;

  /** A spec's base, the family it runs, and each path's range (a sweep's ends, a decision's bounds). */
  private record Spec(String name, ScenarioTemplate base, TemplateFamily family, List<String> paths, double[] low,
      double[] high) {
  }

  @Test
  void everyBundledSpecMakesWhatItsTemplateMakesFromTheSameValues() throws Exception {
    SplittableRandom random = new SplittableRandom(20260613);
    List<Spec> specs = specs();
    assertEquals(8, specs.size(), "four sweep specs and four optimize specs");
    for (Spec spec : specs) {
      assertEquals(Map.of(), spec.family().setters().pathsSetInTheTree(), spec.name() + ": every path on the records");
      int scenarios = 0;
      int refused = 0;
      for (int c = 0; c < CANDIDATES_PER_SPEC; c++) {
        List<Integer> chosen = chosenPaths(random, spec.paths().size(), c % 4 == 3);
        boolean allInRange = random.nextInt(3) == 0;
        List<String> paths = new ArrayList<>();
        double[] values = new double[chosen.size()];
        for (int k = 0; k < values.length; k++) {
          int p = chosen.get(k);
          paths.add(spec.paths().get(p));
          double written = spec.base().number(spec.paths().get(p)).orElse(1);
          values[k] = allInRange ? CandidateValues.inRange(random, written, spec.low()[p], spec.high()[p])
              : CandidateValues.any(random, written, spec.low()[p], spec.high()[p]);
        }
        TemplateSetters setters = paths.equals(spec.paths()) ? spec.family().setters() : spec.base().setters(paths);
        Object byTree = CandidateValues.outcome(() -> spec.base().valid(paths, values).scenario());
        Object byRecords = CandidateValues.outcome(() -> setters.valid(values).scenario());
        assertEquals(byTree, byRecords, spec.name() + ": " + paths + " = " + java.util.Arrays.toString(values));
        if (byRecords instanceof List<?>) {
          refused++;
        } else {
          scenarios++;
        }
      }
      assertTrue(scenarios > CANDIDATES_PER_SPEC / 10 && refused > CANDIDATES_PER_SPEC / 10,
          spec.name() + ": " + scenarios + " scenarios made and " + refused + " refused");
    }
  }

  /** Every path in order, or (when {@code shuffled}) some of them in any order, one perhaps twice. */
  private static List<Integer> chosenPaths(SplittableRandom random, int count, boolean shuffled) {
    List<Integer> chosen = new ArrayList<>();
    for (int p = 0; p < count; p++) {
      chosen.add(p);
    }
    if (shuffled) {
      java.util.Collections.shuffle(chosen, random);
      chosen = new ArrayList<>(chosen.subList(0, 1 + random.nextInt(count)));
      if (random.nextBoolean()) {
        chosen.add(chosen.get(random.nextInt(chosen.size())));
      }
    }
    return chosen;
  }

  private static List<Spec> specs() throws IOException, ScenarioException {
    List<Spec> specs = new ArrayList<>();
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      for (Path file : files.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".sweep.yaml")) {
          SweepStudy study = SweepStudy.load(file);
          if (!(study.plan().model() instanceof SweptModel.OneEconomy one)) {
            continue; // a sweep on several economies sets its numbers in the world's tree (WorldFile)
          }
          List<SweptInput> inputs = study.plan().inputs();
          specs.add(new Spec(name, (ScenarioTemplate) study.base(), (TemplateFamily) one.scenarios(),
              inputs.stream().map(SweptInput::path).toList(),
              inputs.stream().mapToDouble(input -> input.valueAt(0)).toArray(),
              inputs.stream().mapToDouble(input -> input.valueAt(1)).toArray()));
        } else if (name.endsWith(".optimize.yaml") && !WorldOptimizeStudy.isWorld(file)) {
          // A spec on several economies sets its numbers in the world's tree (WorldFile), not through setters.
          OptimizeStudy study = OptimizeStudy.load(file);
          List<DecidedInput> inputs = study.plan().inputs();
          specs.add(new Spec(name, study.base(), (TemplateFamily) study.plan().scenarios(), study.plan().paths(),
              inputs.stream().mapToDouble(input -> input.decision().min()).toArray(),
              inputs.stream().mapToDouble(input -> input.decision().max()).toArray()));
        }
      }
    }
    return specs;
  }
}
