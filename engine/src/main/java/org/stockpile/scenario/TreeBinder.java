package org.stockpile.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.model.DayRef;

/**
 * Binds a parsed tree to the model records, collecting every problem instead of stopping at the
 * first: unknown keys (with a "did you mean" hint), missing required keys, values of the wrong
 * kind, unknown type names. It reads the same annotations the schema is generated from
 * ({@code @JsonProperty(required, defaultValue)}, {@code @JsonTypeInfo}, {@code @JsonSubTypes},
 * {@code @JsonUnwrapped}), so the file format, the schema and the binding cannot drift apart.
 *
 * <p>Where a value is broken, a neutral placeholder (zero, null, empty) is bound so that the rest
 * of the document can still be checked; callers must not use the result when problems exist.
 */
final class TreeBinder {
  private final List<Finding> problems = new ArrayList<>();

  List<Finding> problems() {
    return problems;
  }

  <T> T bind(JsonNode node, Class<T> type) {
    return type.cast(bindValue(node, type, ""));
  }

  private Object bindValue(JsonNode node, Type type, String path) {
    if (node == null || node.isNull()) {
      return emptyValue(type);
    }
    if (type instanceof ParameterizedType parameterized) {
      Class<?> raw = (Class<?>) parameterized.getRawType();
      Type[] arguments = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        return bindList(node, arguments[0], path);
      }
      if (raw == Map.class) {
        return bindMap(node, arguments[1], path);
      }
      throw new IllegalStateException("unsupported model type " + type);
    }
    Class<?> target = (Class<?>) type;
    if (target == double.class || target == Double.class) {
      return bindDouble(node, path, target);
    }
    if (target == int.class || target == Integer.class) {
      Long whole = bindWhole(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return whole == null ? emptyValue(target) : Integer.valueOf(whole.intValue());
    }
    if (target == long.class || target == Long.class) {
      Long whole = bindWhole(node, path, Long.MIN_VALUE, Long.MAX_VALUE);
      return whole == null ? emptyValue(target) : whole;
    }
    if (target == boolean.class || target == Boolean.class) {
      if (!node.isBoolean()) {
        problem(path, "must be true or false, got " + TreeReader.kind(node));
        return emptyValue(target);
      }
      return node.booleanValue();
    }
    if (target == String.class) {
      if (!node.isValueNode()) {
        problem(path, "must be text, got " + TreeReader.kind(node));
        return null;
      }
      return node.asText();
    }
    if (target == LocalDate.class) {
      return bindDate(node, path);
    }
    if (target == DayRef.class) {
      return bindDayRef(node, path);
    }
    if (target.isEnum()) {
      return bindEnum(node, target, path);
    }
    if (target.isAnnotationPresent(JsonTypeInfo.class)) {
      return bindPolymorphic(node, target, path);
    }
    if (target.isRecord()) {
      return bindRecord(node, target, path, null);
    }
    throw new IllegalStateException("unsupported model type " + target);
  }

  private Object bindDouble(JsonNode node, String path, Class<?> target) {
    if (!node.isNumber()) {
      problem(path, "must be a number, got " + TreeReader.kind(node));
      return emptyValue(target);
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      problem(path, "must be a finite number, got " + value);
      return emptyValue(target);
    }
    return value;
  }

  private Long bindWhole(JsonNode node, String path, long min, long max) {
    if (node.isIntegralNumber() && node.canConvertToLong()) {
      long value = node.longValue();
      if (value >= min && value <= max) {
        return value;
      }
      problem(path, "is out of range, got " + node.asText());
      return null;
    }
    if (node.isNumber() && Double.isFinite(node.doubleValue()) && node.doubleValue() == Math.rint(node.doubleValue())
        && Math.abs(node.doubleValue()) < 9e15) {
      return (long) node.doubleValue();
    }
    problem(path, "must be a whole number, got " + TreeReader.kind(node));
    return null;
  }

  private LocalDate bindDate(JsonNode node, String path) {
    if (!node.isTextual()) {
      problem(path, "must be a date (YYYY-MM-DD), got " + TreeReader.kind(node));
      return null;
    }
    try {
      return LocalDate.parse(node.asText());
    } catch (DateTimeParseException e) {
      problem(path, "must be a date (YYYY-MM-DD), got '" + TreeReader.abbreviate(node.asText()) + "'");
      return null;
    }
  }

  private DayRef bindDayRef(JsonNode node, String path) {
    if (node.isTextual()) {
      LocalDate date = bindDate(node, path);
      return date == null ? null : DayRef.of(date);
    }
    if (node.isNumber()) {
      Long day = bindWhole(node, path, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return day == null ? null : DayRef.of(day.intValue());
    }
    problem(path, "must be a day number or a date (YYYY-MM-DD), got " + TreeReader.kind(node));
    return null;
  }

  private Object bindEnum(JsonNode node, Class<?> target, String path) {
    Map<String, Object> byName = new LinkedHashMap<>();
    for (Object constant : target.getEnumConstants()) {
      Enum<?> value = (Enum<?>) constant;
      byName.put(writtenName(target, value), value);
    }
    String given = node.isValueNode() ? node.asText() : null;
    Object found = given == null ? null : byName.get(given);
    if (found == null) {
      problem(path, "must be one of " + String.join(", ", byName.keySet()) + ", got "
          + TreeReader.kind(node) + (given == null ? "" : Suggestions.didYouMean(given, byName.keySet())));
    }
    return found;
  }

  static String writtenName(Class<?> enumType, Enum<?> value) {
    try {
      JsonProperty property = enumType.getField(value.name()).getAnnotation(JsonProperty.class);
      return property != null ? property.value() : value.name();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  private Object bindPolymorphic(JsonNode node, Class<?> base, String path) {
    String property = base.getAnnotation(JsonTypeInfo.class).property();
    Map<String, Class<?>> subtypes = subtypes(base);
    if (!node.isObject()) {
      problem(path, "must be a mapping with '" + property + "' (one of " + String.join(", ", subtypes.keySet())
          + "), got " + TreeReader.kind(node));
      return null;
    }
    JsonNode tag = node.get(property);
    if (tag == null || !tag.isTextual()) {
      problem(path, "missing '" + property + "': one of " + String.join(", ", subtypes.keySet()));
      return null;
    }
    Class<?> chosen = subtypes.get(tag.asText());
    if (chosen == null) {
      problem(TreePaths.key(path, property), "must be one of " + String.join(", ", subtypes.keySet()) + ", got '"
          + TreeReader.abbreviate(tag.asText()) + "'" + Suggestions.didYouMean(tag.asText(), subtypes.keySet()));
      return null;
    }
    return bindRecord(node, chosen, path, property);
  }

  static Map<String, Class<?>> subtypes(Class<?> base) {
    Map<String, Class<?>> subtypes = new LinkedHashMap<>();
    for (JsonSubTypes.Type subtype : base.getAnnotation(JsonSubTypes.class).value()) {
      subtypes.put(subtype.name(), subtype.value());
    }
    return subtypes;
  }

  private Object bindRecord(JsonNode node, Class<?> type, String path, String discriminator) {
    if (!node.isObject()) {
      problem(path, "must be a mapping of keys (" + String.join(", ", keyNames(type)) + "), got "
          + TreeReader.kind(node));
      return null;
    }
    List<String> known = keyNames(type);
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!known.contains(key) && !key.equals(discriminator)) {
        problem(TreePaths.key(path, key), "unknown key '" + key + "'" + Suggestions.didYouMean(key, known));
      }
    }
    return bindComponents(node, type, path);
  }

  /**
   * The record {@code type} bound from the keys of {@code node}. A component marked
   * {@code @JsonUnwrapped} is bound from the same keys, as Jackson does: its keys are written at
   * this level, and problems name them here ({@code shocks[0].durationDays}).
   */
  private Object bindComponents(JsonNode node, Class<?> type, String path) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      if (unwrapped(type, component)) {
        arguments[i] = bindComponents(node, component.getType(), path);
        continue;
      }
      String childPath = TreePaths.key(path, component.getName());
      JsonNode child = node.get(component.getName());
      JsonProperty property = annotation(type, component);
      if (child == null || child.isNull()) {
        if (property != null && property.required()) {
          problem(childPath, "missing required key '" + component.getName() + "'");
          arguments[i] = emptyValue(component.getGenericType());
        } else {
          arguments[i] = defaultValue(component, property);
        }
      } else {
        arguments[i] = bindValue(child, component.getGenericType(), childPath);
      }
    }
    return construct(type, components, arguments);
  }

  /**
   * The {@code @JsonProperty} written on a record component. Its target list has no
   * RECORD_COMPONENT, so Java keeps it on the generated field, not on the component.
   */
  static JsonProperty annotation(Class<?> record, RecordComponent component) {
    return fieldOf(record, component).getAnnotation(JsonProperty.class);
  }

  /** Whether the component is {@code @JsonUnwrapped}: its keys are written at the level of the record holding it. */
  static boolean unwrapped(Class<?> record, RecordComponent component) {
    JsonUnwrapped unwrapped = fieldOf(record, component).getAnnotation(JsonUnwrapped.class);
    return unwrapped != null && unwrapped.enabled();
  }

  private static Field fieldOf(Class<?> record, RecordComponent component) {
    try {
      return record.getDeclaredField(component.getName());
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The keys a mapping of the record {@code type} may hold, in order, with those of unwrapped components in place. */
  static List<String> keyNames(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent component : type.getRecordComponents()) {
      if (unwrapped(type, component)) {
        names.addAll(keyNames(component.getType()));
      } else {
        names.add(component.getName());
      }
    }
    return names;
  }

  private Object defaultValue(RecordComponent component, JsonProperty property) {
    Class<?> type = component.getType();
    String text = property == null ? "" : property.defaultValue();
    if (text.isEmpty()) {
      return emptyValue(component.getGenericType());
    }
    if (type == double.class || type == Double.class) {
      return Double.parseDouble(text);
    }
    if (type == int.class || type == Integer.class) {
      return Integer.parseInt(text);
    }
    if (type == long.class || type == Long.class) {
      return Long.parseLong(text);
    }
    if (type == boolean.class || type == Boolean.class) {
      return Boolean.parseBoolean(text);
    }
    if (type == LocalDate.class) {
      return LocalDate.parse(text);
    }
    if (type.isEnum()) {
      for (Object constant : type.getEnumConstants()) {
        if (writtenName(type, (Enum<?>) constant).equals(text)) {
          return constant;
        }
      }
    }
    if (type == String.class) {
      return text;
    }
    throw new IllegalStateException("unsupported default for " + component);
  }

  private static Object emptyValue(Type type) {
    if (type == double.class) {
      return 0.0;
    }
    if (type == int.class) {
      return 0;
    }
    if (type == long.class) {
      return 0L;
    }
    if (type == boolean.class) {
      return false;
    }
    return null;
  }

  private static Object construct(Class<?> type, RecordComponent[] components, Object[] arguments) {
    Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
    try {
      Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
      return canonical.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
    }
  }

  private List<Object> bindList(JsonNode node, Type element, String path) {
    if (!node.isArray()) {
      problem(path, "must be a list, got " + TreeReader.kind(node));
      return List.of();
    }
    List<Object> values = new ArrayList<>();
    boolean intact = true;
    for (int i = 0; i < node.size(); i++) {
      Object value = bindValue(node.get(i), element, TreePaths.index(path, i));
      // After a broken element, later ones are still checked for form, but left out of the list,
      // so that the indices of problems found later stay those of the file.
      intact &= value != null;
      if (intact) {
        values.add(value);
      }
    }
    return values;
  }

  private Map<String, Object> bindMap(JsonNode node, Type valueType, String path) {
    if (!node.isObject()) {
      problem(path, "must be a mapping of ids to values, got " + TreeReader.kind(node));
      return Map.of();
    }
    Map<String, Object> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
      Map.Entry<String, JsonNode> entry = entries.next();
      String childPath = TreePaths.key(path, entry.getKey());
      JsonNode child = entry.getValue();
      // "JP:" with nothing after it is an entry with every key left at its default.
      JsonNode given = child.isNull() && valueType instanceof Class<?> record && record.isRecord()
          ? JsonNodeFactory.instance.objectNode() : child;
      Object value = bindValue(given, valueType, childPath);
      if (value != null) {
        values.put(entry.getKey(), value);
      }
    }
    return values;
  }

  private void problem(String path, String message) {
    problems.add(Finding.at(path, message));
  }
}
