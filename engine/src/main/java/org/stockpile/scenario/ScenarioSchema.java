package org.stockpile.scenario;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.CustomDefinitionProviderV2;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.model.DayRef;
import org.stockpile.model.Scenario;
import org.stockpile.model.World;

/**
 * The JSON Schema of scenario files, generated from the model records and their Jackson
 * annotations (names, required keys, defaults, descriptions, shock and distribution types, the
 * modes of release rules and export controls, keys written flat), read as the loader reads them
 * ({@link WrittenKeys}), so it cannot drift from what the loader accepts. Editors use it for
 * completion and checking.
 */
public final class ScenarioSchema {
  private ScenarioSchema() {
  }

  /**
   * The schema of scenario files: either form, one economy ({@code economy}, {@code materials})
   * or several ({@code economies}, a {@link World}); their records' definitions are shared.
   */
  public static ObjectNode generate() {
    ObjectNode single = generate(Scenario.class, "Stockpile scenario");
    ObjectNode world = generate(World.class, "Stockpile scenario with several economies");
    ObjectNode schema = single.objectNode();
    schema.set("$schema", single.get("$schema"));
    schema.put("title", "Stockpile scenario");
    schema.put("description", "One importing economy (economy, materials), or several sharing suppliers and a "
        + "world market (economies).");
    ObjectNode definitions = schema.putObject("$defs");
    for (ObjectNode form : List.of(single, world)) {
      JsonNode defs = form.get("$defs");
      if (defs != null) {
        defs.properties().forEach(entry -> definitions.set(entry.getKey(), entry.getValue()));
      }
    }
    ArrayNode forms = schema.putArray("anyOf");
    for (ObjectNode form : List.of(single, world)) {
      ObjectNode root = form.deepCopy();
      root.remove(List.of("$schema", "$defs"));
      forms.add(root);
    }
    return schema;
  }

  /**
   * The schema of another file bound like scenarios (an optimize or sweep spec), from its record
   * type {@code root}.
   */
  public static ObjectNode generate(Class<?> root, String title) {
    SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
        OptionPreset.PLAIN_JSON);
    // Before the Jackson module's: a modal type has no subtypes to list, it is one mapping (ModalMappings).
    config.forTypesInGeneral().withSubtypeResolver((declaredType, context) ->
        WrittenKeys.isModal(declaredType.getErasedType()) ? List.of() : null);
    config.with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
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
    config.forTypesInGeneral().withCustomDefinitionProvider(new ModalCaseWrapper());
    config.forTypesInGeneral().withCustomDefinitionProvider(new ModalMappings());
    config.forTypesInGeneral().withTypeAttributeOverride((definition, scope, context) ->
        mergeUnwrapped(definition, scope.getType().getErasedType(), context));
    SchemaGenerator generator = new SchemaGenerator(config.build());
    ObjectNode schema = generator.generateSchema(root);
    schema.put("title", title);
    allowDiscriminators(schema);
    return schema;
  }

  /**
   * The keys of a {@code @JsonUnwrapped} component are written at the level of the record holding
   * it (a shock's {@code start}, {@code durationDays}...): they are merged into the record's own
   * properties, after its own keys. (The Jackson module adds them as an {@code allOf} part, which
   * the {@code "additionalProperties": false} of either part would reject; that part goes.)
   */
  private static void mergeUnwrapped(ObjectNode definition, Class<?> type, SchemaGenerationContext context) {
    // Only the record's body: a subtype's wrapper (a reference to the body and the type key) has no properties.
    if (!WrittenKeys.hasUnwrapped(type) || !(definition.get("properties") instanceof ObjectNode properties)) {
      return;
    }
    definition.remove("allOf");
    for (RecordComponent component : type.getRecordComponents()) {
      if (!WrittenKeys.unwrapped(type, component)) {
        continue;
      }
      ObjectNode part = context.createStandardDefinition(context.getTypeContext().resolve(component.getType()), null);
      properties.setAll((ObjectNode) part.get("properties"));
      if (part.get("required") instanceof ArrayNode required) {
        ArrayNode all = definition.withArray("required");
        required.forEach(key -> {
          if (!lists(all, key.asText())) {
            all.add(key);
          }
        });
      }
    }
    JsonNode closed = definition.remove("additionalProperties");
    if (closed != null) {
      definition.set("additionalProperties", closed); // after the required keys, as in every other definition
    }
  }

  /** Whether the array {@code names} (a definition's required keys) holds {@code name}. */
  private static boolean lists(JsonNode names, String name) {
    for (JsonNode listed : names) {
      if (listed.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A modal type that is also a case of a type ({@code type: exportControl}, then its
   * {@code mode}): like every case of a type, a reference to its body (from {@link ModalMappings},
   * the next provider) that adds the type key. The Jackson module does this for cases without
   * subtypes of their own only.
   */
  private static final class ModalCaseWrapper implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType javaType, SchemaGenerationContext context) {
      Class<?> type = javaType.getErasedType();
      Class<?> parent = WrittenKeys.isModal(type) ? WrittenKeys.typedParent(type) : null;
      if (parent == null) {
        return null;
      }
      String typeKey = WrittenKeys.caseKey(parent);
      ObjectNode definition = context.getGeneratorConfig().createObjectNode();
      ObjectNode typed = definition.withArray("allOf").add(context.createStandardDefinitionReference(javaType, this))
          .addObject().put("type", "object");
      typed.putObject("properties").putObject(typeKey).put("const", WrittenKeys.caseName(parent, type));
      typed.putArray("required").add(typeKey);
      return new CustomDefinition(definition, CustomDefinition.DefinitionType.STANDARD,
          CustomDefinition.AttributeInclusion.NO);
    }
  }

  /**
   * A sealed type told apart by a mode ({@link WrittenKeys#isModal}) is one mapping in files, so
   * one definition: every key of every mode, the mode an enum of their names (with its default),
   * required what every mode requires; which keys a mode reads is checked by the loader. A key
   * whose modes describe it differently, and the mode itself (from each mode's
   * {@code @JsonClassDescription}), are described mode by mode: "quota: ...; licensing: ...".
   */
  private static final class ModalMappings implements CustomDefinitionProviderV2 {
    @Override
    public CustomDefinition provideCustomSchemaDefinition(ResolvedType javaType, SchemaGenerationContext context) {
      Class<?> family = javaType.getErasedType();
      if (!WrittenKeys.isModal(family)) {
        return null;
      }
      String modeKey = WrittenKeys.caseKey(family);
      Map<String, Class<?>> modes = WrittenKeys.cases(family);
      Map<String, ObjectNode> bodies = new LinkedHashMap<>();
      modes.forEach((name, mode) ->
          bodies.put(name, context.createStandardDefinition(context.getTypeContext().resolve(mode), this)));
      ObjectNode definition = context.getGeneratorConfig().createObjectNode().put("type", "object");
      ObjectNode properties = definition.putObject("properties");
      ArrayNode required = context.getGeneratorConfig().createArrayNode();
      for (String key : WrittenKeys.keyNames(family)) {
        if (key.equals(modeKey)) {
          properties.set(key, modeProperty(family, modes, context));
          if (WrittenKeys.defaultCase(family) == null) {
            required.add(key);
          }
          continue;
        }
        // Described from the modes' annotations: the generated parts are not cleaned up yet here.
        Map<String, String> descriptions = new LinkedHashMap<>();
        ObjectNode property = null;
        for (Map.Entry<String, Class<?>> mode : modes.entrySet()) {
          WrittenKeys.Key theirs = WrittenKeys.key(mode.getValue(), key);
          if (theirs != null) {
            property = property != null ? property
                : ((ObjectNode) bodies.get(mode.getKey()).path("properties").get(key)).deepCopy();
            descriptions.put(mode.getKey(), theirs.description());
          }
        }
        if (descriptions.values().stream().distinct().count() > 1) {
          redescribe(property, descriptions.values().iterator().next(), modeByMode(descriptions));
        }
        properties.set(key, property);
        if (WrittenKeys.requiredByEveryCase(family, key)) {
          required.add(key);
        }
      }
      if (!required.isEmpty()) {
        definition.set("required", required);
      }
      definition.put("additionalProperties", false);
      return new CustomDefinition(definition, CustomDefinition.DefinitionType.STANDARD,
          CustomDefinition.AttributeInclusion.NO);
    }

    private static ObjectNode modeProperty(Class<?> family, Map<String, Class<?>> modes,
        SchemaGenerationContext context) {
      ObjectNode property = context.getGeneratorConfig().createObjectNode().put("type", "string");
      ArrayNode names = property.putArray("enum");
      Map<String, String> descriptions = new LinkedHashMap<>();
      modes.forEach((name, mode) -> {
        names.add(name);
        JsonClassDescription description = mode.getAnnotation(JsonClassDescription.class);
        descriptions.put(name, description == null ? "" : description.value());
      });
      property.put("description", modeByMode(descriptions));
      Class<?> fallback = WrittenKeys.defaultCase(family);
      if (fallback != null) {
        property.put("default", WrittenKeys.caseName(family, fallback));
      }
      return property;
    }

    /**
     * Replaces the description {@code was} of a property by {@code now}: at its top, or in a part
     * of its {@code allOf}, where the generator keeps it until its final clean-up.
     */
    private static void redescribe(ObjectNode property, String was, String now) {
      if (was.equals(property.path("description").asText(null))) {
        property.put("description", now);
      }
      for (JsonNode part : property.path("allOf")) {
        if (part instanceof ObjectNode object && was.equals(object.path("description").asText(null))) {
          object.put("description", now);
        }
      }
    }

    /** {@code "quota: share of normal flow allowed; licensing: share of shipments approved."} */
    private static String modeByMode(Map<String, String> descriptions) {
      List<String> parts = new ArrayList<>();
      descriptions.forEach((mode, description) -> {
        String text = description.endsWith(".") ? description.substring(0, description.length() - 1) : description;
        boolean acronym = text.length() > 1 && Character.isUpperCase(text.charAt(1));
        parts.add(mode + ": " + (text.isEmpty() || acronym ? text : Character.toLowerCase(text.charAt(0))
            + text.substring(1)));
      });
      return String.join("; ", parts) + ".";
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
