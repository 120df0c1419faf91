package org.stockpile.spark;

import java.io.PrintWriter;
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
public final class SparkMain implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    CommandLine line = new CommandLine(new SparkMain());
    line.setOut(new PrintWriter(System.out, true));
    line.setErr(new PrintWriter(System.err, true));
    return line.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
