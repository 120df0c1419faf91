package org.stockpile.sweep;

/**
 * One input a sweep varies: where it is in the scenario ({@code path}), how reports name it
 * ({@code label}), its distribution or levels ({@code parameter}), and whether the field takes
 * whole numbers only, so values are rounded ({@code whole}).
 */
public record SweptInput(String path, String label, Parameter parameter, boolean whole) {

  /** The value at {@code u} in [0, 1], as the scenario takes it (rounded where the field takes whole numbers). */
  public double valueAt(double u) {
    double value = parameter.at(u);
    return whole ? Math.rint(value) : value;
  }
}
