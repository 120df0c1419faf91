package org.stockpile.cli;

import java.util.concurrent.Callable;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Guarded;
import org.stockpile.scenario.ScenarioSchema;
import org.stockpile.study.OptimizeSpec;
import org.stockpile.study.SweepSpec;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stockpile schema}: prints the JSON Schema of scenario files, or of optimize specs. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema of scenario files (generated from the model), or with --optimize or "
        + "--sweep of spec files, for editors.")
final class SchemaCommand implements Callable<Integer> {
  @Option(names = "--optimize", description = "The schema of optimize spec files instead.")
  boolean optimize;

  @Option(names = "--sweep", description = "The schema of sweep spec files instead.")
  boolean sweep;

  @CommandLine.Mixin
  Guarded guarded;

  @Override
  public Integer call() {
    return guarded.run(() -> {
      String text = optimize
          ? ScenarioSchema.generate(OptimizeSpec.class, "Stockpile optimize spec").toPrettyString()
          : sweep ? ScenarioSchema.generate(SweepSpec.class, "Stockpile sweep spec").toPrettyString()
          : ScenarioSchema.text();
      guarded.out().println(text);
      guarded.out().flush();
      return ExitCode.OK;
    });
  }
}
