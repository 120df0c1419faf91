package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Whose supply loss triggers a group's collective release. */
public enum LossBasis {
  /** The members' loss, as a share of their normal supply. */
  @JsonProperty("group")
  GROUP,
  /** The loss of every economy of the world, as a share of the world's normal supply. */
  @JsonProperty("world")
  WORLD
}
