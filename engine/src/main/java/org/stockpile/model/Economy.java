package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One importing economy of a scenario with several: its materials' demand, sources, tiers and
 * rules, exactly as a single economy's; its id (the key under {@code economies}) is a country.
 */
@JsonPropertyOrder({"name", "materials"})
public record Economy(
    @JsonPropertyDescription("Display name; default: the country's.")
    String name,
    @JsonProperty(required = true)
    @JsonPropertyDescription("Materials by id, with this economy's demand, sources and stockpile tiers.")
    Map<String, Material> materials) {

  public Economy {
    materials = materials == null ? Map.of() : OrderedMaps.orderedCopy(materials);
  }

  public static Economy of(Map<String, Material> materials) {
    return new Economy(null, materials);
  }

  /** The same economy with one material replaced (or added). */
  public Economy withMaterial(String id, Material material) {
    Map<String, Material> copy = new LinkedHashMap<>(materials);
    copy.put(id, material);
    return new Economy(name, copy);
  }
}
