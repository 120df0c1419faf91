package org.stockpile.spark;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Logging;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code stockpile-spark}: the sweep command on Apache Spark. Everything is checked on the driver
 * before a task is submitted (the spec, every point's scenario, the results folder, the
 * baseline), with the exit codes of {@code stockpile}.
 */
@Command(name = "stockpile-spark", mixinStandardHelpOptions = true,
    description = "Runs Stockpile work on Apache Spark, with the numbers of the local commands.",
    subcommands = {SweepOnSpark.class, RunOnSpark.class, CommandLine.HelpCommand.class})
public final class SparkMain implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine line = new CommandLine(new SparkMain());
    line.setOut(new PrintWriter(System.out, true));
    line.setErr(new PrintWriter(System.err, true));
    line.setExecutionStrategy(Logging.strategy(SparkLogging::configure));
    return line.execute(args);
  }

  /** No command named: the usage, with every command, on stderr. */
  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    err.println("stockpile-spark: name a command");
    spec.commandLine().usage(err);
    return ExitCode.BAD_INPUT;
  }
}
