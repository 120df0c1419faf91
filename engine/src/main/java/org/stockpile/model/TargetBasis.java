package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a tier's days are days of. */
public enum TargetBasis {
  /** Days of the material's reference consumption (days of cover). */
  @JsonProperty("consumption")
  CONSUMPTION,
  /**
   * Days of the previous year's average daily net imports (demand less domestic supply and
   * recycling; the first year uses day 0's), the IEA's basis.
   */
  @JsonProperty("netImports")
  NET_IMPORTS
}
