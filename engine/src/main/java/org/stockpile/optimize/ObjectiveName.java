package org.stockpile.optimize;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The objectives a spec file can name (lower is better); Java callers may pass any {@link Objective}. */
public enum ObjectiveName {
  @JsonProperty("expectedTotalCost")
  EXPECTED_TOTAL_COST(Objective.expectedTotalCost()),
  @JsonProperty("expectedShortfall")
  EXPECTED_SHORTFALL(Objective.expectedShortfall()),
  @JsonProperty("cvar95Shortfall")
  CVAR95_SHORTFALL(Objective.cvar95Shortfall()),
  @JsonProperty("daysBelowTarget")
  DAYS_BELOW_TARGET(Objective.daysBelowTarget());

  private final Objective objective;

  ObjectiveName(Objective objective) {
    this.objective = objective;
  }

  public Objective objective() {
    return objective;
  }

  /** The name written in spec files. */
  public String written() {
    try {
      return ObjectiveName.class.getField(name()).getAnnotation(JsonProperty.class).value();
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException(e);
    }
  }
}
