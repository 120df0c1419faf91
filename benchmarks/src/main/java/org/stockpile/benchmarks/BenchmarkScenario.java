package org.stockpile.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioLoader;

/** The benchmark scenario shipped with this module: 5 materials, 4 sources each, active shocks. */
final class BenchmarkScenario {
  private BenchmarkScenario() {
  }

  static Scenario fiveMaterials() {
    try (InputStream in = BenchmarkScenario.class.getResourceAsStream("/five-materials.yaml")) {
      Path file = Files.createTempFile("five-materials", ".yaml");
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
      Scenario scenario = ScenarioLoader.load(file);
      Files.delete(file);
      return scenario;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ScenarioException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }
}
