package org.stockpile.report;

import java.util.Locale;
import org.stockpile.metrics.Metric;

/**
 * Numbers as people read them, in tables, reports and the terminal: a few significant digits,
 * thousands and millions spelled short, and always their unit ({@code 114 t}, {@code 116 M USD},
 * {@code 9.6 days}, {@code 47.8 %}).
 */
public final class Format {
  private Format() {
  }

  /** A number without unit: {@code 0.123}, {@code 9.61}, {@code 114}, {@code 12,345}, {@code 116 M}, {@code 1.2 bn}. */
  public static String number(double value) {
    if (Double.isNaN(value)) {
      return "–";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "∞" : "-∞";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e9) {
      return String.format(Locale.ROOT, "%.3g bn", value / 1e9);
    }
    if (magnitude >= 1e6) {
      return String.format(Locale.ROOT, "%.3g M", value / 1e6);
    }
    if (magnitude >= 1e4) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (magnitude >= 100 || value == Math.rint(value)) {
      return String.format(Locale.ROOT, "%.0f", value);
    }
    if (magnitude >= 1 || value == 0) {
      return String.format(Locale.ROOT, "%.2f", value);
    }
    return String.format(Locale.ROOT, "%.3g", value);
  }

  /** A share as a percentage: {@code 47.8 %}. */
  public static String percent(double share) {
    return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }

  /** A difference of shares in percentage points: {@code +3.2 pts}. */
  public static String points(double difference) {
    if (Double.isNaN(difference)) {
      return "–";
    }
    double points = 100 * difference;
    if (points == 0) {
      return "0 pts";
    }
    // Small differences keep two significant digits: +0.013 pts, not +0.0 pts.
    return Math.abs(points) >= 1 ? String.format(Locale.ROOT, "%+.1f pts", points)
        : String.format(Locale.ROOT, "%+.2g pts", points);
  }

  /** A number of days: {@code 9.61 days}, {@code 1 day}. */
  public static String days(double value) {
    return Double.isNaN(value) ? "–" : number(value) + (value == 1 ? " day" : " days");
  }

  /** A value with its unit after it: {@code 114 t}, {@code 116 M USD}. */
  public static String withUnit(double value, String unit) {
    return Double.isNaN(value) ? "–" : number(value) + (unit == null || unit.isEmpty() ? "" : " " + unit);
  }

  /** A value of {@code metric}, in {@code materialUnit} (quantities) or {@code currency} (money). */
  public static String metric(Metric metric, double value, String materialUnit, String currency) {
    return switch (metric.dimension()) {
      case QUANTITY -> withUnit(value, materialUnit);
      case MONEY -> withUnit(value, currency);
      case DAYS -> days(value);
      case SHARE -> percent(value);
    };
  }

  /** A difference of two values of {@code metric}, with a sign: {@code +12 t}, {@code -3.2 pts}. */
  public static String difference(Metric metric, double value, String materialUnit, String currency) {
    if (metric.dimension() == Metric.Dimension.SHARE) {
      return points(value);
    }
    String text = metric(metric, value, materialUnit, currency);
    return value > 0 ? "+" + text : text;
  }

  /** A count with its noun, with an "s" unless the count is 1: {@code 1 material}, {@code 3 materials}. */
  public static String count(long count, String noun) {
    return count(count, noun, noun + "s");
  }

  /** Plural or singular: {@code 1 shock process}, {@code 2 shock processes}. */
  public static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
