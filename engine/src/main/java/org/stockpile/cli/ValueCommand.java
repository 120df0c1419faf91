package org.stockpile.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Footprints;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.Guarded;
import org.stockpile.console.ProgressDisplay;
import org.stockpile.console.ReplicateOptions;
import org.stockpile.console.VariantOptions;
import org.stockpile.model.Scenario;
import org.stockpile.report.Format;
import org.stockpile.report.ReserveValue;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.ScenarioVariant;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunFootprint;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code stockpile value FILE --tier T}: what a stockpile tier is worth, per dollar it costs. */
@Command(name = "value", mixinStandardHelpOptions = true,
    description = "What a stockpile tier is worth: runs the scenario with the tier and with its target, starting "
        + "stock and capacity set to zero, on the same seed and replicates, and prints the shortage cost the tier "
        + "avoids, what it costs (its starting stock, stock bought, storage, capital, less the stock it released and "
        + "its value at the end), the shortage cost avoided per unit of money it costs, and the change in net cost, "
        + "each with its paired 95 %% interval.")
final class ValueCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "FILE", description = "Scenario file (YAML, or JSON by the .json ending).")
  Path file;

  @Option(names = "--tier", required = true, paramLabel = "HOLDER",
      description = "The tier to value, by holder (public, private...), in every material that has it.")
  String tier;

  @CommandLine.Mixin
  ReplicateOptions replicateOptions;

  @CommandLine.Mixin
  Guarded guarded;

  @CommandLine.Mixin
  VariantOptions variants;

  @Override
  public Integer call() {
    return guarded.runWithVectors("value", this::value);
  }

  private int value() throws Exception {
    PrintWriter stdout = guarded.out();
    ScenarioTemplate varied = ScenarioTemplate.load(file, variants.variants());
    Scenario scenario = varied.scenario();
    List<String> holding = scenario.materials().entrySet().stream()
        .filter(entry -> entry.getValue().stockpiles().containsKey(tier)).map(java.util.Map.Entry::getKey).toList();
    if (holding.isEmpty()) {
      List<String> tiers = scenario.materials().values().stream().flatMap(m -> m.stockpiles().keySet().stream())
          .distinct().toList();
      throw new UsageException("--tier " + tier + ": no material of " + file + " has a tier '" + tier + "' (tiers: "
          + String.join(", ", tiers) + ")");
    }
    List<ScenarioVariant> withoutTier = new ArrayList<>(variants.variants());
    for (String material : holding) {
      String path = "materials." + material + ".stockpiles." + tier;
      withoutTier.add(ScenarioVariant.parseSetting(path + ".targetDays=0"));
      withoutTier.add(ScenarioVariant.parseSetting(path + ".initialDays=0"));
      // A free tier takes surplus above its target up to its capacity: none either.
      withoutTier.add(ScenarioVariant.parseSetting(path + ".capacityDays=0"));
    }
    ScenarioTemplate without = ScenarioTemplate.load(file, withoutTier);
    RunOptions options = replicateOptions.of(scenario);
    CompiledScenario compiledWith = CompiledScenario.compile(varied.valid());
    RunFootprint footprint = RunFootprint.of(compiledWith, options);
    Footprints.check("valuing the tier", new RunFootprint(footprint.resultBytes(), footprint.seriesBytes(),
        footprint.workerBytes(), 2 * footprint.materialDays(), 2 * footprint.events()), options.threads(),
        guarded.err());
    RunResult withResult;
    RunResult withoutResult;
    try (ProgressDisplay progress = ProgressDisplay.forReplicates(2 * options.replicates())) {
      int half = options.replicates();
      withResult = MonteCarlo.run(compiledWith, options.withProgress(progress::update));
      withoutResult = MonteCarlo.run(CompiledScenario.compile(without.valid()),
          options.withProgress(done -> progress.update(half + done)));
    }
    print(stdout, scenario, options, holding, ReserveValue.of(withResult, withoutResult, tier, holding),
        withResult.currency());
    stdout.flush();
    return ExitCode.OK;
  }

  private void print(PrintWriter out, Scenario scenario, RunOptions options, List<String> holding,
      List<ReserveValue.Row> rows, String currency) {
    out.println("Value of the " + tier + " tier of " + scenario.name() + " (" + String.join(", ", holding) + "): "
        + Format.count(options.replicates(), "replicate", "replicates") + ", seed " + options.seed()
        + ", against the same scenario with its target, starting stock and capacity at zero (paired 95 % intervals)");
    for (ReserveValue.Row row : rows) {
      out.println(row.scope() + ":");
      out.println("  shortage cost avoided     " + money(row.avoided(), currency));
      out.println("  cost of the reserve       " + money(row.cost(), currency));
      ReserveValue.Interval ratio = row.perDollar();
      out.println("  avoided per " + currency + " of cost  " + (Double.isNaN(ratio.mean()) || row.cost().low() <= 0
          ? "– (the reserve's cost is not clearly above zero)" : Format.number(ratio.mean()) + " [" + Format.number(ratio.low()) + ", "
          + Format.number(ratio.high()) + "]"));
      out.println("  net cost change          " + money(row.netChange(), currency)
          + (row.netChange().high() < 0 ? ": the tier pays for itself" : row.netChange().low() > 0
              ? ": the tier costs more than it saves" : ": no clear difference"));
    }
    out.println("Cost of the reserve: the tier's starting stock + stock bought + storage + cost of capital - stock it "
        + "released (at base price) - its stock's value at the end. Net cost change: the whole net cost with the "
        + "tier less without it, which also holds what the tier changes for other tiers.");
  }

  private static String money(ReserveValue.Interval interval, String currency) {
    return Format.withUnit(interval.mean(), currency) + " [" + Format.number(interval.low()) + ", "
        + Format.number(interval.high()) + "]";
  }
}
