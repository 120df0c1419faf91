package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.stockpile.model.Distribution;

/** A swept parameter as written in a sweep spec: a path into the scenario and its distribution or levels. */
@JsonPropertyOrder({"path", "label", "distribution", "levels"})
public record ParameterSpec(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Where in the base scenario the number goes, e.g. materials.rare-earths.baselineDailyDemand "
        + "or shocks[0].durationDays; a source's share rescales the material's other shares. In a scenario with several "
        + "economies, a path in the world: economies.JP.materials.rare-earths.stockpiles.public.targetDays, "
        + "suppliers.rare-earths.china.capacityPerDay, groups.iea.collectiveRelease.triggerShare (not a share).")
    String path,
    @JsonPropertyDescription("A readable name for outputs and reports (default: made from the path and the scenario, e.g. "
        + "'rare-earths from china: lead time (days)').")
    String label,
    @JsonPropertyDescription("Its distribution (uniform, triangular, normal, lognormal...), as in scenario files.")
    Distribution distribution,
    @JsonPropertyDescription("Or its discrete levels, equally likely.")
    List<Double> levels) {

  public ParameterSpec {
    levels = levels == null ? List.of() : List.copyOf(levels);
  }
}
