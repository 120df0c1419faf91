package org.stockpile.report;

/** A folder that cannot be reported on (not a result folder, half-written, too new), or a report that cannot be written. */
public final class ReportException extends Exception {
  public ReportException(String message) {
    super(message);
  }

  public ReportException(String message, Throwable cause) {
    super(message, cause);
  }
}
