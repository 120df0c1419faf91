package org.stockpile.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.model.DemandSurge;
import org.stockpile.model.ExportControl;
import org.stockpile.model.ExportTax;
import org.stockpile.model.Logistics;
import org.stockpile.model.Outage;
import org.stockpile.model.Scenario;
import org.stockpile.model.Shock;
import org.stockpile.model.ShockWindow;

/**
 * The scheduled shocks of a scenario that reach a material, as stretches of days (from the start
 * to the end of the recovery ramp; an open-ended shock lasts to the end of the run), named by
 * their {@code name} or by their kind and place in the file.
 */
final class ShockSpans {
  /**
   * One shock's stretch, days from the start of the run, end excluded; {@code announced}: the day
   * its coming became known, or null.
   */
  record Span(String name, long from, long to, Long announced) {
  }

  private ShockSpans() {
  }

  static List<Span> of(Scenario scenario, String material) {
    List<Span> spans = new ArrayList<>();
    int horizon = scenario.run().horizonDays();
    LocalDate start = scenario.run().startDate();
    for (int i = 0; i < scenario.shocks().size(); i++) {
      Shock shock = scenario.shocks().get(i);
      ShockWindow window = shock.window();
      if (!window.materials().isEmpty() && !window.materials().contains(material)) {
        continue;
      }
      long from = window.start().resolve(start);
      long to = window.durationDays() == null ? horizon
          : from + window.durationDays() + window.rampUpDays() + window.recoveryDays();
      Long announced = window.announced() == null ? null : window.announced().resolve(start);
      spans.add(new Span(shock.name() != null ? shock.name() : kind(shock) + " " + (i + 1), from, to, announced));
    }
    return spans;
  }

  /** The names of the shocks reaching {@code material} on {@code day}. */
  static List<String> activeOn(Scenario scenario, String material, long day) {
    return of(scenario, material).stream().filter(span -> span.from() <= day && day < span.to()).map(Span::name)
        .toList();
  }

  /** The spans as shaded stretches of a chart's date axis, labelled with their announcement when they had one. */
  static List<Charts.Span> dated(Scenario scenario, String material) {
    if (scenario == null) {
      return List.of();
    }
    LocalDate start = scenario.run().startDate();
    return of(scenario, material).stream().map(span -> new Charts.Span(span.announced() == null ? span.name()
        : span.name() + " (announced " + start.plusDays(span.announced()) + ")",
        start.plusDays(span.from()).toString(), start.plusDays(span.to()).toString())).toList();
  }

  /** The type files write for {@code shock}: an unnamed shock is "exportControl 2". */
  private static String kind(Shock shock) {
    return switch (shock) {
      case ExportControl _ -> "exportControl";
      case ExportTax _ -> "exportTax";
      case Outage _ -> "outage";
      case Logistics _ -> "logistics";
      case DemandSurge _ -> "demandSurge";
    };
  }
}
