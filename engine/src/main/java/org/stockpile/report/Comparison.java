package org.stockpile.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.metrics.Metric;
import org.stockpile.output.WorldWriter;

/**
 * Two result folders compared: two runs ({@link RunComparison}), or two world runs economy by
 * economy ({@link WorldComparison}). A world's folder is compared with another world's only; each
 * of its economies' folders ({@code economies/<id>}) is a run's.
 */
public sealed interface Comparison permits RunComparison, WorldComparison {
  /** Compares {@code first} (A) and {@code second} (B) on {@code metrics}: as worlds when both are, as runs otherwise. */
  static Comparison of(Path first, Path second, List<Metric> metrics) throws ReportException {
    OutputFolder a = OutputFolder.open(first);
    OutputFolder b = OutputFolder.open(second);
    boolean worldA = a.kind() == OutputFolder.Kind.WORLD;
    boolean worldB = b.kind() == OutputFolder.Kind.WORLD;
    if (worldA && worldB) {
      return WorldComparison.of(a, b, metrics);
    }
    if (worldA || worldB) {
      throw mixed(worldA ? a : b, worldA ? b : a);
    }
    return RunComparison.of(first, second, metrics);
  }

  private static ReportException mixed(OutputFolder world, OutputFolder other) {
    List<String> economies = new ArrayList<>();
    world.manifest().path("economies").forEach(id -> economies.add(id.asText()));
    String example = world.path().resolve(WorldWriter.ECONOMIES).resolve(economies.isEmpty() ? "<id>"
        : economies.getFirst()).toString();
    return new ReportException(world.path() + " holds a world run's results (economies " + String.join(", ", economies)
        + ") and " + other.path() + (other.kind() == OutputFolder.Kind.RUN ? " a single economy's run"
            : " the results of a " + other.kind().key()) + ": compare two world folders, or two run folders such as "
        + "an economy's of a world (" + example + ")");
  }
}
