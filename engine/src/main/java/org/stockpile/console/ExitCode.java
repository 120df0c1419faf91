package org.stockpile.console;

/** The command line's exit codes. */
public final class ExitCode {
  public static final int OK = 0;
  public static final int INTERNAL_ERROR = 1;
  public static final int BAD_INPUT = 2;
  /** A nightly comparison found results that moved beyond the tolerance. */
  public static final int MOVED = 3;

  private ExitCode() {
  }
}
