package org.stockpile.sim;

import java.util.List;
import org.stockpile.model.Material;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;

/** Small scenarios whose daily numbers can be worked out by hand. */
final class Scenarios {
  private Scenarios() {
  }

  /** Japan buys 10 units a day of one material, from one Chinese source (capacity 20, no lead time). */
  static Scenario.Builder japan(Material material) {
    return Scenario.builder("hand", "JP")
        .country("JP", "Japan", "partner")
        .country("CN", "China")
        .country("AU", "Australia", "partner")
        .country("MY", "Malaysia")
        .country("TW", "Taiwan")
        .material("ree", material)
        .run(RunSettings.of(7, 1, 40));
  }

  static Material.Builder tenPerDay() {
    return Material.builder(10, 100, 1000);
  }

  static Source china(double share) {
    return Source.of("china", share, 20, "CN");
  }

  static List<String> ree() {
    return List.of("ree");
  }
}
