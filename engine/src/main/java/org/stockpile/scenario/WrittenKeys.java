package org.stockpile.scenario;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.lang.reflect.Field;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the model's types are written in files, read from their Jackson annotations; shared by the
 * binder and the schema so that both read the same keys.
 *
 * <ul>
 *   <li>A record is a mapping of its components' keys, named by {@code @JsonProperty} when it
 *       gives a name; the keys of a {@code @JsonUnwrapped} component are written at the record's
 *       own level, in its place.
 *   <li>A sealed type with {@code @JsonTypeInfo} is written as one of its cases
 *       ({@code @JsonSubTypes}), told apart by a key. With {@code include = PROPERTY} (the
 *       default) that key names a <em>type</em>, and each type has keys of its own (shocks,
 *       distributions). With {@code include = EXISTING_PROPERTY} the key is a <em>mode</em>, one
 *       key of a single mapping like the others (optional when the type names a
 *       {@code defaultImpl}): the mapping may hold the keys of every mode, and which of them the
 *       chosen mode reads is checked when binding (release rules, export controls).
 * </ul>
 */
final class WrittenKeys {
  private WrittenKeys() {
  }

  /**
   * One key of a record: the component it fills, in the record declaring that component (the
   * record itself, or an unwrapped part of it).
   */
  record Key(String name, Class<?> record, RecordComponent component) {

    /** The {@code @JsonProperty} of the component, or null. */
    JsonProperty property() {
      return fieldOf(record, component).getAnnotation(JsonProperty.class);
    }

    boolean required() {
      JsonProperty property = property();
      return property != null && property.required();
    }

    /** The description of the key ({@code @JsonPropertyDescription}), or "". */
    String description() {
      JsonPropertyDescription description = fieldOf(record, component).getAnnotation(JsonPropertyDescription.class);
      return description == null ? "" : description.value();
    }

    /** The default the component declares ({@code @JsonProperty(defaultValue)}), or "" for none. */
    String declaredDefault() {
      JsonProperty property = property();
      return property == null ? "" : property.defaultValue();
    }
  }

  /** The keys of the record {@code type}, in component order, those of unwrapped components in their place. */
  static List<Key> keys(Class<?> type) {
    List<Key> keys = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (unwrapped(type, component)) {
        keys.addAll(keys(component.getType()));
      } else {
        keys.add(new Key(keyName(type, component), type, component));
      }
    }
    return keys;
  }

  /** The key of {@code record} named {@code name}, or null. */
  static Key key(Class<?> record, String name) {
    return keys(record).stream().filter(key -> key.name().equals(name)).findFirst().orElse(null);
  }

  /** The name a component is written under: its {@code @JsonProperty} name, else its own. */
  static String keyName(Class<?> record, RecordComponent component) {
    JsonProperty property = fieldOf(record, component).getAnnotation(JsonProperty.class);
    return property != null && !property.value().isEmpty() ? property.value() : component.getName();
  }

  /** Whether the component is {@code @JsonUnwrapped}: its keys are written at the level of the record holding it. */
  static boolean unwrapped(Class<?> record, RecordComponent component) {
    JsonUnwrapped unwrapped = fieldOf(record, component).getAnnotation(JsonUnwrapped.class);
    return unwrapped != null && unwrapped.enabled();
  }

  /** Whether a record has {@code @JsonUnwrapped} components. */
  static boolean hasUnwrapped(Class<?> type) {
    return type.isRecord() && Arrays.stream(type.getRecordComponents()).anyMatch(c -> unwrapped(type, c));
  }

  /**
   * Annotations whose targets include FIELD but not RECORD_COMPONENT ({@code @JsonProperty},
   * {@code @JsonUnwrapped}) are kept by Java on the record's generated field.
   */
  private static Field fieldOf(Class<?> record, RecordComponent component) {
    try {
      return record.getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code type} is a sealed type told apart by a mode: one mapping holding the keys of every mode. */
  static boolean isModal(Class<?> type) {
    JsonTypeInfo info = type.getAnnotation(JsonTypeInfo.class);
    return info != null && info.include() == JsonTypeInfo.As.EXISTING_PROPERTY;
  }

  /** The key telling the cases of {@code base} apart ({@code type}, {@code mode}, ...). */
  static String caseKey(Class<?> base) {
    return base.getAnnotation(JsonTypeInfo.class).property();
  }

  /** The cases of {@code base} by the name files write for them, in the order declared. */
  static Map<String, Class<?>> cases(Class<?> base) {
    Map<String, Class<?>> cases = new LinkedHashMap<>();
    for (JsonSubTypes.Type subtype : base.getAnnotation(JsonSubTypes.class).value()) {
      cases.put(subtype.name(), subtype.value());
    }
    return cases;
  }

  /**
   * The sealed type told apart by type whose case {@code type} is (an export control is a case of
   * shock), or null.
   */
  static Class<?> typedParent(Class<?> type) {
    for (Class<?> parent : type.getInterfaces()) {
      if (parent.isAnnotationPresent(JsonTypeInfo.class) && !isModal(parent) && cases(parent).containsValue(type)) {
        return parent;
      }
    }
    return null;
  }

  /** The name files write for the case {@code type} of {@code base}. */
  static String caseName(Class<?> base, Class<?> type) {
    return cases(base).entrySet().stream().filter(entry -> entry.getValue() == type).findFirst()
        .orElseThrow().getKey();
  }

  /** The case a mapping without the case key is, or null when the key is required. */
  static Class<?> defaultCase(Class<?> base) {
    Class<?> given = base.getAnnotation(JsonTypeInfo.class).defaultImpl();
    return given == JsonTypeInfo.class || given == Void.class ? null : given;
  }

  /**
   * The keys a mapping of {@code type} may hold: a record's own (see {@link #keys}); for a modal
   * type, the mode and every key of every mode, in the order of its {@code @JsonPropertyOrder}
   * (keys it does not list follow, in the order of the modes).
   */
  static List<String> keyNames(Class<?> type) {
    if (!isModal(type)) {
      return keys(type).stream().map(Key::name).toList();
    }
    Set<String> all = new LinkedHashSet<>();
    all.add(caseKey(type));
    cases(type).values().forEach(mode -> keys(mode).forEach(key -> all.add(key.name())));
    List<String> ordered = new ArrayList<>();
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    if (order != null) {
      Arrays.stream(order.value()).filter(all::contains).forEach(ordered::add);
    }
    all.stream().filter(name -> !ordered.contains(name)).forEach(ordered::add);
    return ordered;
  }

  /** Whether every case of {@code base} requires the key {@code name}. */
  static boolean requiredByEveryCase(Class<?> base, String name) {
    return cases(base).values().stream().allMatch(type -> {
      Key key = key(type, name);
      return key != null && key.required();
    });
  }

  /** The keys {@code record} ignores when a file writes them ({@code @JsonIgnoreProperties}). */
  static List<String> ignored(Class<?> record) {
    JsonIgnoreProperties ignore = record.getAnnotation(JsonIgnoreProperties.class);
    return ignore == null ? List.of() : List.of(ignore.value());
  }
}
