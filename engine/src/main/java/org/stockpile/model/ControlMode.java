package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How an export control restricts flows. */
public enum ControlMode {
  /** Flow through the country stops. */
  @JsonProperty("ban") BAN,
  /** Flow through the country is capped at {@code allowedShare} of its normal level. */
  @JsonProperty("quota") QUOTA,
  /** {@code allowedShare} of shipments is approved; approved ones wait {@code delayDays} more. */
  @JsonProperty("licensing") LICENSING
}
