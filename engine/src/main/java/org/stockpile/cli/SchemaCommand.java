package org.stockpile.cli;

import java.util.concurrent.Callable;
import org.stockpile.scenario.ScenarioSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code stockpile schema}: prints the JSON Schema of scenario files. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema of scenario files (generated from the model), for editors.")
final class SchemaCommand implements Callable<Integer> {
  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    return Failures.guard(spec.commandLine().getErr(), debug, () -> {
      spec.commandLine().getOut().println(ScenarioSchema.text());
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    });
  }
}
