package org.stockpile.cli;

/** The command line's exit codes. */
final class ExitCode {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;

  private ExitCode() {
  }
}
