package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.stockpile.model.Scenario;

/**
 * A valid scenario file used as a base that numbers are set into by path, for the optimizer and
 * sweeps: {@code materials.rare-earths.stockpiles.jogmec.targetDays}, or
 * {@code materials.cobalt.sources.drc.share} and {@code materials.cobalt.sources[0].share} for
 * list entries (by {@code id} or by index). A path names a number in the file, or a key the file
 * leaves to its default in an object that exists; the result is bound and checked like a file.
 *
 * <p>Setting a source's {@code share} rescales the material's other shares so that they still
 * sum to one, in their proportions: a decision on one share moves the rest with it.
 */
public final class ScenarioTemplate {
  private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));

  private final Path file;
  private final JsonNode root;

  private ScenarioTemplate(Path file, JsonNode root) {
    this.file = file;
    this.root = root;
  }

  /** The scenario in {@code file}, which must be valid. */
  public static ScenarioTemplate load(Path file) throws ScenarioException {
    ScenarioLoader.load(file);
    return new ScenarioTemplate(file, TreeReader.read(file).root());
  }

  public Path file() {
    return file;
  }

  /** What is wrong with {@code path} as a place to set a number, if anything. */
  public Optional<String> problemWith(String path) {
    try {
      Slot slot = slot(root, path);
      JsonNode current = slot.parent().get(slot.key());
      if (current != null && !current.isNumber()) {
        return Optional.of("names " + TreeReader.kind(current) + ", not a number");
      }
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /**
   * A readable label for {@code path}: the material, source, tier or shock it belongs to (by
   * name), the field in words and its unit, e.g. "rare-earths from china: lead time (days)".
   */
  public String label(String path) {
    return PathLabels.label(root, path);
  }

  /** The number the base file has at {@code path}, if it writes one there (not a default). */
  public OptionalDouble number(String path) {
    try {
      Slot slot = slot(root, path);
      JsonNode current = slot.parent().get(slot.key());
      return current != null && current.isNumber() ? OptionalDouble.of(current.doubleValue()) : OptionalDouble.empty();
    } catch (IllegalArgumentException e) {
      return OptionalDouble.empty();
    }
  }

  /** The base scenario with {@code values[i]} set at {@code paths.get(i)}, bound and checked. */
  public Scenario scenario(List<String> paths, double[] values) throws ScenarioException {
    JsonNode tree = apply(paths, values);
    TreeBinder binder = new TreeBinder();
    Scenario scenario = binder.bind(tree, Scenario.class);
    List<Problem> problems = new ArrayList<>(binder.problems());
    if (problems.isEmpty()) {
      problems.addAll(ScenarioValidator.problems(scenario));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(problems);
    }
    return scenario;
  }

  /** The base file with the values set, as YAML (runnable with {@code stockpile run}). */
  public String yaml(List<String> paths, double[] values) {
    try {
      return YAML.writeValueAsString(apply(paths, values));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode apply(List<String> paths, double[] values) {
    if (paths.size() != values.length) {
      throw new IllegalArgumentException(paths.size() + " paths for " + values.length + " values");
    }
    JsonNode copy = root.deepCopy();
    Map<JsonNode, Set<JsonNode>> sharesSet = new IdentityHashMap<>();
    for (int i = 0; i < values.length; i++) {
      Slot slot = slot(copy, paths.get(i));
      double value = values[i];
      JsonNode number = value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE
          ? IntNode.valueOf((int) value) : DoubleNode.valueOf(value);
      slot.parent().set(slot.key(), number);
      JsonNode sources = sourcesHolding(copy, paths.get(i));
      if (sources != null) {
        sharesSet.computeIfAbsent(sources, list -> java.util.Collections.newSetFromMap(new IdentityHashMap<>()))
            .add(slot.parent());
      }
    }
    sharesSet.forEach(ScenarioTemplate::rescaleOtherShares);
    return copy;
  }

  /**
   * The sources list of a material when {@code path} sets one of its sources' share
   * ({@code materials.m.sources.x.share} or {@code materials.m.sources[i].share}), else null.
   */
  private static JsonNode sourcesHolding(JsonNode root, String path) {
    List<String> steps = steps(path);
    if (steps.size() == 5 && steps.get(0).equals("materials") && steps.get(2).equals("sources")
        && steps.get(4).equals("share")) {
      JsonNode sources = root.path("materials").path(steps.get(1)).path("sources");
      return sources.isArray() ? sources : null;
    }
    return null;
  }

  /**
   * Shares of a material sum to one: when decisions set some of them, the others are scaled so
   * that they take what is left, keeping their proportions (if the set ones exceed one, the
   * scenario is invalid and says so).
   */
  private static void rescaleOtherShares(JsonNode sources, Set<JsonNode> set) {
    double setTotal = 0;
    double otherTotal = 0;
    for (JsonNode source : sources) {
      double share = source.path("share").asDouble(0);
      if (set.contains(source)) {
        setTotal += share;
      } else {
        otherTotal += share;
      }
    }
    if (otherTotal <= 0 || set.size() == sources.size()) {
      return;
    }
    double scale = (1 - setTotal) / otherTotal;
    for (JsonNode source : sources) {
      if (!set.contains(source) && source instanceof ObjectNode object && source.has("share")) {
        object.put("share", source.get("share").asDouble() * scale);
      }
    }
  }

  /** The object holding the last key of {@code path}, and that key. */
  private static Slot slot(JsonNode root, String path) {
    List<String> steps = steps(path);
    JsonNode node = root;
    StringBuilder walked = new StringBuilder();
    for (int i = 0; i < steps.size() - 1; i++) {
      node = child(node, steps.get(i), walked);
    }
    String last = steps.getLast();
    if (!(node instanceof ObjectNode object) || last.startsWith("[")) {
      throw new IllegalArgumentException("does not name a number: " + walked + " is not an object");
    }
    return new Slot(object, last);
  }

  private static JsonNode child(JsonNode node, String step, StringBuilder walked) {
    JsonNode next;
    if (step.startsWith("[")) {
      int index = Integer.parseInt(step.substring(1, step.length() - 1));
      next = node instanceof ArrayNode array && index < array.size() ? array.get(index) : null;
    } else if (node instanceof ArrayNode array) {
      next = null;
      for (JsonNode element : array) {
        if (step.equals(element.path("id").asText(null))) {
          next = element;
        }
      }
    } else {
      next = node.get(step);
    }
    String at = walked.isEmpty() || step.startsWith("[") ? walked + step : walked + "." + step;
    if (next == null || next.isNull()) {
      throw new IllegalArgumentException("not in the scenario: " + at);
    }
    walked.setLength(0);
    walked.append(at);
    return next;
  }

  /** {@code a.b[2].c} as {@code a}, {@code b}, {@code [2]}, {@code c}. */
  private static List<String> steps(String path) {
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

  private record Slot(ObjectNode parent, String key) {
  }
}
