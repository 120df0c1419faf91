package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scenario with several importing economies sharing suppliers and one world market per
 * material (docs/model.md, "Several economies"). Each economy is what a single-economy
 * {@link Scenario} describes; shocks, shock processes, countries and run settings are shared.
 */
@JsonPropertyOrder({"name", "description", "citations", "currency", "countries", "economies", "suppliers",
    "markets", "allocation", "groups", "shocks", "shockProcesses", "run"})
public record World(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Identifier of the scenario, used in output folder names.")
    String name,
    @JsonPropertyDescription("What the scenario represents, for people reading it.")
    String description,
    @JsonPropertyDescription("Where the figures come from.")
    List<String> citations,
    @JsonProperty(defaultValue = "USD")
    @JsonPropertyDescription("Currency of every price and cost in the scenario.")
    String currency,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Countries and regions appearing in routes, shocks and targets, by id; every economy is one.")
    Map<String, Country> countries,
    @JsonProperty(required = true)
    @JsonPropertyDescription("The importing economies simulated together, by country id.")
    Map<String, Economy> economies,
    @JsonPropertyDescription("Shared suppliers, by material and supplier id; an economy's source names one as its supplier.")
    Map<String, Map<String, Supplier>> suppliers,
    @JsonPropertyDescription("The world market of each material (price rule); default: a price that does not move.")
    Map<String, Market> markets,
    @JsonProperty(defaultValue = "proRata")
    @JsonPropertyDescription("How a supplier divides what it can ship when orders exceed it, unless the supplier says.")
    AllocationRule allocation,
    @JsonPropertyDescription("Named sets of economies (iea, msp, eu) with a collective release rule or pooled tiers.")
    Map<String, Group> groups,
    @JsonPropertyDescription("Scheduled shocks.")
    List<Shock> shocks,
    @JsonPropertyDescription("Random shock processes, drawn anew for every replicate, the same for every economy.")
    List<ShockProcess> shockProcesses,
    @JsonPropertyDescription("Seed, replicates, horizon and start date.")
    RunSettings run) {

  public World {
    citations = citations == null ? List.of() : List.copyOf(citations);
    currency = currency == null ? "USD" : currency;
    countries = countries == null ? Map.of() : OrderedMaps.orderedCopy(countries);
    economies = economies == null ? Map.of() : OrderedMaps.orderedCopy(economies);
    Map<String, Map<String, Supplier>> bySupplier = new LinkedHashMap<>();
    if (suppliers != null) {
      suppliers.forEach((material, byId) -> bySupplier.put(material,
          byId == null ? Map.of() : OrderedMaps.orderedCopy(byId)));
    }
    suppliers = OrderedMaps.orderedCopy(bySupplier);
    markets = markets == null ? Map.of() : OrderedMaps.orderedCopy(markets);
    allocation = allocation == null ? AllocationRule.PRO_RATA : allocation;
    groups = groups == null ? Map.of() : OrderedMaps.orderedCopy(groups);
    shocks = shocks == null ? List.of() : List.copyOf(shocks);
    shockProcesses = shockProcesses == null ? List.of() : List.copyOf(shockProcesses);
    run = run == null ? RunSettings.defaults() : run;
  }

  /** The materials of every economy, each once, in order of first appearance. */
  public List<String> materialIds() {
    Set<String> ids = new LinkedHashSet<>();
    economies.values().forEach(economy -> {
      if (economy != null) {
        ids.addAll(economy.materials().keySet());
      }
    });
    return List.copyOf(ids);
  }

  /** The supplier {@code id} of {@code material}, or null. */
  public Supplier supplier(String material, String id) {
    Map<String, Supplier> byId = suppliers.get(material);
    return byId == null ? null : byId.get(id);
  }

  /** The market of {@code material}: as written, or one whose price does not move. */
  public Market market(String material) {
    Market market = markets.get(material);
    return market != null ? market : Market.of(0, 0);
  }

  /** The same world with other run settings. */
  public World withRun(RunSettings newRun) {
    return new World(name, description, citations, currency, countries, economies, suppliers, markets, allocation,
        groups, shocks, shockProcesses, newRun);
  }

  /** The same world with one economy replaced (or added). */
  public World withEconomy(String id, Economy economy) {
    Map<String, Economy> copy = new LinkedHashMap<>(economies);
    copy.put(id, economy);
    return new World(name, description, citations, currency, countries, copy, suppliers, markets, allocation,
        groups, shocks, shockProcesses, run);
  }

  /**
   * Economy {@code id} seen alone, as a single-economy scenario: its materials, the shared
   * countries and run, and the shocks and processes that reach its materials (a shock scoped to
   * materials it does not have is left out, one scoped to some of them keeps those). Which shocks
   * and processes were kept is in the view, by their index here.
   */
  public EconomyView economyView(String id) {
    Economy economy = economies.get(id);
    Set<String> own = economy.materials().keySet();
    List<Shock> viewShocks = new ArrayList<>();
    List<Integer> shockIndex = new ArrayList<>();
    for (int i = 0; i < shocks.size(); i++) {
      Shock scoped = scopedTo(shocks.get(i), own);
      if (scoped != null) {
        viewShocks.add(scoped);
        shockIndex.add(i);
      }
    }
    List<ShockProcess> viewProcesses = new ArrayList<>();
    List<Integer> processIndex = new ArrayList<>();
    for (int p = 0; p < shockProcesses.size(); p++) {
      ShockProcess process = shockProcesses.get(p);
      Shock scoped = process.shock() == null ? null : scopedTo(process.shock(), own);
      if (scoped != null) {
        viewProcesses.add(process.withShock(scoped));
        processIndex.add(p);
      }
    }
    Scenario scenario = new Scenario(name, description, citations, currency, id, countries, withPoolShares(id, economy),
        viewShocks, viewProcesses, run);
    return new EconomyView(id, scenario, shockIndex.stream().mapToInt(Integer::intValue).toArray(),
        processIndex.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * Economy {@code id}'s materials with its share of every pooled tier of a group it belongs to,
   * as a tier of its own named after the pool: sized by its key share of the pool (in days of its
   * own reference consumption), with a release rule that never fires on its own (the pool is
   * drawn by the world, after the members' own tiers).
   */
  private Map<String, Material> withPoolShares(String id, Economy economy) {
    Map<String, Material> materials = new LinkedHashMap<>(economy.materials());
    groups.forEach((groupId, group) -> {
      if (group == null || !group.members().contains(id)) {
        return;
      }
      group.pooledTiers().forEach((material, byHolder) -> {
        Material own = materials.get(material);
        if (own == null || byHolder == null) {
          return;
        }
        Map<String, StockpileTier> tiers = new LinkedHashMap<>(own.stockpiles());
        byHolder.forEach((holder, pool) -> {
          if (pool != null && !tiers.containsKey(holder)) {
            tiers.put(holder, poolShare(id, group, material, pool));
          }
        });
        materials.put(material, new Material(own.unit(), own.baselineDailyDemand(), own.demandGrowthPerYear(),
            own.demandNoise(), own.pricePerUnit(), own.shortageCostPerUnit(), own.referenceDailyConsumption(),
            own.priceElasticity(), own.backlog(), own.sources(), tiers, own.recycling(), own.substitution(),
            own.capacityProjects()));
      });
    });
    return materials;
  }

  /** Member {@code id}'s share of {@code pool}, in days of its own reference consumption. */
  private StockpileTier poolShare(String id, Group group, String material, PooledTier pool) {
    double own = economies.get(id).materials().get(material).referenceConsumptionPerDay();
    double days = poolKey(group, material, pool, id) * groupReference(group, material) / own;
    return new StockpileTier(pool.targetDays() * days, TargetBasis.CONSUMPTION, 0, pool.initialDaysOrTarget() * days,
        pool.capacityDays() == null ? null : pool.capacityDays() * days, pool.holdingCostPerUnitPerYear(), null,
        NEVER_ON_ITS_OWN, pool.refill(), null, null, null);
  }

  /** A pool share's release rule: its own draw never fires (the world draws the pool). */
  static final ReleaseRule NEVER_ON_ITS_OWN = new ReleaseRule.Sale(0, Days.MAX, null, null);

  /** Member {@code id}'s share of {@code pool}: the key's, else its reference consumption's share. */
  public double poolKey(Group group, String material, PooledTier pool, String id) {
    if (!pool.key().isEmpty()) {
      Double share = pool.key().get(id);
      return share == null ? 0 : share;
    }
    Material own = economies.get(id).materials().get(material);
    return own == null ? 0 : own.referenceConsumptionPerDay() / groupReference(group, material);
  }

  /** The members' combined reference consumption of {@code material}. */
  public double groupReference(Group group, String material) {
    double sum = 0;
    for (String member : group.members()) {
      Economy economy = economies.get(member);
      Material own = economy == null ? null : economy.materials().get(material);
      if (own != null) {
        sum += own.referenceConsumptionPerDay();
      }
    }
    return sum;
  }

  /** {@code shock} over the materials of {@code own} it covers, or null when it covers none of them. */
  private static Shock scopedTo(Shock shock, Set<String> own) {
    List<String> scope = shock.window().materials();
    if (scope.isEmpty()) {
      return shock;
    }
    List<String> kept = scope.stream().filter(own::contains).toList();
    if (kept.isEmpty()) {
      return null;
    }
    return kept.size() == scope.size() ? shock : shock.withWindow(shock.window().onMaterials(kept));
  }

  /**
   * One economy of a {@link World} as a single-economy scenario, with the index in the world of
   * each shock ({@code shockIndex[i]} for the view's shock i) and process it kept.
   */
  public record EconomyView(String economy, Scenario scenario, int[] shockIndex, int[] processIndex) {
  }
}
