package org.stockpile.docs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.study.WorldOptimizeStudy;
import org.stockpile.study.WorldOptimizeWorkflow;

/**
 * What the header of scenarios/heavy-rare-earths-2025-partners.optimize.yaml says it finds is
 * what the engine finds with the spec's own settings.
 */
class WorldOptimizeSpecTest {
  private static final Path SPEC = Path.of("..", "scenarios", "heavy-rare-earths-2025-partners.optimize.yaml");

  @Test
  void theStatedBestResponseCoalitionAndValueOfCooperation() throws Exception {
    WorldOptimizeWorkflow.Outcome outcome = WorldOptimizeWorkflow.run(WorldOptimizeStudy.load(SPEC, List.of()), 2,
        true);
    assertTrue(outcome.alone().settled());
    assertEquals(3, outcome.alone().rounds().size() - 1, "settles after 3 rounds");
    assertArrayEquals(new double[] {180, 0, 180, 180}, outcome.alone().last().values(), "alone: JP, KR, US, EU");
    assertArrayEquals(new double[] {180, 30, 180, 180}, outcome.together(), "together");
    WorldOptimizeWorkflow.Interval money = outcome.cooperation().money();
    assertEquals(5.1e6, money.mean(), 0.2e6, "net cost saved");
    assertEquals(4.1e6, money.low(), 0.2e6);
    assertEquals(6.1e6, money.high(), 0.2e6);
    WorldOptimizeWorkflow.Interval shortfall = outcome.cooperation().shortfall().get("dysprosium");
    assertEquals(1.3, shortfall.mean(), 0.1, "shortfall avoided");
    assertEquals(1.1, shortfall.low(), 0.1);
    assertEquals(1.6, shortfall.high(), 0.1);
  }
}
