package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stockpile.sim.Scenarios.ree;
import static org.stockpile.sim.Scenarios.tenPerDay;
import static org.stockpile.sim.Trace.ARRIVALS;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.model.ExportControl;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;

/** Which flows a control hits: through the country, toward a target (or everyone). */
class RouteRuleTest {

  private static Scenario.Builder economy(String economy, Source... sources) {
    var material = tenPerDay();
    for (Source source : sources) {
      material.source(source);
    }
    return Scenario.builder("route", economy)
        .country("JP", "Japan", "partner")
        .country("TW", "Taiwan")
        .country("CN", "China")
        .country("AU", "Australia", "partner")
        .country("MY", "Malaysia")
        .material("ree", material.build())
        .run(RunSettings.of(1, 1, 20));
  }

  private static double arrivalsDuringBan(Scenario.Builder builder, List<String> targets) throws Exception {
    Trace trace = Trace.of(builder.shock(ExportControl.ban("CN", targets, ree(), 5, 5)).build());
    return trace.get(7, ARRIVALS);
  }

  @Test
  void directEmbargoHitsTheTargetedEconomy() throws Exception {
    assertEquals(0, arrivalsDuringBan(economy("JP", Source.of("china", 1, 20, "CN")), List.of("JP")), 1e-9);
  }

  @Test
  void embargoOnAnotherEconomyLeavesDirectImportsAlone() throws Exception {
    assertEquals(10, arrivalsDuringBan(economy("TW", Source.of("china", 1, 20, "CN")), List.of("JP")), 1e-9);
  }

  @Test
  void targetedControlReachesAThirdEconomyThroughAnIntermediary() throws Exception {
    Scenario.Builder taiwan = economy("TW", Source.of("via-japan", 0.5, 20, "CN", "JP"),
        Source.of("direct", 0.5, 5, "CN"));
    Trace trace = Trace.of(taiwan.shock(ExportControl.ban("CN", List.of("JP"), ree(), 5, 5)).build());
    assertEquals(5, trace.get(7, ARRIVALS), 1e-9, "only the Japanese components stop");
  }

  @Test
  void tagTargetsEveryCountryCarryingIt() throws Exception {
    assertEquals(0, arrivalsDuringBan(economy("JP", Source.of("china", 1, 20, "CN")), List.of("partner")), 1e-9);
    assertEquals(10, arrivalsDuringBan(economy("TW", Source.of("china", 1, 20, "CN")), List.of("partner")), 1e-9);
  }

  @Test
  void globalControlHitsEveryRouteThroughTheCountryAndNoOther() throws Exception {
    Scenario.Builder mixed = economy("TW", Source.of("via-japan", 0.5, 20, "CN", "JP"),
        Source.of("lynas", 0.5, 5, "AU", "MY"));
    Trace trace = Trace.of(mixed.shock(ExportControl.ban("CN", List.of(), ree(), 5, 5)).build());
    assertEquals(5, trace.get(7, ARRIVALS), 1e-9, "Lynas, refined in Malaysia, still ships its 5");
  }

  @Test
  void transitSegmentsAreLookedThroughByTheRouteRule() throws Exception {
    Scenario scenario = Scenario.builder("transit", "JP")
        .country("JP", "Japan").country("CD", "DR Congo").country("CN", "China")
        .country("MALACCA", "Strait of Malacca", "transit")
        .material("ree", tenPerDay().source(Source.of("congo-via-china", 1, 20, "CD", "MALACCA", "CN")).build())
        .shock(ExportControl.ban("CD", List.of("CN"), ree(), 5, 5))
        .run(RunSettings.of(1, 1, 20)).build();
    assertEquals(0, Trace.of(scenario).get(7, ARRIVALS), 1e-9, "CD -> (strait) -> CN counts as CD -> CN");
  }
}
