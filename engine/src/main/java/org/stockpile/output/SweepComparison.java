package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A sweep compared with a baseline sweep of the same spec (a nightly job against last night's):
 * every point's metric values and every index, each moved when it differs from the baseline's by
 * more than {@code tolerance} times the larger of the two magnitudes ({@code 0}: any difference
 * moves). Writes {@code compare.json} in the sweep's results.
 */
public final class SweepComparison {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final Logger LOG = LoggerFactory.getLogger(SweepComparison.class);
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();

  /** One number that moved. */
  public record Moved(String what, double baseline, double current) {
  }

  private static final String TIME_INDICES = "timeindices.csv";

  private final int compared;
  private final List<Moved> moved;

  private SweepComparison(int compared, List<Moved> moved) {
    this.compared = compared;
    this.moved = List.copyOf(moved);
  }

  public int compared() {
    return compared;
  }

  public List<Moved> moved() {
    return moved;
  }

  /**
   * Compares the sweep results in {@code current} with those in {@code baseline}, chosen as the
   * latest in {@code chosenFrom} (null: given as it is), which {@code compare.json} records;
   * refuses a baseline of another spec or design (exit 2 material: an {@link OutputException}).
   */
  public static SweepComparison compare(Path baseline, Path chosenFrom, Path current, double tolerance)
      throws OutputException {
    try {
      for (String name : List.of("points.csv", "indices.json", "manifest.json")) {
        if (!Files.isRegularFile(baseline.resolve(name))) {
          throw new OutputException(baseline + " is not the results of a sweep (no " + name + ")");
        }
      }
      JsonNode before = JSON.readTree(baseline.resolve("manifest.json").toFile());
      JsonNode now = JSON.readTree(current.resolve("manifest.json").toFile());
      for (String key : List.of("specSha256", "design", "replicates", "seed")) {
        if (!before.path(key).equals(now.path(key))) {
          throw new OutputException("the baseline " + baseline + " is a sweep of another spec or settings ("
              + key + " differs)");
        }
      }
      List<Moved> moved = new ArrayList<>();
      int[] compared = {0};
      List<String[]> oldPoints = rows(baseline.resolve("points.csv"));
      List<String[]> newPoints = rows(current.resolve("points.csv"));
      if (!Arrays.equals(oldPoints.getFirst(), newPoints.getFirst()) || oldPoints.size() != newPoints.size()) {
        throw new OutputException("the baseline " + baseline + " has other points or metrics");
      }
      String[] header = newPoints.getFirst();
      for (int row = 1; row < newPoints.size(); row++) {
        String[] a = oldPoints.get(row);
        String[] b = newPoints.get(row);
        for (int column = 1; column < header.length; column++) {
          check(moved, compared, "point " + (row - 1) + " " + header[column], number(a[column]), number(b[column]),
              tolerance);
        }
      }
      compareTimeIndices(baseline, current, moved, compared, tolerance);
      walk(moved, compared, "", JSON.readTree(baseline.resolve("indices.json").toFile()).path("metrics"),
          JSON.readTree(current.resolve("indices.json").toFile()).path("metrics"), tolerance);
      SweepComparison comparison = new SweepComparison(compared[0], moved);
      JSON.writeValue(current.resolve("compare.json").toFile(), comparison.toJson(baseline, chosenFrom, tolerance));
      LOG.info("compared with {}: {} of {} numbers moved (tolerance {})", baseline, moved.size(), compared[0],
          tolerance);
      return comparison;
    } catch (IOException e) {
      throw new OutputException("cannot compare with " + baseline + ": " + e.getMessage(), e);
    }
  }

  /** Each number of timeindices.csv, by material, day and parameter, when either sweep has one. */
  private static void compareTimeIndices(Path baseline, Path current, List<Moved> moved, int[] compared,
      double tolerance) throws IOException, OutputException {
    Path before = baseline.resolve(TIME_INDICES);
    Path now = current.resolve(TIME_INDICES);
    if (!Files.exists(before) && !Files.exists(now)) {
      return;
    }
    if (!Files.exists(before) || !Files.exists(now)) {
      throw new OutputException("the baseline " + baseline + (Files.exists(now) ? " has no " : " has a ") + TIME_INDICES
          + " and this sweep " + (Files.exists(now) ? "has one" : "has none"));
    }
    List<String[]> oldRows = rows(before);
    List<String[]> newRows = rows(now);
    if (!Arrays.equals(oldRows.getFirst(), newRows.getFirst()) || oldRows.size() != newRows.size()) {
      throw new OutputException("the baseline " + baseline + " has other days, materials or parameters in "
          + TIME_INDICES);
    }
    String[] header = newRows.getFirst();
    for (int row = 1; row < newRows.size(); row++) {
      String[] a = oldRows.get(row);
      String[] b = newRows.get(row);
      String key = TIME_INDICES + " " + b[0] + " day " + b[1] + " " + b[3];
      if (!(a[0] + a[1] + a[3]).equals(b[0] + b[1] + b[3])) {
        throw new OutputException("the baseline " + baseline + " has other rows in " + TIME_INDICES);
      }
      // The numbers follow the parameter's path and label.
      for (int column = java.util.Arrays.asList(header).indexOf("label") + 1; column < header.length; column++) {
        check(moved, compared, key + " " + header[column], number(a[column]), number(b[column]), tolerance);
      }
    }
  }

  /** A CSV file's rows, the header first, each as its fields (quoted ones unquoted). */
  private static List<String[]> rows(Path file) throws IOException {
    try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  private static void walk(List<Moved> moved, int[] compared, String path, JsonNode a, JsonNode b, double tolerance) {
    if (a.isNumber() && b.isNumber()) {
      check(moved, compared, path, a.doubleValue(), b.doubleValue(), tolerance);
      return;
    }
    if (a.isArray()) {
      for (int i = 0; i < a.size(); i++) {
        walk(moved, compared, path + "[" + i + "]", a.get(i), b.path(i), tolerance);
      }
      return;
    }
    for (Iterator<Map.Entry<String, JsonNode>> fields = a.fields(); fields.hasNext();) {
      Map.Entry<String, JsonNode> field = fields.next();
      walk(moved, compared, path.isEmpty() ? field.getKey() : path + " " + field.getKey(), field.getValue(),
          b.path(field.getKey()), tolerance);
    }
  }

  private static void check(List<Moved> moved, int[] compared, String what, double a, double b, double tolerance) {
    compared[0]++;
    boolean same = Double.compare(a, b) == 0 || Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b));
    if (!same) {
      moved.add(new Moved(what, a, b));
    }
  }

  private static double number(String text) {
    return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
  }

  private ObjectNode toJson(Path baseline, Path chosenFrom, double tolerance) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("baseline", baseline.toString());
    if (chosenFrom != null) {
      node.put("baselineFrom", chosenFrom.toString());
    }
    node.put("tolerance", tolerance);
    node.put("rule", "moved when |current - baseline| > tolerance x max(|current|, |baseline|)");
    node.put("compared", compared);
    ArrayNode list = node.putArray("moved");
    for (Moved item : moved) {
      list.addObject().put("what", item.what()).put("baseline", item.baseline()).put("current", item.current())
          .put("difference", item.current() - item.baseline());
    }
    return node;
  }
}
