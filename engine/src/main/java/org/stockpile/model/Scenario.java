package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A whole scenario: which economy is protected, against which shocks, with which reserves.
 *
 * <p>Maps keep the order of the file (materials, countries and tiers are reported in that order).
 */
@JsonPropertyOrder({"name", "description", "citations", "currency", "economy", "countries",
    "materials", "shocks", "shockProcesses", "run"})
public record Scenario(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Identifier of the scenario, used in output folder names.")
    String name,
    @JsonPropertyDescription("What the scenario represents, for people reading it.")
    String description,
    @JsonPropertyDescription("Where the figures come from (e.g. 'docs/sources.md#rare-earths-supply: USGS 2022 estimates').")
    List<String> citations,
    @JsonProperty(defaultValue = "USD")
    @JsonPropertyDescription("Currency of every price and cost in the scenario.")
    String currency,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Id of the importing economy being protected; must be one of the countries.")
    String economy,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Countries and regions appearing in routes, shocks and targets, by id.")
    Map<String, Country> countries,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Materials by id, with their sources and stockpile tiers.")
    Map<String, Material> materials,
    @JsonPropertyDescription("Scheduled shocks.")
    List<Shock> shocks,
    @JsonPropertyDescription("Random shock processes, drawn anew for every replicate.")
    List<ShockProcess> shockProcesses,
    @JsonPropertyDescription("Seed, replicates, horizon and start date.")
    RunSettings run) {

  public Scenario {
    citations = citations == null ? List.of() : List.copyOf(citations);
    currency = currency == null ? "USD" : currency;
    countries = countries == null ? Map.of() : OrderedMaps.orderedCopy(countries);
    materials = materials == null ? Map.of() : OrderedMaps.orderedCopy(materials);
    shocks = shocks == null ? List.of() : List.copyOf(shocks);
    shockProcesses = shockProcesses == null ? List.of() : List.copyOf(shockProcesses);
    run = run == null ? RunSettings.defaults() : run;
  }

  /** Starts a scenario in code: {@code Scenario.builder("x", "JP").country(...).material(...).build()}. */
  public static Builder builder(String name, String economy) {
    return new Builder(name, economy);
  }

  /**
   * The units its materials are measured in, each once, in material order: one for a scenario
   * whose quantities may be added over materials, several when they may not (kg and t).
   */
  public List<String> units() {
    return materials.values().stream().map(Material::unit).distinct().toList();
  }

  /** The same scenario with other run settings. */
  public Scenario withRun(RunSettings newRun) {
    return new Scenario(name, description, citations, currency, economy, countries, materials,
        shocks, shockProcesses, newRun);
  }

  /** The same scenario with one material replaced (or added). */
  public Scenario withMaterial(String id, Material material) {
    Map<String, Material> copy = new LinkedHashMap<>(materials);
    copy.put(id, material);
    return new Scenario(name, description, citations, currency, economy, countries, copy,
        shocks, shockProcesses, run);
  }

  /** Builds a {@link Scenario} step by step; maps keep insertion order. */
  public static final class Builder {
    private final String name;
    private final String economy;
    private String description;
    private final List<String> citations = new ArrayList<>();
    private String currency = "USD";
    private final Map<String, Country> countries = new LinkedHashMap<>();
    private final Map<String, Material> materials = new LinkedHashMap<>();
    private final List<Shock> shocks = new ArrayList<>();
    private final List<ShockProcess> processes = new ArrayList<>();
    private RunSettings run = RunSettings.defaults();

    private Builder(String name, String economy) {
      this.name = name;
      this.economy = economy;
    }

    public Builder description(String text) {
      this.description = text;
      return this;
    }

    public Builder citation(String text) {
      citations.add(text);
      return this;
    }

    public Builder currency(String code) {
      this.currency = code;
      return this;
    }

    public Builder country(String id, String displayName, String... tags) {
      countries.put(id, new Country(displayName, List.of(tags)));
      return this;
    }

    public Builder material(String id, Material material) {
      materials.put(id, material);
      return this;
    }

    public Builder shock(Shock shock) {
      shocks.add(shock);
      return this;
    }

    public Builder shockProcess(ShockProcess process) {
      processes.add(process);
      return this;
    }

    public Builder run(RunSettings settings) {
      this.run = settings;
      return this;
    }

    public Scenario build() {
      return new Scenario(name, description, citations, currency, economy, countries, materials,
          shocks, processes, run);
    }
  }
}
