package org.stockpile.study;

/** A study that ran but has nothing to give: no candidate of a search made a valid scenario, say. */
public final class StudyException extends Exception {
  public StudyException(String message) {
    super(message);
  }
}
