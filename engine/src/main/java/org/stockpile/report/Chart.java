package org.stockpile.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One chart of a report: an Apache ECharts option (series, axes, tooltips: values show on hover),
 * with a title and a caption that says how to read it.
 *
 * @param id      unique within the report; also the PNG's file name ({@code id.png})
 * @param title   shown above the chart
 * @param caption shown below it
 * @param option  the ECharts option
 * @param height  in CSS pixels
 */
public record Chart(String id, String title, String caption, ObjectNode option, int height) {
  public Chart {
    if (!id.matches("[a-z0-9-]+")) {
      throw new IllegalArgumentException("a chart id is lower-case letters, digits and dashes, got " + id);
    }
  }
}
