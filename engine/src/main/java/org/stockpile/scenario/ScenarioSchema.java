package org.stockpile.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.time.LocalDate;
import java.util.Arrays;
import org.stockpile.model.DayRef;
import org.stockpile.model.Scenario;

/**
 * The JSON Schema of scenario files, generated from the model records and their Jackson
 * annotations (names, required keys, defaults, descriptions, shock and distribution types), so
 * it cannot drift from what the loader accepts. Editors use it for completion and checking.
 */
public final class ScenarioSchema {
  private ScenarioSchema() {
  }

  public static ObjectNode generate() {
    return generate(Scenario.class, "Stockpile scenario");
  }

  /**
   * The schema of another file bound like scenarios (an optimize or sweep spec), from its record
   * type {@code root}.
   */
  public static ObjectNode generate(Class<?> root, String title) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON)
        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
            JacksonOption.RESPECT_JSONPROPERTY_ORDER, JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
        .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
            Option.DEFINITIONS_FOR_ALL_OBJECTS, Option.PLAIN_DEFINITION_KEYS);
    config.forFields().withDefaultResolver(field -> {
      JsonProperty property = field.getAnnotationConsideringFieldAndGetter(JsonProperty.class);
      if (property == null || property.defaultValue().isEmpty()) {
        return null;
      }
      Class<?> type = field.getType().getErasedType();
      String text = property.defaultValue();
      if (type == double.class || type == Double.class) {
        return Double.parseDouble(text);
      }
      if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
        return Long.parseLong(text);
      }
      if (type == boolean.class || type == Boolean.class) {
        return Boolean.parseBoolean(text);
      }
      return text;
    });
    config.forTypesInGeneral().withCustomDefinitionProvider((javaType, context) -> {
      Class<?> type = javaType.getErasedType();
      if (type == DayRef.class) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode();
        node.put("description", "A day number (0 is the first simulated day) or a date YYYY-MM-DD.");
        node.putArray("anyOf")
            .add(context.getGeneratorConfig().createObjectNode().put("type", "integer").put("minimum", 0))
            .add(context.getGeneratorConfig().createObjectNode().put("type", "string").put("format", "date"));
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
            CustomDefinition.AttributeInclusion.NO);
      }
      if (type == LocalDate.class) {
        ObjectNode node = context.getGeneratorConfig().createObjectNode().put("type", "string").put("format", "date");
        return new CustomDefinition(node, CustomDefinition.DefinitionType.INLINE,
            CustomDefinition.AttributeInclusion.NO);
      }
      return null;
    });
    config.forTypesInGeneral().withTypeAttributeOverride((definition, scope, context) ->
        mergeUnwrapped(definition, scope.getType().getErasedType()));
    SchemaGenerator generator = new SchemaGenerator(config.build());
    ObjectNode schema = generator.generateSchema(root);
    schema.put("title", title);
    allowDiscriminators(schema);
    return schema;
  }

  /**
   * The keys of a {@code @JsonUnwrapped} component are written at the level of the record holding
   * it (a shock's {@code start}, {@code durationDays}...). The Jackson module adds them as an
   * {@code allOf} part, which the {@code "additionalProperties": false} of either part would
   * reject; they are merged into the record's own properties instead, after its own keys.
   */
  private static void mergeUnwrapped(ObjectNode definition, Class<?> type) {
    // Only the record's body: a subtype's wrapper (a reference to the body and the type key) is left as it is.
    if (!type.isRecord() || !(definition.get("properties") instanceof ObjectNode properties)
        || !(definition.get("allOf") instanceof ArrayNode parts)
        || Arrays.stream(type.getRecordComponents()).noneMatch(component -> TreeBinder.unwrapped(type, component))) {
      return;
    }
    definition.remove("allOf");
    for (JsonNode part : parts) {
      properties.setAll((ObjectNode) part.get("properties"));
      if (part.get("required") instanceof ArrayNode required) {
        definition.withArray("required").addAll(required);
      }
    }
    JsonNode closed = definition.remove("additionalProperties");
    if (closed != null) {
      definition.set("additionalProperties", closed); // after the required keys, as in every other definition
    }
  }

  /**
   * A subtype is generated as a definition that refers to its body and adds the type key
   * ({@code "type": "outage"}); the body forbids unknown keys, so it must know that one.
   */
  private static void allowDiscriminators(ObjectNode schema) {
    JsonNode definitions = schema.get("$defs");
    if (definitions == null) {
      return;
    }
    for (JsonNode definition : definitions) {
      JsonNode reference = definition.get("$ref");
      JsonNode properties = definition.get("properties");
      if (reference == null || properties == null || !reference.asText().startsWith("#/$defs/")) {
        continue;
      }
      JsonNode body = definitions.get(reference.asText().substring("#/$defs/".length()));
      if (body instanceof ObjectNode target && target.get("properties") instanceof ObjectNode bodyProperties) {
        properties.fieldNames().forEachRemaining(name -> {
          if (!bodyProperties.has(name)) {
            bodyProperties.putObject(name).put("type", "string");
          }
        });
      }
    }
  }

  /** The schema as indented text. */
  public static String text() {
    JsonNode schema = generate();
    return schema.toPrettyString();
  }
}
