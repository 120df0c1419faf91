package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.metrics.Metric;
import org.stockpile.model.DayRef;
import org.stockpile.model.Distribution;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Shock;
import org.stockpile.model.ShockProcess;
import org.stockpile.model.ShockWindow;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.policy.Policies;
import org.stockpile.policy.TargetPolicy;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.testing.TestScenarios;

/**
 * A random process's events announced a drawn lead ahead ({@code announcementLeadDays}): policies
 * see each event coming as they would see the same shock scheduled and announced; the leads come
 * from their own stream, so no other draw moves; every economy of a world sees the same
 * announcements; a bad lead is refused with its path.
 */
class AnnouncedProcessTest {
  private static final TargetPolicy BUY_AHEAD = day -> day.announced() ? 2 * day.fileTarget() : day.fileTarget();

  @TempDir
  Path folder;

  /**
   * What a policy sees each day, on many replicates of two materials each drawing its own events
   * with leads up to 60 days, is the brute-force minimum over the replicate's events announced by
   * that day and not yet started.
   */
  @Test
  void aPolicySeesEachDrawnEventFromItsAnnouncementToItsEve() throws Exception {
    int horizon = 400;
    int replicates = 24;
    Scenario scenario = twoMaterials(new Distribution.Uniform(0, 60), horizon, false);
    double[][][] seen = new double[2][replicates][horizon];
    Policies policies = Policies.none();
    for (int m = 0; m < 2; m++) {
      int material = m;
      policies = policies.target(scenario.materials().keySet().toArray(String[]::new)[m], "firms", day -> {
        seen[material][(int) day.replicate()][(int) day.day()] = day.daysUntilAnnouncedShock();
        return day.fileTarget();
      });
    }
    CompiledScenario compiled = CompiledScenario.compile(scenario, policies);
    MonteCarlo.run(compiled, new RunOptions(replicates, 5, 2, false, null));
    int announced = 0;
    for (int r = 0; r < replicates; r++) {
      ShockTimeline timeline = new ShockTimeline();
      timeline.draw(compiled, 5, r);
      for (int m = 0; m < 2; m++) {
        for (int t = 0; t < horizon; t++) {
          double expected = Double.POSITIVE_INFINITY;
          for (int i = 0; i < timeline.size(); i++) {
            boolean hits = timeline.sortedEffect[i].materials()[0] == m;
            if (hits && timeline.sortedAnnounced[i] <= t && t < timeline.sortedStart[i]) {
              expected = Math.min(expected, timeline.sortedStart[i] - t);
            }
          }
          announced += expected < Double.POSITIVE_INFINITY ? 1 : 0;
          assertEquals(expected, seen[m][r][t], "material " + m + ", replicate " + r + ", day " + t);
        }
      }
    }
    assertTrue(announced > 1_000, "the test sees announcements: " + announced + " days");
  }

  /**
   * A process whose events are announced 20 days ahead gives, replicate by replicate, the numbers
   * of a scenario with the same events scheduled and each announced 20 days before its start.
   */
  @Test
  void drawnAnnouncementsActAsTheSameShocksScheduledAndAnnounced() throws Exception {
    int horizon = 365;
    Scenario drawn = oneMaterial(new Distribution.Constant(20), horizon);
    Policies buyAhead = Policies.none().target("gallium", "firms", BUY_AHEAD);
    CompiledScenario compiled = CompiledScenario.compile(drawn, buyAhead);
    int checked = 0;
    for (int r = 0; r < 12; r++) {
      ShockTimeline timeline = new ShockTimeline();
      timeline.draw(compiled, 3, r);
      Scenario.Builder scheduled = Scenario.builder("scheduled", "JP").country("JP", "Japan")
          .country("CN", "China").material("gallium", drawn.materials().get("gallium")).run(drawn.run());
      for (int i = 0; i < timeline.size(); i++) {
        int start = timeline.sortedStart[i];
        scheduled.shock(Outage.inCountry("CN", 1).startingOn(start).lastingDays(timeline.sortedDuration[i])
            .announcedOn(Math.max(0, start - 20)));
        checked++;
      }
      RunOptions one = new RunOptions(1, 99, 1, false, null);
      double expected = MonteCarlo.run(CompiledScenario.compile(scheduled.build(), buyAhead), one)
          .stats("gallium", Metric.SHORTFALL_UNITS).mean();
      RunResult all = MonteCarlo.run(compiled, new RunOptions(r + 1, 3, 1, false, null));
      assertEquals(expected, all.eachReplicate().toList().get(r).value("gallium", Metric.SHORTFALL_UNITS),
          "replicate " + r);
    }
    assertTrue(checked > 10, "the replicates have events: " + checked);
  }

  /**
   * Buying ahead pays only when events are announced: the same events, unannounced and then
   * announced 30 days ahead, over 200 replicates.
   */
  @Test
  void buyingAheadOfDrawnAnnouncementsCutsTheShortfall() throws Exception {
    Policies buyAhead = Policies.none().target("gallium", "firms", BUY_AHEAD);
    RunOptions options = new RunOptions(200, 11, 2, false, null);
    double unannounced = MonteCarlo.run(CompiledScenario.compile(oneMaterial((Distribution) null, 730), buyAhead), options)
        .stats("gallium", Metric.SHORTFALL_UNITS).mean();
    double announced = MonteCarlo.run(CompiledScenario.compile(oneMaterial(new Distribution.Constant(30), 730),
        buyAhead), options).stats("gallium", Metric.SHORTFALL_UNITS).mean();
    assertTrue(announced < 0.9 * unannounced, "announced " + announced + " t, unannounced " + unannounced + " t");
  }

  /** The leads come from their own stream: with no policy reading them, every number stays as it was. */
  @Test
  void addingOrChangingLeadsMovesNoOtherDraw() throws Exception {
    RunOptions options = new RunOptions(64, 21, 2, true, null);
    RunResult none = MonteCarlo.run(twoMaterials(null, 500, true), options);
    for (Distribution lead : List.of(new Distribution.Constant(10), new Distribution.Uniform(0, 90),
        new Distribution.Exponential(15))) {
      Scenario announced = twoMaterials(lead, 500, true);
      CompiledScenario compiled = CompiledScenario.compile(announced);
      CompiledScenario unannounced = CompiledScenario.compile(twoMaterials(null, 500, true));
      for (int r = 0; r < 8; r++) {
        ShockTimeline a = new ShockTimeline();
        a.draw(compiled, 21, r);
        ShockTimeline b = new ShockTimeline();
        b.draw(unannounced, 21, r);
        int n = a.size();
        assertEquals(b.size(), n);
        assertArrayEquals(Arrays.copyOf(b.sortedStart, n), Arrays.copyOf(a.sortedStart, n));
        assertArrayEquals(Arrays.copyOf(b.sortedDuration, n), Arrays.copyOf(a.sortedDuration, n));
        assertArrayEquals(Arrays.copyOf(b.sortedSeverity, n), Arrays.copyOf(a.sortedSeverity, n));
      }
      RunResult result = MonteCarlo.run(announced, options);
      for (int offset = 0; offset < none.layout().width(); offset++) {
        assertArrayEquals(none.values(offset), result.values(offset), lead + ", metric " + offset);
      }
    }
  }

  @Test
  void reusedDrawsCarryTheAnnouncements() throws Exception {
    CompiledScenario compiled = CompiledScenario.compile(twoMaterials(new Distribution.Uniform(0, 60), 500, false));
    ShockDraws draws = ShockDraws.of(compiled, 4, 6);
    for (int r = 0; r < 6; r++) {
      ShockTimeline drawn = new ShockTimeline();
      drawn.draw(compiled, 4, r);
      ShockTimeline reused = new ShockTimeline();
      draws.fill(reused, compiled, r);
      int n = drawn.size();
      assertArrayEquals(Arrays.copyOf(drawn.sortedAnnounced, n), Arrays.copyOf(reused.sortedAnnounced, n));
      assertEquals(drawn.longestLead(), reused.longestLead());
    }
  }

  /** Every economy of a world draws a shared process's events, and their announcements, alike. */
  @Test
  void everyEconomyOfAWorldSeesTheSameAnnouncements() throws Exception {
    String yaml = TestScenarios.japanAndKoreaBuyingFromChina("announced")
        .replace("ratePerYear: 2\n", "ratePerYear: 2\n    announcementLeadDays: {distribution: uniform, min: 5, "
            + "max: 40}\n")
        + "run: {horizonDays: 720}\n";
    assertTrue(yaml.contains("announcementLeadDays"), yaml);
    Path file = Files.writeString(folder.resolve("world.yaml"), yaml);
    CompiledWorld world = CompiledWorld.compile(ScenarioLoader.loadWorld(file, List.of()));
    int events = 0;
    for (int r = 0; r < 10; r++) {
      ShockTimeline japan = new ShockTimeline();
      japan.draw(world.economies[0], 8, r);
      ShockTimeline korea = new ShockTimeline();
      korea.draw(world.economies[1], 8, r);
      int n = japan.size();
      assertEquals(n, korea.size());
      assertArrayEquals(Arrays.copyOf(japan.sortedStart, n), Arrays.copyOf(korea.sortedStart, n));
      assertArrayEquals(Arrays.copyOf(japan.sortedAnnounced, n), Arrays.copyOf(korea.sortedAnnounced, n));
      for (int i = 0; i < n; i++) {
        int lead = japan.sortedStart[i] - japan.sortedAnnounced[i];
        boolean scheduled = japan.sortedStart[i] == 30;
        assertTrue(scheduled || japan.sortedAnnounced[i] == 0 || (lead >= 5 && lead <= 40), "lead " + lead);
        events += scheduled ? 0 : 1;
      }
    }
    assertTrue(events > 10, "events drawn: " + events);
  }

  @Test
  void aBadLeadOrAnAnnouncedTemplateIsRefusedWithItsPath() {
    ScenarioException negative = assertThrows(ScenarioException.class,
        () -> ScenarioValidator.validated(oneMaterial(new Distribution.Constant(-3), 100)));
    assertTrue(negative.getMessage().contains("shockProcesses[0].announcementLeadDays.value"), negative.getMessage());
    Shock template = cut().withWindow(ShockWindow.drawn().announcedOn(DayRef.of(0)));
    Scenario announcedTemplate = oneMaterial(ShockProcess.of(0.5, new Distribution.Constant(10), null, template), 100);
    ScenarioException refused = assertThrows(ScenarioException.class,
        () -> ScenarioValidator.validated(announcedTemplate));
    assertTrue(refused.getMessage().contains("shock.announced: is drawn by the process; give the process an "
        + "announcementLeadDays"), refused.getMessage());
  }

  @Test
  void aFileNamesTheLead() throws Exception {
    Path file = Files.writeString(folder.resolve("lead.yaml"), """
        name: lead
        economy: JP
        countries: {JP: {}, CN: {}}
        materials:
          gallium:
            baselineDailyDemand: 100
            pricePerUnit: 1000
            shortageCostPerUnit: 10000
            sources: [{id: china, route: [CN], share: 1, capacityPerDay: 150, leadTimeDays: 1}]
            stockpiles: {firms: {targetDays: 5, aheadDays: 10}}
        shockProcesses:
          - ratePerYear: 3
            durationDays: {distribution: constant, value: 20}
            announcementLeadDays: {distribution: uniform, min: 10, max: 30}
            shock: {type: outage, country: CN, capacityLoss: 1}
        run: {replicates: 50, horizonDays: 730}
        """);
    Scenario scenario = ScenarioLoader.load(file);
    assertEquals(new Distribution.Uniform(10, 30), scenario.shockProcesses().get(0).announcementLeadDays());
    double ahead = MonteCarlo.run(scenario, new RunOptions(50, 1, 2, false, null))
        .stats("gallium", Metric.SHORTFALL_UNITS).mean();
    Scenario unannounced = new Scenario(scenario.name(), scenario.description(), scenario.citations(),
        scenario.currency(), scenario.economy(), scenario.countries(), scenario.materials(), scenario.shocks(),
        List.of(scenario.shockProcesses().get(0).announcedAhead(null)), scenario.run());
    double ignored = MonteCarlo.run(unannounced, new RunOptions(50, 1, 2, false, null))
        .stats("gallium", Metric.SHORTFALL_UNITS).mean();
    assertTrue(ahead < ignored, "buying ahead " + ahead + " t, unannounced " + ignored + " t");
  }

  /** 100 t a day from China (150 t a day of capacity, a day away); firms keep 5 days; outages of 20 days. */
  private static Scenario oneMaterial(Distribution lead, int horizon) {
    return oneMaterial(ShockProcess.of(3, new Distribution.Constant(20), null, cut()).announcedAhead(lead), horizon);
  }

  private static Scenario oneMaterial(ShockProcess process, int horizon) {
    Material gallium = Material.builder(100, 1_000, 10_000)
        .source(Source.of("china", 1, 150, "CN").withLeadTime(1))
        .stockpile("firms", StockpileTier.free(5))
        .build();
    return Scenario.builder("announced-process", "JP").country("JP", "Japan").country("CN", "China")
        .material("gallium", gallium)
        .shockProcess(process)
        .run(RunSettings.of(1, 1, horizon))
        .build();
  }

  /** China's exports all cut, for a process to place: every material, start and duration drawn. */
  private static Shock cut() {
    return Outage.inCountry("CN", 1).withWindow(ShockWindow.drawn());
  }

  /** Two materials from China, a process hitting each on its own (or both at once when correlated). */
  private static Scenario twoMaterials(Distribution lead, int horizon, boolean correlated) {
    Scenario.Builder builder = Scenario.builder("two", "JP").country("JP", "Japan").country("CN", "China");
    for (String id : List.of("gallium", "germanium")) {
      builder.material(id, Material.builder(100, 1_000, 10_000)
          .source(Source.of("china", 1, 150, "CN").withLeadTime(3))
          .stockpile("firms", StockpileTier.free(10))
          .demandNoise(0.1)
          .build());
    }
    ShockProcess process = ShockProcess.of(4, new Distribution.Uniform(5, 30), new Distribution.Uniform(0.3, 1),
        cut()).announcedAhead(lead);
    return builder.shockProcess(correlated ? process : process.uncorrelated())
        .run(RunSettings.of(1, 1, horizon))
        .build();
  }
}
