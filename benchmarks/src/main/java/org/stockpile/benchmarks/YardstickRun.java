package org.stockpile.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.scenario.ScenarioVariant;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;

/**
 * The engine's side of {@code benchmarks/baselines/compare.sh}: the work the NumPy yardstick does,
 * timed the way it times itself. One thread, every replicate's metrics and no daily series (the
 * yardstick keeps none), the scenario read and compiled before the clock starts, the JIT's warm-up
 * inside it (a single shot, as NumPy's). Prints one line of JSON.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp benchmarks.jar org.stockpile.benchmarks.YardstickRun
 *     SCENARIO REPLICATES [DAYS]</pre>
 */
public final class YardstickRun {
  private YardstickRun() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: YardstickRun SCENARIO REPLICATES [DAYS]");
      System.exit(2);
    }
    List<ScenarioVariant> variants = new ArrayList<>();
    if (args.length > 2) {
      variants.add(ScenarioVariant.set("run.horizonDays", args[2]));
    }
    Scenario scenario = ScenarioLoader.load(Path.of(args[0]), variants);
    CompiledScenario compiled = CompiledScenario.compile(scenario);
    int replicates = Integer.parseInt(args[1]);
    RunOptions options = new RunOptions(replicates, scenario.run().seed(), 1, false, null);
    long start = System.nanoTime();
    MonteCarlo.run(compiled, options);
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "{\"replicates\": %d, \"days\": %d, \"materials\": %d, \"simulateSeconds\": %.4f}%n",
        replicates, scenario.run().horizonDays(), scenario.materials().size(), seconds);
  }
}
