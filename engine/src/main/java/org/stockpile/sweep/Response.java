package org.stockpile.sweep;

/** What a sensitivity analysis studies: a number computed from a vector of parameter values. */
@FunctionalInterface
public interface Response {
  double value(double[] parameters) throws Exception;
}
