package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockpile.model.DayRef;
import org.stockpile.model.Scenario;

/**
 * A path into a scenario resolved once onto its records: the record components, map entries
 * ({@code materials.cobalt}) and list entries ({@code sources[0]}, {@code shocks[1]}) that lead
 * from a {@link Scenario} to one number or day field. Setting a value rebuilds the records along
 * the way, each with its canonical constructor as the binder builds it, and shares the rest with
 * the scenario it started from.
 *
 * <p>A lens knows how the file names its place ({@link #positional()}), the type the binder reads
 * there ({@link #leafType()}) and when the binder comes to it while reading a whole file
 * ({@link #visitOrder()}), so that problems with several values are listed as binding the file
 * would list them.
 */
final class ScenarioLens {
  /** The fields a lens sets: numbers and days, the only ones a number written at a path cannot reshape. */
  private static final Set<Type> SETTABLE = Set.of(double.class, Double.class, int.class, Integer.class,
      long.class, Long.class, DayRef.class);

  private final String positional;
  private final Step[] steps;
  private final Type leafType;
  private final int[] visitOrder;

  private ScenarioLens(String positional, List<Step> steps, Type leafType, int[] visitOrder) {
    this.positional = positional;
    this.steps = steps.toArray(Step[]::new);
    this.leafType = leafType;
    this.visitOrder = visitOrder;
  }

  /**
   * {@code path} in the tree {@code root}, which {@code base} was bound from, as a lens; throws
   * with the reason when the path is not in the scenario or does not lead to a number or day field
   * of a record (a mode or type key, a key of another mode, a key no record reads, text).
   */
  static ScenarioLens resolve(JsonNode root, Scenario base, String path) throws NotOnRecords {
    String positional;
    try {
      positional = ScenarioPath.slot(root, path).positional();
    } catch (IllegalArgumentException e) {
      throw new NotOnRecords(e.getMessage());
    }
    List<String> names = ScenarioPath.steps(positional);
    List<Step> steps = new ArrayList<>();
    int[] visitOrder = new int[names.size()];
    Object at = base;
    Type leafType = null;
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      leafType = null;
      if (at == null) {
        throw new NotOnRecords("nothing is bound before " + name);
      }
      if (name.startsWith("[")) {
        int index = Integer.parseInt(name.substring(1, name.length() - 1));
        if (!(at instanceof List<?> list) || index >= list.size()) {
          throw new NotOnRecords(name + " is not an entry of a bound list");
        }
        steps.add(new ListEntry(index));
        visitOrder[i] = index;
        at = list.get(index);
      } else if (at instanceof Map<?, ?> map) {
        if (!map.containsKey(name)) {
          throw new NotOnRecords(name + " is not bound");
        }
        steps.add(new MapEntry(name));
        visitOrder[i] = List.copyOf(map.keySet()).indexOf(name);
        at = map.get(name);
      } else if (at instanceof Record) {
        Class<?> record = at.getClass();
        List<RecordComponent> chain = componentsNamed(record, name);
        if (chain == null) {
          throw new NotOnRecords(name + " is not read by " + record.getSimpleName()
              + " (a type or mode key, a key of another mode, or an unknown key)");
        }
        visitOrder[i] = visitIndex(record, name);
        for (RecordComponent component : chain) {
          Component step = Component.of(component);
          steps.add(step);
          at = step.get(at);
        }
        leafType = chain.getLast().getGenericType();
      } else {
        throw new NotOnRecords(name + " is inside a " + at.getClass().getSimpleName());
      }
    }
    if (leafType == null || !SETTABLE.contains(leafType)) {
      throw new NotOnRecords("names a " + (leafType == null ? "map or list entry" : leafType.getTypeName())
          + ", not a number or day field");
    }
    return new ScenarioLens(positional, steps, leafType, visitOrder);
  }

  /** The path as problems name it, list entries by position ({@code materials.cobalt.sources[0].share}). */
  String positional() {
    return positional;
  }

  /** The type the binder reads at the path (a record component's type). */
  Type leafType() {
    return leafType;
  }

  /**
   * Where the binder comes to the path while reading a whole file: at each step, the position of
   * the key among those it reads in order, of the map entry, or of the list entry. Problems at two
   * paths are listed in the order of these, compared element by element.
   */
  int[] visitOrder() {
    return visitOrder;
  }

  /** {@code scenario} with {@code value} (a value of {@link #leafType()}) at the path. */
  Scenario set(Scenario scenario, Object value) {
    Object[] wholes = new Object[steps.length];
    Object at = scenario;
    for (int i = 0; i < steps.length; i++) {
      wholes[i] = at;
      at = steps[i].get(at);
    }
    Object part = value;
    for (int i = steps.length - 1; i >= 0; i--) {
      part = steps[i].with(wholes[i], part);
    }
    return (Scenario) part;
  }

  /**
   * The components of {@code record} that lead to the key {@code name}: the component itself, or
   * the {@code @JsonUnwrapped} components whose keys are written at the record's level and then
   * the one holding it, in the order {@link WrittenKeys#keys} lists them (the first wins); null
   * when the record reads no such key.
   */
  private static List<RecordComponent> componentsNamed(Class<?> record, String name) {
    for (RecordComponent component : record.getRecordComponents()) {
      if (WrittenKeys.unwrapped(record, component)) {
        List<RecordComponent> inner = componentsNamed(component.getType(), name);
        if (inner != null) {
          List<RecordComponent> chain = new ArrayList<>(List.of(component));
          chain.addAll(inner);
          return chain;
        }
      } else if (WrittenKeys.keyName(record, component).equals(name)) {
        return List.of(component);
      }
    }
    return null;
  }

  /**
   * The position of {@code name} among the keys the binder reads, in order, in a mapping bound to
   * {@code record}: a mode's mapping is read in its family's key order, any other record's in its
   * own (see {@link TreeBinder}).
   */
  private static int visitIndex(Class<?> record, String name) {
    for (Class<?> family : record.getInterfaces()) {
      if (WrittenKeys.isModal(family)) {
        return WrittenKeys.keyNames(family).indexOf(name);
      }
    }
    return WrittenKeys.keyNames(record).indexOf(name);
  }

  /** Why a path is set in the tree and bound, not set on the records. */
  static final class NotOnRecords extends Exception {
    NotOnRecords(String reason) {
      super(reason, null, false, false);
    }
  }

  /** One step from a value to a part of it, and back: the value with the part replaced. */
  private sealed interface Step permits Component, MapEntry, ListEntry {
    Object get(Object whole);

    Object with(Object whole, Object part);
  }

  /** A component of a record, rebuilt with its canonical constructor. */
  private static final class Component implements Step {
    private final Method[] accessors;
    private final Constructor<?> canonical;
    private final int index;

    private Component(Method[] accessors, Constructor<?> canonical, int index) {
      this.accessors = accessors;
      this.canonical = canonical;
      this.index = index;
    }

    static Component of(RecordComponent component) {
      Class<?> record = component.getDeclaringRecord();
      RecordComponent[] components = record.getRecordComponents();
      Method[] accessors = Arrays.stream(components).map(RecordComponent::getAccessor).toArray(Method[]::new);
      try {
        Constructor<?> canonical = record.getDeclaredConstructor(
            Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
        // Reflection hands out new component objects on every call: they are told apart by name.
        int index = Arrays.stream(components).map(RecordComponent::getName).toList().indexOf(component.getName());
        return new Component(accessors, canonical, index);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no canonical constructor in " + record, e);
      }
    }

    @Override
    public Object get(Object whole) {
      return read(accessors[index], whole);
    }

    @Override
    public Object with(Object whole, Object part) {
      Object[] arguments = new Object[accessors.length];
      for (int i = 0; i < accessors.length; i++) {
        arguments[i] = i == index ? part : read(accessors[i], whole);
      }
      try {
        return canonical.newInstance(arguments);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException("cannot build " + canonical.getDeclaringClass().getSimpleName(), e.getCause());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot build " + canonical.getDeclaringClass().getSimpleName(), e);
      }
    }

    private static Object read(Method accessor, Object record) {
      try {
        return accessor.invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }

  /** An entry of a map keyed by id; the copy keeps the map's order. */
  private record MapEntry(String key) implements Step {
    @Override
    public Object get(Object whole) {
      return ((Map<?, ?>) whole).get(key);
    }

    @Override
    public Object with(Object whole, Object part) {
      Map<Object, Object> copy = new LinkedHashMap<>((Map<?, ?>) whole);
      copy.put(key, part);
      return copy;
    }
  }

  /** An entry of a list, by position. */
  private record ListEntry(int index) implements Step {
    @Override
    public Object get(Object whole) {
      return ((List<?>) whole).get(index);
    }

    @Override
    public Object with(Object whole, Object part) {
      List<Object> copy = new ArrayList<>((List<?>) whole);
      copy.set(index, part);
      return copy;
    }
  }
}
