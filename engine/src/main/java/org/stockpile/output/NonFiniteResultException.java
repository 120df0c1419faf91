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

  /**
   * {@code node} with every non-finite number replaced by {@code null}: a search's or a sweep's
   * "not computed" (a candidate never simulated, an index of an output that never varied) is
   * written as JSON's null, never as the text "NaN"; readers take null as not a number.
   */
  static JsonNode nullsForNonFinite(JsonNode node) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        JsonNode value = entry.getValue();
        if (value.isNumber() && !Double.isFinite(value.asDouble())) {
          entry.setValue(com.fasterxml.jackson.databind.node.NullNode.getInstance());
        } else {
          nullsForNonFinite(value);
        }
      }
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isNumber() && !Double.isFinite(array.get(i).asDouble())) {
          array.set(i, com.fasterxml.jackson.databind.node.NullNode.getInstance());
        } else {
          nullsForNonFinite(array.get(i));
        }
      }
    }
    return node;
  }
}
