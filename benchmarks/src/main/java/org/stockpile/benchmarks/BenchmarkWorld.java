package org.stockpile.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.model.AllocationRule;
import org.stockpile.model.CollectiveRelease;
import org.stockpile.model.Country;
import org.stockpile.model.Economy;
import org.stockpile.model.Group;
import org.stockpile.model.Market;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.Supplier;
import org.stockpile.model.World;

/**
 * The benchmark world: four economies (JP, KR, US, EU), each with the first {@code materials}
 * materials of the benchmark scenario ({@link BenchmarkScenario}) as its own, every source a flow
 * of a supplier shared by the four (four times the source's capacity), one market per material
 * (the scenario's elasticity), the scenario's shocks and processes, and a group of all four with
 * a collective release: the work of one economy-material-day is a material-day's plus the
 * allocation, the groups and the market.
 */
final class BenchmarkWorld {
  static final List<String> ECONOMIES = List.of("JP", "KR", "US", "EU");

  private BenchmarkWorld() {
  }

  static World fourEconomies(int materials) {
    Scenario scenario = BenchmarkScenario.fiveMaterials();
    Map<String, Material> own = new LinkedHashMap<>();
    Map<String, Map<String, Supplier>> suppliers = new LinkedHashMap<>();
    Map<String, Market> markets = new LinkedHashMap<>();
    scenario.materials().entrySet().stream().limit(materials).forEach(entry -> {
      Material material = entry.getValue();
      List<Source> sources = new ArrayList<>();
      Map<String, Supplier> ofMaterial = new LinkedHashMap<>();
      for (Source source : material.sources()) {
        sources.add(new Source(source.id(), source.id(), source.route(), source.share(), null, source.leadTimeDays(),
            source.surgeRatePerDay(), source.costPremium(), 0));
        ofMaterial.put(source.id(), Supplier.of(ECONOMIES.size() * source.capacityPerDay())
            .withSurgeRate(source.surgeRatePerDay()));
      }
      suppliers.put(entry.getKey(), ofMaterial);
      markets.put(entry.getKey(), Market.of(material.priceElasticity(), 0.5));
      own.put(entry.getKey(), new Material(material.unit(), material.baselineDailyDemand(),
          material.demandGrowthPerYear(), material.demandNoise(), material.pricePerUnit(),
          material.shortageCostPerUnit(), material.referenceDailyConsumption(), 0, material.backlog(), sources,
          material.stockpiles(), material.recycling(), material.substitution(), material.capacityProjects()));
    });
    Map<String, Country> countries = new LinkedHashMap<>(scenario.countries());
    Map<String, Economy> economies = new LinkedHashMap<>();
    for (String id : ECONOMIES) {
      countries.putIfAbsent(id, Country.of(id));
      economies.put(id, Economy.of(own));
    }
    Map<String, Group> groups = Map.of("iea", new Group(null, ECONOMIES, CollectiveRelease.iea(), Map.of()));
    return new World("benchmark-world", null, null, null, countries, economies, suppliers, markets,
        AllocationRule.PRO_RATA, groups, scenario.shocks(), scenario.shockProcesses(), scenario.run());
  }
}
