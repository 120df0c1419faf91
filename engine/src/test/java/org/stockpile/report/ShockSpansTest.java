package org.stockpile.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioLoader;

/** The shocks a report shades on its charts, an announced one labelled with its announcement. */
class ShockSpansTest {

  @Test
  void anAnnouncedShockIsShadedWithTheDayItWasAnnounced() throws Exception {
    Scenario scenario = ScenarioLoader.load(Path.of("..", "scenarios", "gallium-germanium-2023.yaml"));
    List<Charts.Span> spans = ShockSpans.dated(scenario, "gallium");
    assertEquals(new Charts.Span("licensing in force, first licences (announced 2023-07-03)", "2023-08-01",
        "2023-09-30"), spans.get(0));
    assertEquals("standing licensing regime", spans.get(1).name(), "unannounced: its name alone");
  }
}
