package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A material the economy consumes: its demand, prices, where it comes from, the stockpile tiers
 * that hold it and the mitigation available when it runs short.
 */
@JsonPropertyOrder({"unit", "baselineDailyDemand", "demandGrowthPerYear", "demandNoise",
    "pricePerUnit", "shortageCostPerUnit", "referenceDailyConsumption", "priceElasticity",
    "backlog", "sources", "stockpiles", "recycling", "substitution", "capacityProjects"})
public record Material(
    @JsonProperty(defaultValue = "t")
    @JsonPropertyDescription("Unit of quantities (tonnes by default).")
    String unit,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Demand per day at day 0, in units.")
    double baselineDailyDemand,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Compound demand growth per year (0.05 = +5 % a year).")
    double demandGrowthPerYear,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Coefficient of variation of daily demand (mean-one lognormal noise, independent each day).")
    double demandNoise,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Base price per unit, in the scenario currency.")
    double pricePerUnit,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Economic loss per unit of demand not delivered (per unit-day late under backlog).")
    double shortageCostPerUnit,
    @JsonPropertyDescription("Daily consumption that days of cover are measured against; default: baselineDailyDemand.")
    Double referenceDailyConsumption,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Price = base price x (1 + priceElasticity x share of today's demand unmet).")
    double priceElasticity,
    @JsonProperty(defaultValue = "false")
    @JsonPropertyDescription("If true, unmet demand is carried to the next day instead of being lost.")
    boolean backlog,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Supply sources; their shares sum to 1.")
    List<Source> sources,
    @JsonPropertyDescription("Stockpile tiers by holder (public, private, or any named tier).")
    Map<String, StockpileTier> stockpiles,
    @JsonPropertyDescription("A share of past consumption that comes back as supply after a lag.")
    Recycling recycling,
    @JsonPropertyDescription("Demand that can be substituted or thrifted away during supply stress.")
    Substitution substitution,
    @JsonPropertyDescription("New capacity that comes online after a lead time.")
    List<CapacityProject> capacityProjects) {

  public Material {
    unit = unit == null ? "t" : unit;
    sources = sources == null ? List.of() : List.copyOf(sources);
    stockpiles = stockpiles == null ? Map.of() : OrderedMaps.orderedCopy(stockpiles);
    capacityProjects = capacityProjects == null ? List.of() : List.copyOf(capacityProjects);
  }

  /** Daily consumption used for days of cover: the reference if given, else baseline demand. */
  public double referenceConsumptionPerDay() {
    return referenceDailyConsumption != null ? referenceDailyConsumption : baselineDailyDemand;
  }

  /**
   * The share of demand the economy {@code economy} imports, as planners count net imports for the
   * IEA: demand less domestic supply (sources whose route is the economy alone) and recycling
   * (its share of consumption), never below 0.
   */
  public double importedShare(String economy) {
    double domestic = 0;
    for (Source source : sources) {
      if (source.route().size() == 1 && source.route().getFirst().equals(economy)) {
        domestic += source.share();
      }
    }
    double recycled = recycling == null ? 0 : recycling.share();
    return Math.max(0, 1 - domestic - recycled);
  }

  /**
   * Tier {@code holder}'s target in days of reference consumption (the unit of days of cover) on
   * day 0: its {@code targetDays} on the consumption basis; on the net-import basis, that many days
   * of day 0's net imports, grossed up for the share counted as unavailable (later years follow
   * the previous year's net imports).
   */
  public double targetCoverDays(String holder, String economy) {
    StockpileTier tier = stockpiles.get(holder);
    if (tier.basis() == TargetBasis.CONSUMPTION) {
      return tier.targetDays();
    }
    return tier.targetDays() * baselineDailyDemand * importedShare(economy) / (1 - tier.unavailableShare())
        / referenceConsumptionPerDay();
  }

  /**
   * A builder whose every value is named:
   * {@code Material.builder().baselineDailyDemand(22).pricePerUnit(30_000).shortageCostPerUnit(300_000)}.
   * The three must be set before {@link Builder#build()}.
   */
  public static Builder builder() {
    return new Builder(Double.NaN, Double.NaN, Double.NaN);
  }

  /** A builder with the three values every material needs, in this order (prefer {@link #builder()}'s names). */
  public static Builder builder(double baselineDailyDemand, double pricePerUnit, double shortageCostPerUnit) {
    return new Builder(baselineDailyDemand, pricePerUnit, shortageCostPerUnit);
  }

  /** A builder holding every value of this material, to change some and build another. */
  public Builder toBuilder() {
    Builder builder = new Builder(baselineDailyDemand, pricePerUnit, shortageCostPerUnit).unit(unit)
        .demandGrowthPerYear(demandGrowthPerYear).demandNoise(demandNoise).priceElasticity(priceElasticity)
        .backlog(backlog).recycling(recycling).substitution(substitution);
    builder.referenceDailyConsumption = referenceDailyConsumption;
    sources.forEach(builder::source);
    stockpiles.forEach(builder::stockpile);
    capacityProjects.forEach(builder::capacityProject);
    return builder;
  }

  /** This material with {@code holder}'s tier replaced by {@code tier} (added last when it has none). */
  public Material withStockpile(String holder, StockpileTier tier) {
    return toBuilder().stockpile(holder, tier).build();
  }

  /** This material with the source of {@code source}'s id replaced by it (added last when it has none). */
  public Material withSource(Source source) {
    Builder builder = toBuilder();
    builder.sources.clear();
    boolean replaced = false;
    for (Source own : sources) {
      boolean same = own.id() != null && own.id().equals(source.id());
      builder.source(same ? source : own);
      replaced |= same;
    }
    if (!replaced) {
      builder.source(source);
    }
    return builder.build();
  }

  /** Builds a {@link Material}; sources and tiers keep insertion order. */
  public static final class Builder {
    private String unit = "t";
    private double baselineDailyDemand;
    private double demandGrowthPerYear;
    private double demandNoise;
    private double pricePerUnit;
    private double shortageCostPerUnit;
    private Double referenceDailyConsumption;
    private double priceElasticity;
    private boolean backlog;
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, StockpileTier> stockpiles = new LinkedHashMap<>();
    private Recycling recycling;
    private Substitution substitution;
    private final List<CapacityProject> projects = new ArrayList<>();

    private Builder(double baselineDailyDemand, double pricePerUnit, double shortageCostPerUnit) {
      this.baselineDailyDemand = baselineDailyDemand;
      this.pricePerUnit = pricePerUnit;
      this.shortageCostPerUnit = shortageCostPerUnit;
    }

    /** Demand on day 0, in units a day. */
    public Builder baselineDailyDemand(double unitsPerDay) {
      this.baselineDailyDemand = unitsPerDay;
      return this;
    }

    /** Base market price, in the scenario's currency a unit. */
    public Builder pricePerUnit(double price) {
      this.pricePerUnit = price;
      return this;
    }

    /** What a unit of demand left unmet costs, in the scenario's currency. */
    public Builder shortageCostPerUnit(double cost) {
      this.shortageCostPerUnit = cost;
      return this;
    }

    public Builder unit(String value) {
      this.unit = value;
      return this;
    }

    public Builder demandGrowthPerYear(double value) {
      this.demandGrowthPerYear = value;
      return this;
    }

    public Builder demandNoise(double value) {
      this.demandNoise = value;
      return this;
    }

    public Builder referenceDailyConsumption(double value) {
      this.referenceDailyConsumption = value;
      return this;
    }

    public Builder priceElasticity(double value) {
      this.priceElasticity = value;
      return this;
    }

    public Builder backlog(boolean value) {
      this.backlog = value;
      return this;
    }

    public Builder source(Source source) {
      sources.add(source);
      return this;
    }

    public Builder stockpile(String holder, StockpileTier tier) {
      stockpiles.put(holder, tier);
      return this;
    }

    public Builder recycling(Recycling value) {
      this.recycling = value;
      return this;
    }

    public Builder substitution(Substitution value) {
      this.substitution = value;
      return this;
    }

    public Builder capacityProject(CapacityProject project) {
      projects.add(project);
      return this;
    }

    /**
     * The material.
     *
     * @throws IllegalStateException if its daily demand, price or shortage cost was never set
     */
    public Material build() {
      for (var required : Map.of("baselineDailyDemand", baselineDailyDemand, "pricePerUnit", pricePerUnit,
          "shortageCostPerUnit", shortageCostPerUnit).entrySet()) {
        if (Double.isNaN(required.getValue())) {
          throw new IllegalStateException(required.getKey() + " is not set: every material needs it");
        }
      }
      return new Material(unit, baselineDailyDemand, demandGrowthPerYear, demandNoise,
          pricePerUnit, shortageCostPerUnit, referenceDailyConsumption, priceElasticity, backlog,
          sources, stockpiles, recycling, substitution, projects);
    }
  }
}
