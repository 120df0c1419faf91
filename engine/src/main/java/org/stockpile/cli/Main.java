package org.stockpile.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Logging;
import org.stockpile.console.VectorRelaunch;
import org.stockpile.output.Manifest;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code stockpile} command. */
@Command(name = "stockpile",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Plans strategic reserves of critical materials: Monte Carlo over supply shocks.")
public final class Main implements Callable<Integer> {
  /** The commands' names, in the order the usage lists them. */
  private static final List<String> COMMANDS =
      List.of("run", "optimize", "sweep", "report", "compare", "value", "validate", "schema", "help");

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    VectorRelaunch.endWithParent();
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    CommandLine line = commandLine(args);
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

  /**
   * The command line for {@code args}: only the command they name is built (picocli reads each
   * command's options by reflection, a tenth of a second of start-up for them all), every command
   * when they name none, name an unknown one or ask for {@code help}.
   */
  static CommandLine commandLine(String... args) {
    CommandLine line = new CommandLine(new Main());
    String named = args.length > 0 ? args[0] : "";
    boolean one = COMMANDS.contains(named) && !named.equals("help");
    for (String name : COMMANDS) {
      if (!one || name.equals(named)) {
        line.addSubcommand(name, command(name));
      }
    }
    return line;
  }

  // A switch, not a map of constructor references: the JDK 25 start-up cache crashes while
  // archiving a lambda whose class it cannot keep (picocli's classes are too old for it).
  private static Object command(String name) {
    return switch (name) {
      case "run" -> new RunCommand();
      case "optimize" -> new OptimizeCommand();
      case "sweep" -> new SweepCommand();
      case "report" -> new ReportCommand();
      case "compare" -> new CompareCommand();
      case "value" -> new ValueCommand();
      case "validate" -> new ValidateCommand();
      case "schema" -> new SchemaCommand();
      case "help" -> new CommandLine.HelpCommand();
      default -> throw new IllegalArgumentException("no command " + name);
    };
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
