package org.stockpile.report;

import org.stockpile.output.WorldWriter;

/**
 * Two world runs compared, as one page whose selector shows the world (each economy's verdict in
 * a sentence, the economies only one world ran, each material's price index in A and B) or one
 * economy's comparison, as {@code compare --html} draws it for two runs.
 */
final class WorldComparisonReport {
  private static final String INDEX_UNIT = "× base price";

  private WorldComparisonReport() {
  }

  static Page of(WorldComparison comparison) {
    WorldFolder a = comparison.worldA();
    WorldFolder b = comparison.worldB();
    Page page = new Page("A: " + ComparisonReport.label(a.path(), a.world()) + " · B: "
        + ComparisonReport.label(b.path(), b.world()), "World runs compared economy by economy");
    page.paragraph("Choose at the top what to show: the world, or one economy's comparison (what compare writes for "
        + "its two folders, " + WorldWriter.ECONOMIES + "/<id>). Printed, the page shows them all.");
    Page world = page.part("world", "World");
    world.section("Economies");
    world.list("B against A, economy by economy", comparison.economies().stream().map(economy -> economy.id() + ": "
        + economy.comparison().inWords().headline().replaceAll(":$", ".")).toList());
    if (!comparison.onlyInA().isEmpty()) {
      world.paragraph("Only in A, not compared: " + String.join(", ", comparison.onlyInA()) + ".");
    }
    if (!comparison.onlyInB().isEmpty()) {
      world.paragraph("Only in B, not compared: " + String.join(", ", comparison.onlyInB()) + ".");
    }
    if (!comparison.prices().isEmpty()) {
      world.section("World price index");
      Table.Builder prices = Table.with("material", "mean, A", "mean, B", "B - A", "highest, A", "highest, B", "B - A");
      for (WorldComparison.PriceIndex index : comparison.prices()) {
        prices.row(index.material(), index(index.meanA()), index(index.meanB()), difference(index.meanDifference()),
            index(index.highestA()), index(index.highestB()), difference(index.highestDifference()));
      }
      world.table(prices.build());
      world.paragraph("The index every economy's base price is multiplied by: its mean over the run's days and its "
          + "highest day, each the mean over replicates. world.json holds the index's statistics over replicates, "
          + "not each replicate's, so the difference has no interval.");
    }
    for (WorldComparison.Economy economy : comparison.economies()) {
      Page part = page.part(economy.id(), "Economy " + economy.id());
      part.paragraph("A: " + economy.comparison().a().path() + " · B: " + economy.comparison().b().path() + ". "
          + ComparisonReport.method(economy.comparison()) + ".");
      ComparisonReport.into(part, economy.comparison());
    }
    return page;
  }

  private static String index(double value) {
    return Format.withUnit(value, INDEX_UNIT);
  }

  private static String difference(double value) {
    return (value > 0 ? "+" : "") + Format.withUnit(value, INDEX_UNIT);
  }
}
