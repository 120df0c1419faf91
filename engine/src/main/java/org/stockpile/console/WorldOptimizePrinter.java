package org.stockpile.console;

import java.io.PrintWriter;
import java.util.Locale;
import org.stockpile.optimize.WorldSearch;
import org.stockpile.study.WorldOptimizeStudy;
import org.stockpile.study.WorldOptimizeWorkflow;

/** The terminal's account of an optimize spec on several economies. */
public final class WorldOptimizePrinter {
  private WorldOptimizePrinter() {
  }

  public static void result(PrintWriter out, WorldOptimizeWorkflow.Outcome outcome) {
    WorldOptimizeStudy study = outcome.study();
    String objective = study.objective().written();
    out.println("Decisions (" + outcome.runs() + " candidates run, " + study.search().replicates()
        + " replicates each, seed " + study.search().seed() + "):");
    out.println(String.format(Locale.ROOT, "  %-60s %10s %10s %10s", "decision", "start",
        outcome.alone() != null ? "alone" : "", "together"));
    for (int d = 0; d < study.decisions().size(); d++) {
      WorldSearch.WorldDecision decision = study.decisions().get(d);
      out.println(String.format(Locale.ROOT, "  %-60s %10s %10s %10s", decision.label(),
          number(outcome.start()[d]), outcome.alone() != null ? number(outcome.alone().last().values()[d]) : "",
          number(outcome.together()[d])));
    }
    out.println(objective + " by economy (" + study.base().world().currency() + " where money):");
    double[] alone = outcome.alone() != null ? outcome.alone().last().objectives() : null;
    for (int e = 0; e < study.economies().size(); e++) {
      out.println(String.format(Locale.ROOT, "  %-6s start %s%s, together %s%s", study.economies().get(e),
          number(outcome.startObjectives()[e]), alone != null ? ", alone " + number(alone[e]) : "",
          number(outcome.togetherObjectives()[e]), study.coalition()[e] ? "" : " (not in the coalition)"));
    }
    if (outcome.alone() != null) {
      out.println("Best response: " + (outcome.alone().settled()
          ? "settled after " + (outcome.alone().rounds().size() - 1) + " rounds (no economy changes alone)"
          : "not settled after " + (outcome.alone().rounds().size() - 1) + " rounds (search.rounds)"));
    }
    WorldOptimizeWorkflow.Cooperation value = outcome.cooperation();
    if (value != null) {
      out.println(String.format(Locale.ROOT, "Value of cooperation (alone less together, %d fresh replicates, the same "
          + "for both): net cost %s %s [%s, %s]", value.replicates(), number(value.money().mean()),
          study.base().world().currency(), number(value.money().low()), number(value.money().high())));
      value.shortfall().forEach((material, interval) -> out.println(String.format(Locale.ROOT,
          "  %s shortfall avoided: %s [%s, %s] units", material, number(interval.mean()), number(interval.low()),
          number(interval.high()))));
    }
  }

  private static String number(double value) {
    if (Math.abs(value) >= 1e6) {
      return String.format(Locale.ROOT, "%.4g", value);
    }
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }
}
