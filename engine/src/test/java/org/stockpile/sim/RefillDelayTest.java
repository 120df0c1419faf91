package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.sim.Trace.STOCK_AFTER;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.model.ExportControl;
import org.stockpile.model.RefillRule;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;

/** A tier that waits {@code delayDays} after the material was last shocked before it buys again. */
class RefillDelayTest {

  private static Scenario scenario(int delayDays) {
    // 10 t a day from China, banned on days 5 to 14; a public tier of 10 days (100 t) releases at once.
    return Scenario.builder("delay", "JP").country("JP", "Japan").country("CN", "China")
        .material("ree", Scenarios.tenPerDay()
            .source(Source.of("china", 1, 40, "CN"))
            .stockpile("public", StockpileTier.ruled(10, ReleaseRule.sale())
                .withRefill(RefillRule.of(5.0, null, true).withDelayDays(delayDays)))
            .build())
        .shock(ExportControl.ban("CN", List.of("JP"), List.of(), 5, 10))
        .run(RunSettings.of(1, 1, 60)).build();
  }

  @Test
  void aTierThatWaitsBuysOnlyDelayDaysAfterTheShock() throws Exception {
    // The ban empties the tier (10 days x 10 t); the last shocked day is day 14.
    Trace now = Trace.of(scenario(0));
    Trace later = Trace.of(scenario(20));
    assertEquals(0, now.get(14, STOCK_AFTER), 1e-9);
    assertEquals(25, now.get(19, STOCK_AFTER), 1e-9, "buys 5 a day from day 15");
    assertEquals(0, later.get(33, STOCK_AFTER), 1e-9, "19 days after the shock: still waiting");
    assertEquals(5, later.get(34, STOCK_AFTER), 1e-9, "20 days after: buys again");
  }
}
