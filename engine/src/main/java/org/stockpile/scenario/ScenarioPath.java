package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.check.Suggestions;
import org.stockpile.check.TreePaths;

/**
 * A path into a scenario's tree as sweep and optimize specs and {@code --set} write it: keys
 * joined by dots, list entries by {@code id} or by {@code [index]}
 * ({@code materials.cobalt.sources.drc.share}, {@code shocks[0].durationDays}). It names a value
 * the file writes, or a key the file leaves to its default in an object that exists.
 */
final class ScenarioPath {
  private ScenarioPath() {
  }

  /**
   * The object holding the last key of {@code path} and that key, with the path as problems name
   * it (list entries by position: {@code materials.cobalt.sources[0].share}). Throws with what is
   * wrong (a step not in the scenario, with a "did you mean" hint where one is close).
   */
  static Slot slot(JsonNode root, String path) {
    List<String> steps = steps(path);
    JsonNode node = root;
    StringBuilder walked = new StringBuilder();
    StringBuilder positional = new StringBuilder();
    for (int i = 0; i < steps.size() - 1; i++) {
      node = child(node, steps.get(i), walked, positional);
    }
    String last = steps.getLast();
    if (last.startsWith("[")) {
      throw new IllegalArgumentException("ends at a list entry; name one of its keys (" + path + ".KEY)");
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("does not name a number: " + walked + " is not an object");
    }
    return new Slot(object, last, TreePaths.key(positional.toString(), last));
  }

  private static JsonNode child(JsonNode node, String step, StringBuilder walked, StringBuilder positional) {
    JsonNode next = null;
    String hint = "";
    String at = walked.isEmpty() || step.startsWith("[") ? walked + step : walked + "." + step;
    if (step.startsWith("[")) {
      int index = Integer.parseInt(step.substring(1, step.length() - 1));
      if (node instanceof ArrayNode array) {
        next = index < array.size() ? array.get(index) : null;
        hint = " (" + walked + " has " + array.size() + (array.size() == 1 ? " entry)" : " entries)");
      }
      positional.append(step);
    } else if (node instanceof ArrayNode array) {
      List<String> ids = new ArrayList<>();
      int found = -1;
      for (int i = 0; i < array.size(); i++) {
        String id = array.get(i).path("id").asText(null);
        if (id != null) {
          ids.add(id);
        }
        if (step.equals(id)) {
          found = i; // the last entry with the id, should a broken file hold two
        }
      }
      if (found >= 0) {
        next = array.get(found);
        positional.append('[').append(found).append(']');
      }
      hint = Suggestions.didYouMean(step, ids);
    } else {
      next = node.get(step);
      if (next == null && node instanceof ObjectNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        hint = Suggestions.didYouMean(step, keys);
      }
      positional.append(positional.isEmpty() ? "" : ".").append(step);
    }
    if (next == null || next.isNull()) {
      throw new IllegalArgumentException("not in the scenario: " + at + hint);
    }
    walked.setLength(0);
    walked.append(at);
    return next;
  }

  /** {@code a.b[2].c} as {@code a}, {@code b}, {@code [2]}, {@code c}. */
  static List<String> steps(String path) {
    if (path == null || path.isBlank()) {
      throw new IllegalArgumentException("the path is empty");
    }
    List<String> steps = new ArrayList<>();
    for (String part : path.split("\\.", -1)) {
      int bracket = part.indexOf('[');
      String key = bracket < 0 ? part : part.substring(0, bracket);
      if (key.isEmpty() && bracket != 0) {
        throw new IllegalArgumentException("an empty step in " + path);
      }
      if (!key.isEmpty()) {
        steps.add(key);
      }
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        if (close < 0 || !part.substring(bracket + 1, close).matches("\\d+")) {
          throw new IllegalArgumentException("a list index must be [number] in " + path);
        }
        steps.add(part.substring(bracket, close + 1));
        bracket = part.indexOf('[', close);
      }
    }
    return steps;
  }

  /**
   * Where a path leads.
   *
   * @param parent     the object holding the value
   * @param key        the value's key in it
   * @param positional the path with list entries by position, as problems name them
   */
  record Slot(ObjectNode parent, String key, String positional) {
  }

  /** What is wrong with {@code path} in {@code root} as a place to set a number, if anything. */
  static java.util.Optional<String> problemWith(JsonNode root, String path) {
    try {
      Slot slot = slot(root, path);
      JsonNode current = slot.parent().get(slot.key());
      if (current != null && !current.isNumber()) {
        return java.util.Optional.of("names " + TreeReader.kind(current) + ", not a number");
      }
      return java.util.Optional.empty();
    } catch (IllegalArgumentException e) {
      return java.util.Optional.of(e.getMessage());
    }
  }

  /** The number {@code root} writes at {@code path}, if it writes one there (not a default). */
  static java.util.OptionalDouble number(JsonNode root, String path) {
    try {
      Slot slot = slot(root, path);
      JsonNode current = slot.parent().get(slot.key());
      return current != null && current.isNumber() ? java.util.OptionalDouble.of(current.doubleValue()) : java.util.OptionalDouble.empty();
    } catch (IllegalArgumentException e) {
      return java.util.OptionalDouble.empty();
    }
  }
}
