package org.stockpile.cli;

import org.stockpile.output.Manifest;
import org.stockpile.sim.VectorApi;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code stockpile} command. */
@Command(name = "stockpile",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Plans strategic reserves of critical materials: Monte Carlo over supply shocks.",
    subcommands = {RunCommand.class, OptimizeCommand.class, SweepCommand.class, ReportCommand.class,
        CompareCommand.class, ValidateCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    if (!VectorApi.available()) {
      System.err.println("stockpile: " + VectorApi.missingMessage());
      return ExitCode.INTERNAL_ERROR;
    }
    CommandLine line = new CommandLine(new Main());
    line.setExitCodeExceptionMapper(error -> error instanceof CommandLine.ParameterException
        ? ExitCode.BAD_INPUT : ExitCode.INTERNAL_ERROR);
    line.setParameterExceptionHandler((error, arguments) -> {
      error.getCommandLine().getErr().println("stockpile: " + error.getMessage());
      error.getCommandLine().getErr().println("Try '" + error.getCommandLine().getCommandSpec().qualifiedName()
          + " --help'.");
      return ExitCode.BAD_INPUT;
    });
    return line.execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: run, optimize, sweep, validate or schema");
  }

  /** Version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stockpile " + Manifest.currentEngineVersion()};
    }
  }
}
