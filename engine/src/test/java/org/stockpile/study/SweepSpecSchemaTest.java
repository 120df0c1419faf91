package org.stockpile.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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

/** The sweep spec schema ({@code stockpile schema --sweep}) against the bundled sweeps and the loader. */
class SweepSpecSchemaTest {
  @Test
  void bundledSweepsAreValidAgainstTheSchemaAndTheLoader() throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(ScenarioSchema.generate(SweepSpec.class, "Stockpile sweep spec"));
    List<Path> specs;
    try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
      specs = files.filter(f -> f.toString().endsWith(".sweep.yaml")).sorted().toList();
    }
    assertFalse(specs.isEmpty());
    for (Path spec : specs) {
      assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(spec.toFile())), spec.toString());
      assertFalse(SweepStudy.load(spec).plan().inputs().isEmpty(), spec.toString());
    }
  }
}
