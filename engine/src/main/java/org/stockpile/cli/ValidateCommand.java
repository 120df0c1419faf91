package org.stockpile.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.stockpile.check.ScenarioException;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Guarded;
import org.stockpile.console.VariantOptions;
import org.stockpile.model.Scenario;
import org.stockpile.model.World;
import org.stockpile.report.Format;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.study.OptimizeStudy;
import org.stockpile.study.WorldOptimizeStudy;
import org.stockpile.study.SweepStudy;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code stockpile validate FILE...}: checks scenario files and lists every problem. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks scenario files, optimize specs (*.optimize.yaml) and sweep specs (*.sweep.yaml); lists every "
        + "problem with file, line, "
        + "column and path. Exit 0 if all are valid, 2 if not.")
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE",
      description = "Scenario files or optimize specs (YAML, or JSON by the .json ending).")
  List<Path> files;

  @CommandLine.Mixin
  Guarded guarded;

  @CommandLine.Mixin
  VariantOptions variants;

  @Override
  public Integer call() {
    int worst = ExitCode.OK;
    for (Path file : files) {
      int code = guarded.run(() -> {
        try {
          if (isSweepSpec(file)) {
            SweepStudy spec = SweepStudy.load(file, variants.variants());
            guarded.out().println(file + ": valid sweep spec (" + Format.count(spec.plan().inputs().size(), "parameter")
                + " on " + spec.base().file() + ")");
            return ExitCode.OK;
          }
          if (isOptimizeSpec(file) && WorldOptimizeStudy.isWorld(file)) {
            WorldOptimizeStudy spec = WorldOptimizeStudy.load(file, variants.variants());
            guarded.out().println(file + ": valid optimize spec (" + Format.count(spec.decisions().size(), "decision")
                + " of " + Format.count(spec.economies().size(), "economy", "economies") + " on " + spec.base().file()
                + ")");
            return ExitCode.OK;
          }
          if (isOptimizeSpec(file)) {
            OptimizeStudy spec = OptimizeStudy.load(file, variants.variants());
            guarded.out().println(file + ": valid optimize spec (" + Format.count(spec.plan().inputs().size(), "decision")
                + " on " + spec.base().file() + ")");
            return ExitCode.OK;
          }
          if (ScenarioLoader.declaresEconomies(file)) {
            World world = ScenarioLoader.loadWorld(file, variants.variants()).world();
            guarded.out().println(file + ": valid (" + Format.count(world.economies().size(), "economy", "economies")
                + ", " + Format.count(world.materialIds().size(), "material") + ", "
                + Format.count(world.shocks().size(), "scheduled shock") + ", "
                + Format.count(world.shockProcesses().size(), "shock process", "shock processes") + ")");
            return ExitCode.OK;
          }
          Scenario scenario = ScenarioLoader.load(file, variants.variants());
          guarded.out().println(file + ": valid (" + Format.count(scenario.materials().size(), "material") + ", "
              + Format.count(scenario.shocks().size(), "scheduled shock") + ", "
              + Format.count(scenario.shockProcesses().size(), "shock process", "shock processes") + ")");
          return ExitCode.OK;
        } catch (ScenarioException e) {
          for (var problem : e.problems()) {
            guarded.err().println(problem);
          }
          guarded.err().println(file + ": " + Format.count(e.problems().size(), "problem"));
          return ExitCode.BAD_INPUT;
        }
      });
      worst = Math.max(worst, code == ExitCode.INTERNAL_ERROR ? 3 : code);
    }
    guarded.out().flush();
    return worst == 3 ? ExitCode.INTERNAL_ERROR : worst;
  }

  /** Sweep specs are named {@code *.sweep.yaml} (or .yml, .json). */
  static boolean isSweepSpec(Path file) {
    return file.getFileName().toString().matches(".*\\.sweep\\.(yaml|yml|json)");
  }

  /** Optimize specs are named {@code *.optimize.yaml} (or .yml, .json). */
  static boolean isOptimizeSpec(Path file) {
    return file.getFileName().toString().matches(".*\\.optimize\\.(yaml|yml|json)");
  }
}
