package org.stockpile.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Mutations of a scenario or spec file, drawn from a seed (the same seed gives the same input):
 * structural ones on its parsed tree (a key removed, a value replaced by an extreme or a value of
 * another kind, a list entry repeated or dropped, a mapping emptied) and byte-wise ones on its
 * text (bytes flipped, inserted, removed, repeated, the file cut short).
 */
final class Mutator {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Object[] EXTREMES = {0, -1, 1, 2, -0.5, 0.5, 1e15, 1e16, -1e15, 1e308, -1e308, 4.9e-324,
      Integer.MAX_VALUE, Long.MAX_VALUE, 36_500, 36_501, 10_000_000, 10_000_001, 0.999999, 1.000001, "", "x",
      "NaN", ".inf", "-.inf", "1e3", "2023-02-30", "0000-01-01", "9999-12-31", "CN", "JP", "NO", "../x", "a".repeat(300),
      true, false, null};

  /** Characters that mean something to YAML, digits, and a byte that is not UTF-8 on its own. */
  private static final String SPECIAL = "{}[]:,-'\"&*!|>#\n \t0123456789.eE\u00ff";

  private Mutator() {
  }

  /** {@code original} mutated by {@code seed}: structurally or byte-wise, one to four times. */
  static byte[] mutate(byte[] original, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    byte[] bytes = original;
    int rounds = 1 + random.nextInt(4);
    for (int i = 0; i < rounds; i++) {
      bytes = random.nextInt(4) == 0 ? byteWise(bytes, random) : structural(bytes, random);
    }
    return bytes;
  }

  static byte[] structural(byte[] bytes, SplittableRandom random) {
    JsonNode root;
    try {
      root = YAML.readTree(bytes);
    } catch (Exception notYaml) {
      return byteWise(bytes, random);
    }
    if (root == null || !root.isContainerNode()) {
      return byteWise(bytes, random);
    }
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode object && !object.isEmpty()) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      String key = keys.get(random.nextInt(keys.size()));
      switch (random.nextInt(6)) {
        case 0 -> object.remove(key);
        case 1, 2 -> object.set(key, value(random, object.get(key)));
        case 3 -> object.set(key + (random.nextBoolean() ? "x" : ""), object.get(key).deepCopy());
        case 4 -> object.set(key, NODES.objectNode());
        default -> object.set(key, NODES.arrayNode().add(object.get(key).deepCopy()));
      }
    } else if (target instanceof ArrayNode array && !array.isEmpty()) {
      int i = random.nextInt(array.size());
      switch (random.nextInt(4)) {
        case 0 -> array.remove(i);
        case 1 -> array.add(array.get(i).deepCopy());
        case 2 -> array.set(i, value(random, array.get(i)));
        default -> array.insert(i, array.get(i).deepCopy());
      }
    }
    try {
      return YAML.writeValueAsBytes(root);
    } catch (Exception e) {
      return bytes;
    }
  }

  private static JsonNode value(SplittableRandom random, JsonNode old) {
    if (old != null && old.isNumber() && random.nextBoolean()) {
      double scale = new double[] {-1, 0, 0.5, 2, 10, 1e6, 1e300}[random.nextInt(7)];
      return NODES.numberNode(old.doubleValue() * scale);
    }
    Object extreme = EXTREMES[random.nextInt(EXTREMES.length)];
    return switch (extreme) {
      case null -> NODES.nullNode();
      case Integer i -> NODES.numberNode(i);
      case Long l -> NODES.numberNode(l);
      case Double d -> NODES.numberNode(d);
      case Boolean b -> NODES.booleanNode(b);
      default -> NODES.textNode(extreme.toString());
    };
  }

  private static void collect(JsonNode node, List<JsonNode> into) {
    if (node.isContainerNode()) {
      into.add(node);
      for (Iterator<JsonNode> it = node.elements(); it.hasNext();) {
        collect(it.next(), into);
      }
    }
  }

  static byte[] byteWise(byte[] bytes, SplittableRandom random) {
    if (bytes.length == 0) {
      return "{".getBytes(StandardCharsets.US_ASCII);
    }
    int at = random.nextInt(bytes.length);
    int span = 1 + random.nextInt(Math.min(64, bytes.length - at));
    return switch (random.nextInt(6)) {
      case 0 -> {
        byte[] copy = bytes.clone();
        copy[at] ^= (byte) (1 << random.nextInt(8));
        yield copy;
      }
      case 1 -> {
        byte[] inserted = new byte[span];
        for (int i = 0; i < span; i++) {
          inserted[i] = (byte) SPECIAL.charAt(random.nextInt(SPECIAL.length()));
        }
        yield concat(Arrays.copyOf(bytes, at), inserted, Arrays.copyOfRange(bytes, at, bytes.length));
      }
      case 2 -> concat(Arrays.copyOf(bytes, at), Arrays.copyOfRange(bytes, at + span, bytes.length));
      case 3 -> concat(Arrays.copyOf(bytes, at + span), Arrays.copyOfRange(bytes, at, bytes.length));
      case 4 -> Arrays.copyOf(bytes, at);
      default -> {
        byte[] copy = bytes.clone();
        copy[at] = (byte) random.nextInt(256);
        yield copy;
      }
    };
  }

  private static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] all = new byte[length];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
