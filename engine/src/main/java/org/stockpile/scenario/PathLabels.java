package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Readable labels for paths into a scenario, for sweep parameters and optimize decisions named by
 * path: {@code materials.rare-earths.sources.china.leadTimeDays} reads "rare-earths from china:
 * lead time (days)", {@code shocks[0].durationDays} reads "2010 embargo: duration (days)" (the
 * shock's own name), {@code materials.rare-earths.stockpiles.public.targetDays} reads
 * "rare-earths, public tier: target (days)". Units come from the field's name and the material's
 * unit and the scenario's currency.
 */
final class PathLabels {
  /** Fields in units of the material per day (other "per day" fields are rates). */
  /** Parameters of the distributions of scenario files. */
  private static final java.util.Set<String> DISTRIBUTION_PARAMETERS = java.util.Set.of("min", "max", "mode",
      "median", "mean", "sd", "sigma", "alpha", "beta", "shape", "scale", "value", "rate");
  private static final java.util.Set<String> QUANTITY_PER_DAY = java.util.Set.of("capacityPerDay", "maxPerDay",
      "maxBuyPerDay", "addCapacityPerDay");

  private PathLabels() {
  }

  /** The label of {@code path} in the scenario tree {@code root} (which the path need not fully exist in). */
  static String label(JsonNode root, String path) {
    List<String> steps;
    try {
      steps = ScenarioPath.steps(path);
    } catch (IllegalArgumentException e) {
      return path; // not a path (reported where the path is checked): labelled by itself
    }
    String currency = root.path("currency").asText("USD");
    String unit = "units";
    StringBuilder owner = new StringBuilder();
    List<String> inner = new ArrayList<>();
    int i = 0;
    if (steps.get(0).equals("materials") && steps.size() >= 3) {
      String material = steps.get(1);
      unit = root.path("materials").path(material).path("unit").asText("t");
      owner.append(material);
      i = 2;
      if (steps.get(2).equals("sources") && steps.size() >= 5) {
        owner.append(" from ").append(sourceName(root.path("materials").path(material).path("sources"), steps.get(3)));
        i = 4;
      } else if (steps.get(2).equals("stockpiles") && steps.size() >= 5) {
        owner.append(", ").append(steps.get(3)).append(" tier");
        i = 4;
      } else if (steps.get(2).equals("capacityProjects") && steps.size() >= 5) {
        owner.append(", capacity project ").append(ordinal(steps.get(3)));
        i = 4;
      }
    } else if ((steps.get(0).equals("shocks") || steps.get(0).equals("shockProcesses")) && steps.size() >= 3
        && steps.get(1).startsWith("[")) {
      JsonNode entry = root.path(steps.get(0)).path(index(steps.get(1)));
      String kind = steps.get(0).equals("shocks") ? "shock" : "shock process";
      String name = entry.path("name").asText("");
      owner.append(name.isEmpty() ? kind + " " + ordinal(steps.get(1)) + typeOf(entry) : name);
      i = 2;
    } else if (steps.get(0).equals("run")) {
      owner.append("run");
      i = 1;
    }
    for (int j = i; j < steps.size() - 1; j++) {
      inner.add(words(steps.get(j)));
    }
    String field = field(steps.getLast(), unit, currency);
    // A parameter of a distribution of days (durationDays.median): "duration median (days)".
    if (!inner.isEmpty() && inner.getLast().endsWith(" days") && DISTRIBUTION_PARAMETERS.contains(steps.getLast())) {
      String of = inner.removeLast();
      field = of.substring(0, of.length() - " days".length()) + " " + field + " (days)";
    }
    String what = String.join(" ", inner);
    String text = (what.isEmpty() ? field : what + " " + field).trim();
    return owner.isEmpty() ? text : owner + ": " + text;
  }

  /** A field's words and unit: {@code leadTimeDays} is "lead time (days)", {@code maxPerDay} "max (t/day)". */
  static String field(String name, String unit, String currency) {
    String words = words(name);
    boolean quantityPerDay = QUANTITY_PER_DAY.contains(name);
    String[][] endings = {
        {" per unit per year", " (" + currency + "/" + unit + "/year)"},
        {" per unit", " (" + currency + "/" + unit + ")"},
        {" per year", " (per year)"},
        {" per day", quantityPerDay ? " (" + unit + "/day)" : " (per day)"},
        {" days", " (days)"},
    };
    if (words.equals("baseline daily demand") || words.equals("reference daily consumption")) {
      return words + " (" + unit + "/day)";
    }
    if (words.equals("budget per year")) {
      return "budget (" + currency + "/year)";
    }
    for (String[] ending : endings) {
      if (words.endsWith(ending[0])) {
        return words.substring(0, words.length() - ending[0].length()) + ending[1];
      }
    }
    if (words.equals("share")) {
      return "share of supply";
    }
    if (words.equals("severity") || words.equals("capacity loss")) {
      return words + " (share)";
    }
    return words;
  }

  /** {@code leadTimeDays} as "lead time days". */
  static String words(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
  }

  private static String sourceName(JsonNode sources, String step) {
    if (step.startsWith("[")) {
      String id = sources.path(index(step)).path("id").asText("");
      return id.isEmpty() ? "source " + ordinal(step) : id;
    }
    return step;
  }

  private static String typeOf(JsonNode entry) {
    String type = entry.path("type").asText("");
    return type.isEmpty() ? "" : " (" + type + ")";
  }

  private static int index(String step) {
    return Integer.parseInt(step.substring(1, step.length() - 1));
  }

  /** {@code [0]} as "1", {@code drc} as "drc". */
  private static String ordinal(String step) {
    return step.startsWith("[") ? Integer.toString(index(step) + 1) : step;
  }
}
