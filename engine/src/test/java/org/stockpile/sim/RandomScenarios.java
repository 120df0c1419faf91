package org.stockpile.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.stockpile.model.CapacityProject;
import org.stockpile.model.DayRef;
import org.stockpile.model.DemandSurge;
import org.stockpile.model.Distribution;
import org.stockpile.model.ExportControl;
import org.stockpile.model.ExportTax;
import org.stockpile.model.Logistics;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.Recycling;
import org.stockpile.model.RefillRule;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Shock;
import org.stockpile.model.ShockProcess;
import org.stockpile.model.ShockWindow;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.Substitution;

/** Random valid scenarios using every part of the model, for property tests. */
final class RandomScenarios {
  private static final String[] COUNTRIES = {"JP", "CN", "AU", "MY", "CD", "US", "STRAIT"};

  private RandomScenarios() {
  }

  static Scenario generate(long seed) {
    RandomGenerator r = RandomStreams.stream(seed, 0, "test/random-scenario");
    Scenario.Builder builder = Scenario.builder("random-" + Long.toUnsignedString(seed), "JP")
        .country("JP", "Japan", "partner")
        .country("CN", "China")
        .country("AU", "Australia", "partner")
        .country("MY", "Malaysia")
        .country("CD", "DR Congo")
        .country("US", "United States", "partner")
        .country("STRAIT", "A strait");
    int materials = 1 + r.nextInt(3);
    List<String> ids = new ArrayList<>();
    for (int m = 0; m < materials; m++) {
      String id = "m" + m;
      ids.add(id);
      builder.material(id, material(r));
    }
    int horizon = 30 + r.nextInt(200);
    int shocks = r.nextInt(5);
    for (int i = 0; i < shocks; i++) {
      builder.shock(shock(r, ids, horizon, true));
    }
    if (r.nextBoolean()) {
      Distribution duration = r.nextBoolean()
          ? new Distribution.LogNormal(5 + 40 * r.nextDouble(), 0.2 + r.nextDouble())
          : new Distribution.Uniform(1, 60);
      Distribution severity = r.nextBoolean() ? null : new Distribution.Beta(1 + r.nextDouble(), 1 + r.nextDouble());
      builder.shockProcess(new ShockProcess(null, 0.5 + 5 * r.nextDouble(), duration, severity, r.nextBoolean(), null,
          shock(r, ids, horizon, false)));
    }
    return builder.run(new RunSettings(r.nextLong(), 2, horizon, RunSettings.DEFAULT_START,
        r.nextBoolean() ? 0 : 0.1 * r.nextDouble(), r.nextBoolean() ? 0 : 0.1 * r.nextDouble())).build();
  }

  private static Material material(RandomGenerator r) {
    double demand = 1 + 100 * r.nextDouble();
    Material.Builder material = Material.builder(demand, 10 + 1000 * r.nextDouble(), 100 * r.nextDouble())
        .demandGrowthPerYear(0.2 * r.nextDouble() - 0.05)
        .demandNoise(r.nextBoolean() ? 0 : 0.3 * r.nextDouble())
        .priceElasticity(r.nextBoolean() ? 0 : 3 * r.nextDouble())
        .backlog(r.nextInt(4) == 0);
    int sources = 1 + r.nextInt(4);
    double[] shares = new double[sources];
    double sum = 0;
    for (int s = 0; s < sources; s++) {
      shares[s] = r.nextDouble() + 0.01;
      sum += shares[s];
    }
    double assigned = 0;
    for (int s = 0; s < sources; s++) {
      double share = s == sources - 1 ? 1 - assigned : shares[s] / sum;
      assigned += share;
      List<String> route = new ArrayList<>();
      int hops = 1 + r.nextInt(3);
      for (int h = 0; h < hops; h++) {
        route.add(COUNTRIES[1 + r.nextInt(COUNTRIES.length - 1)]);
      }
      material.source(new Source("s" + s, null, route, share, demand * share * (0.5 + 2 * r.nextDouble()),
          r.nextInt(40), 0.1 * r.nextDouble(), 0.3 * r.nextDouble(), 0));
    }
    int tiers = r.nextInt(4);
    for (int k = 0; k < tiers; k++) {
      double target = 60 * r.nextDouble();
      Double capacity = r.nextBoolean() ? null : target * (1 + r.nextDouble());
      Double initial = r.nextBoolean() ? null : (capacity == null ? 2 * target : capacity) * r.nextDouble();
      ReleaseRule release = switch (r.nextInt(3)) {
        case 0 -> null;
        case 1 -> new ReleaseRule.Sale(0.5 * r.nextDouble(), r.nextInt(10),
            r.nextBoolean() ? null : demand * r.nextDouble(), null);
        default -> new ReleaseRule.Loan(0.5 * r.nextDouble(), r.nextInt(10),
            r.nextBoolean() ? null : demand * r.nextDouble(), 1 + r.nextInt(100), 0.2 * r.nextDouble(), null);
      };
      RefillRule refill = r.nextBoolean() ? null : RefillRule.of(r.nextBoolean() ? null : demand * r.nextDouble(),
          r.nextBoolean() ? null : 1e6 * r.nextDouble(), r.nextBoolean());
      material.stockpile(k == 0 ? "private" : k == 1 ? "public" : "alliance",
          new StockpileTier(target, null, 0, initial, capacity, r.nextDouble(),
              r.nextBoolean() ? null : 0.1 * r.nextDouble(), release, refill, null, null, null));
    }
    if (r.nextBoolean()) {
      material.recycling(new Recycling(0.5 * r.nextDouble(), 1 + r.nextInt(30)));
    }
    if (r.nextBoolean()) {
      material.substitution(new Substitution(0.5 * r.nextDouble(), 1 + r.nextInt(60)));
    }
    if (r.nextBoolean()) {
      material.capacityProject(new CapacityProject("s0", demand * r.nextDouble() + 0.1, DayRef.of(r.nextInt(100)),
          r.nextInt(100)));
    }
    return material.build();
  }

  private static Shock shock(RandomGenerator r, List<String> materials, int horizon, boolean scheduled) {
    DayRef start = scheduled ? DayRef.of(r.nextInt(horizon)) : null;
    Integer duration = scheduled ? 1 + r.nextInt(60) : null;
    int up = r.nextInt(5);
    int down = r.nextInt(5);
    List<String> scope = r.nextBoolean() ? List.of() : List.of(materials.get(r.nextInt(materials.size())));
    String country = COUNTRIES[1 + r.nextInt(COUNTRIES.length - 1)];
    List<String> targets = switch (r.nextInt(3)) {
      case 0 -> List.of();
      case 1 -> List.of("JP");
      default -> List.of("partner");
    };
    ShockWindow window = new ShockWindow(scope, start, duration, up, down);
    return switch (r.nextInt(7)) {
      case 0 -> new ExportControl.Ban(null, country, targets, window);
      case 1 -> new ExportControl.Quota(null, country, targets, r.nextDouble(), window);
      case 2 -> new ExportControl.Licensing(null, country, targets, r.nextDouble(), r.nextInt(60), window);
      case 3 -> new ExportTax(null, country, targets, r.nextDouble(), window);
      case 4 -> new Outage(null, country, null, r.nextDouble(), window);
      case 5 -> new Logistics(null, "STRAIT".equals(country) ? "STRAIT" : country, r.nextDouble(), r.nextInt(30),
          r.nextBoolean(), window);
      default -> new DemandSurge(null, 0.5 + r.nextDouble(), window);
    };
  }
}
