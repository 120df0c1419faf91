package org.stockpile.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Immutable copies that keep insertion order, which {@code Map.copyOf} does not. */
final class OrderedMaps {
  private OrderedMaps() {
  }

  static <K, V> Map<K, V> orderedCopy(Map<K, V> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
