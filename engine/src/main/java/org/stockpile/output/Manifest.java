package org.stockpile.output;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import org.stockpile.scenario.StudyBase;

/**
 * How a run was made: engine version and git commit, the scenario file and its SHA-256, the
 * variants applied to it (overlays with their SHA-256, {@code --set} values, in order), seed,
 * replicates, threads, JVM, start, end and wall time. Unlike {@code summary.json}, it differs
 * from run to run (times, threads).
 */
public record Manifest(String engineVersion, String gitCommit, String scenarioFile, String scenarioSha256,
    long seed, int replicates, int threads, String jvm, Instant start, Instant end, List<RecordedVariant> variants) {

  public Manifest {
    variants = List.copyOf(variants);
  }

  /** A run of the scenario file as it is (no variants). */
  public Manifest(String engineVersion, String gitCommit, String scenarioFile, String scenarioSha256, long seed,
      int replicates, int threads, String jvm, Instant start, Instant end) {
    this(engineVersion, gitCommit, scenarioFile, scenarioSha256, seed, replicates, threads, jvm, start, end, List.of());
  }

  public static final String TIME_SERIES_NOTE = "timeseries.csv percentiles come from log-spaced histograms: "
      + "within 3.1 % of the exact order statistic for values between 0.004 and 4096 (days of cover, days of "
      + "consumption for shortfall, multiples of the base price); exact for zero and at the day's extremes";

  /**
   * The layout of result folders this engine writes: a reader (the report) refuses folders of a
   * later layout. Raised when a file changes in a way older readers would misread. 2: units in
   * summary.json and the manifest, no totals of quantities, replicates.csv with material rows only
   * and replicate-totals.csv beside it, the shortfall split by whether stock was held. 3: the net
   * cost and its parts instead of totalCost, the excess and its causes, the unstored_* series. 4: the
   * same files, but shock processes draw from streams keyed by their names, not their positions
   * (other numbers from the same seed): {@code compare} pairs replicates of the same format only.
   * 5: the same files, but demand noise is computed with the engine's own normal quantile and
   * exponential, the same bits on every processor (other numbers from the same seed again).
   */
  public static final int OUTPUT_FORMAT = 5;

  /**
   * The first format whose random numbers this engine draws from a seed (results of earlier ones
   * are not paired, and sweeps or searches they began are not resumed).
   */
  public static final int STREAMS_FORMAT = 5;

  /** The first fields of every result folder's manifest: what wrote it, in which layout. */
  public static ObjectNode header(String kind) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("kind", kind);
    node.put("outputFormat", OUTPUT_FORMAT);
    return node;
  }

  public ObjectNode toJson() {
    ObjectNode node = header("run");
    node.put("engineVersion", engineVersion);
    node.put("gitCommit", gitCommit);
    node.put("scenarioFile", scenarioFile);
    node.put("scenarioSha256", scenarioSha256);
    if (!variants.isEmpty()) {
      node.set("variants", RecordedVariant.toJson(variants));
    }
    node.put("seed", seed);
    node.put("replicates", replicates);
    node.put("threads", threads);
    node.put("jvm", jvm);
    node.put("start", start.toString());
    node.put("end", end.toString());
    node.put("wallSeconds", Duration.between(start, end).toMillis() / 1000.0);
    node.put("timeSeriesAccuracy", TIME_SERIES_NOTE);
    return node;
  }

  /**
   * The files a sweep or a search read, into its manifest: the spec and the base scenario with
   * their SHA-256, and the base's {@code variants} in order when there are any.
   */
  static void putStudyFiles(ObjectNode node, Path specFile, StudyBase base) throws IOException {
    node.put("specFile", specFile.toString());
    node.put("specSha256", sha256(specFile));
    node.put("scenarioFile", base.file().toString());
    node.put("scenarioSha256", sha256(base.file()));
    if (!base.variants().isEmpty()) {
      node.set("variants", RecordedVariant.toJson(RecordedVariant.of(base.variants())));
    }
  }

  /** The engine's version, from the build. */
  public static String currentEngineVersion() {
    try (InputStream in = Manifest.class.getResourceAsStream("/stockpile-version.properties")) {
      Properties properties = new Properties();
      if (in != null) {
        properties.load(in);
      }
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** The git commit the launcher reported (environment STOCKPILE_GIT_COMMIT), or null. */
  public static String currentGitCommit() {
    String commit = System.getenv("STOCKPILE_GIT_COMMIT");
    return commit == null || commit.isBlank() ? null : commit.trim();
  }

  public static String currentJvm() {
    return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version");
  }

  /** SHA-256 of a file's bytes, in hex. */
  public static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      try (InputStream in = Files.newInputStream(file)) {
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
          digest.update(buffer, 0, read);
        }
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
