package org.stockpile.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.stockpile.console.ExitCode;
import org.stockpile.console.Failures;

/** A run's files never hold NaN or an infinity: the writer stops, naming where, and the command exits 1. */
class NonFiniteResultTest {

  @Test
  void aNonFiniteNumberInASummaryIsNamedByItsPath() {
    ObjectNode summary = JsonNodeFactory.instance.objectNode();
    summary.putObject("materials").putObject("ree").putObject("shortfallUnits").put("mean", Double.POSITIVE_INFINITY);
    NonFiniteResultException refused = assertThrows(NonFiniteResultException.class,
        () -> FiniteNumbers.json(summary, "summary.json"));
    assertTrue(refused.getMessage().contains("(Infinity) in summary.json at materials.ree.shortfallUnits.mean"),
        refused.getMessage());
    summary.putArray("list").add(1).add(Double.NaN);
    summary.remove("materials");
    assertThrows(NonFiniteResultException.class, () -> FiniteNumbers.json(summary, "summary.json"));
  }

  @Test
  void aNonFiniteCellIsRefusedAndAFiniteOneWrittenAsBefore() {
    assertThrows(NonFiniteResultException.class, () -> FiniteNumbers.csv(Double.NaN, "replicates.csv"));
    assertThrows(NonFiniteResultException.class,
        () -> FiniteNumbers.csv(Double.NEGATIVE_INFINITY, "replicates.csv"));
    assertEquals("12.5", FiniteNumbers.csv(12.5, "replicates.csv"));
  }

  @Test
  void theCommandExitsOneWithTheMessage() {
    StringWriter err = new StringWriter();
    int code = Failures.guard(new PrintWriter(err), false, () -> {
      throw new NonFiniteResultException("summary.json", "total.netCost.mean", Double.NaN);
    });
    assertEquals(ExitCode.INTERNAL_ERROR, code);
    assertTrue(err.toString().startsWith("stockpile: the run produced a non-finite number (NaN) in summary.json"),
        err.toString());
  }
}
