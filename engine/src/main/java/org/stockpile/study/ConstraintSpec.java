package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A constraint as written in a spec file: either a sum of decisions with bounds
 * ({@code {name: 60-day rule, sum: [path, path], min: 60}}), or a spending limit
 * ({@code {name: budget, spendingAtMost: 2.0e8}}).
 */
@JsonPropertyOrder({"name", "sum", "min", "max", "spendingAtMost"})
public record ConstraintSpec(
    @JsonPropertyDescription("A name, for reports (default: constraint <n>).")
    String name,
    @JsonPropertyDescription("Paths of decisions (as in decisions) whose values are summed.")
    List<String> sum,
    @JsonPropertyDescription("Smallest allowed sum.")
    Double min,
    @JsonPropertyDescription("Largest allowed sum.")
    Double max,
    @JsonPropertyDescription("Largest expected spending over the horizon: buying the stock the tiers start with, "
        + "then stock bought less stock used (at the base price) and storage, summed over materials, in the "
        + "scenario's currency.")
    Double spendingAtMost) {

  public ConstraintSpec {
    sum = sum == null ? List.of() : List.copyOf(sum);
  }
}
