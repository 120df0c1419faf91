package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day of the run, written either as a day number (0 is the first simulated day) or as a
 * calendar date, counted from {@link RunSettings#startDate()}.
 */
public record DayRef(Integer day, LocalDate date) {

  public DayRef {
    if ((day == null) == (date == null)) {
      throw new IllegalArgumentException("a DayRef is either a day number or a date");
    }
  }

  public static DayRef of(int day) {
    return new DayRef(day, null);
  }

  public static DayRef of(LocalDate date) {
    return new DayRef(null, date);
  }

  /** The day number this reference stands for in a run starting on {@code startDate}. */
  public long resolve(LocalDate startDate) {
    return day != null ? day : ChronoUnit.DAYS.between(startDate, date);
  }

  @JsonValue
  Object asWritten() {
    return day != null ? day : date.toString();
  }

  @Override
  public String toString() {
    return String.valueOf(asWritten());
  }
}
