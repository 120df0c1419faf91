package org.stockpile.report;

import java.util.ArrayList;
import java.util.List;

/** A table of a report: a header and rows of text (numbers already formatted). */
public record Table(List<String> header, List<List<String>> rows) {
  public Table {
    header = List.copyOf(header);
    rows = rows.stream().map(List::copyOf).toList();
  }

  /** Starts a table with this header; add rows with {@link Builder#row}. */
  public static Builder with(String... header) {
    return new Builder(List.of(header));
  }

  /** Collects rows. */
  public static final class Builder {
    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();

    private Builder(List<String> header) {
      this.header = header;
    }

    public Builder row(String... cells) {
      if (cells.length != header.size()) {
        throw new IllegalArgumentException("a row of " + cells.length + " cells under " + header.size() + " columns");
      }
      rows.add(List.of(cells));
      return this;
    }

    public Table build() {
      return new Table(header, rows);
    }
  }
}
