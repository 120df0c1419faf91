package org.stockpile.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Apache ECharts options for the kinds of chart the reports draw. Every chart shows its values on
 * hover (axis or item tooltips) and has a legend where it has several series.
 */
final class Charts {
  /** A horizontal line across a chart, such as a tier's target. */
  record Level(String name, double value) {
  }

  /** A shaded stretch of a time axis, such as a scheduled shock, from one date to another. */
  record Span(String name, String from, String to) {
  }

  /** A vertical line on a value axis, such as a mean. */
  record Mark(String name, double value) {
  }

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  /** The colour of percentile bands. */
  private static final String BAND = "#8fa9c4";

  private Charts() {
  }

  /**
   * A fan chart over dates: the p5-p95 band, the median, {@code levels} as dashed lines and
   * {@code spans} shaded.
   */
  static ObjectNode fan(String yName, List<String> dates, double[] p5, double[] p50, double[] p95, List<Level> levels,
      List<Span> spans) {
    ObjectNode option = base(true);
    option.set("xAxis", F.objectNode().put("type", "time"));
    option.set("yAxis", valueAxis(yName));
    ArrayNode series = option.putArray("series");
    ObjectNode low = line(series, "p5", dates, p5);
    low.put("stack", "band").put("color", BAND).set("lineStyle", F.objectNode().put("opacity", 0));
    ObjectNode band = series.addObject();
    band.put("name", "p95").put("type", "line").put("stack", "band").put("symbol", "none").put("color", BAND);
    band.set("lineStyle", F.objectNode().put("opacity", 0));
    band.set("areaStyle", F.objectNode().put("opacity", 0.25).put("color", "#1f5f99"));
    // The band is drawn as p5 plus (p95 - p5); the tooltip shows p95 itself (third dimension).
    ArrayNode data = band.putArray("data");
    for (int t = 0; t < dates.size(); t++) {
      ArrayNode point = data.addArray().add(dates.get(t));
      number(point, p95[t] - p5[t]);
      number(point, p95[t]);
    }
    band.set("encode", F.objectNode().put("x", 0).put("y", 1).put("tooltip", 2));
    ObjectNode median = line(series, "median", dates, p50);
    median.set("lineStyle", F.objectNode().put("width", 2).put("color", "#1f5f99"));
    median.put("color", "#1f5f99");
    if (!levels.isEmpty()) {
      ArrayNode lines = F.arrayNode();
      for (Level level : levels) {
        ObjectNode mark = lines.addObject().put("name", level.name()).put("yAxis", level.value());
        mark.set("label", F.objectNode().put("formatter", level.name()).put("position", "insideEndTop"));
      }
      median.set("markLine", F.objectNode().put("symbol", "none").put("silent", false).set("data", lines));
      ((ObjectNode) median.get("markLine")).set("lineStyle", F.objectNode().put("type", "dashed")
          .put("color", "#b5561d"));
    }
    shade(median, spans);
    return option;
  }

  /** Lines over dates, one per entry of {@code lines}, with {@code spans} shaded. */
  static ObjectNode lines(String yName, List<String> dates, Map<String, double[]> lines, List<Span> spans) {
    ObjectNode option = base(true);
    option.set("xAxis", F.objectNode().put("type", "time"));
    option.set("yAxis", valueAxis(yName));
    ArrayNode series = option.putArray("series");
    ObjectNode first = null;
    for (Map.Entry<String, double[]> entry : lines.entrySet()) {
      ObjectNode line = line(series, entry.getKey(), dates, entry.getValue());
      first = first == null ? line : first;
    }
    if (first != null) {
      shade(first, spans);
    }
    return option;
  }

  /** A histogram of {@code values} in {@code bins} equal bins, with {@code marks} as vertical lines. */
  static ObjectNode histogram(String xName, double[] values, int bins, List<Mark> marks) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double low = sorted.length == 0 ? 0 : sorted[0];
    double high = sorted.length == 0 ? 1 : sorted[sorted.length - 1];
    double width = high > low ? (high - low) / bins : 1;
    int count = high > low ? bins : 1;
    int[] counts = new int[count];
    for (double value : sorted) {
      counts[Math.min(count - 1, (int) ((value - low) / width))]++;
    }
    ObjectNode option = base(false);
    option.set("tooltip", F.objectNode().put("trigger", "axis"));
    option.set("xAxis", valueAxis(xName).put("scale", true));
    option.set("yAxis", valueAxis("replicates"));
    ObjectNode bars = option.putArray("series").addObject();
    bars.put("name", "replicates").put("type", "bar").put("barWidth", "96%").put("color", "#1f5f99");
    ArrayNode data = bars.putArray("data");
    for (int b = 0; b < count; b++) {
      data.addArray().add(low + (b + 0.5) * width).add(counts[b]);
    }
    ArrayNode lines = F.arrayNode();
    for (Mark mark : marks) {
      ObjectNode line = lines.addObject().put("name", mark.name()).put("xAxis", mark.value());
      line.set("label", F.objectNode().put("formatter", mark.name()).put("position", "end"));
    }
    bars.set("markLine", F.objectNode().put("symbol", "none").set("data", lines));
    ((ObjectNode) bars.get("markLine")).set("lineStyle", F.objectNode().put("color", "#b5561d").put("width", 2));
    return option;
  }

  /** Bars per category, stacked: one series per entry of {@code parts}, values by category. */
  static ObjectNode stackedBars(String yName, List<String> categories, Map<String, double[]> parts) {
    ObjectNode option = base(true);
    option.set("tooltip", F.objectNode().put("trigger", "axis"));
    ObjectNode x = option.putObject("xAxis").put("type", "category");
    categories.forEach(x.putArray("data")::add);
    option.set("yAxis", valueAxis(yName));
    ArrayNode series = option.putArray("series");
    for (Map.Entry<String, double[]> part : parts.entrySet()) {
      ObjectNode bars = series.addObject().put("name", part.getKey()).put("type", "bar").put("stack", "all");
      ArrayNode data = bars.putArray("data");
      Arrays.stream(part.getValue()).forEach(value -> number(data, value));
    }
    return option;
  }

  private static ObjectNode base(boolean legend) {
    ObjectNode option = F.objectNode();
    option.set("grid", F.objectNode().put("left", 70).put("right", 40).put("top", legend ? 40 : 20).put("bottom", 40));
    option.set("tooltip", F.objectNode().put("trigger", "axis"));
    if (legend) {
      option.set("legend", F.objectNode().put("top", 0));
    }
    return option;
  }

  private static ObjectNode valueAxis(String name) {
    return F.objectNode().put("type", "value").put("name", name).put("nameLocation", "middle").put("nameGap", 50)
        .put("stockpileCompact", true);
  }

  private static ObjectNode line(ArrayNode series, String name, List<String> dates, double[] values) {
    ObjectNode line = series.addObject();
    line.put("name", name).put("type", "line").put("symbol", "none").put("showSymbol", false);
    ArrayNode data = line.putArray("data");
    for (int t = 0; t < dates.size(); t++) {
      number(data.addArray().add(dates.get(t)), values[t]);
    }
    return line;
  }

  /** Adds {@code value}, or null where there is none (JSON has no NaN). */
  static void number(ArrayNode array, double value) {
    if (Double.isFinite(value)) {
      array.add(value);
    } else {
      array.addNull();
    }
  }

  private static void shade(ObjectNode series, List<Span> spans) {
    if (spans.isEmpty()) {
      return;
    }
    ArrayNode areas = F.arrayNode();
    for (Span span : spans) {
      ArrayNode pair = areas.addArray();
      ObjectNode start = pair.addObject().put("name", span.name()).put("xAxis", span.from());
      start.set("label", F.objectNode().put("position", "insideTop").put("color", "#8a3b12").put("fontSize", 11));
      pair.addObject().put("xAxis", span.to());
    }
    ObjectNode area = F.objectNode();
    area.set("itemStyle", F.objectNode().put("color", "rgba(181, 86, 29, 0.12)"));
    area.set("data", areas);
    series.set("markArea", area);
  }
}
