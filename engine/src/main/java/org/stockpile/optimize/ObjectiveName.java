package org.stockpile.optimize;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.stockpile.metrics.Metric;

/** The objectives a spec file can name (lower is better); Java callers may pass any {@link Objective}. */
public enum ObjectiveName {
  @JsonProperty("expectedNetCost")
  EXPECTED_NET_COST(Objective.expectedNetCost(), Metric.Dimension.MONEY),
  @JsonProperty("expectedShortfall")
  EXPECTED_SHORTFALL(Objective.expectedShortfall(), Metric.Dimension.QUANTITY),
  @JsonProperty("cvar95Shortfall")
  CVAR95_SHORTFALL(Objective.cvar95Shortfall(), Metric.Dimension.QUANTITY),
  @JsonProperty("daysBelowTarget")
  DAYS_BELOW_TARGET(Objective.daysBelowTarget(), Metric.Dimension.DAYS);

  private final Objective objective;
  private final Metric.Dimension dimension;

  ObjectiveName(Objective objective, Metric.Dimension dimension) {
    this.objective = objective;
    this.dimension = dimension;
  }

  /** What the objective is measured in: the currency, the materials' (common) unit, or days. */
  public Metric.Dimension dimension() {
    return dimension;
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
