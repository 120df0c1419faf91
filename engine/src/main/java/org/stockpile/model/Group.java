package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named set of economies (the IEA, the Minerals Security Partnership, the EU) that may hold a
 * collective release rule and pooled tiers.
 */
@JsonPropertyOrder({"name", "members", "collectiveRelease", "pooledTiers"})
public record Group(
    @JsonPropertyDescription("Display name.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Economies of the group, by id.")
    List<String> members,
    @JsonPropertyDescription("A coordinated release when the supply loss exceeds a share of normal supply.")
    CollectiveRelease collectiveRelease,
    @JsonPropertyDescription("Tiers the group holds together, by material and holder.")
    Map<String, Map<String, PooledTier>> pooledTiers) {

  public Group {
    members = members == null ? List.of() : List.copyOf(members);
    Map<String, Map<String, PooledTier>> byMaterial = new LinkedHashMap<>();
    if (pooledTiers != null) {
      pooledTiers.forEach((material, byHolder) -> byMaterial.put(material,
          byHolder == null ? Map.of() : OrderedMaps.orderedCopy(byHolder)));
    }
    pooledTiers = OrderedMaps.orderedCopy(byMaterial);
  }

  public static Group of(String... members) {
    return new Group(null, List.of(members), null, Map.of());
  }

  public Group withCollectiveRelease(CollectiveRelease rule) {
    return new Group(name, members, rule, pooledTiers);
  }

  public Group withPooledTier(String material, String holder, PooledTier tier) {
    Map<String, Map<String, PooledTier>> copy = new LinkedHashMap<>(pooledTiers);
    Map<String, PooledTier> tiers = new LinkedHashMap<>(copy.getOrDefault(material, Map.of()));
    tiers.put(holder, tier);
    copy.put(material, tiers);
    return new Group(name, members, collectiveRelease, copy);
  }
}
