package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.stockpile.sweep.Design;
import org.stockpile.sweep.GridDesign;
import org.stockpile.sweep.LatinHypercubeDesign;
import org.stockpile.sweep.Morris;
import org.stockpile.sweep.MorrisDesign;
import org.stockpile.sweep.OneAtATimeDesign;
import org.stockpile.sweep.Sobol;
import org.stockpile.sweep.SobolDesign;

/** The design of a sweep spec. */
@JsonPropertyOrder({"type", "samples", "trajectories", "levels"})
public record DesignSpec(
    @JsonProperty(required = true)
    @JsonPropertyDescription("sobol (first-order and total indices), morris (elementary effects), latinHypercube, "
        + "grid (every combination of levels) or oneAtATime (each parameter alone, the others at their median).")
    DesignType type,
    @JsonPropertyDescription("Sobol: base samples N (the model runs N x (parameters + 2) times); latinHypercube: points.")
    Integer samples,
    @JsonPropertyDescription("Morris: trajectories.")
    Integer trajectories,
    @JsonPropertyDescription("Morris: grid levels (even); grid and oneAtATime: values per parameter.")
    Integer levels) {

  /** The design these settings describe; they must have been checked (see the design records). */
  public Design toDesign() {
    return switch (type) {
      case SOBOL -> new SobolDesign(samples);
      case MORRIS -> new MorrisDesign(trajectories, levels);
      case LATIN_HYPERCUBE -> new LatinHypercubeDesign(samples);
      case GRID -> new GridDesign(levels);
      case ONE_AT_A_TIME -> new OneAtATimeDesign(levels);
    };
  }
}
