package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * A group's coordinated release (the IEA's emergency system): when the supply loss exceeds
 * {@code triggerShare} of normal supply on more than {@code latencyDays} days running, every
 * member taking part releases its share of the members' loss from the tiers named, within their
 * stock and daily caps; the volume goes to the members in proportion to their own loss, serving
 * their demand before their own tiers are drawn; what a member receives from others it buys at
 * the day's price (docs/model.md, "Collective release").
 */
@JsonPropertyOrder({"materials", "triggerShare", "latencyDays", "basis", "burden", "quotas", "tiers",
    "nonParticipants"})
public record CollectiveRelease(
    @JsonPropertyDescription("Materials the rule covers; empty or absent: every material of the members.")
    List<String> materials,
    @JsonProperty(defaultValue = "0.07")
    @JsonPropertyDescription("Supply loss, as a share of normal supply, above which the trigger holds (IEA: 0.07).")
    double triggerShare,
    @JsonProperty(defaultValue = "0")
    @JsonPropertyDescription("Days the trigger must have held before the first collective release.")
    int latencyDays,
    @JsonProperty(defaultValue = "group")
    @JsonPropertyDescription("Whose loss triggers it: the group's members' (group) or every economy's (world).")
    LossBasis basis,
    @JsonProperty(defaultValue = "consumption")
    @JsonPropertyDescription("How the volume is shared among members: by normal consumption, or by the quota table.")
    BurdenKey burden,
    @JsonPropertyDescription("With burden: quota, each taking part member's share of the volume; they add up to 1.")
    Map<String, Double> quotas,
    @JsonPropertyDescription("Holders of the tiers that release (in each member); default: every tier with a release rule.")
    List<String> tiers,
    @JsonPropertyDescription("Members that do not take part: they neither give nor receive.")
    List<String> nonParticipants) {

  public CollectiveRelease {
    materials = materials == null ? List.of() : List.copyOf(materials);
    basis = basis == null ? LossBasis.GROUP : basis;
    burden = burden == null ? BurdenKey.CONSUMPTION : burden;
    quotas = quotas == null ? Map.of() : OrderedMaps.orderedCopy(quotas);
    tiers = tiers == null ? List.of() : List.copyOf(tiers);
    nonParticipants = nonParticipants == null ? List.of() : List.copyOf(nonParticipants);
  }

  /** The IEA's rule: a loss above 7 % of normal supply, shared by consumption, from every tier with a release rule. */
  public static CollectiveRelease iea() {
    return new CollectiveRelease(List.of(), 0.07, 0, LossBasis.GROUP, BurdenKey.CONSUMPTION, Map.of(), List.of(),
        List.of());
  }

  public CollectiveRelease withTriggerShare(double share) {
    return new CollectiveRelease(materials, share, latencyDays, basis, burden, quotas, tiers, nonParticipants);
  }

  public CollectiveRelease withLatencyDays(int days) {
    return new CollectiveRelease(materials, triggerShare, days, basis, burden, quotas, tiers, nonParticipants);
  }

  public CollectiveRelease withQuotas(Map<String, Double> table) {
    return new CollectiveRelease(materials, triggerShare, latencyDays, basis, BurdenKey.QUOTA, table, tiers,
        nonParticipants);
  }

  public CollectiveRelease withNonParticipants(List<String> economies) {
    return new CollectiveRelease(materials, triggerShare, latencyDays, basis, burden, quotas, tiers, economies);
  }

  public CollectiveRelease withBasis(LossBasis newBasis) {
    return new CollectiveRelease(materials, triggerShare, latencyDays, newBasis, burden, quotas, tiers,
        nonParticipants);
  }

  /** Whether the rule covers {@code material}. */
  public boolean covers(String material) {
    return materials.isEmpty() || materials.contains(material);
  }
}
