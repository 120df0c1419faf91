package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * A result that is not a finite number (NaN or an infinity), found while writing it: the run's
 * files are not written (a file never holds one), and the message says where it was. Validation
 * keeps every magnitude where the engine's sums stay finite, so this is the engine's failure
 * (exit 1), not the user's.
 */
public final class NonFiniteResultException extends IllegalStateException {
  NonFiniteResultException(String file, String where, double value) {
    super("the run produced a non-finite number (" + value + ") in " + file + (where.isEmpty() ? "" : " at " + where)
        + "; no results were written. Please report it with the scenario (a magnitude in it may be beyond what "
        + "double arithmetic can sum)");
  }

  /** {@code value}, if finite, for a CSV cell of {@code file}. */
  static String csv(double value, String file) {
    if (!Double.isFinite(value)) {
      throw new NonFiniteResultException(file, "", value);
    }
    return Csv.number(value);
  }

  /** {@code node}, checked to hold finite numbers only, for {@code file}. */
  static JsonNode json(JsonNode node, String file) {
    check(node, "", file);
    return node;
  }

  private static void check(JsonNode node, String path, String file) {
    if (node.isNumber() && !Double.isFinite(node.asDouble())) {
      throw new NonFiniteResultException(file, path, node.asDouble());
    }
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        check(entry.getValue(), path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(), file);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        check(node.get(i), path + "[" + i + "]", file);
      }
    }
  }
}
