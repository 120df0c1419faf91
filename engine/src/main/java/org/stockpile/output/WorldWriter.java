package org.stockpile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.Stats;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.WorldMetrics;
import org.stockpile.sim.WorldResult;

/**
 * Writes a world run's results, atomically: each economy's files in {@code economies/<id>/},
 * exactly as a single economy's run writes them (so {@code report} and {@code compare} read an
 * economy's folder as a run's), and the world's own: {@code world.json} (prices, who got how much
 * of each supplier's output, costs above the base price, totals over economies),
 * {@code prices.csv} (the world price's bands, day by day), the scenario and
 * {@code manifest.json}.
 */
public final class WorldWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** The folder holding one folder per economy. */
  public static final String ECONOMIES = "economies";
  public static final String WORLD_JSON = "world.json";
  public static final String PRICES_CSV = "prices.csv";

  private WorldWriter() {
  }

  /** Writes {@code result} into {@code destination}, with {@code scenarioAsRun} (YAML) as {@code scenario.yaml}. */
  public static Path write(WorldResult result, Manifest manifest, String scenarioAsRun, Path destination,
      boolean force) throws OutputException {
    try (AtomicDirectory folder = AtomicDirectory.begin(destination, force)) {
      CompiledWorld world = result.compiled();
      for (int e = 0; e < world.economyCount(); e++) {
        Path economyFolder = Files.createDirectories(folder.file(ECONOMIES).resolve(world.economyId(e)));
        ObjectNode economyManifest = manifest.toJson();
        economyManifest.put("economy", world.economyId(e));
        economyManifest.put("world", "../..");
        RunWriter.writeResults(result.economies().get(e), economyManifest, economyFolder);
        RunWriter.writeManifest(economyManifest, economyFolder);
      }
      JSON.writeValue(folder.file(WORLD_JSON).toFile(), FiniteNumbers.json(worldJson(result), WORLD_JSON));
      if (result.options().timeSeries()) {
        writePrices(result, folder.file(PRICES_CSV));
      }
      Files.writeString(folder.file(RunWriter.SCENARIO_YAML), scenarioAsRun, StandardCharsets.UTF_8);
      ObjectNode manifestJson = manifest.toJson();
      var economies = manifestJson.putArray("economies");
      for (int e = 0; e < world.economyCount(); e++) {
        economies.add(world.economyId(e));
      }
      RunWriter.writeManifest(manifestJson, folder.file(""));
      folder.commit();
      return folder.destination();
    } catch (IOException e) {
      throw new OutputException("cannot write results: " + e.getMessage(), e);
    }
  }

  /** {@code world.json}: what the world adds to each economy's summary. */
  static ObjectNode worldJson(WorldResult result) {
    CompiledWorld world = result.compiled();
    WorldMetrics layout = result.layout();
    int replicates = result.options().replicates();
    ObjectNode root = NODES.objectNode();
    root.put("scenario", world.world().name());
    root.put("replicates", replicates);
    root.put("horizonDays", world.world().run().horizonDays());
    root.put("seed", result.options().seed());
    root.put("currency", world.world().currency());
    var ids = root.putArray("economies");
    for (int e = 0; e < world.economyCount(); e++) {
      ids.add(world.economyId(e));
    }
    ObjectNode materials = root.putObject("materials");
    for (int w = 0; w < world.materialCount(); w++) {
      ObjectNode material = materials.putObject(world.materialId(w));
      material.set("priceIndexMean", stats(result.values(layout.priceMean(w)), true));
      material.set("priceIndexMax", stats(result.values(layout.priceMax(w)), true));
      ObjectNode suppliers = material.putObject("suppliers");
      for (int j = 0; j < world.supplierCount(); j++) {
        if (world.supplierMaterial(j) != w) {
          continue;
        }
        ObjectNode supplier = suppliers.putObject(world.supplierId(j));
        supplier.put("shared", world.supplierShared(j));
        supplier.set("scarceDays", stats(result.values(layout.scarceDays(j)), true));
        double shipped = 0;
        double scarce = 0;
        for (int f = world.flowStart(j); f < world.flowEnd(j); f++) {
          shipped += mean(result.values(layout.shipped(f)));
          scarce += mean(result.values(layout.scarceShipped(f)));
        }
        ObjectNode flows = supplier.putObject("flows");
        for (int f = world.flowStart(j); f < world.flowEnd(j); f++) {
          ObjectNode flow = flows.putObject(world.economyId(world.flowEconomy(f)) + "/" + world.flowSourceId(f));
          flow.put("economy", world.economyId(world.flowEconomy(f)));
          flow.put("source", world.flowSourceId(f));
          double[] units = result.values(layout.shipped(f));
          double[] scarceUnits = result.values(layout.scarceShipped(f));
          flow.set("shippedUnits", stats(units, false));
          flow.set("scarceShippedUnits", stats(scarceUnits, false));
          flow.put("shareOfShipped", shipped > 0 ? mean(units) / shipped : 0);
          flow.put("shareOnScarceDays", scarce > 0 ? mean(scarceUnits) / scarce : 0);
        }
      }
    }
    ObjectNode economies = root.putObject("economies");
    double[][] totals = new double[Metric.TOTAL.size()][replicates];
    for (int e = 0; e < world.economyCount(); e++) {
      RunResult economy = result.economies().get(e);
      ObjectNode node = economies.putObject(world.economyId(e));
      ObjectNode above = node.putObject("aboveBasePriceCost");
      double[] sum = new double[replicates];
      for (int m = 0; m < economy.materials().size(); m++) {
        double[] values = result.values(layout.aboveBase(e, m));
        above.set(economy.materials().get(m), stats(values, true));
        for (int r = 0; r < replicates; r++) {
          sum[r] += values[r];
        }
      }
      node.set("aboveBasePriceCostTotal", stats(sum, true));
      for (int i = 0; i < Metric.TOTAL.size(); i++) {
        Metric metric = Metric.TOTAL.get(i);
        if (metric.dimension() == Metric.Dimension.MONEY) {
          double[] values = economy.values(economy.layout().total(metric));
          for (int r = 0; r < replicates; r++) {
            totals[i][r] += values[r];
          }
        }
      }
    }
    root.set("groups", groupsJson(result));
    ObjectNode total = root.putObject("total");
    for (int i = 0; i < Metric.TOTAL.size(); i++) {
      Metric metric = Metric.TOTAL.get(i);
      if (metric.dimension() == Metric.Dimension.MONEY) {
        total.set(metric.key(), stats(totals[i], metric.higherIsWorse()));
      }
    }
    return root;
  }

  /**
   * Per group: each member's money totals summed and each material's shortfall summed over the
   * members using it (one material, one unit); its collective releases (days, and per member the
   * units given and received and the net payment) and pooled tiers (days drawn, and per member the
   * units it drew and the units taken from its share).
   */
  private static ObjectNode groupsJson(WorldResult result) {
    CompiledWorld world = result.compiled();
    WorldMetrics layout = result.layout();
    int replicates = result.options().replicates();
    ObjectNode groups = NODES.objectNode();
    world.world().groups().forEach((id, group) -> {
      ObjectNode node = groups.putObject(id);
      var members = node.putArray("members");
      group.members().forEach(members::add);
      ObjectNode shortfall = node.putObject("shortfallUnits");
      for (int w = 0; w < world.materialCount(); w++) {
        double[] sum = new double[replicates];
        boolean any = false;
        for (int e = 0; e < world.economyCount(); e++) {
          RunResult economy = result.economies().get(e);
          int m = economy.materials().indexOf(world.materialId(w));
          if (m < 0 || !group.members().contains(world.economyId(e))) {
            continue;
          }
          any = true;
          double[] values = economy.values(economy.layout().material(m, Metric.SHORTFALL_UNITS));
          for (int r = 0; r < replicates; r++) {
            sum[r] += values[r];
          }
        }
        if (any) {
          shortfall.set(world.materialId(w), stats(sum, true));
        }
      }
      ObjectNode money = node.putObject("total");
      for (Metric metric : Metric.TOTAL) {
        if (metric.dimension() != Metric.Dimension.MONEY) {
          continue;
        }
        double[] sum = new double[replicates];
        for (int e = 0; e < world.economyCount(); e++) {
          if (group.members().contains(world.economyId(e))) {
            RunResult economy = result.economies().get(e);
            double[] values = economy.values(economy.layout().total(metric));
            for (int r = 0; r < replicates; r++) {
              sum[r] += values[r];
            }
          }
        }
        money.set(metric.key(), stats(sum, metric.higherIsWorse()));
      }
      ObjectNode collective = node.putObject("collectiveRelease");
      for (int c = 0; c < world.collectiveCount(); c++) {
        if (!world.collectiveGroup(c).equals(id)) {
          continue;
        }
        ObjectNode material = collective.putObject(world.materialId(world.collectiveMaterial(c)));
        material.set("days", stats(result.values(layout.collectiveDays(c)), true));
        ObjectNode byMember = material.putObject("members");
        for (int i = 0; i < world.collectiveParticipants(c); i++) {
          ObjectNode member = byMember.putObject(world.economyId(world.collectiveParticipant(c, i)));
          member.set("givenUnits", stats(result.values(layout.contributed(c, i)), false));
          member.set("receivedUnits", stats(result.values(layout.received(c, i)), false));
          member.set("netPayment", stats(result.values(layout.netPayment(c, i)), true));
        }
      }
      ObjectNode pooled = node.putObject("pooledTiers");
      for (int p = 0; p < world.poolCount(); p++) {
        if (!world.poolGroup(p).equals(id)) {
          continue;
        }
        String materialId = world.materialId(world.poolMaterial(p));
        ObjectNode material = pooled.has(materialId) ? (ObjectNode) pooled.get(materialId)
            : pooled.putObject(materialId);
        ObjectNode pool = material.putObject(world.poolHolder(p));
        pool.set("days", stats(result.values(layout.poolDays(p)), true));
        ObjectNode byMember = pool.putObject("members");
        for (int i = 0; i < world.poolMembers(p); i++) {
          ObjectNode member = byMember.putObject(world.economyId(world.poolMember(p, i)));
          member.set("drawnUnits", stats(result.values(layout.poolDrawn(p, i)), false));
          member.set("takenFromShareUnits", stats(result.values(layout.poolGiven(p, i)), false));
        }
      }
    });
    return groups;
  }

  /**
   * The world price by day and material, per unit in the scenario's currency (as the first economy
   * using the material pays it): its 5th, 50th and 95th percentiles over replicates.
   */
  private static void writePrices(WorldResult result, Path file) throws IOException {
    CompiledWorld world = result.compiled();
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("day,date,material,price_p5,price_p50,price_p95\n");
      int horizon = world.world().run().horizonDays();
      double[] bands = {0.05, 0.5, 0.95};
      double[] values = new double[3];
      for (int t = 0; t < horizon; t++) {
        for (int w = 0; w < world.materialCount(); w++) {
          String id = world.materialId(w);
          RunResult economy = firstUser(result, id);
          int m = economy.materialIndex(id);
          economy.percentiles(m, RunResult.Series.PRICE, -1, t, bands, values);
          out.write(t + "," + world.world().run().startDate().plusDays(t) + "," + Csv.text(id) + ","
              + Csv.number(values[0]) + "," + Csv.number(values[1]) + "," + Csv.number(values[2]) + "\n");
        }
      }
    }
  }

  private static RunResult firstUser(WorldResult result, String material) {
    for (RunResult economy : result.economies()) {
      if (economy.materials().contains(material)) {
        return economy;
      }
    }
    throw new IllegalStateException("no economy uses " + material);
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  private static ObjectNode stats(double[] values, boolean higherIsWorse) {
    Stats stats = Stats.of(values, higherIsWorse);
    ObjectNode node = NODES.objectNode();
    node.put("mean", stats.mean());
    node.put("sd", stats.sd());
    node.put("p5", stats.p5());
    node.put("p50", stats.p50());
    node.put("p95", stats.p95());
    node.put("cvar95", stats.cvar95());
    node.put("probPositive", stats.probPositive());
    return node;
  }
}
