package org.stockpile.check;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean" hints: the closest known name by edit distance, if it is close enough. */
public final class Suggestions {
  private Suggestions() {
  }

  /** {@code " (did you mean 'x'?)"}, or the empty string when nothing is close. */
  public static String didYouMean(String given, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    if (given == null) {
      return "";
    }
    for (String candidate : known) {
      if (candidate == null) {
        continue;
      }
      int distance = distance(given.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    int tolerance = Math.max(2, given.length() / 3);
    return best != null && bestDistance <= tolerance ? " (did you mean '" + best + "'?)" : "";
  }

  /** Levenshtein distance. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
