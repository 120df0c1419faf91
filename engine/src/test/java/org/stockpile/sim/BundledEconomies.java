package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.stockpile.scenario.ScenarioLoader;

/** The bundled scenario files of one economy (not worlds, not sweep or optimize specs), by name. */
final class BundledEconomies {
  private static final Path SCENARIOS = Path.of("..", "scenarios");

  private BundledEconomies() {
  }

  /** Every bundled scenario of one economy, sorted by name; fails if there is none. */
  static List<Path> files() throws IOException {
    List<Path> files;
    try (Stream<Path> listed = Files.list(SCENARIOS)) {
      files = listed.filter(file -> file.getFileName().toString().endsWith(".yaml"))
          .filter(file -> !file.getFileName().toString().matches(".*\\.(sweep|optimize)\\.yaml"))
          .filter(file -> !ScenarioLoader.declaresEconomies(file)).sorted().toList();
    }
    assertFalse(files.isEmpty(), "no scenarios in " + SCENARIOS.toAbsolutePath());
    return files;
  }
}
