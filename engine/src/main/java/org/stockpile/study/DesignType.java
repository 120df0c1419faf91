package org.stockpile.study;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The designs a sweep spec can name. */
public enum DesignType {
  @JsonProperty("sobol")
  SOBOL,
  @JsonProperty("morris")
  MORRIS,
  @JsonProperty("latinHypercube")
  LATIN_HYPERCUBE,
  @JsonProperty("grid")
  GRID,
  @JsonProperty("oneAtATime")
  ONE_AT_A_TIME
}
