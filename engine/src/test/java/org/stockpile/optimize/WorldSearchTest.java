package org.stockpile.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Best response and the coalition's optimum on a game computed by hand: economy 1 pays
 * (x1 - 2)^2 + x1 x2 and economy 2 pays (x2 - 2)^2 + x1 x2 (each one's reserve raises the other's
 * cost), both on the grid 0..4. Alone, from (0, 0): economy 1 picks 2; economy 2, given 2, picks 1
 * (3 against 4 for 0 or 2); then neither moves: settled at (2, 1), costs 2 and 3 (sum 5). Together
 * the sum (x1 - 2)^2 + (x2 - 2)^2 + 2 x1 x2 is least, 4, at (1, 1), which coordinate descent
 * reaches from (2, 1): cooperation is worth 1.
 */
class WorldSearchTest {
  private static final Decision GRID = Decision.of("x", 0, 4, 1);

  private static WorldSearch search(List<WorldSearch.SumLimit> limits) {
    return new WorldSearch(List.of(new WorldSearch.WorldDecision(GRID, "x1", 0),
        new WorldSearch.WorldDecision(GRID, "x2", 1)), limits, x -> new double[] {
            (x[0] - 2) * (x[0] - 2) + x[0] * x[1], (x[1] - 2) * (x[1] - 2) + x[0] * x[1]});
  }

  @Test
  void eachAloneSettlesWhereNoneWouldMoveAndTogetherTheySaveOne() throws Exception {
    WorldSearch search = search(List.of());
    WorldSearch.BestResponse alone = search.bestResponse(new double[] {0, 0}, 2, 10);
    assertTrue(alone.settled());
    assertEquals(2, alone.rounds().size() - 1, "round 1 moves, round 2 confirms");
    assertArrayEquals(new double[] {2, 1}, alone.last().values());
    assertArrayEquals(new double[] {2, 3}, alone.last().objectives());
    double[] together = search.coalition(alone.last().values(), new boolean[] {true, true});
    assertArrayEquals(new double[] {1, 1}, together);
    double[] costs = search.objectives(together);
    assertEquals(4, costs[0] + costs[1]);
  }

  @Test
  void aSumLimitKeepsCandidatesOut() throws Exception {
    WorldSearch search = search(List.of(new WorldSearch.SumLimit("at least 3", new int[] {0, 1}, 3.0, null)));
    assertArrayEquals(new double[] {2, 1}, search.coalition(new double[] {2, 1}, new boolean[] {true, true}));
  }

  @Test
  void aRoundLimitReportsNotSettled() throws Exception {
    WorldSearch.BestResponse cut = search(List.of()).bestResponse(new double[] {0, 0}, 2, 1);
    assertEquals(false, cut.settled());
  }

  @Test
  void aCandidateIsScoredOnce() throws Exception {
    WorldSearch search = search(List.of());
    search.bestResponse(new double[] {0, 0}, 2, 10);
    int runs = search.runs();
    search.bestResponse(new double[] {0, 0}, 2, 10);
    assertEquals(runs, search.runs());
  }
}
