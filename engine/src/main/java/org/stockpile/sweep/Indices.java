package org.stockpile.sweep;

import java.util.List;

/** What a design says about each parameter: Sobol indices or Morris effects. */
public sealed interface Indices permits SobolIndices, MorrisEffects {

  /** The parameters, in the order given. */
  List<String> names();
}
