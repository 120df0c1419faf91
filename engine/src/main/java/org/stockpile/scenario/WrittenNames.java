package org.stockpile.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a file writes an enum's value: its {@code @JsonProperty} name ({@code ban}, not {@code BAN}). */
public final class WrittenNames {
  private WrittenNames() {
  }

  public static String of(Enum<?> value) {
    try {
      JsonProperty property = value.getDeclaringClass().getField(value.name()).getAnnotation(JsonProperty.class);
      return property != null ? property.value() : value.name();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
