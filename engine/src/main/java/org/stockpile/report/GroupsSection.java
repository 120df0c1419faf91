package org.stockpile.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The groups of a world run's report, from {@code world.json}: per group, its collective releases
 * (days, and each member's units given and received and its net payment) and its pooled tiers
 * (days drawn, and each member's units drawn and taken from its share), each quantity in the
 * member's unit of the material.
 */
final class GroupsSection {
  private GroupsSection() {
  }

  /** Writes the groups into {@code page}; nothing when the world has none. */
  static void into(Page page, WorldFolder world) {
    JsonNode groups = world.world().path("groups");
    if (groups.isEmpty()) {
      return;
    }
    page.section("Groups");
    page.paragraph("Means over replicates. Collective release: the days the group released together; what each member "
        + "gave from its tiers and received; its net payment, discounted: positive when it received more than it gave "
        + "and paid the others the day's price for it, negative when it was paid (the payments add up to zero and are "
        + "not in the economies' net costs). Pooled tier: the days some member drew from the pool; what each member "
        + "drew, and what was taken from its share of the pool (draws are taken from every member's share).");
    for (Map.Entry<String, JsonNode> group : groups.properties()) {
      List<String> members = new ArrayList<>();
      group.getValue().path("members").forEach(member -> members.add(member.asText()));
      page.subsection("Group " + group.getKey() + ": " + String.join(", ", members));
      JsonNode collective = group.getValue().path("collectiveRelease");
      JsonNode pooled = group.getValue().path("pooledTiers");
      if (!collective.isEmpty()) {
        page.table(collective(collective, world));
      }
      if (!pooled.isEmpty()) {
        page.table(pooled(pooled, world));
      }
      if (collective.isEmpty() && pooled.isEmpty()) {
        page.paragraph("No collective release and no pooled tier.");
      }
    }
  }

  private static Table collective(JsonNode byMaterial, WorldFolder world) {
    Table.Builder table = Table.with("collective release of", "release days", "member", "given", "received",
        "net payment");
    for (Map.Entry<String, JsonNode> material : byMaterial.properties()) {
      boolean first = true;
      for (Map.Entry<String, JsonNode> member : material.getValue().path("members").properties()) {
        String unit = world.unit(member.getKey(), material.getKey());
        JsonNode values = member.getValue();
        table.row(first ? material.getKey() : "",
            first ? Format.days(material.getValue().path("days").path("mean").asDouble()) : "", member.getKey(),
            Format.withUnit(mean(values, "givenUnits"), unit), Format.withUnit(mean(values, "receivedUnits"), unit),
            Format.withUnit(mean(values, "netPayment"), world.currency()));
        first = false;
      }
    }
    return table.build();
  }

  private static Table pooled(JsonNode byMaterial, WorldFolder world) {
    Table.Builder table = Table.with("pooled tier of", "pool", "days drawn", "member", "drawn",
        "taken from its share");
    for (Map.Entry<String, JsonNode> material : byMaterial.properties()) {
      for (Map.Entry<String, JsonNode> pool : material.getValue().properties()) {
        boolean first = true;
        for (Map.Entry<String, JsonNode> member : pool.getValue().path("members").properties()) {
          String unit = world.unit(member.getKey(), material.getKey());
          table.row(first ? material.getKey() : "", first ? pool.getKey() : "",
              first ? Format.days(pool.getValue().path("days").path("mean").asDouble()) : "", member.getKey(),
              Format.withUnit(mean(member.getValue(), "drawnUnits"), unit),
              Format.withUnit(mean(member.getValue(), "takenFromShareUnits"), unit));
          first = false;
        }
      }
    }
    return table.build();
  }

  private static double mean(JsonNode values, String metric) {
    return values.path(metric).path("mean").asDouble(Double.NaN);
  }
}
