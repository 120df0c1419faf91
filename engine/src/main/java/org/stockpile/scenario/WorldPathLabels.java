package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Readable labels for paths into a scenario with several economies: an economy's path reads as a
 * single economy's label after the economy ({@code economies.JP.materials.rare-earths.stockpiles.public.targetDays}:
 * "JP, rare-earths, public tier: target (days)"); what the economies share reads after its owner
 * ({@code suppliers.rare-earths.china.capacityPerDay}: "rare-earths supplier china: capacity
 * (t/day)", {@code markets.rare-earths.priceElasticity}: "rare-earths market: price elasticity",
 * {@code groups.iea.collectiveRelease.triggerShare}: "group iea: collective release trigger
 * share"); shocks and run settings as in a single economy's file.
 */
final class WorldPathLabels {
  private WorldPathLabels() {
  }

  static String label(JsonNode root, String path) {
    List<String> steps;
    try {
      steps = ScenarioPath.steps(path);
    } catch (IllegalArgumentException e) {
      return path;
    }
    String currency = root.path("currency").asText("USD");
    String first = steps.getFirst();
    String economy = steps.size() >= 3 ? steps.get(1) : "";
    if (first.equals("economies") && path.startsWith("economies." + economy + ".")) {
      ObjectNode view = JsonNodeFactory.instance.objectNode();
      view.put("currency", currency);
      view.set("materials", root.path("economies").path(economy).path("materials"));
      String rest = path.substring(("economies." + economy + ".").length());
      return economy + ", " + PathLabels.label(view, rest);
    }
    if (first.equals("suppliers") && steps.size() >= 4) {
      return tail(steps.get(1) + " supplier " + steps.get(2), steps, 3, unitOf(root, steps.get(1)), currency);
    }
    if (first.equals("markets") && steps.size() >= 3) {
      return tail(steps.get(1) + " market", steps, 2, unitOf(root, steps.get(1)), currency);
    }
    if (first.equals("groups") && steps.size() >= 3) {
      return tail("group " + steps.get(1), steps, 2, "t", currency);
    }
    return PathLabels.label(root, path);
  }

  /** "owner: the steps from {@code from} in words, the last with its unit". */
  private static String tail(String owner, List<String> steps, int from, String unit, String currency) {
    List<String> words = new ArrayList<>();
    for (int j = from; j < steps.size() - 1; j++) {
      words.add(PathLabels.words(steps.get(j)));
    }
    words.add(PathLabels.field(steps.getLast(), unit, currency));
    return owner + ": " + String.join(" ", words);
  }

  /** The unit of {@code material} in the first economy that has it (t by default). */
  private static String unitOf(JsonNode root, String material) {
    for (JsonNode economy : root.path("economies")) {
      JsonNode unit = economy.path("materials").path(material).path("unit");
      if (unit.isTextual()) {
        return unit.asText();
      }
    }
    return "t";
  }
}
