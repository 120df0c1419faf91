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
    bandAbove(series, "p95", dates, p5, p95, 0.25, "#1f5f99");
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

  /**
   * A band over dates from {@code low} (drawn as a line) up to {@code high} (shaded), with
   * {@code spans} shaded: a median and its 95th percentile, say.
   */
  static ObjectNode band(String yName, List<String> dates, String lowName, double[] low, String highName,
      double[] high, List<Span> spans) {
    ObjectNode option = base(true);
    option.set("xAxis", F.objectNode().put("type", "time"));
    option.set("yAxis", valueAxis(yName));
    ArrayNode series = option.putArray("series");
    ObjectNode bottom = line(series, lowName, dates, low);
    bottom.put("stack", "band").put("color", "#1f5f99");
    bottom.set("lineStyle", F.objectNode().put("width", 2).put("color", "#1f5f99"));
    bandAbove(series, highName, dates, low, high, 0.35, "#b5561d");
    shade(bottom, spans);
    return option;
  }

  /**
   * Lines over dates on two value axes: {@code left} against the left axis, {@code right}
   * (dashed) against the right one, so that small daily flows are not flattened by large stocks.
   */
  static ObjectNode twoAxes(String leftName, String rightName, List<String> dates, Map<String, double[]> left,
      Map<String, double[]> right, List<Span> spans) {
    ObjectNode option = base(true);
    ((ObjectNode) option.get("grid")).put("right", 80);
    option.set("xAxis", F.objectNode().put("type", "time"));
    ArrayNode axes = option.putArray("yAxis");
    axes.add(valueAxis(leftName));
    axes.add(valueAxis(rightName).put("position", "right").set("splitLine", F.objectNode().put("show", false)));
    ArrayNode series = option.putArray("series");
    ObjectNode first = null;
    for (Map.Entry<String, double[]> entry : left.entrySet()) {
      ObjectNode line = line(series, entry.getKey(), dates, entry.getValue()).put("yAxisIndex", 0);
      first = first == null ? line : first;
    }
    for (Map.Entry<String, double[]> entry : right.entrySet()) {
      line(series, entry.getKey(), dates, entry.getValue()).put("yAxisIndex", 1)
          .set("lineStyle", F.objectNode().put("type", "dashed"));
    }
    if (first != null) {
      shade(first, spans);
    }
    return option;
  }

  /**
   * The shaded area from {@code low} up to {@code high}, stacked on the series just added (which
   * draws {@code low}): drawn as low plus (high - low), with high itself in the tooltip.
   */
  private static void bandAbove(ArrayNode series, String name, List<String> dates, double[] low, double[] high,
      double opacity, String color) {
    ObjectNode band = series.addObject();
    band.put("name", name).put("type", "line").put("stack", "band").put("symbol", "none").put("color", BAND);
    band.set("lineStyle", F.objectNode().put("opacity", 0));
    band.set("areaStyle", F.objectNode().put("opacity", opacity).put("color", color));
    ArrayNode data = band.putArray("data");
    for (int t = 0; t < dates.size(); t++) {
      ArrayNode point = data.addArray().add(dates.get(t));
      number(point, high[t] - low[t]);
      number(point, high[t]);
    }
    band.set("encode", F.objectNode().put("x", 0).put("y", 1).put("tooltip", 2));
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

  /** A point of a scatter chart, with a label shown in its tooltip and, when {@code labelled}, beside it. */
  record Point(String label, double x, double y, boolean labelled) {
    Point(String label, double x, double y) {
      this(label, x, y, true);
    }
  }

  /**
   * Bars per category, one group per entry of {@code series}, each bar with its interval where
   * {@code intervals} has one ({low[], high[]} by series name); horizontal puts the categories on
   * the vertical axis, first at the top.
   */
  static ObjectNode bars(String valueName, List<String> categories, Map<String, double[]> series,
      Map<String, double[][]> intervals, boolean horizontal) {
    ObjectNode option = base(series.size() > 1);
    option.set("tooltip", F.objectNode().put("trigger", "axis").set("axisPointer",
        F.objectNode().put("type", "shadow")));
    ObjectNode categoryAxis = F.objectNode().put("type", "category");
    categories.forEach(categoryAxis.putArray("data")::add);
    ObjectNode values = valueAxis(valueName);
    if (horizontal) {
      categoryAxis.put("inverse", true);
      // Long labels wrap between words, never inside one.
      categoryAxis.set("axisLabel", F.objectNode().put("width", 300).put("overflow", "break").put("lineHeight", 14));
      option.set("grid", F.objectNode().put("left", 320).put("right", 40).put("top", 40).put("bottom", 50));
      option.set("xAxis", values.put("nameGap", 30));
      option.set("yAxis", categoryAxis);
    } else {
      categoryAxis.set("axisLabel", F.objectNode().put("interval", 0).put("width", 140).put("overflow", "break"));
      option.set("xAxis", categoryAxis);
      option.set("yAxis", values);
    }
    if (option.has("legend")) {
      ArrayNode legend = ((ObjectNode) option.get("legend")).putArray("data");
      series.keySet().forEach(legend::add);
    }
    int n = series.size();
    double width = 0.6 / n;
    double gap = 0.2;
    double total = n * width + (n - 1) * gap * width;
    ArrayNode all = option.putArray("series");
    int i = 0;
    for (Map.Entry<String, double[]> entry : series.entrySet()) {
      ObjectNode bars = all.addObject().put("name", entry.getKey()).put("type", "bar")
          .put("barWidth", Math.round(width * 1000) / 10.0 + "%").put("barGap", Math.round(gap * 100) + "%");
      ArrayNode data = bars.putArray("data");
      Arrays.stream(entry.getValue()).forEach(value -> number(data, value));
      double[][] interval = intervals.get(entry.getKey());
      if (interval != null) {
        double offset = -total / 2 + width / 2 + i * (width + gap * width);
        ObjectNode bar = all.addObject().put("name", entry.getKey() + " 95 % interval").put("type", "custom")
            .put("renderItem", "errorBar").put("stockpileHorizontal", horizontal).put("z", 10);
        bar.set("encode", horizontal ? F.objectNode().put("y", 0).set("x", F.arrayNode().add(1).add(2))
            : F.objectNode().put("x", 0).set("y", F.arrayNode().add(1).add(2)));
        ((ObjectNode) bar.get("encode")).set("tooltip", F.arrayNode().add(1).add(2));
        bar.set("dimensions", F.arrayNode().add("category").add("low").add("high").add("offset"));
        ArrayNode points = bar.putArray("data");
        for (int c = 0; c < categories.size(); c++) {
          ArrayNode point = points.addArray().add(c);
          number(point, interval[0][c]);
          number(point, interval[1][c]);
          point.add(offset);
        }
      }
      i++;
    }
    return option;
  }

  /** Points with labels, one series per entry of {@code groups} (a group may be a single marked point). */
  static ObjectNode scatter(String xName, String yName, Map<String, List<Point>> groups, boolean labels,
      boolean fromZero) {
    ObjectNode option = base(groups.size() > 1);
    option.set("tooltip", F.objectNode().put("trigger", "item"));
    option.set("xAxis", valueAxis(xName).put("scale", !fromZero));
    option.set("yAxis", valueAxis(yName).put("scale", !fromZero));
    ((ObjectNode) option.get("grid")).put("right", labels ? 160 : 60);
    ArrayNode series = option.putArray("series");
    for (Map.Entry<String, List<Point>> group : groups.entrySet()) {
      ObjectNode points = series.addObject().put("name", group.getKey()).put("type", "scatter")
          .put("symbolSize", group.getValue().size() == 1 ? 16 : 10);
      if (group.getValue().size() == 1) {
        points.put("symbol", "diamond");
      }
      points.set("label", F.objectNode().put("show", labels).put("position", "top").put("formatter", "{b}")
          .put("fontSize", 11));
      // Labels that would overlap move apart, and stay inside the chart.
      points.set("labelLayout", F.objectNode().put("hideOverlap", false).put("moveOverlap", "shiftY"));
      ArrayNode data = points.putArray("data");
      for (Point point : group.getValue()) {
        ObjectNode item = data.addObject().put("name", point.label());
        if (labels && !point.labelled()) {
          item.set("label", F.objectNode().put("show", false));
        }
        ArrayNode value = item.putArray("value");
        number(value, point.x());
        number(value, point.y());
      }
    }
    return option;
  }

  /** Lines over categories (generations, days), one per entry of {@code lines}. */
  static ObjectNode categoryLines(String xName, String yName, List<String> categories, Map<String, double[]> lines) {
    ObjectNode option = base(lines.size() > 1);
    ObjectNode x = option.putObject("xAxis").put("type", "category").put("name", xName)
        .put("nameLocation", "middle").put("nameGap", 28);
    categories.forEach(x.putArray("data")::add);
    option.set("yAxis", valueAxis(yName));
    ArrayNode series = option.putArray("series");
    for (Map.Entry<String, double[]> entry : lines.entrySet()) {
      ObjectNode line = series.addObject().put("name", entry.getKey()).put("type", "line").put("symbolSize", 6);
      ArrayNode data = line.putArray("data");
      Arrays.stream(entry.getValue()).forEach(value -> number(data, value));
    }
    if (lines.size() > 6) {
      ((ObjectNode) option.get("legend")).put("type", "scroll");
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
