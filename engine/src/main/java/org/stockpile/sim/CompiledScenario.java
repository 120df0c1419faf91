package org.stockpile.sim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.CapacityProject;
import org.stockpile.model.Country;
import org.stockpile.model.DayRef;
import org.stockpile.model.Days;
import org.stockpile.model.DemandSurge;
import org.stockpile.model.ExportControl;
import org.stockpile.model.ExportTax;
import org.stockpile.model.Logistics;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.Scenario;
import org.stockpile.model.Shock;
import org.stockpile.model.ShockProcess;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.TargetBasis;
import org.stockpile.policy.BuyPolicy;
import org.stockpile.policy.Policies;
import org.stockpile.policy.ReleasePolicy;
import org.stockpile.policy.TargetPolicy;

/**
 * A valid scenario laid out for the kernel: names resolved to indices, days counted from 0,
 * quantities in units, and every material's, source's and tier's parameters in primitive arrays
 * (structure of arrays). Immutable and shared by all threads.
 *
 * <p>Tiers are stored per material in <em>priority order</em>: tiers without a release rule
 * (drawn freely, like firms' inventory) first, then tiers with one, each group in file order.
 * {@link #tierReportOrder} maps back to the order of the file for reports.
 */
public final class CompiledScenario {
  final Scenario scenario;
  final int horizon;
  final int materialCount;
  final int sourceCount;
  final int tierCount;
  final String[] materialIds;

  // Per material.
  /** Baseline demand (with growth) by day and material, day-major: {@code [day * materials + m]}. */
  final double[] baselineDemand;
  final double[] noiseMu;
  final double[] noiseSigma;
  final double[] referencePerDay;
  final double[] basePrice;
  final double[] shortageCost;
  final double[] elasticity;
  final boolean[] backlog;
  final double[] recyclingShare;
  final int[] recyclingLag;
  final double[] substitutionMax;
  final double[] substitutionStep;
  final long[] demandPurposeHash;
  final int[] sourceStart;
  final int[] sourceEnd;
  final int[] tierStart;
  final int[] tierEnd;

  // Per source (global index).
  final String[] sourceIds;
  final int[] sourceMaterial;
  final double[] share;
  final double[] capacity;
  final int[] leadTime;
  final double[] surgeRate;
  final double[] premium;

  // Capacity projects, by online day.
  final int[] projectDay;
  final int[] projectSource;
  final double[] projectCapacity;

  // Per tier (global index, priority order).
  final String[] tierHolder;
  final int[] tierMaterial;
  final double[] tierTarget;
  /**
   * Per tier, its target in units year by year when it is counted on net imports (which move with
   * demand growth); null for a tier counted on consumption (its target never moves).
   */
  final double[][] tierTargetByYear;
  final double[] tierInitial;
  final double[] tierCapacity;
  final double[] tierHoldingPerDay;
  /** Share of the stock's market value charged as cost of capital per day of holding. */
  final double[] tierCapitalPerDay;
  final boolean[] tierRuled;
  /**
   * Per tier, the custom policy that decides its releases ({@link Policies}), or null where its
   * release rule does (on vectors, in the kernel's own arithmetic).
   */
  final ReleasePolicy[] tierReleasePolicy;
  /** Per tier, the custom policy that sets its target each day, or null where its file's target holds. */
  final TargetPolicy[] tierTargetPolicy;
  /** Per tier, the custom policy that caps its buying each day, or null where its file's maxBuyPerDay does. */
  final BuyPolicy[] tierBuyPolicy;
  /** Whether some tier decides by a custom policy (releases, target or buying). */
  final boolean policies;
  final double[] tierTrigger;
  final int[] tierLatency;
  final double[] tierMaxRelease;
  final boolean[] tierLoan;
  final int[] tierPayback;
  final double[] tierLoanPremium;
  final double[] tierMaxBuy;
  final double[] tierBudgetPerYear;
  final boolean[] tierBuyWhileShocked;
  /** Days after the material was last shocked before the tier buys again (0: at once). */
  final int[] tierRefillDelay;
  /** Whether some tier waits after shocks (then the days since a material was shocked are counted). */
  final boolean refillDelays;
  final int[][] tierReportOrder;

  // Costs.
  /** Present value at day 0 of one unit of money on day {@code t}, for t in 0 .. horizon. */
  final double[] discount;

  // Shocks.
  final ShockEffect[] scheduledEffects;
  final int[] scheduledStart;
  final int[] scheduledDuration;
  /**
   * The day each scheduled shock became known: its {@code announced} day, no earlier than day 0,
   * or its start when it comes unannounced (or started before the run).
   */
  final int[] scheduledAnnounced;
  final ProcessSpec[] processes;

  /**
   * Per source, the shared supplier it draws on (null: its own), for outages naming a supplier;
   * only an economy of a world has them.
   */
  final String[] sourceSupplier;
  /** The prefix of its demand streams' names: "" alone, the economy's id and "/" in a world. */
  private final String demandPrefix;

  /**
   * {@code scenario} laid out, its random streams named by {@code streams} (null: as a lone
   * scenario names them), its tiers deciding by {@code policies} where these name them.
   */
  private CompiledScenario(Scenario scenario, WorldStreams streams, Policies policies) {
    checkTiersExist(scenario, policies);
    this.scenario = scenario;
    this.demandPrefix = streams == null ? "" : streams.demandPrefix();
    this.horizon = scenario.run().horizonDays();
    this.materialCount = scenario.materials().size();
    this.materialIds = scenario.materials().keySet().toArray(String[]::new);
    List<Material> materials = List.copyOf(scenario.materials().values());
    this.sourceCount = materials.stream().mapToInt(m -> m.sources().size()).sum();
    this.tierCount = materials.stream().mapToInt(m -> m.stockpiles().size()).sum();
    LocalDate startDate = scenario.run().startDate();
    discount = discountFactors(scenario.run().discountRatePerYear(), horizon);

    baselineDemand = new double[horizon * materialCount];
    noiseMu = new double[materialCount];
    noiseSigma = new double[materialCount];
    referencePerDay = new double[materialCount];
    basePrice = new double[materialCount];
    shortageCost = new double[materialCount];
    elasticity = new double[materialCount];
    backlog = new boolean[materialCount];
    recyclingShare = new double[materialCount];
    recyclingLag = new int[materialCount];
    substitutionMax = new double[materialCount];
    substitutionStep = new double[materialCount];
    demandPurposeHash = new long[materialCount];
    sourceStart = new int[materialCount];
    sourceEnd = new int[materialCount];
    tierStart = new int[materialCount];
    tierEnd = new int[materialCount];

    sourceIds = new String[sourceCount];
    sourceSupplier = new String[sourceCount];
    sourceMaterial = new int[sourceCount];
    share = new double[sourceCount];
    capacity = new double[sourceCount];
    leadTime = new int[sourceCount];
    surgeRate = new double[sourceCount];
    premium = new double[sourceCount];

    tierHolder = new String[tierCount];
    tierMaterial = new int[tierCount];
    tierTarget = new double[tierCount];
    tierTargetByYear = new double[tierCount][];
    tierInitial = new double[tierCount];
    tierCapacity = new double[tierCount];
    tierHoldingPerDay = new double[tierCount];
    tierCapitalPerDay = new double[tierCount];
    tierRuled = new boolean[tierCount];
    tierReleasePolicy = new ReleasePolicy[tierCount];
    tierTargetPolicy = new TargetPolicy[tierCount];
    tierBuyPolicy = new BuyPolicy[tierCount];
    tierTrigger = new double[tierCount];
    tierLatency = new int[tierCount];
    tierMaxRelease = new double[tierCount];
    tierLoan = new boolean[tierCount];
    tierPayback = new int[tierCount];
    tierLoanPremium = new double[tierCount];
    tierMaxBuy = new double[tierCount];
    tierBudgetPerYear = new double[tierCount];
    tierBuyWhileShocked = new boolean[tierCount];
    tierRefillDelay = new int[tierCount];
    tierReportOrder = new int[materialCount][];

    List<OnlineProject> projects = new ArrayList<>();
    int s = 0;
    int k = 0;
    for (int m = 0; m < materialCount; m++) {
      Material material = materials.get(m);
      compileDemand(m, material);
      sourceStart[m] = s;
      for (Source source : material.sources()) {
        sourceIds[s] = source.id();
        sourceSupplier[s] = source.supplier();
        sourceMaterial[s] = m;
        share[s] = source.share();
        capacity[s] = source.capacityOrUnlimited();
        leadTime[s] = source.leadTimeDays();
        surgeRate[s] = source.surgeRatePerDay();
        premium[s] = source.costPremium();
        s++;
      }
      sourceEnd[m] = s;
      for (CapacityProject project : material.capacityProjects()) {
        long online = project.onlineDay(startDate);
        if (online < horizon) {
          int index = sourceStart[m] + indexOfSource(material, project.source());
          projects.add(new OnlineProject((int) online, index, project.addCapacityPerDay()));
        }
      }
      tierStart[m] = k;
      k = compileTiers(m, material, k, policies);
      tierEnd[m] = k;
    }
    boolean delays = false;
    for (int delay : tierRefillDelay) {
      delays |= delay > 0;
    }
    refillDelays = delays;
    boolean custom = false;
    for (int t = 0; t < tierCount; t++) {
      custom |= tierReleasePolicy[t] != null || tierTargetPolicy[t] != null || tierBuyPolicy[t] != null;
    }
    this.policies = custom;
    // By online day; a stable sort keeps the file's order among projects of the same day.
    List<OnlineProject> byDay = projects.stream().sorted(Comparator.comparingInt(OnlineProject::day)).toList();
    projectDay = byDay.stream().mapToInt(OnlineProject::day).toArray();
    projectSource = byDay.stream().mapToInt(OnlineProject::source).toArray();
    projectCapacity = byDay.stream().mapToDouble(OnlineProject::addPerDay).toArray();

    List<Shock> shocks = scenario.shocks();
    scheduledEffects = new ShockEffect[shocks.size()];
    scheduledStart = new int[shocks.size()];
    scheduledDuration = new int[shocks.size()];
    scheduledAnnounced = new int[shocks.size()];
    for (int i = 0; i < shocks.size(); i++) {
      Shock shock = shocks.get(i);
      scheduledEffects[i] = effect(shock, materialsOf(shock));
      long start = shock.window().start().resolve(startDate);
      scheduledStart[i] = (int) Math.min(start, Integer.MAX_VALUE / 4);
      scheduledDuration[i] = shock.window().durationDays();
      DayRef announced = shock.window().announced();
      scheduledAnnounced[i] = announced == null ? scheduledStart[i]
          : (int) Math.min(scheduledStart[i], Math.max(0, announced.resolve(startDate)));
    }
    processes = new ProcessSpec[scenario.shockProcesses().size()];
    List<String> names = streams == null ? StreamPurpose.processNames(scenario.shockProcesses())
        : streams.processNames();
    for (int p = 0; p < processes.length; p++) {
      ShockProcess process = scenario.shockProcesses().get(p);
      boolean split = streams == null ? !process.correlated() && materialsOf(process.shock()).size() > 1
          : streams.split()[p];
      processes[p] = compileProcess(names.get(p), process, split);
    }
  }

  /** Checks {@code scenario} and lays it out for the kernel. */
  public static CompiledScenario compile(Scenario scenario) throws ScenarioException {
    return compile(ScenarioValidator.validated(scenario));
  }

  /**
   * Checks {@code scenario} and lays it out for the kernel, the tiers {@code policies} names
   * deciding by their policies.
   *
   * @throws IllegalArgumentException if {@code policies} names a tier the scenario does not have
   */
  public static CompiledScenario compile(Scenario scenario, Policies policies) throws ScenarioException {
    return compile(ScenarioValidator.validated(scenario), policies);
  }

  /**
   * Economy {@code view} of a world laid out for the kernel, with the world's names for its random
   * streams, so every economy sees the same events of a shared shock process (see {@link WorldStreams}).
   */
  static CompiledScenario ofEconomy(Scenario view, WorldStreams streams) {
    return new CompiledScenario(view, streams, Policies.none());
  }

  /** Lays out a scenario the validator accepted (read from a file, say) without checking it again. */
  public static CompiledScenario compile(ValidScenario scenario) {
    return compile(scenario, Policies.none());
  }

  /** As {@link #compile(ValidScenario)}, the tiers {@code policies} names deciding by their policies. */
  public static CompiledScenario compile(ValidScenario scenario, Policies policies) {
    return new CompiledScenario(scenario.scenario(), null, policies);
  }

  /**
   * The buy policy a file's keys make of {@code tier}: its {@code maxBuyPerDay}, gated by its
   * (s, S) {@code reorderDays} and its refill's {@code maxPriceMultiple}; null when it has neither
   * (the kernel then caps buying on its own).
   */
  private static BuyPolicy builtInBuying(StockpileTier tier) {
    Double priceCap = tier.refill() == null ? null : tier.refill().maxPriceMultiple();
    if (tier.reorderDays() == null && priceCap == null) {
      return null;
    }
    BuyPolicy buying = BuyPolicy.upTo(tier.refill() == null ? Double.POSITIVE_INFINITY
        : tier.refill().maxBuyPerDayOrUnlimited());
    if (tier.reorderDays() != null) {
      buying = buying.and(BuyPolicy.reorderBelow(tier.reorderDays()));
    }
    if (priceCap != null) {
      buying = buying.and(BuyPolicy.whilePriceAtMost(priceCap));
    }
    return buying;
  }

  /** Refuses {@code policies} that name a material or a tier {@code scenario} does not have. */
  private static void checkTiersExist(Scenario scenario, Policies policies) {
    for (Policies.Tier tier : policies.tiers()) {
      Material material = scenario.materials().get(tier.material());
      if (material == null) {
        throw new IllegalArgumentException("a policy names material '" + tier.material()
            + "', which the scenario does not have; it has " + scenario.materials().keySet());
      }
      if (!material.stockpiles().containsKey(tier.holder())) {
        throw new IllegalArgumentException("a policy names tier '" + tier.holder() + "' of material '"
            + tier.material() + "', which has the tiers " + material.stockpiles().keySet());
      }
    }
  }

  private void compileDemand(int m, Material material) {
    double dailyGrowth = StrictMath.pow(1 + material.demandGrowthPerYear(), 1.0 / Days.PER_YEAR);
    for (int t = 0; t < horizon; t++) {
      baselineDemand[t * materialCount + m] = material.baselineDailyDemand() * StrictMath.pow(dailyGrowth, t);
    }
    demandPurposeHash[m] = RandomStreams.fnv1a(StreamPurpose.DEMAND.key(demandPrefix + materialIds[m]));
    double cv = material.demandNoise();
    double sigma = Math.sqrt(StrictMath.log1p(cv * cv));
    noiseSigma[m] = sigma;
    noiseMu[m] = -0.5 * sigma * sigma;
    referencePerDay[m] = material.referenceConsumptionPerDay();
    basePrice[m] = material.pricePerUnit();
    shortageCost[m] = material.shortageCostPerUnit();
    elasticity[m] = material.priceElasticity();
    backlog[m] = material.backlog();
    if (material.recycling() != null) {
      recyclingShare[m] = material.recycling().share();
      recyclingLag[m] = material.recycling().lagDays();
    }
    if (material.substitution() != null) {
      substitutionMax[m] = material.substitution().maxShare();
      substitutionStep[m] = material.substitution().maxShare() / material.substitution().responseDays();
    }
  }

  private int compileTiers(int m, Material material, int first, Policies policies) {
    List<String> holders = List.copyOf(material.stockpiles().keySet());
    List<String> priority = new ArrayList<>();
    // A tier with a policy releases by it: it is drawn and refilled as a tier with a release rule.
    Predicate<String> ruled = h -> material.stockpiles().get(h).release() != null
        || policies.releaseOf(materialIds[m], h) != null;
    holders.stream().filter(ruled.negate()).forEach(priority::add);
    holders.stream().filter(ruled).forEach(priority::add);
    int[] report = new int[holders.size()];
    double reference = referencePerDay[m];
    int k = first;
    for (String holder : priority) {
      StockpileTier tier = material.stockpiles().get(holder);
      report[holders.indexOf(holder)] = k;
      tierHolder[k] = holder;
      tierMaterial[k] = m;
      double perDay = reference;
      if (tier.basis() == TargetBasis.NET_IMPORTS) {
        double[] yearly = netImportsByYear(m, material);
        double counted = 1 - tier.unavailableShare();
        perDay = yearly[0] / counted;
        tierTargetByYear[k] = new double[yearly.length];
        for (int y = 0; y < yearly.length; y++) {
          tierTargetByYear[k][y] = tier.targetDays() * yearly[y] / counted;
        }
      }
      tierTarget[k] = tier.targetDays() * perDay;
      tierInitial[k] = tier.initialDaysOrTarget() * perDay;
      tierCapacity[k] = tier.capacityDaysOrUnlimited() * perDay;
      tierHoldingPerDay[k] = tier.holdingCostPerUnitPerYear() / Days.PER_YEAR;
      tierCapitalPerDay[k] = (tier.capitalCostRatePerYear() != null ? tier.capitalCostRatePerYear()
          : scenario.run().capitalCostRatePerYear()) / Days.PER_YEAR;
      ReleaseRule release = tier.release();
      tierReleasePolicy[k] = policies.releaseOf(materialIds[m], holder);
      if (tierReleasePolicy[k] == null && release != null && release.triggerPriceMultiple() != null) {
        // A price trigger is a built-in policy, run lane by lane: the kernel's vectors know the unmet share only.
        tierReleasePolicy[k] = release.asPolicy();
      }
      // Java code's policies win over a file's built-in ones.
      tierTargetPolicy[k] = policies.targetOf(materialIds[m], holder);
      if (tierTargetPolicy[k] == null && tier.aheadDays() != null) {
        tierTargetPolicy[k] = TargetPolicy.aheadOfAnnouncedShocks(tier.aheadDays());
      }
      if (tierTargetPolicy[k] == null && tier.riskScaling() != null) {
        tierTargetPolicy[k] = TargetPolicy.scaledByRisk(tier.riskScaling().gain(), tier.riskScaling().halfLifeDays());
      }
      tierBuyPolicy[k] = policies.buyOf(materialIds[m], holder);
      if (tierBuyPolicy[k] == null) {
        tierBuyPolicy[k] = builtInBuying(tier);
      }
      tierRuled[k] = release != null || tierReleasePolicy[k] != null;
      if (release == null && tierReleasePolicy[k] != null) {
        // Released by a policy on no rule's terms: sold.
        tierMaxRelease[k] = Double.POSITIVE_INFINITY;
      } else if (release != null) {
        tierTrigger[k] = release.triggerShare();
        tierLatency[k] = release.latencyDays();
        tierMaxRelease[k] = release.maxPerDayOrUnlimited();
        switch (release) {
          case ReleaseRule.Sale _ -> tierLoan[k] = false; // nothing owed: no payback, no premium
          case ReleaseRule.Loan loan -> {
            tierLoan[k] = true;
            tierPayback[k] = loan.paybackDays();
            tierLoanPremium[k] = loan.loanPremium();
          }
        }
      } else {
        tierMaxRelease[k] = Double.POSITIVE_INFINITY;
      }
      tierMaxBuy[k] = tier.refill() == null ? Double.POSITIVE_INFINITY : tier.refill().maxBuyPerDayOrUnlimited();
      tierBudgetPerYear[k] = tier.refill() == null ? Double.POSITIVE_INFINITY
          : tier.refill().budgetPerYearOrUnlimited();
      tierBuyWhileShocked[k] = tier.refill() == null || tier.refill().buyWhileShocked();
      tierRefillDelay[k] = tier.refill() == null ? 0 : tier.refill().delayDays();
      k++;
    }
    tierReportOrder[m] = report;
    return k;
  }

  /**
   * Material {@code m}'s average daily net imports by year of the run, as planners count them for
   * the IEA: expected demand less domestic supply (sources whose route is the economy alone) and
   * recycling (its share of consumption); year 0 counts day 0's, each later year the previous
   * year's average.
   */
  private double[] netImportsByYear(int m, Material material) {
    double imported = material.importedShare(scenario.economy());
    int years = (horizon + Days.PER_YEAR - 1) / Days.PER_YEAR;
    double[] yearly = new double[Math.max(years, 1)];
    yearly[0] = baselineDemand[m] * imported;
    for (int y = 1; y < yearly.length; y++) {
      double sum = 0;
      for (int t = (y - 1) * Days.PER_YEAR; t < y * Days.PER_YEAR; t++) {
        sum += baselineDemand[t * materialCount + m];
      }
      yearly[y] = sum / Days.PER_YEAR * imported;
    }
    return yearly;
  }

  private static int indexOfSource(Material material, String id) {
    for (int i = 0; i < material.sources().size(); i++) {
      if (material.sources().get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("validated scenario names unknown source " + id);
  }

  /**
   * A process's correlation groups, each drawn from its own stream: {@code process/<name>} for one
   * group hitting every material in scope, {@code process/<name>/<material id>} for each material
   * drawn on its own.
   */
  private ProcessSpec compileProcess(String name, ShockProcess process, boolean split) {
    Shock template = process.shock();
    List<Integer> inScope = materialsOf(template);
    ShockEffect[] groups;
    String[] streams;
    if (!split) {
      groups = new ShockEffect[] {effect(template, inScope)};
      streams = new String[] {name};
    } else {
      groups = inScope.stream().map(m -> effect(template, List.of(m))).toArray(ShockEffect[]::new);
      streams = inScope.stream().map(m -> name + "/" + materialIds[m]).toArray(String[]::new);
    }
    Sampler severity = process.severity() == null ? Sampler.constant(1) : Sampler.of(process.severity());
    Sampler lead = process.announcementLeadDays() == null ? null : Sampler.of(process.announcementLeadDays());
    return ProcessSpec.of(process.ratePerYear() / Days.PER_YEAR, Sampler.of(process.durationDays()), severity, lead,
        groups, streams);
  }

  private List<Integer> materialsOf(Shock shock) {
    List<Integer> indices = new ArrayList<>();
    for (int m = 0; m < materialCount; m++) {
      if (shock.window().materials().isEmpty() || shock.window().materials().contains(materialIds[m])) {
        indices.add(m);
      }
    }
    return indices;
  }

  /** Compiles what {@code shock} does to the given materials, applying the route rule. */
  private ShockEffect effect(Shock shock, List<Integer> materials) {
    int[] materialIndices = materials.stream().mapToInt(Integer::intValue).toArray();
    return switch (shock) {
      case ExportControl.Ban ban -> ShockEffect.ban(targetedSources(materials, ban.country(), ban.targets()),
          materialIndices, ban.window());
      case ExportControl.Quota quota -> ShockEffect.quota(quota.allowedShare(),
          targetedSources(materials, quota.country(), quota.targets()), materialIndices, quota.window());
      case ExportControl.Licensing licensing -> ShockEffect.licensing(licensing.approvedShare(), licensing.delayDays(),
          targetedSources(materials, licensing.country(), licensing.targets()), materialIndices, licensing.window());
      case ExportTax tax -> ShockEffect.exportTax(tax.rate(), targetedSources(materials, tax.country(), tax.targets()),
          materialIndices, tax.window());
      case Outage outage -> ShockEffect.outage(outage.capacityLoss(),
          outage.country() != null
              ? sourcesThrough(materials, outage.country(), false)
              : sourcesNamed(materials, outage.source()),
          materialIndices, outage.window());
      case Logistics logistics -> ShockEffect.logistics(logistics.capacityLoss(), logistics.delayDays(),
          logistics.holdsInTransit(), sourcesThrough(materials, logistics.country(), true), materialIndices,
          logistics.window());
      case DemandSurge surge -> ShockEffect.demandSurge(surge.multiplier(), materialIndices, surge.window());
    };
  }

  /**
   * The route rule: a source is hit by a control of {@code country} if its route passes through
   * the country and the next hop (or the economy, after the last hop) is among the targets, or
   * there are no targets (every destination).
   */
  private int[] targetedSources(List<Integer> materials, String country, List<String> targets) {
    Set<String> destinations = expandTargets(targets);
    List<Integer> hit = new ArrayList<>();
    for (int m : materials) {
      for (int s = sourceStart[m]; s < sourceEnd[m]; s++) {
        List<String> route = routeOf(s);
        for (int hop = 0; hop < route.size(); hop++) {
          if (!route.get(hop).equals(country)) {
            continue;
          }
          String next = nextStop(route, hop);
          if (destinations.isEmpty() || destinations.contains(next)) {
            hit.add(s);
            break;
          }
        }
      }
    }
    return hit.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Tag of route segments (straits, canals) that the route rule looks through. */
  public static final String TRANSIT_TAG = "transit";

  /** The next hop after {@code hop} that is not a transit segment, or the economy after the last. */
  private String nextStop(List<String> route, int hop) {
    for (int next = hop + 1; next < route.size(); next++) {
      Country country = scenario.countries().get(route.get(next));
      if (country == null || !country.tags().contains(TRANSIT_TAG)) {
        return route.get(next);
      }
    }
    return scenario.economy();
  }

  private Set<String> expandTargets(List<String> targets) {
    Set<String> countries = new HashSet<>();
    for (String target : targets) {
      if (scenario.countries().containsKey(target)) {
        countries.add(target);
      }
      for (Map.Entry<String, Country> entry : scenario.countries().entrySet()) {
        if (entry.getValue().tags().contains(target)) {
          countries.add(entry.getKey());
        }
      }
    }
    return countries;
  }

  private int[] sourcesThrough(List<Integer> materials, String country, boolean includeEconomy) {
    List<Integer> hit = new ArrayList<>();
    for (int m : materials) {
      for (int s = sourceStart[m]; s < sourceEnd[m]; s++) {
        if (routeOf(s).contains(country) || (includeEconomy && country.equals(scenario.economy()))) {
          hit.add(s);
        }
      }
    }
    return hit.stream().mapToInt(Integer::intValue).toArray();
  }

  private int[] sourcesNamed(List<Integer> materials, String id) {
    List<Integer> hit = new ArrayList<>();
    for (int m : materials) {
      for (int s = sourceStart[m]; s < sourceEnd[m]; s++) {
        if (sourceIds[s].equals(id) || id.equals(sourceSupplier[s])) {
          hit.add(s);
        }
      }
    }
    return hit.stream().mapToInt(Integer::intValue).toArray();
  }

  private List<String> routeOf(int s) {
    Material material = scenario.materials().get(materialIds[sourceMaterial[s]]);
    return material.sources().get(s - sourceStart[sourceMaterial[s]]).route();
  }

  /** A capacity project that comes online within the horizon: its day, source and added capacity. */
  private record OnlineProject(int day, int source, double addPerDay) {
  }

  /**
   * {@code (1 + rate)^(-t / 365)} for days 0 to {@code horizon}: exactly 1 on every day when the
   * rate is 0, so an undiscounted run multiplies by one and keeps its bits.
   */
  private static double[] discountFactors(double ratePerYear, int horizon) {
    double[] factors = new double[horizon + 1];
    for (int t = 0; t <= horizon; t++) {
      factors[t] = ratePerYear == 0 ? 1 : StrictMath.pow(1 + ratePerYear, -t / (double) Days.PER_YEAR);
    }
    return factors;
  }

  public Scenario scenario() {
    return scenario;
  }

  public int horizon() {
    return horizon;
  }

  public int materialCount() {
    return materialCount;
  }

  public String materialId(int m) {
    return materialIds[m];
  }

  /** Number of tiers of material {@code m}. */
  public int tierCount(int m) {
    return tierEnd[m] - tierStart[m];
  }

  /** Holder of the {@code i}-th tier of material {@code m}, in file order. */
  public String tierName(int m, int i) {
    return tierHolder[tierReportOrder[m][i]];
  }

  /** Global index (priority order) of the {@code i}-th tier of material {@code m} in file order. */
  int tierIndex(int m, int i) {
    return tierReportOrder[m][i];
  }

  public double referencePerDay(int m) {
    return referencePerDay[m];
  }

  public double basePrice(int m) {
    return basePrice[m];
  }

  /** Total number of tiers over all materials. */
  public int totalTiers() {
    return tierCount;
  }
}
