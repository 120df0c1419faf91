package org.stockpile.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stockpile.check.ValidWorld;
import org.stockpile.model.AllocationRule;
import org.stockpile.model.BurdenKey;
import org.stockpile.model.CapacityProject;
import org.stockpile.model.CollectiveRelease;
import org.stockpile.model.Economy;
import org.stockpile.model.Group;
import org.stockpile.model.LossBasis;
import org.stockpile.model.Market;
import org.stockpile.model.PoolDraw;
import org.stockpile.model.Material;
import org.stockpile.model.ShockProcess;
import org.stockpile.model.Source;
import org.stockpile.model.Supplier;
import org.stockpile.model.World;

/**
 * A valid world laid out for the kernel: each economy compiled as a single economy's scenario
 * (with the world's names for its random streams), and what they share: the world's materials
 * and markets, and its suppliers with the flows that reach each economy. Immutable, shared by
 * all threads.
 *
 * <p>Every source is a flow of one supplier: a source naming a shared supplier is one of that
 * supplier's flows, and a source of its own (an economy's domestic mine, say) is the one flow
 * of a private supplier with the source's capacity and surge rate. Suppliers are grouped by
 * world material: the named ones in file order, then the private ones in economy and source order.
 */
public final class CompiledWorld {
  final World world;
  final int horizon;
  final String[] economyIds;
  final CompiledScenario[] economies;

  // World materials.
  final String[] materialIds;
  final int materialCount;
  /** Per world material, the economies that use it and the material's index in each. */
  final int[][] userEconomy;
  final int[][] userMaterial;
  final double[] elasticity;
  final double[] pressure;
  final int[] supplierStart;
  final int[] supplierEnd;

  // Suppliers.
  final int supplierCount;
  final String[] supplierIds;
  final boolean[] supplierShared;
  final double[] supplierCapacity;
  final double[] supplierSurgeRate;
  final AllocationRule[] supplierRule;
  final int[] flowStart;
  final int[] flowEnd;

  // Flows (supplier-major).
  final int flowCount;
  final int[] flowEconomy;
  final int[] flowSource;
  final double[] flowContract;
  final double[] flowBid;

  // Groups' collective release rules and pooled tiers, each on one world material.
  final CollectiveLayout[] collectives;
  final PoolLayout[] pools;

  // Capacity projects on suppliers, by online day.
  final int[] projectDay;
  final int[] projectSupplier;
  final double[] projectCapacity;

  private CompiledWorld(World world) {
    this.world = world;
    this.horizon = world.run().horizonDays();
    economyIds = world.economies().keySet().toArray(String[]::new);
    economies = new CompiledScenario[economyIds.length];
    List<String> processNames = StreamPurpose.processNames(world.shockProcesses());
    List<String> materials = world.materialIds();
    boolean[] split = new boolean[world.shockProcesses().size()];
    for (int p = 0; p < split.length; p++) {
      ShockProcess process = world.shockProcesses().get(p);
      List<String> scope = process.shock().window().materials();
      split[p] = !process.correlated() && (scope.isEmpty() ? materials.size() : scope.size()) > 1;
    }
    for (int e = 0; e < economyIds.length; e++) {
      World.EconomyView view = world.economyView(economyIds[e]);
      List<String> names = new ArrayList<>();
      boolean[] splitHere = new boolean[view.processIndex().length];
      for (int i = 0; i < view.processIndex().length; i++) {
        names.add(processNames.get(view.processIndex()[i]));
        splitHere[i] = split[view.processIndex()[i]];
      }
      economies[e] = CompiledScenario.ofEconomy(view.scenario(),
          new WorldStreams(StreamPurpose.escaped(economyIds[e]) + "/", names, splitHere));
    }

    materialIds = materials.toArray(String[]::new);
    materialCount = materialIds.length;
    userEconomy = new int[materialCount][];
    userMaterial = new int[materialCount][];
    elasticity = new double[materialCount];
    pressure = new double[materialCount];
    supplierStart = new int[materialCount];
    supplierEnd = new int[materialCount];
    List<SupplierLayout> suppliers = new ArrayList<>();
    List<OnlineProject> projects = new ArrayList<>();
    for (int w = 0; w < materialCount; w++) {
      String material = materialIds[w];
      Market market = world.market(material);
      elasticity[w] = market.priceElasticity();
      pressure[w] = market.reservePressure();
      List<Integer> users = new ArrayList<>();
      List<Integer> indices = new ArrayList<>();
      for (int e = 0; e < economyIds.length; e++) {
        int m = List.of(economies[e].materialIds).indexOf(material);
        if (m >= 0) {
          users.add(e);
          indices.add(m);
        }
      }
      userEconomy[w] = users.stream().mapToInt(Integer::intValue).toArray();
      userMaterial[w] = indices.stream().mapToInt(Integer::intValue).toArray();
      supplierStart[w] = suppliers.size();
      for (Map.Entry<String, Supplier> named : world.suppliers().getOrDefault(material, Map.of()).entrySet()) {
        SupplierLayout layout = new SupplierLayout(named.getKey(), true, named.getValue().capacityPerDay(),
            named.getValue().surgeRatePerDay(),
            named.getValue().allocation() != null ? named.getValue().allocation() : world.allocation());
        for (int u = 0; u < users.size(); u++) {
          addFlows(layout, users.get(u), indices.get(u), named.getKey());
        }
        suppliers.add(layout);
      }
      for (int u = 0; u < users.size(); u++) {
        int e = users.get(u);
        CompiledScenario economy = economies[e];
        Material record = world.economies().get(economyIds[e]).materials().get(material);
        int m = indices.get(u);
        for (int s = economy.sourceStart[m]; s < economy.sourceEnd[m]; s++) {
          Source source = record.sources().get(s - economy.sourceStart[m]);
          if (source.supplier() == null) {
            SupplierLayout own = new SupplierLayout(economyIds[e] + "/" + source.id(), false,
                source.capacityOrUnlimited(), source.surgeRatePerDay(), world.allocation());
            own.flows.add(new Flow(e, s, source.contractPerDay(), record.shortageCostPerUnit()));
            suppliers.add(own);
          }
        }
      }
      supplierEnd[w] = suppliers.size();
    }
    supplierCount = suppliers.size();
    supplierIds = new String[supplierCount];
    supplierShared = new boolean[supplierCount];
    supplierCapacity = new double[supplierCount];
    supplierSurgeRate = new double[supplierCount];
    supplierRule = new AllocationRule[supplierCount];
    flowStart = new int[supplierCount];
    flowEnd = new int[supplierCount];
    List<Flow> flows = new ArrayList<>();
    for (int j = 0; j < supplierCount; j++) {
      SupplierLayout layout = suppliers.get(j);
      supplierIds[j] = layout.id;
      supplierShared[j] = layout.shared;
      supplierCapacity[j] = layout.capacity;
      supplierSurgeRate[j] = layout.surgeRate;
      supplierRule[j] = layout.rule;
      flowStart[j] = flows.size();
      flows.addAll(layout.flows);
      flowEnd[j] = flows.size();
    }
    flowCount = flows.size();
    flowEconomy = flows.stream().mapToInt(Flow::economy).toArray();
    flowSource = flows.stream().mapToInt(Flow::source).toArray();
    flowContract = flows.stream().mapToDouble(Flow::contract).toArray();
    flowBid = flows.stream().mapToDouble(Flow::bid).toArray();
    for (int j = 0; j < supplierCount; j++) {
      for (int f = flowStart[j]; f < flowEnd[j]; f++) {
        collectProjects(j, flowEconomy[f], flowSource[f], projects);
      }
    }
    collectives = compileCollectives();
    pools = compilePools();
    List<OnlineProject> byDay = projects.stream()
        .sorted(java.util.Comparator.comparingInt(OnlineProject::day)).toList();
    projectDay = byDay.stream().mapToInt(OnlineProject::day).toArray();
    projectSupplier = byDay.stream().mapToInt(OnlineProject::supplier).toArray();
    projectCapacity = byDay.stream().mapToDouble(OnlineProject::addPerDay).toArray();
  }

  /**
   * A group's collective release on one world material: the members taking part (economy
   * indices), the economies whose loss triggers it, each participant's burden share (a quota, or
   * -1 for a share of the day's consumption) and the tiers (global indices in its economy, priority
   * order) it releases from.
   */
  record CollectiveLayout(String group, int material, int[] participants, int[] basis, double[] quota,
      int[][] tiers, double trigger, int latency) {
  }

  /**
   * A group's pooled tier on one world material: the members using it, each one's share tier
   * (global index in its economy), its key share, and whether members short divide it by
   * shortfall (else by key).
   */
  record PoolLayout(String group, String holder, int material, int[] members, int[] tiers, double[] key,
      boolean byShortfall) {
  }

  private CollectiveLayout[] compileCollectives() {
    List<CollectiveLayout> layouts = new ArrayList<>();
    world.groups().forEach((id, group) -> {
      CollectiveRelease rule = group.collectiveRelease();
      if (rule == null) {
        return;
      }
      for (int w = 0; w < materialCount; w++) {
        if (!rule.covers(materialIds[w])) {
          continue;
        }
        List<Integer> taking = new ArrayList<>();
        List<Integer> basis = new ArrayList<>();
        for (int u = 0; u < userEconomy[w].length; u++) {
          int e = userEconomy[w][u];
          boolean member = group.members().contains(economyIds[e]);
          boolean part = member && !rule.nonParticipants().contains(economyIds[e]);
          if (part) {
            taking.add(u);
          }
          if (rule.basis() == LossBasis.WORLD || part) {
            basis.add(u);
          }
        }
        if (taking.isEmpty()) {
          continue;
        }
        int[] participants = taking.stream().mapToInt(Integer::intValue).toArray();
        double[] quota = new double[participants.length];
        int[][] tiers = new int[participants.length][];
        for (int i = 0; i < participants.length; i++) {
          int e = userEconomy[w][participants[i]];
          int m = userMaterial[w][participants[i]];
          quota[i] = rule.burden() == BurdenKey.QUOTA ? rule.quotas().getOrDefault(economyIds[e], 0.0) : -1;
          CompiledScenario economy = economies[e];
          List<Integer> named = new ArrayList<>();
          for (int k = economy.tierStart[m]; k < economy.tierEnd[m]; k++) {
            boolean pooled = isPoolShare(economyIds[e], materialIds[w], economy.tierHolder[k]);
            boolean releases = rule.tiers().isEmpty() ? economy.tierRuled[k] && !pooled
                : rule.tiers().contains(economy.tierHolder[k]);
            if (releases) {
              named.add(k);
            }
          }
          tiers[i] = named.stream().mapToInt(Integer::intValue).toArray();
        }
        layouts.add(new CollectiveLayout(id, w, participants, basis.stream().mapToInt(Integer::intValue).toArray(),
            quota, tiers, rule.triggerShare(), rule.latencyDays()));
      }
    });
    return layouts.toArray(CollectiveLayout[]::new);
  }

  private boolean isPoolShare(String economy, String material, String holder) {
    for (Group group : world.groups().values()) {
      if (group.members().contains(economy) && group.pooledTiers().getOrDefault(material, java.util.Map.of())
          .containsKey(holder)) {
        return true;
      }
    }
    return false;
  }

  private PoolLayout[] compilePools() {
    List<PoolLayout> layouts = new ArrayList<>();
    world.groups().forEach((id, group) -> group.pooledTiers().forEach((material, byHolder) -> {
      int w = List.of(materialIds).indexOf(material);
      byHolder.forEach((holder, pool) -> {
        List<Integer> members = new ArrayList<>();
        List<Integer> tiers = new ArrayList<>();
        List<Double> keys = new ArrayList<>();
        for (int u = 0; u < userEconomy[w].length; u++) {
          int e = userEconomy[w][u];
          if (!group.members().contains(economyIds[e])) {
            continue;
          }
          CompiledScenario economy = economies[e];
          int m = userMaterial[w][u];
          for (int k = economy.tierStart[m]; k < economy.tierEnd[m]; k++) {
            if (economy.tierHolder[k].equals(holder)) {
              members.add(u);
              tiers.add(k);
              keys.add(world.poolKey(group, material, pool, economyIds[e]));
            }
          }
        }
        layouts.add(new PoolLayout(id, holder, w, members.stream().mapToInt(Integer::intValue).toArray(),
            tiers.stream().mapToInt(Integer::intValue).toArray(), keys.stream().mapToDouble(Double::doubleValue).toArray(),
            pool.draw() == PoolDraw.SHORTFALL));
      });
    }));
    return layouts.toArray(PoolLayout[]::new);
  }

  /** Lays out a world the validator accepted. */
  public static CompiledWorld compile(ValidWorld world) {
    return new CompiledWorld(world.world());
  }

  private void addFlows(SupplierLayout layout, int e, int m, String supplier) {
    CompiledScenario economy = economies[e];
    Material record = world.economies().get(economyIds[e]).materials().get(economy.materialIds[m]);
    for (int s = economy.sourceStart[m]; s < economy.sourceEnd[m]; s++) {
      Source source = record.sources().get(s - economy.sourceStart[m]);
      if (supplier.equals(source.supplier())) {
        layout.flows.add(new Flow(e, s, source.contractPerDay(), record.shortageCostPerUnit()));
      }
    }
  }

  /** A project on a source of a shared supplier adds to the supplier's capacity too. */
  private void collectProjects(int j, int e, int s, List<OnlineProject> into) {
    if (!supplierShared[j]) {
      // A private supplier is its source: the economy's kernel raises the source's capacity.
      for (int p = 0; p < economies[e].projectSource.length; p++) {
        if (economies[e].projectSource[p] == s) {
          into.add(new OnlineProject(economies[e].projectDay[p], j, economies[e].projectCapacity[p]));
        }
      }
      return;
    }
    Economy economy = world.economies().get(economyIds[e]);
    CompiledScenario compiled = economies[e];
    int m = compiled.sourceMaterial[s];
    Material material = economy.materials().get(compiled.materialIds[m]);
    String id = compiled.sourceIds[s];
    for (CapacityProject project : material.capacityProjects()) {
      long online = project.onlineDay(world.run().startDate());
      if (id.equals(project.source()) && online < horizon) {
        into.add(new OnlineProject((int) online, j, project.addCapacityPerDay()));
      }
    }
  }

  public World world() {
    return world;
  }

  public int economyCount() {
    return economies.length;
  }

  public String economyId(int e) {
    return economyIds[e];
  }

  /** Economy {@code e} laid out as a single economy's scenario (its results are shaped as one's). */
  public CompiledScenario economy(int e) {
    return economies[e];
  }

  public int materialCount() {
    return materialCount;
  }

  public String materialId(int w) {
    return materialIds[w];
  }

  public int supplierCount() {
    return supplierCount;
  }

  public String supplierId(int j) {
    return supplierIds[j];
  }

  /** Whether supplier {@code j} is named in the file (shared), not an economy's own source. */
  public boolean supplierShared(int j) {
    return supplierShared[j];
  }

  /** The world material supplier {@code j} produces. */
  public int supplierMaterial(int j) {
    for (int w = 0; w < materialCount; w++) {
      if (j >= supplierStart[w] && j < supplierEnd[w]) {
        return w;
      }
    }
    throw new IllegalArgumentException("no supplier " + j);
  }

  public int flowStart(int j) {
    return flowStart[j];
  }

  public int flowEnd(int j) {
    return flowEnd[j];
  }

  public int flowEconomy(int f) {
    return flowEconomy[f];
  }

  /** The id of flow {@code f}'s source in its economy. */
  public String flowSourceId(int f) {
    return economies[flowEconomy[f]].sourceIds[flowSource[f]];
  }

  /** Collective releases, one per group rule and world material it covers. */
  public int collectiveCount() {
    return collectives.length;
  }

  public String collectiveGroup(int c) {
    return collectives[c].group();
  }

  public int collectiveMaterial(int c) {
    return collectives[c].material();
  }

  /** The economy of participant {@code i} of collective release {@code c}. */
  public int collectiveParticipant(int c, int i) {
    return userEconomy[collectives[c].material()][collectives[c].participants()[i]];
  }

  public int collectiveParticipants(int c) {
    return collectives[c].participants().length;
  }

  /** Pooled tiers, one per group, material and holder. */
  public int poolCount() {
    return pools.length;
  }

  public String poolGroup(int p) {
    return pools[p].group();
  }

  public String poolHolder(int p) {
    return pools[p].holder();
  }

  public int poolMaterial(int p) {
    return pools[p].material();
  }

  public int poolMembers(int p) {
    return pools[p].members().length;
  }

  /** The economy of member {@code i} of pooled tier {@code p}. */
  public int poolMember(int p, int i) {
    return userEconomy[pools[p].material()][pools[p].members()[i]];
  }

  public int flowCount() {
    return flowCount;
  }

  private static final class SupplierLayout {
    final String id;
    final boolean shared;
    final double capacity;
    final double surgeRate;
    final AllocationRule rule;
    final List<Flow> flows = new ArrayList<>();

    SupplierLayout(String id, boolean shared, double capacity, double surgeRate, AllocationRule rule) {
      this.id = id;
      this.shared = shared;
      this.capacity = capacity;
      this.surgeRate = surgeRate;
      this.rule = rule;
    }
  }

  private record Flow(int economy, int source, double contract, double bid) {
  }

  private record OnlineProject(int day, int supplier, double addPerDay) {
  }
}
