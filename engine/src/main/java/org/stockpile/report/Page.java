package org.stockpile.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;

/**
 * A report as one self-contained HTML document: headings, paragraphs, tables and charts, with
 * Apache ECharts, the page's own script and styles and every chart's data inlined. A content
 * security policy forbids any request, so the file opens the same offline and online, and the
 * page notes any error on {@code <body data-errors>} (the browser test reads it). A page may be
 * in parts (a world's market and each of its economies) that a selector at its top shows one at
 * a time; printed, every part shows.
 */
public final class Page {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String POLICY = "default-src 'none'; script-src 'unsafe-inline'; "
      + "style-src 'unsafe-inline'; img-src data: blob:; font-src data:";

  private final String title;
  private final String subtitle;
  private final List<String> blocks = new ArrayList<>();
  /** The whole page's charts and their ids, shared by its parts. */
  private final List<Chart> charts;
  private final Set<String> ids;
  /** Put before the id of each chart of a part, so that two parts may draw charts of the same id. */
  private final String chartPrefix;
  /** The page's parts; null in a part (parts do not nest). */
  private final List<Part> parts;

  private record Part(String key, String label, Page content) {
  }

  public Page(String title, String subtitle) {
    this(title, subtitle, new ArrayList<>(), new HashSet<>(), "", new ArrayList<>());
  }

  private Page(String title, String subtitle, List<Chart> charts, Set<String> ids, String chartPrefix,
      List<Part> parts) {
    this.title = title;
    this.subtitle = subtitle;
    this.charts = charts;
    this.ids = ids;
    this.chartPrefix = chartPrefix;
    this.parts = parts;
  }

  /**
   * Starts a part of the page, headed {@code label}: what is added to the page returned goes into
   * it. The selector at the top of the page lists the parts in the order they were started and
   * shows the first at first. The part's charts have its key in front of their ids
   * ({@code jp-ree-cover}): {@code key} in lower-case letters, digits and dashes, made unique in the
   * page ({@code jp-2} for a second {@code jp}).
   */
  public Page part(String key, String label) {
    if (parts == null) {
      throw new IllegalStateException("a part of a page holds no parts");
    }
    String base = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    base = base.isEmpty() ? "part" : base;
    String unique = base;
    for (int n = 2; taken(unique); n++) {
      unique = base + "-" + n;
    }
    Page content = new Page(label, null, charts, ids, unique + "-", null);
    parts.add(new Part(unique, label, content));
    return content;
  }

  private boolean taken(String key) {
    return parts.stream().anyMatch(part -> part.key().equals(key));
  }

  public Page section(String heading) {
    blocks.add("<h2>" + escape(heading) + "</h2>");
    return this;
  }

  public Page subsection(String heading) {
    blocks.add("<h3>" + escape(heading) + "</h3>");
    return this;
  }

  public Page paragraph(String text) {
    blocks.add("<p>" + escape(text) + "</p>");
    return this;
  }

  /** A list with a lead-in: "B better on:" and one item per line. */
  public Page list(String leadIn, List<String> items) {
    StringBuilder html = new StringBuilder("<p>").append(escape(leadIn)).append(":</p><ul>");
    items.forEach(item -> html.append("<li>").append(escape(item)).append("</li>"));
    blocks.add(html.append("</ul>").toString());
    return this;
  }

  public Page table(Table table) {
    StringBuilder html = new StringBuilder("<table><thead><tr>");
    for (String cell : table.header()) {
      html.append("<th>").append(escape(cell)).append("</th>");
    }
    html.append("</tr></thead><tbody>");
    for (List<String> row : table.rows()) {
      html.append("<tr>");
      for (String cell : row) {
        html.append("<td>").append(escape(cell)).append("</td>");
      }
      html.append("</tr>");
    }
    blocks.add(html.append("</tbody></table>").toString());
    return this;
  }

  public Page chart(Chart chart) {
    Chart named = chartPrefix.isEmpty() ? chart
        : new Chart(chartPrefix + chart.id(), chart.title(), chart.caption(), chart.option(), chart.height());
    if (!ids.add(named.id())) {
      throw new IllegalArgumentException("two charts named " + named.id());
    }
    charts.add(named);
    blocks.add(figure(named));
    return this;
  }

  public List<Chart> charts() {
    return Collections.unmodifiableList(charts);
  }

  /** The whole report. */
  public String html() {
    if (parts == null) {
      throw new IllegalStateException("a part is written with its page");
    }
    StringBuilder body = new StringBuilder();
    body.append("<header><h1>").append(escape(title)).append("</h1><p class=\"subtitle\">").append(escape(subtitle))
        .append("</p></header>");
    if (!parts.isEmpty()) {
      body.append("<nav class=\"parts\"><label for=\"parts\">Show</label> <select id=\"parts\">");
      parts.forEach(part -> body.append("<option value=\"part-").append(part.key()).append("\">")
          .append(escape(part.label())).append("</option>"));
      body.append("</select></nav>");
    }
    body.append("<main>");
    blocks.forEach(body::append);
    for (Part part : parts) {
      body.append("<section class=\"part\" id=\"part-").append(part.key()).append("\"><h2 class=\"part-title\">")
          .append(escape(part.label())).append("</h2>");
      part.content().blocks.forEach(body::append);
      body.append("</section>");
    }
    body.append("</main><footer>Stockpile ").append(escape(version("version")))
        .append(" · charts by Apache ECharts ").append(escape(version("echartsVersion"))).append("</footer>");
    return document(title, body.toString(), charts, true);
  }

  /** One chart alone, at {@code width} pixels, without animation: what its PNG shows. */
  public String htmlOf(Chart chart, int width) {
    String body = "<div class=\"alone\" style=\"width:" + width + "px\">" + figure(chart) + "</div>";
    return document(chart.title(), body, List.of(chart), false);
  }

  private static String figure(Chart chart) {
    return "<figure><figcaption class=\"title\">" + escape(chart.title()) + "</figcaption><div class=\"chart\" id=\""
        + chart.id() + "\" style=\"height:" + chart.height() + "px\"></div><figcaption>" + escape(chart.caption())
        + "</figcaption></figure>";
  }

  private static String document(String title, String body, List<Chart> charts, boolean animate) {
    ArrayNode data = JsonNodeFactory.instance.arrayNode();
    for (Chart chart : charts) {
      ObjectNode entry = data.addObject();
      entry.put("id", chart.id());
      ObjectNode option = chart.option().deepCopy();
      option.put("animation", animate);
      entry.set("option", option);
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + escape(title) + "</title><style>" + resource("report.css") + "</style>"
        + "<script>" + errorTrap() + "</script></head><body>" + body
        + "<script type=\"application/json\" id=\"chart-data\">" + scriptSafe(json(data)) + "</script>"
        + "<script>" + echarts() + "</script><script>" + resource("report.js") + "</script></body></html>\n";
  }

  /** Notes errors from the first line on, before the charts' scripts run. */
  private static String errorTrap() {
    return "window.reportErrors=[];window.addEventListener('error',function(e){window.reportErrors.push(String("
        + "e.message||e.type))});window.addEventListener('securitypolicyviolation',function(e){"
        + "window.reportErrors.push('blocked request: '+e.blockedURI)});";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String scriptSafe(String json) {
    return json.replace("</", "<\\/");
  }

  private static String json(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String echarts() {
    return classpath("/META-INF/resources/webjars/echarts/" + version("echartsVersion") + "/echarts.min.js");
  }

  private static String resource(String name) {
    return classpath("/org/stockpile/report/" + name);
  }

  private static String classpath(String path) {
    try (InputStream in = Page.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing from the build: " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String version(String key) {
    try (InputStream in = Page.class.getResourceAsStream("/stockpile-version.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty(key, "unknown");
    } catch (IOException | NullPointerException e) {
      return "unknown";
    }
  }
}
