package org.stockpile.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The model built with named values, and one part changed without rebuilding the rest: each
 * named form makes the same record as the positional factory it stands for.
 */
class NamedBuildersTest {

  @Test
  void aMaterialBuiltWithNamesIsTheMaterialBuiltByPosition() {
    Material named = Material.builder().baselineDailyDemand(22).pricePerUnit(30_000).shortageCostPerUnit(300_000)
        .demandNoise(0.1).build();
    assertEquals(Material.builder(22, 30_000, 300_000).demandNoise(0.1).build(), named);
  }

  @Test
  void aMaterialWithoutItsDemandPriceOrShortageCostIsRefusedByName() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Material.builder().baselineDailyDemand(22).shortageCostPerUnit(1).build());
    assertTrue(missing.getMessage().contains("pricePerUnit is not set"), missing.getMessage());
  }

  @Test
  void toBuilderKeepsEveryValueAndWithersChangeOnePart() {
    Material material = Material.builder(22, 30_000, 300_000).unit("kg").demandGrowthPerYear(0.03).demandNoise(0.1)
        .referenceDailyConsumption(20).priceElasticity(2).backlog(true)
        .source(Source.of("china", 0.8, 40, "CN")).source(Source.of("lynas", 0.2, 15, "AU"))
        .stockpile("firms", StockpileTier.free(18)).stockpile("state", StockpileTier.ruled(42, ReleaseRule.sale()))
        .recycling(new Recycling(0.1, 30)).substitution(new Substitution(0.2, 365))
        .capacityProject(new CapacityProject("lynas", 5, DayRef.of(100), 200))
        .build();
    assertEquals(material, material.toBuilder().build());

    Material moreState = material.withStockpile("state", StockpileTier.ruled(60, ReleaseRule.sale()));
    assertEquals(60, moreState.stockpiles().get("state").targetDays());
    assertEquals(List.of("firms", "state"), List.copyOf(moreState.stockpiles().keySet()), "order kept");
    assertEquals(material.sources(), moreState.sources());

    Material slowerChina = material.withSource(material.sources().get(0).withLeadTime(60));
    assertEquals(60, slowerChina.sources().get(0).leadTimeDays());
    assertEquals(material.sources().get(1), slowerChina.sources().get(1));
    assertEquals(3, material.withSource(Source.of("others", 0, 5, "DE")).sources().size(), "a new id is added");
  }

  @Test
  void aNamedSourceIsThePositionalOne() {
    assertEquals(Source.of("lynas", 0.2, 15, "AU", "MY"),
        Source.named("lynas").withRoute("AU", "MY").withShare(0.2).withCapacity(15));
    assertEquals(Source.fromSupplier("china", "cn-separators", 0.7, "CN"),
        Source.named("china").withSupplier("cn-separators").withShare(0.7).withRoute("CN"));
  }

  @Test
  void aNamedBanIsThePositionalOne() {
    assertEquals(ExportControl.ban("CN", List.of("JP"), List.of(), 100, 90),
        ExportControl.banBy("CN").against("JP").startingOn(100).lastingDays(90));
    Shock dated = ExportControl.banBy("CN").startingOn(LocalDate.of(2023, 8, 1)).lastingDays(60)
        .announcedOn(LocalDate.of(2023, 7, 3)).onMaterials("gallium");
    assertEquals(DayRef.of(LocalDate.of(2023, 8, 1)), dated.window().start());
    assertEquals(DayRef.of(LocalDate.of(2023, 7, 3)), dated.window().announced());
    assertEquals(List.of("gallium"), dated.window().materials());
  }

  @Test
  void theOtherNamedShocksAreThePositionalOnes() {
    assertEquals(ExportControl.quota("CN", List.of("JP"), List.of(), 0.3, 10, 20),
        ExportControl.quotaBy("CN", 0.3).against("JP").startingOn(10).lastingDays(20));
    assertEquals(ExportControl.licensing("CN", List.of(), List.of("gallium"), 0.8, 30, 10, 20),
        ExportControl.licensingBy("CN", 0.8, 30).startingOn(10).lastingDays(20).onMaterials("gallium"));
    assertEquals(Outage.ofCountry("CD", List.of(), 0.5, 200, 30),
        Outage.inCountry("CD", 0.5).startingOn(200).lastingDays(30));
    assertEquals(Outage.ofSource("lynas", List.of(), 1, 5, 6), Outage.atSource("lynas", 1).startingOn(5).lastingDays(6));
    assertEquals(new ExportTax(null, "CN", List.of("JP"), 0.25, ShockWindow.of(3, 4)),
        ExportTax.by("CN", 0.25).against("JP").startingOn(3).lastingDays(4));
    assertEquals(Logistics.of("MALACCA", List.of(), 0.3, 14, false, 100, 60),
        Logistics.through("MALACCA", 0.3, 14).startingOn(100).lastingDays(60));
    assertTrue(Logistics.through("HORMUZ", 1, 0).holdingInTransit().holdsInTransit());
    assertEquals(DemandSurge.of(List.of("lithium"), 1.3, 365, 180),
        DemandSurge.by(1.3).onMaterials("lithium").startingOn(365).lastingDays(180));
  }

  @Test
  void namedRunSettingsAreThePositionalOnes() {
    assertEquals(RunSettings.of(42, 400, 730),
        RunSettings.defaults().withSeed(42).withReplicates(400).withHorizonDays(730));
    assertEquals(LocalDate.of(2023, 1, 1), RunSettings.defaults().withStartDate(LocalDate.of(2023, 1, 1)).startDate());
  }
}
