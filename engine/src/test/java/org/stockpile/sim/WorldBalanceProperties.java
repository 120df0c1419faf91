package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.stockpile.check.ValidWorld;
import org.stockpile.check.WorldValidator;
import org.stockpile.model.AllocationRule;
import org.stockpile.model.CollectiveRelease;
import org.stockpile.model.Economy;
import org.stockpile.model.Group;
import org.stockpile.model.LossBasis;
import org.stockpile.model.Market;
import org.stockpile.model.Material;
import org.stockpile.model.PoolDraw;
import org.stockpile.model.PooledTier;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;
import org.stockpile.model.Supplier;
import org.stockpile.model.World;

/**
 * On many random worlds (two to four economies made from random single-economy scenarios, their
 * sources drawn from shared suppliers, random allocation rules, markets, collective releases and
 * pooled tiers): every economy's demand balance holds every day; what groups move between
 * economies adds up to nothing, so the stock balance summed over economies holds every day; and
 * a replicate's numbers do not depend on the replicates beside it in the lanes (its bits are the
 * same run from its own index, beside other neighbours).
 */
class WorldBalanceProperties {
  private static final String[] ECONOMIES = {"JP", "US", "AU", "MY"};

  static World randomWorld(long seed) {
    RandomGenerator r = RandomStreams.stream(seed, 0, "test/random-world");
    int count = 2 + r.nextInt(3);
    Scenario first = RandomScenarios.generate(seed * 31 + 1);
    Map<String, Economy> economies = new LinkedHashMap<>();
    Map<String, Map<String, Double>> capacity = new LinkedHashMap<>();
    for (int e = 0; e < count; e++) {
      Scenario own = e == 0 ? first : RandomScenarios.generate(seed * 31 + 1 + e);
      Map<String, Material> materials = new LinkedHashMap<>();
      own.materials().forEach((id, material) -> {
        List<Source> sources = new ArrayList<>();
        for (Source source : material.sources()) {
          boolean shared = r.nextInt(4) != 0;
          if (shared) {
            capacity.computeIfAbsent(id, key -> new LinkedHashMap<>()).merge(source.id(), source.capacityPerDay(),
                Double::sum);
          }
          sources.add(shared ? new Source(source.id(), source.id(), source.route(), source.share(),
              r.nextBoolean() ? null : source.capacityPerDay(), source.leadTimeDays(), source.surgeRatePerDay(),
              source.costPremium(), r.nextDouble() * source.capacityPerDay()) : source);
        }
        materials.put(id, new Material(material.unit(), material.baselineDailyDemand(), material.demandGrowthPerYear(),
            material.demandNoise(), material.pricePerUnit(), material.shortageCostPerUnit(),
            material.referenceDailyConsumption(), 0, material.backlog(), sources, material.stockpiles(),
            material.recycling(), material.substitution(), material.capacityProjects()));
      });
      economies.put(ECONOMIES[e], Economy.of(materials));
    }
    Map<String, Map<String, Supplier>> suppliers = new LinkedHashMap<>();
    capacity.forEach((material, byId) -> {
      Map<String, Supplier> ofMaterial = new LinkedHashMap<>();
      byId.forEach((id, total) -> ofMaterial.put(id, Supplier.of(total * (0.5 + r.nextDouble()))
          .withSurgeRate(r.nextDouble()).withAllocation(AllocationRule.values()[r.nextInt(3)])));
      suppliers.put(material, ofMaterial);
    });
    Map<String, Market> markets = new LinkedHashMap<>();
    for (String material : capacity.keySet()) {
      if (r.nextBoolean()) {
        markets.put(material, Market.of(3 * r.nextDouble(), 2 * r.nextDouble()));
      }
    }
    List<String> ids = List.copyOf(economies.keySet());
    Map<String, Group> groups = new LinkedHashMap<>();
    if (r.nextBoolean()) {
      CollectiveRelease rule = CollectiveRelease.iea().withTriggerShare(0.2 * r.nextDouble())
          .withLatencyDays(r.nextInt(5)).withBasis(r.nextBoolean() ? LossBasis.GROUP : LossBasis.WORLD);
      if (ids.size() > 2 && r.nextBoolean()) {
        rule = rule.withNonParticipants(List.of(ids.getLast()));
      }
      groups.put("iea", new Group(null, ids, rule, Map.of()));
    }
    boolean bothUseM0 = economies.get(ids.get(0)).materials().containsKey("m0")
        && economies.get(ids.get(1)).materials().containsKey("m0");
    if (bothUseM0 && r.nextBoolean()) {
      PooledTier pool = PooledTier.of(5 + 20 * r.nextDouble()).withDraw(r.nextBoolean() ? PoolDraw.SHORTFALL
          : PoolDraw.CONTRIBUTION);
      groups.put("msp", Group.of(ids.get(0), ids.get(1)).withPooledTier("m0", "pool", pool));
    }
    return new World("random-world", null, null, null, first.countries(), economies, suppliers, markets,
        AllocationRule.PRO_RATA, groups, first.shocks(), first.shockProcesses(), first.run());
  }

  @Test
  void balancesHoldAndTransfersAddUpOnRandomWorlds() throws Exception {
    for (long seed = 1; seed <= 300; seed++) {
      World world = randomWorld(seed);
      ValidWorld valid;
      try {
        valid = WorldValidator.validated(world);
      } catch (org.stockpile.check.ScenarioException e) {
        throw new AssertionError("seed " + seed + ": the generator made an invalid world: " + e.getMessage(), e);
      }
      check(seed, CompiledWorld.compile(valid));
    }
  }

  private static void check(long seed, CompiledWorld compiled) {
    WorldKernel kernel = new WorldKernel(compiled);
    int economies = compiled.economyCount();
    int horizon = compiled.horizon;
    // Per replicate lane, day and world material: each economy's stock change less its own inflows.
    double[][][] imbalance = new double[Kernel.LANES][horizon][compiled.materialCount];
    double[][][] scale = new double[Kernel.LANES][horizon][compiled.materialCount];
    DayObserver[] observers = new DayObserver[economies];
    for (int e = 0; e < economies; e++) {
      CompiledScenario economy = compiled.economy(e);
      int[] world = new int[economy.materialCount];
      for (int m = 0; m < world.length; m++) {
        world[m] = List.of(compiled.materialIds).indexOf(economy.materialIds[m]);
      }
      observers[e] = (replicate, day, flows) -> {
        for (int m = 0; m < world.length; m++) {
          String where = "seed " + seed + " material " + m + " day " + day;
          double size = 1 + flows.toServe[m] + flows.arrivals[m] + flows.stockBefore[m] + flows.unstoredBefore[m];
          assertEquals(flows.toServe[m], flows.servedFromArrivals[m] + flows.servedFromStock[m] + flows.shortfall[m],
              1e-9 * size, "demand balance, " + where);
          assertTrue(flows.shortfall[m] >= -1e-12 && flows.stockAfter[m] >= -1e-9, "non-negative, " + where);
          double change = flows.stockAfter[m] + flows.unstored[m] - flows.stockBefore[m] - flows.unstoredBefore[m];
          double inflow = flows.arrivals[m] + flows.recycled[m] - flows.servedFromArrivals[m] - flows.servedFromStock[m];
          imbalance[replicate][day][world[m]] += change - inflow;
          scale[replicate][day][world[m]] += size;
        }
      };
    }
    double[][] metrics = new double[economies][];
    for (int e = 0; e < economies; e++) {
      metrics[e] = new double[kernel.economy(e).layout().width() * Kernel.LANES];
    }
    double[] worldMetrics = new double[kernel.layout().width() * Kernel.LANES];
    kernel.run(compiled.world.run().seed(), 0, Kernel.LANES, metrics, 0, null, 0, worldMetrics, observers);
    for (int l = 0; l < Kernel.LANES; l++) {
      for (int t = 0; t < horizon; t++) {
        for (int w = 0; w < compiled.materialCount; w++) {
          assertEquals(0, imbalance[l][t][w], 1e-9 * scale[l][t][w],
              "seed " + seed + ": what groups move between economies adds up, material " + w + " day " + t);
        }
      }
    }
    // Each replicate gives the same numbers beside other neighbours: run from its own index, it
    // sits in the first lane beside the replicates after it.
    for (int r = 1; r < Kernel.LANES; r++) {
      double[][] alone = new double[economies][];
      for (int e = 0; e < economies; e++) {
        alone[e] = new double[kernel.economy(e).layout().width() * Kernel.LANES];
      }
      double[] aloneWorld = new double[kernel.layout().width() * Kernel.LANES];
      new WorldKernel(compiled).run(compiled.world.run().seed(), r, 1, alone, 0, null, 0, aloneWorld);
      for (int e = 0; e < economies; e++) {
        int width = kernel.economy(e).layout().width();
        assertArrayEquals(java.util.Arrays.copyOfRange(metrics[e], r * width, (r + 1) * width),
            java.util.Arrays.copyOf(alone[e], width), "seed " + seed + ": economy " + e + "'s replicate " + r + " alone");
      }
      int width = kernel.layout().width();
      assertArrayEquals(java.util.Arrays.copyOfRange(worldMetrics, r * width, (r + 1) * width),
          java.util.Arrays.copyOf(aloneWorld, width), "seed " + seed + ": world metrics of replicate " + r + " alone");
    }
  }
}
