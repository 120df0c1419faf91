package org.stockpile.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Logging;
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
        CompareCommand.class, ValueCommand.class, ValidateCommand.class, SchemaCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Callable<Integer> {

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
      PrintWriter err = error.getCommandLine().getErr();
      err.println("stockpile: " + error.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(error, err);
      err.println("Try '" + error.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
      return ExitCode.BAD_INPUT;
    });
    line.setExecutionStrategy(Logging.strategy(Logging.logback()));
    return line.execute(args);
  }

  /** No command named: the usage, with every command, on stderr. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("stockpile: name a command");
    spec.commandLine().usage(err);
    err.flush();
    return ExitCode.BAD_INPUT;
  }

  /** Version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"stockpile " + Manifest.currentEngineVersion()};
    }
  }
}
