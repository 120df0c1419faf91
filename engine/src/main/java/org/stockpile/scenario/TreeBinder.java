package org.stockpile.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stockpile.check.Finding;
import org.stockpile.check.Suggestions;
import org.stockpile.check.TreePaths;
import org.stockpile.model.DayRef;
import org.stockpile.model.MisplacedKey;

/**
 * Binds a parsed tree to the model records, collecting every problem instead of stopping at the
 * first: unknown keys (with a "did you mean" hint), missing required keys, values of the wrong
 * kind, unknown type or mode names, keys of another mode. It reads the same annotations the
 * schema is generated from ({@code @JsonProperty(required, defaultValue)}, {@code @JsonTypeInfo},
 * {@code @JsonSubTypes}, {@code @JsonUnwrapped}, {@code @JsonIgnoreProperties}; see
 * {@link WrittenKeys}), so the file format, the schema and the binding cannot drift apart.
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

  /**
   * One value of the model type {@code type} (a record component's generic type) found at
   * {@code path}, read as the whole document's binding reads it there; problems are collected.
   */
  Object bindAt(JsonNode node, Type type, String path) {
    return bindValue(node, type, path);
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
      if (!node.isTextual()) {
        // A number or a YAML boolean (yes, no, NO for Norway...) is never quietly turned into text.
        problem(path, "must be text, got " + TreeReader.kind(node) + (node.isBoolean()
            ? "; YAML reads yes, no, on, off, true and false as booleans: quote it if it is meant as text"
            : node.isValueNode() ? "; quote it ('" + node.asText() + "') if it is meant as text" : ""));
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
      return bindCases(node, target, path, Set.of());
    }
    if (target.isRecord()) {
      return bindRecord(node, target, path, Set.of());
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
      byName.put(WrittenNames.of(value), value);
    }
    String given = node.isValueNode() ? node.asText() : null;
    Object found = given == null ? null : byName.get(given);
    if (found == null) {
      problem(path, "must be one of " + String.join(", ", byName.keySet()) + ", got "
          + TreeReader.kind(node) + (given == null ? "" : Suggestions.didYouMean(given, byName.keySet())));
    }
    return found;
  }


  /**
   * A sealed type written as one of its cases, told apart by a type or by a mode (see
   * {@link WrittenKeys}); {@code consumed} are the keys that chose it, if it is itself a case.
   */
  private Object bindCases(JsonNode node, Class<?> base, String path, Set<String> consumed) {
    return WrittenKeys.isModal(base) ? bindByMode(node, base, path, consumed) : bindByType(node, base, path, consumed);
  }

  private Object bindCase(JsonNode node, Class<?> type, String path, Set<String> consumed) {
    return type.isAnnotationPresent(JsonTypeInfo.class) ? bindCases(node, type, path, consumed)
        : bindRecord(node, type, path, consumed);
  }

  /** Each type has keys of its own; without a known type nothing else is checked. */
  private Object bindByType(JsonNode node, Class<?> base, String path, Set<String> consumed) {
    String property = WrittenKeys.caseKey(base);
    Map<String, Class<?>> subtypes = WrittenKeys.cases(base);
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
    return bindCase(node, chosen, path, plus(consumed, property));
  }

  /**
   * One mapping whose mode is one of its keys, read and reported like any other, in its place.
   * The mapping may hold the keys of every mode; a key the chosen mode does not read is checked
   * for form as the mode that reads it would, then left out if the chosen mode ignores it
   * ({@code @JsonIgnoreProperties}), accepted if it holds the default it has there (as if left
   * out), and reported otherwise ("only applies to mode ...", or the mode's {@link MisplacedKey}).
   * With the mode missing or unknown, the mapping is bound as the default mode (or the first) so
   * that the rest is still checked, and keys of other modes only for form.
   */
  private Object bindByMode(JsonNode node, Class<?> family, String path, Set<String> consumed) {
    String modeKey = WrittenKeys.caseKey(family);
    List<String> known = WrittenKeys.keyNames(family);
    if (!node.isObject()) {
      problem(path, "must be a mapping of keys (" + String.join(", ", known) + "), got " + TreeReader.kind(node));
      return null;
    }
    reportUnknownKeys(node, known, consumed, path);
    Map<String, Class<?>> modes = WrittenKeys.cases(family);
    Class<?> fallback = WrittenKeys.defaultCase(family);
    JsonNode tag = node.get(modeKey);
    Class<?> chosen;
    String modeProblem = null;
    if (tag == null || tag.isNull()) {
      chosen = fallback;
      modeProblem = chosen == null ? "missing required key '" + modeKey + "'" : null;
    } else {
      String given = tag.isValueNode() ? tag.asText() : null;
      chosen = given == null ? null : modes.get(given);
      if (chosen == null) {
        modeProblem = "must be one of " + String.join(", ", modes.keySet()) + ", got " + TreeReader.kind(tag)
            + (given == null ? "" : Suggestions.didYouMean(given, modes.keySet()));
      }
    }
    Class<?> bound = chosen != null ? chosen : fallback != null ? fallback : modes.values().iterator().next();
    Map<String, Object> values = new HashMap<>();
    for (String name : known) {
      WrittenKeys.Key own = WrittenKeys.key(bound, name);
      if (name.equals(modeKey)) {
        if (modeProblem != null) {
          problem(TreePaths.key(path, modeKey), modeProblem);
        }
      } else if (own != null) {
        // A key only some modes require is missing "for mode quota"; with no mode known it is not judged.
        String missingNote = WrittenKeys.requiredByEveryCase(family, name) ? ""
            : chosen != null ? " for " + modeKey + " " + WrittenKeys.caseName(family, chosen) : null;
        values.put(name, bindKey(node, own, path, missingNote));
      } else if (node.hasNonNull(name)) {
        bindOtherModesKey(node.get(name), family, name, TreePaths.key(path, name), chosen);
      }
    }
    return assemble(bound, values);
  }

  /** A key of other modes than {@code chosen} (null: no mode known), see {@link #bindByMode}. */
  private void bindOtherModesKey(JsonNode value, Class<?> family, String name, String path, Class<?> chosen) {
    List<String> readers = new ArrayList<>();
    WrittenKeys.Key theirs = null;
    for (Map.Entry<String, Class<?>> mode : WrittenKeys.cases(family).entrySet()) {
      WrittenKeys.Key key = WrittenKeys.key(mode.getValue(), name);
      if (key != null) {
        readers.add(mode.getKey());
        theirs = theirs == null ? key : theirs;
      }
    }
    int before = problems.size();
    Object bound = bindValue(value, theirs.component().getGenericType(), path);
    boolean wellFormed = problems.size() == before;
    if (chosen == null || !wellFormed || WrittenKeys.ignored(chosen).contains(name)
        || (!theirs.declaredDefault().isEmpty()
        && Objects.equals(bound, defaultValue(theirs.component(), theirs.property())))) {
      return;
    }
    MisplacedKey told = chosen.getAnnotation(MisplacedKey.class);
    problem(path, told != null && told.key().equals(name) ? told.problem()
        : "only applies to " + WrittenKeys.caseKey(family) + " " + String.join(" or ", readers));
  }

  private Object bindRecord(JsonNode node, Class<?> type, String path, Set<String> consumed) {
    List<String> known = WrittenKeys.keyNames(type);
    if (!node.isObject()) {
      problem(path, "must be a mapping of keys (" + String.join(", ", known) + "), got " + TreeReader.kind(node));
      return null;
    }
    reportUnknownKeys(node, known, plus(consumed, WrittenKeys.ignored(type)), path);
    Map<String, Object> values = new HashMap<>();
    for (WrittenKeys.Key key : WrittenKeys.keys(type)) {
      values.put(key.name(), bindKey(node, key, path, ""));
    }
    return assemble(type, values);
  }

  private void reportUnknownKeys(JsonNode node, List<String> known, Set<String> alsoAllowed, String path) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String key = names.next();
      if (!known.contains(key) && !alsoAllowed.contains(key)) {
        problem(TreePaths.key(path, key), "unknown key '" + key + "'" + Suggestions.didYouMean(key, known));
      }
    }
  }

  /**
   * The value of {@code key} in {@code node}: bound, its default, or (when required) a placeholder
   * after a problem ending with {@code missingNote}; a null note leaves a missing key unreported.
   */
  private Object bindKey(JsonNode node, WrittenKeys.Key key, String path, String missingNote) {
    String childPath = TreePaths.key(path, key.name());
    JsonNode child = node.get(key.name());
    RecordComponent component = key.component();
    if (child != null && !child.isNull()) {
      return bindValue(child, component.getGenericType(), childPath);
    }
    if (!key.required()) {
      return defaultValue(component, key.property());
    }
    if (missingNote != null) {
      problem(childPath, "missing required key '" + key.name() + "'" + missingNote);
    }
    return emptyValue(component.getGenericType());
  }

  /**
   * The record {@code type} built from the values bound by key; a {@code @JsonUnwrapped}
   * component is built from the same keys, as Jackson does.
   */
  private static Object assemble(Class<?> type, Map<String, Object> values) {
    RecordComponent[] components = type.getRecordComponents();
    Object[] arguments = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      arguments[i] = WrittenKeys.unwrapped(type, component) ? assemble(component.getType(), values)
          : values.get(WrittenKeys.keyName(type, component));
    }
    return construct(type, components, arguments);
  }

  private static Set<String> plus(Set<String> keys, String key) {
    return plus(keys, List.of(key));
  }

  private static Set<String> plus(Set<String> keys, List<String> more) {
    Set<String> all = new HashSet<>(keys);
    all.addAll(more);
    return all;
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
        if (WrittenNames.of((Enum<?>) constant).equals(text)) {
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
