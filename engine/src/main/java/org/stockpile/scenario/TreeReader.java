package org.stockpile.scenario;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.TreePaths;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Parses YAML or JSON into a tree, remembering where each value stood. Jackson's parsers do the
 * parsing; this class only walks their tokens, so it can record locations, report duplicate keys
 * and refuse what a scenario never needs (YAML aliases, huge or deeply nested files).
 */
final class TreeReader {
  /** Scenario files are small; anything larger is refused before parsing. */
  static final long MAX_FILE_BYTES = 8L * 1024 * 1024;
  static final int MAX_NESTING = 64;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final List<Finding> problems = new ArrayList<>();
  private final Map<String, Location> locations = new HashMap<>();
  private final String fileName;

  private TreeReader(String fileName) {
    this.fileName = fileName;
  }

  /** Reads {@code file}; throws with every problem found if it is not a readable document. */
  static LocatedTree read(Path file) throws ScenarioException {
    return read(file, false);
  }

  /**
   * Reads an overlay: a partial scenario, so a file with nothing in it (or only comments: a data
   * update with no change tonight) is an empty mapping rather than a problem.
   */
  static LocatedTree readOverlay(Path file) throws ScenarioException {
    return read(file, true);
  }

  private static LocatedTree read(Path file, boolean emptyIsNothing) throws ScenarioException {
    String name = file.toString();
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      // A folder, a FIFO or a device: reading one would fail late, or wait for ever (a FIFO).
      throw single(name, Files.isDirectory(file) ? "is a folder, not a scenario file"
          : "is not a regular file (a FIFO, socket or device?); scenario files are YAML or JSON text files");
    }
    if (Files.exists(file) && !Files.isReadable(file)) {
      throw single(name, "cannot read the file: permission denied");
    }
    long size;
    try {
      size = Files.size(file);
    } catch (IOException e) {
      throw single(name, "cannot read the file: " + describe(e));
    }
    if (size > MAX_FILE_BYTES) {
      throw single(name, "the file is " + size + " bytes; scenario files are limited to "
          + MAX_FILE_BYTES + " bytes");
    }
    JsonFactory factory = factoryFor(file);
    TreeReader reader = new TreeReader(name);
    JsonParser parser = null;
    try (InputStream in = Files.newInputStream(file)) {
      parser = factory.createParser(in);
      JsonToken first = parser.nextToken();
      if (first == null && emptyIsNothing) {
        return new LocatedTree(name, NODES.objectNode(), Map.of("", Location.inFile(name, 1, 1)), List.of());
      }
      if (first == null) {
        throw single(name, "the file is empty");
      }
      JsonNode root = reader.readValue(parser, "", 0);
      if (parser.nextToken() != null) {
        reader.problem("", parser, "more than one document in the file");
      }
      if (!root.isObject()) {
        throw single(name, "a scenario must be a mapping of keys (name, economy, countries, materials...), got "
            + kind(root));
      }
      return new LocatedTree(name, root, Map.copyOf(reader.locations), List.copyOf(reader.problems));
    } catch (JsonProcessingException e) {
      if (notText(e)) {
        throw new ScenarioException(List.of(notUtf8(file, name)));
      }
      // A limit (nesting depth, length) may come without a location: where the parser stopped.
      JsonLocation where = e.getLocation() != null ? e.getLocation() : stoppedAt(parser);
      String message = e.getOriginalMessage();
      Finding problem = new Finding(name, where == null ? 0 : where.getLineNr(),
          where == null ? 0 : where.getColumnNr(), "", "not valid " + formatName(file) + ": " + firstLine(message));
      throw new ScenarioException(List.of(problem));
    } catch (IOException | RuntimeException e) {
      if (notText(e)) {
        throw new ScenarioException(List.of(notUtf8(file, name)));
      }
      JsonLocation where = stoppedAt(parser);
      throw new ScenarioException(List.of(new Finding(name, where == null ? 0 : where.getLineNr(),
          where == null ? 0 : where.getColumnNr(), "", "not valid " + formatName(file) + ": " + describe(e))));
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException ignored) {
          // Read only: nothing to lose.
        }
      }
    }
  }

  private static JsonLocation stoppedAt(JsonParser parser) {
    JsonLocation where = parser == null ? null : parser.currentLocation();
    return where == null || where.getLineNr() < 1 ? null : where;
  }

  /** Where the first byte that is not UTF-8 is, by line and column (in characters before it). */
  private static Finding notUtf8(Path file, String name) {
    String message = "not a UTF-8 text file; scenario files are YAML or JSON text";
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      return new Finding(name, 0, 0, "", message);
    }
    java.nio.charset.CharsetDecoder decoder = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
    java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    java.nio.charset.CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      return new Finding(name, 0, 0, "", message);
    }
    int line = 1;
    int column = 1;
    out.flip();
    for (int i = 0; i < out.length(); i++) {
      if (out.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new Finding(name, line, column, "", String.format("not UTF-8 text: byte 0x%02X here is not a character; "
        + "scenario files are YAML or JSON text in UTF-8", bytes[in.position()] & 0xFF));
  }

  private static JsonFactory factoryFor(Path file) {
    return factory(isJson(file));
  }

  private static JsonFactory factory(boolean json) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING)
        .maxStringLength(1 << 20)
        .maxNumberLength(100)
        .maxNameLength(1000)
        .maxDocumentLength(MAX_FILE_BYTES)
        .build();
    if (json) {
      return JsonFactory.builder().streamReadConstraints(limits).build();
    }
    LoaderOptions yamlLimits = new LoaderOptions();
    yamlLimits.setMaxAliasesForCollections(0);
    yamlLimits.setNestingDepthLimit(MAX_NESTING);
    yamlLimits.setCodePointLimit((int) MAX_FILE_BYTES);
    yamlLimits.setAllowDuplicateKeys(true); // reported here, with every location, rather than at the first
    return YAMLFactory.builder().loaderOptions(yamlLimits).streamReadConstraints(limits).build();
  }

  /**
   * A value written on the command line ({@code --set PATH=VALUE}): one YAML scalar or flow value
   * ({@code 90}, {@code 2011-01-01}, {@code text}, {@code [CN, JP]}, {@code {mode: ban}}), read by
   * the same rules as a file's values. Throws with what is wrong with it.
   */
  static JsonNode readValue(String text) {
    String missing = "no value after '=' (null puts the key back to its default)";
    if (text.isBlank()) {
      throw new IllegalArgumentException(missing);
    }
    TreeReader reader = new TreeReader("");
    try (JsonParser parser = factory(false).createParser(text)) {
      if (parser.nextToken() == null) {
        throw new IllegalArgumentException(missing);
      }
      JsonNode value = reader.readValue(parser, "", 0);
      if (parser.nextToken() != null) {
        throw new IllegalArgumentException("more than one value");
      }
      if (!reader.problems.isEmpty()) {
        throw new IllegalArgumentException(reader.problems.getFirst().message());
      }
      return value;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a YAML value: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new IllegalArgumentException("not a YAML value: " + describe(e));
    }
  }

  static boolean isJson(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
  }

  private static String formatName(Path file) {
    return isJson(file) ? "JSON" : "YAML";
  }

  private JsonNode readValue(JsonParser parser, String path, int depth) throws IOException {
    remember(path, parser);
    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
      problem(path, parser, "YAML aliases (*" + parser.getText() + ") are not supported in scenario files; "
          + "write the value out");
      return NODES.nullNode();
    }
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject(parser, path, depth + 1);
      case START_ARRAY -> readArray(parser, path, depth + 1);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
          ? NODES.numberNode(parser.getBigIntegerValue())
          : NODES.numberNode(parser.getLongValue());
      case VALUE_NUMBER_FLOAT -> readFloat(parser);
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      case VALUE_EMBEDDED_OBJECT -> {
        problem(path, parser, "binary or tagged values are not supported");
        yield NODES.nullNode();
      }
      default -> {
        problem(path, parser, "unexpected " + token);
        yield NODES.nullNode();
      }
    };
  }

  /** YAML's .nan and .inf reach us as unparseable floats: kept as NaN so the binder reports them in place. */
  private static JsonNode readFloat(JsonParser parser) throws IOException {
    try {
      return NODES.numberNode(parser.getDoubleValue());
    } catch (com.fasterxml.jackson.core.exc.StreamReadException e) {
      return NODES.numberNode(Double.NaN);
    }
  }

  private ObjectNode readObject(JsonParser parser, String path, int depth) throws IOException {
    ObjectNode object = NODES.objectNode();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      String childPath = TreePaths.key(path, key);
      boolean duplicate = object.has(key);
      if (duplicate) {
        problem(childPath, parser, "duplicate key '" + key + "'");
      }
      remember(childPath, parser);
      parser.nextToken();
      JsonNode value = readValue(parser, childPath, depth);
      if (!duplicate) {
        object.set(key, value);
      }
    }
    return object;
  }

  private ArrayNode readArray(JsonParser parser, String path, int depth) throws IOException {
    ArrayNode array = NODES.arrayNode();
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      array.add(readValue(parser, TreePaths.index(path, index), depth));
      index++;
    }
    return array;
  }

  private void remember(String path, JsonParser parser) {
    JsonLocation where = parser.currentTokenLocation();
    locations.putIfAbsent(path, Location.inFile(fileName, where.getLineNr(), where.getColumnNr()));
  }

  private void problem(String path, JsonParser parser, String message) {
    JsonLocation where = parser.currentTokenLocation();
    problems.add(new Finding(fileName, where.getLineNr(), where.getColumnNr(), path, message));
  }

  static String kind(JsonNode node) {
    if (node.isObject()) {
      return "a mapping";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isNull()) {
      return "nothing (null)";
    }
    if (node.isBoolean()) {
      return "a boolean (" + node.asText() + ")";
    }
    if (node.isNumber()) {
      return "a number (" + node.asText() + ")";
    }
    return "text '" + abbreviate(node.asText()) + "'";
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }

  private static ScenarioException single(String file, String message) {
    return new ScenarioException(List.of(new Finding(file, 0, 0, "", message)));
  }

  private static boolean notText(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.io.CharConversionException || String.valueOf(cause.getMessage()).contains("CharConversionException")) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : firstLine(message);
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    int cut = message.indexOf('\n');
    return cut < 0 ? message : message.substring(0, cut);
  }
}
