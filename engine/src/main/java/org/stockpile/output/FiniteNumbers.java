package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/**
 * What writers do with numbers that are not finite: a run's result refuses them
 * ({@link NonFiniteResultException}, naming the file and key); a search's or sweep's "not
 * computed" becomes JSON's null. No file holds the text NaN or Infinity.
 */
final class FiniteNumbers {
  private FiniteNumbers() {
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
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        JsonNode value = entry.getValue();
        if (value.isNumber() && !Double.isFinite(value.asDouble())) {
          entry.setValue(NullNode.getInstance());
        } else {
          nullsForNonFinite(value);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isNumber() && !Double.isFinite(array.get(i).asDouble())) {
          array.set(i, NullNode.getInstance());
        } else {
          nullsForNonFinite(array.get(i));
        }
      }
    }
    return node;
  }
}
