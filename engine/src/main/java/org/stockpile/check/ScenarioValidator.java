package org.stockpile.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.stockpile.model.CapacityProject;
import org.stockpile.model.DayRef;
import org.stockpile.model.Days;
import org.stockpile.model.DemandSurge;
import org.stockpile.model.Distribution;
import org.stockpile.model.ExportControl;
import org.stockpile.model.ExportTax;
import org.stockpile.model.Logistics;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.RefillRule;
import org.stockpile.model.ReleaseRule;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.Shock;
import org.stockpile.model.ShockProcess;
import org.stockpile.model.ShockWindow;
import org.stockpile.model.Source;
import org.stockpile.model.StockpileTier;
import org.stockpile.model.TargetBasis;

/**
 * Checks a scenario's meaning: bounds, references between parts, shares summing to one,
 * duplicate ids. Used on files (after binding) and on scenarios built in code.
 */
public final class ScenarioValidator {
  /** Shares of a material's sources must sum to one within this. */
  public static final double SHARE_TOLERANCE = 1e-6;
  static final int MAX_HORIZON_DAYS = Days.MAX;
  static final int MAX_LEAD_DAYS = 10 * 365;

  private final Checks checks = new Checks();
  private final Scenario scenario;
  /** Whether the scenario is one economy of a {@link org.stockpile.model.World}, which checks what economies share. */
  private final boolean inWorld;
  private final Set<String> tags = new HashSet<>();

  private ScenarioValidator(Scenario scenario, boolean inWorld) {
    this.scenario = scenario;
    this.inWorld = inWorld;
    scenario.countries().values().forEach(country -> {
      if (country != null) {
        tags.addAll(country.tags());
      }
    });
  }

  /**
   * What the validator found in {@code scenario}: every problem, or, when there is none, the
   * scenario as a {@link ValidScenario}.
   */
  public record Checked(List<Finding> problems, ValidScenario valid) {
    public Checked {
      problems = List.copyOf(problems);
    }
  }

  /** Checks {@code scenario} once. */
  public static Checked check(Scenario scenario) {
    ScenarioValidator validator = new ScenarioValidator(scenario, false);
    validator.checkScenario();
    List<Finding> problems = validator.checks.problems();
    return new Checked(problems, problems.isEmpty() ? new ValidScenario(scenario) : null);
  }

  /**
   * The problems of one economy of a world seen alone ({@link org.stockpile.model.World#economyView}):
   * as for a scenario, but its sources may name a shared supplier (whose capacity they need not
   * repeat), its prices are the market's, and what depends on the other economies (an outage
   * naming a source, a shock's materials) is left to {@link WorldValidator}.
   */
  static List<Finding> economyProblems(Scenario view) {
    ScenarioValidator validator = new ScenarioValidator(view, true);
    validator.checkScenario();
    return validator.checks.problems();
  }

  /** Every problem of {@code scenario}; empty when it is valid. */
  public static List<Finding> problems(Scenario scenario) {
    return check(scenario).problems();
  }

  /** {@code scenario}, accepted, or an exception with every problem. */
  public static ValidScenario validated(Scenario scenario) throws ScenarioException {
    Checked checked = check(scenario);
    if (checked.valid() == null) {
      throw new ScenarioException(checked.problems());
    }
    return checked.valid();
  }

  private void checkScenario() {
    if (scenario.name() != null) {
      checks.id("name", scenario.name());
    }
    if (scenario.economy() != null && !scenario.countries().containsKey(scenario.economy())) {
      checks.fail("economy", "'" + scenario.economy() + "' is not among the countries"
          + Suggestions.didYouMean(scenario.economy(), scenario.countries().keySet()));
    }
    if (scenario.countries().isEmpty()) {
      checks.fail("countries", "must list at least the economy and its suppliers' countries");
    }
    scenario.countries().keySet().forEach(id -> checks.id(TreePaths.key("countries", id), id));
    if (scenario.materials().isEmpty()) {
      checks.fail("materials", "must list at least one material");
    }
    scenario.materials().forEach((id, material) -> checkMaterial(TreePaths.key("materials", id), id, material));
    for (int i = 0; i < scenario.shocks().size(); i++) {
      checkScheduledShock(TreePaths.index("shocks", i), scenario.shocks().get(i));
    }
    for (int i = 0; i < scenario.shockProcesses().size(); i++) {
      checkProcess(TreePaths.index("shockProcesses", i), scenario.shockProcesses().get(i));
    }
    checkRun("run", scenario.run());
  }

  private void checkMaterial(String path, String id, Material material) {
    checks.id(path, id);
    checks.positive(TreePaths.key(path, "baselineDailyDemand"), material.baselineDailyDemand());
    checks.inRange(TreePaths.key(path, "demandGrowthPerYear"), material.demandGrowthPerYear(), -0.99, 10);
    checks.inRange(TreePaths.key(path, "demandNoise"), material.demandNoise(), 0, 5);
    checks.atLeast(TreePaths.key(path, "pricePerUnit"), material.pricePerUnit(), 0);
    checks.atLeast(TreePaths.key(path, "shortageCostPerUnit"), material.shortageCostPerUnit(), 0);
    if (material.referenceDailyConsumption() != null) {
      checks.positive(TreePaths.key(path, "referenceDailyConsumption"), material.referenceDailyConsumption());
    }
    checks.atLeast(TreePaths.key(path, "priceElasticity"), material.priceElasticity(), 0);
    if (inWorld && material.priceElasticity() != 0) {
      checks.fail(TreePaths.key(path, "priceElasticity"), "the world market moves the price of every economy: give it "
          + "as markets." + id + ".priceElasticity");
    }
    checkSources(TreePaths.key(path, "sources"), material.sources());
    material.stockpiles().forEach((holder, tier) -> checkTier(TreePaths.key(TreePaths.key(path, "stockpiles"), holder),
        holder, tier));
    if (material.recycling() != null) {
      String recycling = TreePaths.key(path, "recycling");
      checks.inRange(TreePaths.key(recycling, "share"), material.recycling().share(), 0, 1);
      checks.inRange(TreePaths.key(recycling, "lagDays"), material.recycling().lagDays(), 1, MAX_HORIZON_DAYS);
    }
    if (material.substitution() != null) {
      String substitution = TreePaths.key(path, "substitution");
      checks.inRange(TreePaths.key(substitution, "maxShare"), material.substitution().maxShare(), 0, 1);
      checks.inRange(TreePaths.key(substitution, "responseDays"), material.substitution().responseDays(), 1,
          MAX_HORIZON_DAYS);
    }
    Set<String> sourceIds = new HashSet<>();
    material.sources().forEach(source -> sourceIds.add(source.id()));
    for (int i = 0; i < material.capacityProjects().size(); i++) {
      CapacityProject project = material.capacityProjects().get(i);
      String projectPath = TreePaths.index(TreePaths.key(path, "capacityProjects"), i);
      if (project.source() != null && !sourceIds.contains(project.source())) {
        checks.fail(TreePaths.key(projectPath, "source"), "'" + project.source() + "' is not a source of this material"
            + Suggestions.didYouMean(project.source(), sourceIds));
      }
      checks.positive(TreePaths.key(projectPath, "addCapacityPerDay"), project.addCapacityPerDay());
      checks.inRange(TreePaths.key(projectPath, "leadTimeDays"), project.leadTimeDays(), 0, MAX_HORIZON_DAYS);
      checkDay(TreePaths.key(projectPath, "start"), project.start());
    }
  }

  private void checkSources(String path, List<Source> sources) {
    if (sources.isEmpty()) {
      checks.fail(path, "must list at least one source");
      return;
    }
    Set<String> seen = new HashSet<>();
    double shareSum = 0;
    for (int i = 0; i < sources.size(); i++) {
      Source source = sources.get(i);
      String sourcePath = TreePaths.index(path, i);
      if (source.id() != null) {
        checks.id(TreePaths.key(sourcePath, "id"), source.id());
        if (!seen.add(source.id())) {
          checks.fail(TreePaths.key(sourcePath, "id"), "duplicate source id '" + source.id() + "'");
        }
      }
      if (source.route().isEmpty()) {
        checks.fail(TreePaths.key(sourcePath, "route"), "must name at least one country");
      }
      for (int hop = 0; hop < source.route().size(); hop++) {
        checkCountry(TreePaths.index(TreePaths.key(sourcePath, "route"), hop), source.route().get(hop));
      }
      checks.inRange(TreePaths.key(sourcePath, "share"), source.share(), 0, 1);
      shareSum += source.share();
      if (source.supplier() != null && !inWorld) {
        checks.fail(TreePaths.key(sourcePath, "supplier"), "a shared supplier needs a scenario with 'economies'; a single "
            + "economy's source gives its own capacityPerDay");
      }
      if (source.capacityPerDay() != null) {
        checks.atLeast(TreePaths.key(sourcePath, "capacityPerDay"), source.capacityPerDay(), 0);
      } else if (source.supplier() == null) {
        checks.fail(TreePaths.key(sourcePath, "capacityPerDay"), "missing required key 'capacityPerDay'");
      }
      checks.atLeast(TreePaths.key(sourcePath, "contractPerDay"), source.contractPerDay(), 0);
      checks.inRange(TreePaths.key(sourcePath, "leadTimeDays"), source.leadTimeDays(), 0, MAX_LEAD_DAYS);
      checks.inRange(TreePaths.key(sourcePath, "surgeRatePerDay"), source.surgeRatePerDay(), 0, 1);
      checks.inRange(TreePaths.key(sourcePath, "costPremium"), source.costPremium(), -0.99, 100);
    }
    if (Math.abs(shareSum - 1) > SHARE_TOLERANCE) {
      checks.fail(path, "shares must sum to 1 (within " + SHARE_TOLERANCE + "), got " + shareSum);
    }
  }

  private void checkTier(String path, String holder, StockpileTier tier) {
    checks.id(path, holder);
    checks.inRange(TreePaths.key(path, "targetDays"), tier.targetDays(), 0, MAX_HORIZON_DAYS);
    checks.inRange(TreePaths.key(path, "unavailableShare"), tier.unavailableShare(), 0, 0.99);
    if (tier.initialDays() != null) {
      checks.inRange(TreePaths.key(path, "initialDays"), tier.initialDays(), 0, MAX_HORIZON_DAYS);
    }
    if (tier.capacityDays() != null) {
      checks.atLeast(TreePaths.key(path, "capacityDays"), tier.capacityDays(), 0);
      if (tier.targetDays() > tier.capacityDays()) {
        checks.fail(TreePaths.key(path, "targetDays"), "is above capacityDays (" + Checks.number(tier.capacityDays())
            + "), got " + Checks.number(tier.targetDays()));
      }
      if (tier.initialDays() != null && tier.initialDays() > tier.capacityDays()) {
        checks.fail(TreePaths.key(path, "initialDays"), "is above capacityDays (" + Checks.number(tier.capacityDays())
            + "), got " + Checks.number(tier.initialDaysOrTarget()));
      }
    }
    checks.atLeast(TreePaths.key(path, "holdingCostPerUnitPerYear"), tier.holdingCostPerUnitPerYear(), 0);
    if (tier.capitalCostRatePerYear() != null) {
      checks.inRange(TreePaths.key(path, "capitalCostRatePerYear"), tier.capitalCostRatePerYear(), 0, 1);
    }
    if (tier.release() != null) {
      checkRelease(TreePaths.key(path, "release"), tier.release());
    }
    if (tier.refill() != null) {
      checkRefill(TreePaths.key(path, "refill"), tier.refill());
    }
    if (tier.aheadDays() != null) {
      checks.inRange(TreePaths.key(path, "aheadDays"), tier.aheadDays(), 0, MAX_HORIZON_DAYS);
      if (tier.capacityDays() != null && tier.aheadDays() > tier.capacityDays()) {
        checks.fail(TreePaths.key(path, "aheadDays"), "is above capacityDays (" + Checks.number(tier.capacityDays())
            + "), got " + Checks.number(tier.aheadDays()));
      }
    }
    if (tier.reorderDays() != null) {
      checks.inRange(TreePaths.key(path, "reorderDays"), tier.reorderDays(), 0, MAX_HORIZON_DAYS);
      if (tier.reorderDays() > tier.targetDays()) {
        checks.fail(TreePaths.key(path, "reorderDays"), "is above targetDays (" + Checks.number(tier.targetDays())
            + "): the tier would buy back forever, got " + Checks.number(tier.reorderDays()));
      }
    }
    if (tier.riskScaling() != null) {
      String scaling = TreePaths.key(path, "riskScaling");
      checks.inRange(TreePaths.key(scaling, "gain"), tier.riskScaling().gain(), 0, 100);
      checks.inRange(TreePaths.key(scaling, "halfLifeDays"), tier.riskScaling().halfLifeDays(), 1, MAX_HORIZON_DAYS);
      if (tier.aheadDays() != null) {
        checks.fail(scaling, "and aheadDays both set the tier's target; keep one of them");
      }
    }
    // Both count days of reference consumption: on a tier counted on net imports they would mean two things.
    if (tier.basis() != TargetBasis.CONSUMPTION) {
      consumptionDaysOnly(path, "aheadDays", tier.aheadDays());
      consumptionDaysOnly(path, "reorderDays", tier.reorderDays());
    }
  }

  private void checkRelease(String path, ReleaseRule rule) {
    checks.inRange(TreePaths.key(path, "triggerShare"), rule.triggerShare(), 0, 0.999999);
    checks.inRange(TreePaths.key(path, "latencyDays"), rule.latencyDays(), 0, MAX_HORIZON_DAYS);
    checks.nonNegative(TreePaths.key(path, "maxPerDay"), rule.maxPerDay());
    checkPriceMultiple(TreePaths.key(path, "triggerPriceMultiple"), rule.triggerPriceMultiple());
    if (rule.triggerPriceMultiple() != null && rule.triggerShare() != 0) {
      checks.fail(TreePaths.key(path, "triggerShare"), "is not read when triggerPriceMultiple sets a price trigger; "
          + "leave one of them out");
    }
    switch (rule) {
      case ReleaseRule.Sale _ -> {
      }
      case ReleaseRule.Loan loan -> {
        checks.inRange(TreePaths.key(path, "paybackDays"), loan.paybackDays(), 1, MAX_HORIZON_DAYS);
        checks.inRange(TreePaths.key(path, "loanPremium"), loan.loanPremium(), 0, 10);
      }
    }
  }

  /** Refuses {@code key} (set when {@code days} is not null) on a tier not counted in days of consumption. */
  private void consumptionDaysOnly(String path, String key, Double days) {
    if (days != null) {
      checks.fail(TreePaths.key(path, key), "applies only to a tier counted in days of consumption (basis: consumption)");
    }
  }

  /** A multiple of the base price, when given: above 0. */
  private void checkPriceMultiple(String path, Double multiple) {
    if (multiple != null && !(multiple > 0 && multiple < 1e6)) {
      checks.fail(path, "must be above 0 (a multiple of the base price), got " + multiple);
    }
  }

  private void checkRefill(String path, RefillRule rule) {
    checkPriceMultiple(TreePaths.key(path, "maxPriceMultiple"), rule.maxPriceMultiple());
    checks.nonNegative(TreePaths.key(path, "maxBuyPerDay"), rule.maxBuyPerDay());
    checks.nonNegative(TreePaths.key(path, "budgetPerYear"), rule.budgetPerYear());
    checks.inRange(TreePaths.key(path, "delayDays"), rule.delayDays(), 0, MAX_HORIZON_DAYS);
  }

  private void checkScheduledShock(String path, Shock shock) {
    ShockWindow window = shock.window();
    if (window.start() == null) {
      checks.fail(TreePaths.key(path, "start"), "missing required key 'start' (a day number or a date)");
    } else {
      checkDay(TreePaths.key(path, "start"), window.start());
    }
    if (window.durationDays() == null) {
      checks.fail(TreePaths.key(path, "durationDays"), "missing required key 'durationDays'");
    } else {
      checks.inRange(TreePaths.key(path, "durationDays"), window.durationDays(), 1, MAX_HORIZON_DAYS);
    }
    // Announced before the run starts is allowed: known from day 0.
    if (window.announced() != null && window.start() != null) {
      java.time.LocalDate startDate = scenario.run().startDate();
      if (window.announced().resolve(startDate) > window.start().resolve(startDate)) {
        checks.fail(TreePaths.key(path, "announced"), "must be on or before the shock's start " + window.start()
            + ", got " + window.announced());
      }
    }
    checkShockBody(path, shock);
  }

  /** Checks a shock but for its start and duration (a process draws those of its template). */
  private void checkShockBody(String path, Shock shock) {
    ShockWindow window = shock.window();
    checks.inRange(TreePaths.key(path, "rampUpDays"), window.rampUpDays(), 0, MAX_HORIZON_DAYS);
    checks.inRange(TreePaths.key(path, "recoveryDays"), window.recoveryDays(), 0, MAX_HORIZON_DAYS);
    for (int i = 0; i < window.materials().size(); i++) {
      String material = window.materials().get(i);
      if (!inWorld && !scenario.materials().containsKey(material)) {
        checks.fail(TreePaths.index(TreePaths.key(path, "materials"), i), "'" + material + "' is not a material"
            + Suggestions.didYouMean(material, scenario.materials().keySet()));
      }
    }
    switch (shock) {
      case ExportControl control -> checkExportControl(path, control);
      case ExportTax tax -> {
        checkCountry(TreePaths.key(path, "country"), tax.country());
        checkTargets(TreePaths.key(path, "targets"), tax.targets());
        checks.inRange(TreePaths.key(path, "rate"), tax.rate(), 0, 100);
      }
      case Outage outage -> checkOutage(path, outage);
      case Logistics logistics -> {
        checkCountry(TreePaths.key(path, "country"), logistics.country());
        checks.inRange(TreePaths.key(path, "capacityLoss"), logistics.capacityLoss(), 0, 1);
        checks.inRange(TreePaths.key(path, "delayDays"), logistics.delayDays(), 0, MAX_HORIZON_DAYS);
      }
      case DemandSurge surge -> checks.inRange(TreePaths.key(path, "multiplier"), surge.multiplier(), 0, 1000);
    }
  }

  private void checkExportControl(String path, ExportControl control) {
    checkCountry(TreePaths.key(path, "country"), control.country());
    checkTargets(TreePaths.key(path, "targets"), control.targets());
    String allowed = TreePaths.key(path, "allowedShare");
    switch (control) {
      case ExportControl.Ban _ -> {
      }
      case ExportControl.Quota quota -> checks.inRange(allowed, quota.allowedShare(), 0, 1);
      case ExportControl.Licensing licensing -> {
        checks.inRange(allowed, licensing.approvedShare(), 0, 1);
        checks.inRange(TreePaths.key(path, "delayDays"), licensing.delayDays(), 0, MAX_HORIZON_DAYS);
      }
    }
  }

  private void checkOutage(String path, Outage outage) {
    checks.inRange(TreePaths.key(path, "capacityLoss"), outage.capacityLoss(), 0, 1);
    if ((outage.country() == null) == (outage.source() == null)) {
      checks.fail(path, "give exactly one of 'country' or 'source'");
      return;
    }
    if (outage.country() != null) {
      checkCountry(TreePaths.key(path, "country"), outage.country());
      return;
    }
    if (inWorld) {
      return;
    }
    Set<String> ids = new LinkedHashSet<>();
    scenario.materials().forEach((id, material) -> {
      if (outage.window().materials().isEmpty() || outage.window().materials().contains(id)) {
        material.sources().forEach(source -> ids.add(source.id()));
      }
    });
    boolean unnamed = ids.remove(null);
    if (!ids.contains(outage.source())) {
      checks.fail(TreePaths.key(path, "source"), "'" + outage.source() + "' is not a source of the materials in scope"
          + Suggestions.didYouMean(outage.source(), ids)
          + (unnamed ? " (a source without an id cannot be named: give it one)" : ""));
    }
  }

  private void checkProcess(String path, ShockProcess process) {
    checks.inRange(TreePaths.key(path, "ratePerYear"), process.ratePerYear(), 0, Days.PER_YEAR);
    if (process.durationDays() != null) {
      checkDistribution(TreePaths.key(path, "durationDays"), process.durationDays());
    }
    if (process.severity() != null) {
      checkDistribution(TreePaths.key(path, "severity"), process.severity());
    }
    if (process.announcementLeadDays() != null) {
      checkDistribution(TreePaths.key(path, "announcementLeadDays"), process.announcementLeadDays());
    }
    Shock template = process.shock();
    if (template == null) {
      return;
    }
    String shockPath = TreePaths.key(path, "shock");
    if (template.window().start() != null) {
      checks.fail(TreePaths.key(shockPath, "start"), "is drawn by the process; leave it out");
    }
    if (template.window().durationDays() != null) {
      checks.fail(TreePaths.key(shockPath, "durationDays"), "is drawn by the process (its durationDays); leave it out");
    }
    if (template.window().announced() != null) {
      checks.fail(TreePaths.key(shockPath, "announced"), "is drawn by the process; give the process an "
          + "announcementLeadDays (the days between an event's announcement and its start) instead");
    }
    checkShockBody(shockPath, template);
  }

  private void checkDistribution(String path, Distribution distribution) {
    for (DistributionLimits.Problem problem : DistributionLimits.problems(distribution)) {
      checks.fail(problem.key().isEmpty() ? path : TreePaths.key(path, problem.key()), problem.message());
    }
  }

  private void checkRun(String path, RunSettings run) {
    checks.inRange(TreePaths.key(path, "replicates"), run.replicates(), 1, RunSettings.MAX_REPLICATES);
    checks.inRange(TreePaths.key(path, "horizonDays"), run.horizonDays(), 1, MAX_HORIZON_DAYS);
    checks.inRange(TreePaths.key(path, "capitalCostRatePerYear"), run.capitalCostRatePerYear(), 0, 1);
    checks.inRange(TreePaths.key(path, "discountRatePerYear"), run.discountRatePerYear(), 0, 1);
  }

  private void checkDay(String path, DayRef day) {
    if (day == null) {
      return;
    }
    long resolved = day.resolve(scenario.run().startDate());
    if (resolved < 0) {
      checks.fail(path, day.date() != null
          ? "is before the run's start date " + scenario.run().startDate() + ", got " + day
          : "must be at least 0, got " + day);
    }
  }

  private void checkCountry(String path, String country) {
    if (country != null && !scenario.countries().containsKey(country)) {
      checks.fail(path, "'" + country + "' is not among the countries"
          + Suggestions.didYouMean(country, scenario.countries().keySet()));
    }
  }

  private void checkTargets(String path, List<String> targets) {
    List<String> known = new ArrayList<>(scenario.countries().keySet());
    known.addAll(tags);
    for (int i = 0; i < targets.size(); i++) {
      String target = targets.get(i);
      if (!scenario.countries().containsKey(target) && !tags.contains(target)) {
        checks.fail(TreePaths.index(path, i), "'" + target + "' is neither a country nor a tag"
            + Suggestions.didYouMean(target, known));
      }
    }
  }
}
