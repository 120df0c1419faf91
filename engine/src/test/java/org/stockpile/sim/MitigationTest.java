package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.sim.Scenarios.china;
import static org.stockpile.sim.Scenarios.japan;
import static org.stockpile.sim.Scenarios.ree;
import static org.stockpile.sim.Scenarios.tenPerDay;
import static org.stockpile.sim.Trace.ARRIVALS;
import static org.stockpile.sim.Trace.DEMAND;
import static org.stockpile.sim.Trace.PRICE;
import static org.stockpile.sim.Trace.RECYCLED;
import static org.stockpile.sim.Trace.SHORTFALL;
import static org.stockpile.sim.Trace.TO_SERVE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.model.CapacityProject;
import org.stockpile.model.DayRef;
import org.stockpile.model.ExportControl;
import org.stockpile.model.Recycling;
import org.stockpile.model.Source;
import org.stockpile.model.Substitution;

/** Recycling, substitution, capacity projects, backlog and price elasticity, by hand. */
class MitigationTest {
  private static final double EPS = 1e-9;

  @Test
  void recyclingReturnsAShareOfConsumptionAfterItsLag() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).recycling(new Recycling(0.5, 5)).build()).build());
    assertEquals(0, trace.get(4, RECYCLED), EPS);
    assertEquals(5, trace.get(5, RECYCLED), EPS);
    assertEquals(5, trace.get(5, ARRIVALS), EPS, "imports shrink by what recycling brings");
    assertEquals(0, trace.sum(SHORTFALL), EPS);
  }

  @Test
  void substitutionCutsDemandStepByStepDuringStressAndUnwindsAfter() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().source(china(1)).substitution(new Substitution(0.4, 4)).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 10)).build());
    assertEquals(10, trace.get(10, DEMAND), EPS);
    assertEquals(9, trace.get(11, DEMAND), EPS);
    assertEquals(8, trace.get(12, DEMAND), EPS);
    assertEquals(7, trace.get(13, DEMAND), EPS);
    assertEquals(6, trace.get(14, DEMAND), EPS);
    assertEquals(6, trace.get(19, DEMAND), EPS, "capped at 40 %");
    assertEquals(6, trace.get(20, DEMAND), EPS, "stress on day 19 kept it for day 20");
    assertEquals(7, trace.get(21, DEMAND), EPS, "unwinding at the same pace");
  }

  @Test
  void capacityProjectComesOnlineAfterItsLeadTime() throws Exception {
    Source small = Source.of("china", 1, 5, "CN");
    Trace trace = Trace.of(japan(tenPerDay().source(small)
        .capacityProject(new CapacityProject("china", 10, DayRef.of(10), 10)).build()).build());
    assertEquals(5, trace.get(19, SHORTFALL), EPS);
    assertEquals(0, trace.get(20, SHORTFALL), EPS);
    assertEquals(100, trace.sum(SHORTFALL), EPS, "5 a day for days 0..19");
  }

  @Test
  void backlogCarriesUnmetDemandForward() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().backlog(true).source(china(1)).build())
        .shock(ExportControl.ban("CN", List.of(), ree(), 10, 3)).build());
    assertEquals(10, trace.get(10, SHORTFALL), EPS);
    assertEquals(20, trace.get(11, TO_SERVE), EPS);
    assertEquals(30, trace.get(12, SHORTFALL), EPS);
    assertEquals(20, trace.get(13, SHORTFALL), EPS, "capacity 20: 10 of backlog cleared a day");
    assertEquals(10, trace.get(14, SHORTFALL), EPS);
    assertEquals(0, trace.get(15, SHORTFALL), EPS);
  }

  @Test
  void priceRisesWithYesterdaysUnmetShareByTheElasticity() throws Exception {
    Trace trace = Trace.of(japan(tenPerDay().priceElasticity(2).source(china(1)).build())
        .shock(ExportControl.quota("CN", List.of(), ree(), 0.5, 10, 2)).build());
    assertEquals(100, trace.get(10, PRICE), EPS);
    assertEquals(200, trace.get(11, PRICE), EPS, "half unmet on day 10: 100 x (1 + 2 x 0.5)");
    assertEquals(200, trace.get(12, PRICE), EPS);
    assertEquals(100, trace.get(13, PRICE), EPS);
  }
}
