package org.stockpile.cli;

/** A count with its noun, singular or plural: "1 material", "3 materials", "2 shock processes". */
public final class Plural {
  private Plural() {
  }

  /** {@code count} and {@code noun}, with an "s" unless the count is 1. */
  public static String of(long count, String noun) {
    return of(count, noun, noun + "s");
  }

  /** {@code count} and {@code singular} or {@code plural}. */
  public static String of(long count, String singular, String plural) {
    return org.stockpile.report.Format.count(count, singular, plural);
  }
}
