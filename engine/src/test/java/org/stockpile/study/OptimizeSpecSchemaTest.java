package org.stockpile.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stockpile.scenario.ScenarioSchema;

/** The optimize spec schema ({@code stockpile schema --optimize}) against the bundled specs and the loader. */
class OptimizeSpecSchemaTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  private static JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ScenarioSchema.generate(OptimizeSpec.class, "Stockpile optimize spec"));
  }

  @Test
  void bundledSpecsAreValidAgainstTheSchemaAndTheLoader() throws Exception {
    List<Path> specs;
    try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
      specs = files.filter(f -> f.toString().endsWith(".optimize.yaml")).sorted().toList();
    }
    assertFalse(specs.isEmpty());
    for (Path spec : specs) {
      assertEquals(Set.of(), schema().validate(YAML.readTree(spec.toFile())), spec.toString());
      if (WorldOptimizeStudy.isWorld(spec)) {
        assertFalse(WorldOptimizeStudy.load(spec, List.of()).decisions().isEmpty(), spec.toString());
        continue;
      }
      OptimizeStudy loaded = OptimizeStudy.load(spec);
      assertFalse(loaded.plan().inputs().isEmpty(), spec.toString());
    }
  }

  @Test
  void schemaRejectsUnknownKeysAndObjectives() throws Exception {
    JsonNode unknownKey = YAML.readTree("""
        scenario: x.yaml
        decisions: [{path: a.b, min: 0, max: 1, step: 1, weight: 2}]
        """);
    assertFalse(schema().validate(unknownKey).isEmpty());
    JsonNode unknownObjective = YAML.readTree("""
        scenario: x.yaml
        objective: cheapest
        decisions: [{path: a.b, min: 0, max: 1, step: 1}]
        """);
    assertFalse(schema().validate(unknownObjective).isEmpty());
  }
}
