package org.stockpile.cli;

/** The command line's exit codes. */
final class ExitCode {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;
  /** A nightly comparison found results that moved beyond the tolerance. */
  static final int MOVED = 3;

  private ExitCode() {
  }
}
