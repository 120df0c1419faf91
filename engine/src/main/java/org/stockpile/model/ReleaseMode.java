package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a release is: a sale (gone) or a loan (paid back with a premium). */
public enum ReleaseMode {
  @JsonProperty("sale") SALE,
  @JsonProperty("loan") LOAN
}
