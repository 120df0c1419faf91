package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One way a material reaches the economy: a route through countries (mine, refinery, component
 * maker...), its normal share of supply, its capacity, lead time and how fast it can surge.
 */
@JsonPropertyOrder({"id", "supplier", "route", "share", "capacityPerDay", "leadTimeDays", "surgeRatePerDay", "costPremium",
    "contractPerDay"})
public record Source(
    @JsonProperty(required = true)
    @JsonPropertyDescription("Identifier, unique within the material.")
    String id,
    @JsonPropertyDescription("In a scenario with several economies: the shared supplier (under suppliers.<material>) this "
        + "flow draws on; its capacity is shared by every economy buying from it. Absent: the source is the economy's own.")
    String supplier,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Countries the material passes through, in order (e.g. [MM, CN, JP]); the economy follows the last hop.")
    List<String> route,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Normal share of the economy's supply, in [0, 1]; shares of a material sum to 1.")
    double share,
    @JsonPropertyDescription("Most units per day this source can ship to the economy; required unless the source has a "
        + "supplier, for which it caps this flow (default: no cap but the supplier's capacity).")
    Double capacityPerDay,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Days from shipment to arrival.")
    int leadTimeDays,
    @JsonProperty(defaultValue = "1")
    @JsonPropertyDescription("How fast shipments above the normal flow (share x baseline demand) can grow, as a fraction of capacity per day: 0.02 reaches full capacity in 50 days; 1 (default) at once; 0 never.")
    double surgeRatePerDay,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Landed cost above the base price, as a fraction (0.1 = 10 % dearer).")
    double costPremium,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Units per day contracted from the supplier, served first when it allocates by contractsFirst.")
    double contractPerDay) {

  public Source {
    route = route == null ? List.of() : List.copyOf(route);
  }

  /** A source with no lead time or premium that can use all its capacity at once; chain {@link #withLeadTime} and friends. */
  /**
   * A source to complete with named values:
   * {@code Source.named("china").withRoute("CN").withShare(0.8).withCapacity(40).withLeadTime(30)}
   * (share 0, no cap, no lead time until set; spare capacity usable at once, as {@link #of}).
   */
  public static Source named(String id) {
    return new Source(id, null, List.of(), 0, null, 0, 1, 0, 0);
  }

  /** This source along {@code countries}, from the producer to the last hop before the economy. */
  public Source withRoute(String... countries) {
    return new Source(id, supplier, List.of(countries), share, capacityPerDay, leadTimeDays, surgeRatePerDay,
        costPremium, contractPerDay);
  }

  /** This source with {@code fraction} of the material's normal supply. */
  public Source withShare(double fraction) {
    return new Source(id, supplier, route, fraction, capacityPerDay, leadTimeDays, surgeRatePerDay, costPremium,
        contractPerDay);
  }

  /** This source drawing on the world's shared supplier {@code supplierId}. */
  public Source withSupplier(String supplierId) {
    return new Source(id, supplierId, route, share, capacityPerDay, leadTimeDays, surgeRatePerDay, costPremium,
        contractPerDay);
  }

  public static Source of(String id, double share, double capacityPerDay, String... route) {
    return new Source(id, null, List.of(route), share, capacityPerDay, 0, 1, 0, 0);
  }

  /**
   * A flow from a shared {@code supplier} (several economies), capped only by the supplier's
   * capacity; chain {@link #withLeadTime}, {@link #withCapacity} and friends.
   */
  public static Source fromSupplier(String id, String supplier, double share, String... route) {
    return new Source(id, supplier, List.of(route), share, null, 0, 1, 0, 0);
  }

  /** Most units per day this source ships: its capacity, or for a supplier's flow with no cap, infinity. */
  public double capacityOrUnlimited() {
    return capacityPerDay != null ? capacityPerDay : Double.POSITIVE_INFINITY;
  }

  public Source withCapacity(double unitsPerDay) {
    return new Source(id, supplier, route, share, unitsPerDay, leadTimeDays, surgeRatePerDay, costPremium,
        contractPerDay);
  }

  public Source withContract(double unitsPerDay) {
    return new Source(id, supplier, route, share, capacityPerDay, leadTimeDays, surgeRatePerDay, costPremium,
        unitsPerDay);
  }

  public Source withLeadTime(int days) {
    return new Source(id, supplier, route, share, capacityPerDay, days, surgeRatePerDay, costPremium, contractPerDay);
  }

  public Source withSurgeRate(double fractionOfCapacityPerDay) {
    return new Source(id, supplier, route, share, capacityPerDay, leadTimeDays, fractionOfCapacityPerDay, costPremium,
        contractPerDay);
  }

  public Source withCostPremium(double fraction) {
    return new Source(id, supplier, route, share, capacityPerDay, leadTimeDays, surgeRatePerDay, fraction,
        contractPerDay);
  }
}
