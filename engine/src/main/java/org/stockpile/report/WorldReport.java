package org.stockpile.report;

import java.util.List;
import org.stockpile.model.World;
import org.stockpile.output.WorldWriter;

/**
 * The report of a world run: one page whose selector, at its top, shows the world market (each
 * material's price path and index, who got what of each shared supplier's output, what each
 * economy paid above its base price, the groups' collective releases and pooled tiers) or one
 * economy's report, exactly as {@code report} writes it for that economy's folder.
 */
final class WorldReport {
  private WorldReport() {
  }

  static Page of(OutputFolder folder) throws ReportException {
    WorldFolder world = WorldFolder.open(folder);
    World scenario = world.scenario();
    Page page = new Page(world.name(), RunReport.subtitle(world.world(), folder.manifest()));
    if (scenario != null && scenario.description() != null) {
      page.paragraph(scenario.description());
    }
    List<String> economies = world.economies();
    page.paragraph(Format.count(economies.size(), "economy", "economies") + " (" + String.join(", ", economies)
        + ") sharing suppliers and one world market per material. Choose at the top what to show: the world market, "
        + "or one economy's report (what report writes for its folder, " + WorldWriter.ECONOMIES + "/<id>). "
        + "Printed, the page shows them all.");
    Page market = page.part("world", "World market");
    WorldMarketSection.into(market, world, scenario);
    GroupsSection.into(market, world);
    for (String economy : economies) {
      RunReport.into(page.part(economy, "Economy " + economy), world.economy(economy));
    }
    return page;
  }
}
