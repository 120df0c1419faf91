package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.stockpile.model.DayRef;

/** Which days' cover a sweep analyses over time (timeindices.csv), as written in a sweep spec. */
@JsonPropertyOrder({"days", "materials"})
public record TimeIndicesSpec(
    @JsonPropertyDescription("Days (numbers from 0, or dates) at whose end each material's days of cover is taken; "
        + "an empty list turns time indices off. Default for sobol and morris designs: 30, 90, 180 and 365, "
        + "those inside the horizon.")
    List<DayRef> days,
    @JsonPropertyDescription("Materials whose cover is analysed (default: all).")
    List<String> materials) {

  public TimeIndicesSpec {
    days = days == null ? null : List.copyOf(days);
    materials = materials == null ? List.of() : List.copyOf(materials);
  }
}
