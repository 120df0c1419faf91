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
    "markets", "allocation", "shocks", "shockProcesses", "run"})
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
        shocks, shockProcesses, newRun);
  }

  /** The same world with one economy replaced (or added). */
  public World withEconomy(String id, Economy economy) {
    Map<String, Economy> copy = new LinkedHashMap<>(economies);
    copy.put(id, economy);
    return new World(name, description, citations, currency, countries, copy, suppliers, markets, allocation,
        shocks, shockProcesses, run);
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
        viewProcesses.add(new ShockProcess(process.name(), process.ratePerYear(), process.durationDays(),
            process.severity(), process.correlated(), scoped));
        processIndex.add(p);
      }
    }
    Scenario scenario = new Scenario(name, description, citations, currency, id, countries, economy.materials(),
        viewShocks, viewProcesses, run);
    return new EconomyView(id, scenario, shockIndex.stream().mapToInt(Integer::intValue).toArray(),
        processIndex.stream().mapToInt(Integer::intValue).toArray());
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
