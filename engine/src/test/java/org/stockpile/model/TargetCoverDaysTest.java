package org.stockpile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A tier's target in days of cover (days of reference consumption), the unit of the report's
 * cover chart and verdict: the IEA's net-import basis converted by hand.
 */
class TargetCoverDaysTest {
  /**
   * Demand 100 t/day, reference consumption 80 t/day; 20 % from a domestic mine (route JP alone),
   * 10 % recycled: net imports 70 t/day. 90 days of them with 10 % counted unavailable is
   * 90 x 70 / 0.9 = 7,000 t, which is 87.5 days of the 80 t/day reference.
   */
  @Test
  void aNetImportTargetIsItsDaysOfNetImportsGrossedUpInDaysOfReferenceConsumption() {
    Material material = Material.builder(100, 1000, 10000)
        .referenceDailyConsumption(80)
        .source(Source.of("mine", 0.2, 50, "JP"))
        .source(Source.of("china", 0.8, 200, "CN"))
        .recycling(new Recycling(0.1, 30))
        .stockpile("public", StockpileTier.free(90).withBasis(TargetBasis.NET_IMPORTS, 0.1))
        .stockpile("private", StockpileTier.free(15))
        .build();
    assertEquals(0.7, material.importedShare("JP"), 1e-12);
    assertEquals(87.5, material.targetCoverDays("public", "JP"), 1e-9);
    assertEquals(15, material.targetCoverDays("private", "JP"));
    // From Korea's point of view the Japanese mine is an import: 90 % imported.
    assertEquals(90 * 90 / 0.9 / 80, material.targetCoverDays("public", "KR"), 1e-9);
  }
}
