package org.stockpile.output;

/** The destination cannot be written as asked (exists and is not empty, not a folder, ...). */
public final class OutputException extends Exception {
  public OutputException(String message) {
    super(message);
  }

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
