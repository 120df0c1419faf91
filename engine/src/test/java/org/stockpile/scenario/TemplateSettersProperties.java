package org.stockpile.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stockpile.model.Scenario;
import org.stockpile.testing.CandidateValues;

/**
 * Any number of any bundled scenario, and any key of the model left to its default (or unknown)
 * in any mapping the scenario writes, set on the records gives what setting it in the tree and
 * binding gives: the same scenario, the same problems in the same order, or the same refusal.
 */
class TemplateSettersProperties {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final int CANDIDATES_PER_SCENARIO = 250;

  @Test
  void anyPathsOfAnyBundledScenarioMakeWhatTheTreeMakes() throws Exception {
    SplittableRandom random = new SplittableRandom(20261201);
    Set<String> keys = new LinkedHashSet<>();
    modelKeys(Scenario.class, keys, new LinkedHashSet<>());
    List<Path> files;
    try (Stream<Path> listed = Files.list(SCENARIOS)) {
      files = listed.filter(file -> file.toString().endsWith(".yaml") && !file.toString().endsWith(".sweep.yaml")
          && !file.toString().endsWith(".optimize.yaml"))
          // Scenarios with several economies are varied through their tree (WorldFile), not setters.
          .filter(file -> !ScenarioLoader.declaresEconomies(file)).sorted().toList();
    }
    assertTrue(files.size() >= 8, "the bundled scenarios");
    int onRecords = 0;
    int made = 0;
    for (Path file : files) {
      ScenarioTemplate template = ScenarioTemplate.load(file);
      JsonNode root = new YAMLMapper().readTree(template.yaml());
      List<String> numbers = new ArrayList<>();
      List<String> unwritten = new ArrayList<>();
      collect(root, "", keys, numbers, unwritten);
      for (int c = 0; c < CANDIDATES_PER_SCENARIO; c++) {
        int count = 1 + random.nextInt(4);
        List<String> paths = new ArrayList<>();
        double[] values = new double[count];
        for (int k = 0; k < count; k++) {
          List<String> from = random.nextInt(4) == 0 ? unwritten : numbers;
          String path = from.get(random.nextInt(from.size()));
          paths.add(path);
          double written = template.number(path).orElse(1);
          values[k] = c % 3 == 0 ? CandidateValues.inRange(random, written, 0, 0)
              : CandidateValues.any(random, written, 0, 0);
        }
        TemplateSetters setters = template.setters(paths);
        Object byTree = CandidateValues.outcome(() -> template.valid(paths, values).scenario());
        Object byRecords = CandidateValues.outcome(() -> setters.valid(values).scenario());
        assertEquals(byTree, byRecords, file.getFileName() + ": " + paths + " = " + Arrays.toString(values));
        if (setters.pathsSetInTheTree().isEmpty()) {
          onRecords++;
          made += byRecords instanceof Scenario ? 1 : 0;
        }
      }
    }
    int candidates = files.size() * CANDIDATES_PER_SCENARIO;
    assertTrue(onRecords > candidates / 3 && made > candidates / 10,
        onRecords + " of " + candidates + " candidates on the records, " + made + " of them valid");
  }

  /** Every key the model's records read, anywhere. */
  private static void modelKeys(Type type, Set<String> keys, Set<Class<?>> seen) {
    if (type instanceof ParameterizedType parameterized) {
      for (Type argument : parameterized.getActualTypeArguments()) {
        modelKeys(argument, keys, seen);
      }
      return;
    }
    if (!(type instanceof Class<?> kind) || !seen.add(kind)) {
      return;
    }
    if (kind.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonTypeInfo.class)) {
      keys.add(WrittenKeys.caseKey(kind));
      WrittenKeys.cases(kind).values().forEach(subtype -> modelKeys(subtype, keys, seen));
    } else if (kind.isRecord()) {
      keys.addAll(WrittenKeys.keyNames(kind));
      for (RecordComponent component : kind.getRecordComponents()) {
        modelKeys(component.getGenericType(), keys, seen);
      }
    }
  }

  /**
   * The paths to every number in {@code node} (list entries with an id also by id), and to every
   * model key each mapping leaves out.
   */
  private static void collect(JsonNode node, String path, Set<String> keys, List<String> numbers,
      List<String> unwritten) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        collect(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), keys, numbers,
            unwritten);
      }
      for (String key : keys) {
        if (!node.has(key) && !path.isEmpty()) {
          unwritten.add(path + "." + key);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        JsonNode entry = node.get(i);
        collect(entry, path + "[" + i + "]", keys, numbers, unwritten);
        if (entry.path("id").isTextual()) {
          collect(entry, path + "." + entry.get("id").asText(), keys, numbers, unwritten);
        }
      }
    } else if (node.isNumber()) {
      numbers.add(path);
    }
  }
}
