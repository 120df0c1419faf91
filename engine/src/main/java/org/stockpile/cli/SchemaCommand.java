package org.stockpile.cli;

import java.util.concurrent.Callable;
import org.stockpile.scenario.ScenarioSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code stockpile schema}: prints the JSON Schema of scenario files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema of scenario files (generated from the model), for editors.")
final class SchemaCommand implements Callable<Integer> {
  @CommandLine.Mixin
  Guarded guarded;

  @Override
  public Integer call() {
    return guarded.run(() -> {
      guarded.out().println(ScenarioSchema.text());
      guarded.out().flush();
      return ExitCode.OK;
    });
  }
}
