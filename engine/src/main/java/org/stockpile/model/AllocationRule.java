package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How a shared supplier divides what it can ship when the economies' orders exceed it (docs/model.md,
 * "Several economies").
 */
public enum AllocationRule {
  /** In proportion to each economy's normal flow; what one cannot use is offered again to the others. */
  @JsonProperty("proRata")
  PRO_RATA,
  /** Contracted volumes first (pro rata to contracts if even those cannot be met), then the rest pro rata. */
  @JsonProperty("contractsFirst")
  CONTRACTS_FIRST,
  /** In decreasing order of willingness to pay (the economy's shortage cost per unit); ties pro rata. */
  @JsonProperty("highestBidder")
  HIGHEST_BIDDER
}
