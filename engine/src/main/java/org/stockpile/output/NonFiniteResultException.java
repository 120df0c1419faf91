package org.stockpile.output;

/**
 * A result that is not a finite number (NaN or an infinity), found while writing it: the run's
 * files are not written (a file never holds one), and the message says where it was. Validation
 * keeps every magnitude where the engine's sums stay finite, so this is the engine's failure
 * (exit 1), not the user's.
 */
public final class NonFiniteResultException extends IllegalStateException {
  NonFiniteResultException(String file, String where, double value) {
    super("the run produced a non-finite number (" + value + ") in " + file + (where.isEmpty() ? "" : " at " + where)
        + "; no results were written. Please report it with the scenario (a magnitude in it may be beyond what "
        + "double arithmetic can sum)");
  }
}
