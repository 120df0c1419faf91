package org.stockpile.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;

/** A country or region that appears in routes and shocks. */
public record Country(
    @JsonPropertyDescription("Display name.")
    String name,
    @JsonPropertyDescription("Tags such as 'partner'; a shock target naming a tag stands for every country carrying it.")
    List<String> tags) {

  public Country {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public static Country of(String name, String... tags) {
    return new Country(name, List.of(tags));
  }
}
