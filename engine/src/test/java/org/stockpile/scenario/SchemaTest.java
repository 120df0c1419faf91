package org.stockpile.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The generated schema accepts every bundled scenario and rejects what the loader rejects. */
class SchemaTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  private static JsonSchema schema() {
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(ScenarioSchema.generate());
  }

  static List<Path> bundledScenarios() throws Exception {
    Path folder = Path.of("..", "scenarios");
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".yaml") && !f.toString().contains(".optimize.")
          && !f.toString().contains(".sweep.")).sorted().toList();
    }
  }

  @Test
  void bundledScenariosAreValidAgainstTheSchemaAndTheLoader() throws Exception {
    JsonSchema schema = schema();
    List<Path> files = bundledScenarios();
    assertFalse(files.isEmpty());
    for (Path file : files) {
      JsonNode document = YAML.readTree(file.toFile());
      Set<ValidationMessage> messages = schema.validate(document);
      assertEquals(Set.of(), messages, file.toString());
      if (ScenarioLoader.declaresEconomies(file)) {
        ScenarioLoader.loadWorld(file, List.of());
      } else {
        ScenarioLoader.load(file);
      }
    }
  }

  @Test
  void schemaRejectsUnknownKeysAndUnknownShockTypes() throws Exception {
    JsonSchema schema = schema();
    JsonNode unknownKey = YAML.readTree("""
        name: x
        economy: JP
        countries: {JP: {}}
        materials: {m: {baselineDailyDemand: 1, pricePerUnit: 1, shortageCostPerUnit: 1, sources: [], colour: red}}
        """);
    assertFalse(schema.validate(unknownKey).isEmpty());
    JsonNode unknownType = YAML.readTree("""
        name: x
        economy: JP
        countries: {JP: {}}
        materials: {}
        shocks: [{type: embargo, country: JP}]
        """);
    assertFalse(schema.validate(unknownType).isEmpty());
  }

  @Test
  void modesAreOneMappingWhoseModeIsOneOfItsNames() throws Exception {
    JsonSchema schema = schema();
    String scenario = """
        name: x
        economy: JP
        countries: {JP: {}, CN: {}}
        materials:
          m:
            baselineDailyDemand: 1
            pricePerUnit: 1
            shortageCostPerUnit: 1
            sources: [{id: s, route: [CN], share: 1, capacityPerDay: 1}]
            stockpiles: {state: {targetDays: 10, release: {latencyDays: 3, mode: loan, paybackDays: 90}}}
        shocks: [{type: exportControl, country: CN, mode: licensing, allowedShare: 0.5, delayDays: 9, start: 1,
                  durationDays: 2}]
        """;
    assertEquals(Set.of(), schema.validate(YAML.readTree(scenario)));
    assertFalse(schema.validate(YAML.readTree(scenario.replace("mode: licensing", "mode: embargo"))).isEmpty());
    assertFalse(schema.validate(YAML.readTree(scenario.replace("mode: licensing, ", ""))).isEmpty(), "mode required");
    assertFalse(schema.validate(YAML.readTree(scenario.replace("mode: loan", "mode: lend"))).isEmpty());
    assertEquals(Set.of(), schema.validate(YAML.readTree(scenario.replace("mode: loan, ", ""))), "sale by default");
  }

  @Test
  void schemaCarriesDescriptionsAndDefaults() {
    String text = ScenarioSchema.text();
    assertTrue(text.contains("\"default\" : 3650"), "horizonDays default");
    assertTrue(text.contains("Days the holder aims to keep: of reference consumption, or of net imports (basis)."));
    assertTrue(text.contains("\"economies\"") && text.contains("\"anyOf\""), "both forms");
  }
}
