package org.stockpile.optimize;

/**
 * One input an optimization decides: its grid ({@code decision}, named by its path in the
 * scenario) and how reports name it ({@code label}).
 */
public record DecidedInput(String label, Decision decision) {

  /** Where the decision is in the scenario. */
  public String path() {
    return decision.name();
  }
}
