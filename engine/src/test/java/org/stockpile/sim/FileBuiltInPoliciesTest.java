package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.metrics.Metric;
import org.stockpile.model.DayRef;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.RefillRule;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RiskScaling;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.TargetBasis;
import org.stockpile.scenario.ScenarioLoader;

/**
 * The built-in policies a scenario file names on a tier: buying ahead of an announced shock
 * ({@code aheadDays}), an (s, S) refill ({@code reorderDays}) and a price cap on refills
 * ({@code refill.maxPriceMultiple}) and a price trigger on releases
 * ({@code release.triggerPriceMultiple}), each checked against numbers worked out by hand. Every case:
 * 100 t a day from one supplier that can ship 150 t (50 t a day of spare capacity to refill with).
 */
class FileBuiltInPoliciesTest {
  private static final RunOptions ONE = new RunOptions(1, 1, 1, false, null);

  @TempDir
  Path folder;

  /**
   * As {@link AnnouncedShockTest}: a 20-day outage from day 40 announced on day 20 (supplier a day
   * away); firms keep 5 days. Holding 10 days while it is announced leaves 1,000 t short, not 1,500 t.
   */
  @Test
  void aheadDaysBuysAheadOfAnAnnouncedShock() throws Exception {
    Outage ban = Outage.ofCountry("CN", List.of(), 1, 40, 20);
    Outage announced = ban.withWindow(ban.window().announcedOn(DayRef.of(20)));
    assertEquals(1500, shortfall(scenario(StockpileTier.free(5), 1, announced)), 1e-9);
    assertEquals(1000, shortfall(scenario(StockpileTier.free(5).withAheadDays(10), 1, announced)), 1e-9);
  }

  /**
   * Firms keep 10 days (1,000 t), supplier delivering the same day; outages on days 10 to 12 and
   * 30 to 39. By hand: buying back whenever below target, 300 t are back by day 18 and the second
   * outage is served from stock (nothing short). With reorderDays 5 the 700 t left are above the
   * 500 t reorder point: nothing is bought back, and the second outage is 300 t short.
   */
  @Test
  void reorderDaysBuysBackOnlyBelowTheReorderPoint() throws Exception {
    Outage first = Outage.ofCountry("CN", List.of(), 1, 10, 3);
    Outage second = Outage.ofCountry("CN", List.of(), 1, 30, 10);
    assertEquals(0, shortfall(scenario(StockpileTier.free(10), 0, first, second)), 1e-9);
    assertEquals(300, shortfall(scenario(StockpileTier.free(10).withReorderDays(5), 0, first, second)), 1e-9);
  }

  /**
   * Firms keep 5 days, supplier delivering the same day, price elasticity 1; outages on days 10 to
   * 19 and 29 to 38. By hand: 500 t serve days 10 to 14, days 15 to 19 go short (500 t), so the
   * price of day 20 is twice the base. Without a cap firms buy back 50 t a day from day 20 (450 t by
   * day 28; the second outage is 550 t short); capped at the base price they start on day 21
   * (400 t; 600 t short). Totals: 1,050 t against 1,100 t.
   */
  @Test
  void maxPriceMultipleBuysNothingWhileThePriceIsAboveTheCap() throws Exception {
    Outage first = Outage.ofCountry("CN", List.of(), 1, 10, 10);
    Outage second = Outage.ofCountry("CN", List.of(), 1, 29, 10);
    StockpileTier firms = StockpileTier.free(5);
    StockpileTier capped = firms.withRefill(RefillRule.of(null, null, true).withMaxPriceMultiple(1.0));
    assertEquals(1050, shortfall(scenario(firms, 0, first, second).withMaterial("gallium", material(firms, 0, 1))),
        1e-9);
    assertEquals(1100, shortfall(scenario(capped, 0, first, second).withMaterial("gallium", material(capped, 0, 1))),
        1e-9);
  }

  /**
   * A state reserve of 10 days sells on a price trigger (1.5 x base, no latency); supplier
   * delivering the same day, price elasticity 1, an outage on days 10 to 19. By hand: the price of
   * a day follows yesterday's unmet share, so day 10 goes short (100 t) at the base price; day 11's
   * price is twice the base, the trigger holds and the state sells 100 t; day 12's price is back at
   * the base (nothing was short on day 11), the programme ends and day 12 goes short... : the
   * price answers a day late, every other day, 500 t short and 500 t sold. The share trigger
   * (latency 0) sells every day: nothing short.
   */
  @Test
  void aPriceTriggerAnswersTheDayAfterTheShortfallByHand() throws Exception {
    Outage outage = Outage.ofCountry("CN", List.of(), 1, 10, 10);
    StockpileTier onShare = StockpileTier.ruled(10, ReleaseRule.sale());
    StockpileTier onPrice = StockpileTier.ruled(10, ReleaseRule.sale().withTriggerPriceMultiple(1.5));
    Scenario share = scenario(onShare, 0, outage).withMaterial("gallium", material(onShare, 0, 1));
    Scenario price = scenario(onPrice, 0, outage).withMaterial("gallium", material(onPrice, 0, 1));
    assertEquals(0, shortfall(share), 1e-9);
    RunResult result = MonteCarlo.run(price, ONE);
    assertEquals(500, result.stats("gallium", Metric.SHORTFALL_UNITS).mean(), 1e-9);
    assertEquals(500, result.tierStats("gallium", "firms", Metric.RELEASED_UNITS).mean(), 1e-9);
  }

  /**
   * Firms keep 5 days, supplier delivering the same day; a 1 % outage on days 10 to 39 marks the
   * material shocked without starving it, a full one on days 40 to 59 stops supply. By hand: with
   * a fixed target, 500 t serve days 40 to 44 and 1,500 t go short. With riskScaling gain 1 the
   * target doubles while the material is shocked, the 48.5 t a day of spare capacity fill the
   * extra 500 t by day 21, and 1,000 t serve days 40 to 49: 1,000 t short. (Had the warning ended
   * before the cut, firms would have drawn their stock back down to the lower target: a freely
   * drawn tier's stock above target counts against the order.)
   */
  @Test
  void riskScalingRaisesTheTargetWhileAShockHits() throws Exception {
    Outage warning = new Outage(null, "CN", null, 0.01, org.stockpile.model.ShockWindow.of(10, 30));
    Outage cut = Outage.ofCountry("CN", List.of(), 1, 40, 20);
    assertEquals(1500, shortfall(scenario(StockpileTier.free(5), 0, warning, cut)), 1e-9);
    StockpileTier scaled = StockpileTier.free(5).withRiskScaling(RiskScaling.withGain(1));
    assertEquals(1000, shortfall(scenario(scaled, 0, warning, cut)), 1e-9);
  }

  @Test
  void aScenarioFileNamesTheBuiltInsByTheirKeys() throws Exception {
    Path file = folder.resolve("built-ins.yaml");
    Files.writeString(file, """
        name: built-ins
        economy: JP
        countries: {JP: {name: Japan}, CN: {name: China}}
        materials:
          gallium:
            baselineDailyDemand: 100
            pricePerUnit: 1000
            shortageCostPerUnit: 10000
            sources:
              - {id: china, share: 1, capacityPerDay: 150, route: [CN], leadTimeDays: 1}
            stockpiles:
              firms: {targetDays: 5, aheadDays: 10, reorderDays: 2, refill: {maxPriceMultiple: 1.5}}
              state: {targetDays: 10, release: {triggerPriceMultiple: 2, latencyDays: 3}}
              alliance: {targetDays: 10, riskScaling: {gain: 0.5}}
        shocks:
          - {type: outage, country: CN, capacityLoss: 1, start: 40, durationDays: 20, announced: 20}
        run: {seed: 1, replicates: 1, horizonDays: 90}
        """);
    Scenario scenario = ScenarioLoader.load(file);
    StockpileTier firms = scenario.materials().get("gallium").stockpiles().get("firms");
    assertEquals(10.0, firms.aheadDays());
    assertEquals(2.0, firms.reorderDays());
    assertEquals(1.5, firms.refill().maxPriceMultiple());
    assertEquals(2.0, scenario.materials().get("gallium").stockpiles().get("state").release().triggerPriceMultiple());
    assertEquals(DayRef.of(20), scenario.shocks().get(0).window().announced());
    assertEquals(new RiskScaling(0.5, 90), scenario.materials().get("gallium").stockpiles().get("alliance").riskScaling());
  }

  @Test
  void builtInsThatCannotWorkAreRefusedWithTheirPaths() {
    StockpileTier wrong = StockpileTier.free(5).withReorderDays(8).withBasis(TargetBasis.NET_IMPORTS, 0)
        .withAheadDays(3).withRefill(RefillRule.of(null, null, true).withMaxPriceMultiple(0));
    ScenarioException refused = assertThrows(ScenarioException.class,
        () -> ScenarioValidator.validated(scenario(wrong, 1)));
    String message = refused.getMessage();
    assertTrue(message.contains("stockpiles.firms.reorderDays: is above targetDays"), message);
    assertTrue(message.contains("stockpiles.firms.aheadDays: applies only to a tier counted in days of consumption"),
        message);
    assertTrue(message.contains("stockpiles.firms.refill.maxPriceMultiple: must be above 0"), message);
  }

  private static double shortfall(Scenario scenario) throws Exception {
    return MonteCarlo.run(scenario, ONE).stats("gallium", Metric.SHORTFALL_UNITS).mean();
  }

  private static Material material(StockpileTier firms, int leadTimeDays, double priceElasticity) {
    return Material.builder(100, 1_000, 10_000)
        .priceElasticity(priceElasticity)
        .source(Source.of("china", 1, 150, "CN").withLeadTime(leadTimeDays))
        .stockpile("firms", firms)
        .build();
  }

  private static Scenario scenario(StockpileTier firms, int leadTimeDays, Outage... outages) {
    Scenario.Builder builder = Scenario.builder("built-ins", "JP").country("JP", "Japan").country("CN", "China")
        .material("gallium", material(firms, leadTimeDays, 0))
        .run(RunSettings.of(1, 1, 90));
    for (Outage outage : outages) {
      builder.shock(outage);
    }
    return builder.build();
  }
}
