package org.stockpile.spark;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.event.Level;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.console.LogOptions;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What every {@code stockpile-spark} command takes: where Spark runs, how many tasks, where results go. */
final class ClusterOptions {
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
      .withZone(ZoneOffset.UTC);

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (local[2], spark://host:7077, yarn, k8s://...); default: spark-submit's.")
  String master;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Tasks the work is split into (default: 4 per core of the cluster); results do not depend on it.")
  Integer partitions;

  @Option(names = "--out", paramLabel = "DIR", description = "Results folder (default: runs/<file>/<UTC timestamp>/).")
  Path out;

  @Option(names = "--force", description = "Replace an existing results folder.")
  boolean force;

  @Option(names = "--debug", description = "Show stack traces of internal errors.")
  boolean debug;

  @CommandLine.Mixin
  LogOptions logging;

  /** Refuses bad values before anything is read or started. */
  void check() throws UsageException {
    if (partitions != null && partitions < 1) {
      throw new UsageException("--partitions must be at least 1, got " + partitions);
    }
  }

  /** The results folder: --out, or one named after {@code file} and the time. */
  Path destination(Path file, Instant start) {
    return out != null ? out : Path.of("runs", file.getFileName().toString()
        .replaceAll("\\.(sweep\\.)?(ya?ml|json)$", ""), STAMP.format(start));
  }

  /** Starts Spark for {@code app}: at --master, else where spark-submit said; quiet but for warnings (or errors). */
  JavaSparkContext start(String app) throws UsageException {
    SparkConf conf = new SparkConf().setAppName(app);
    if (master != null) {
      conf.setMaster(master);
    }
    if (!conf.contains("spark.master")) {
      throw new UsageException("no Spark master: give --master (local[2] on this machine) or run through "
          + "spark-submit --master ...");
    }
    if (conf.get("spark.master").startsWith("local")) {
      conf.setIfMissing("spark.ui.enabled", "false");
    }
    JavaSparkContext spark = new JavaSparkContext(conf);
    spark.setLogLevel(logging.consoleLevel() == Level.ERROR ? "ERROR" : "WARN");
    return spark;
  }

  /** The tasks to split into: --partitions, or 4 per core. */
  int tasks(JavaSparkContext spark) {
    return partitions != null ? partitions : 4 * spark.defaultParallelism();
  }
}
