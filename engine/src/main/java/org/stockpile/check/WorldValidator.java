package org.stockpile.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockpile.model.BurdenKey;
import org.stockpile.model.CollectiveRelease;
import org.stockpile.model.Days;
import org.stockpile.model.Economy;
import org.stockpile.model.Group;
import org.stockpile.model.Material;
import org.stockpile.model.Outage;
import org.stockpile.model.PooledTier;
import org.stockpile.model.Shock;
import org.stockpile.model.Source;
import org.stockpile.model.Supplier;
import org.stockpile.model.World;

/**
 * Checks a scenario with several economies: each economy as a single economy's scenario is
 * checked ({@link ScenarioValidator}, its problems placed under {@code economies.<id>}), then
 * what they share: suppliers named by sources, markets, shocks' materials and sources.
 */
public final class WorldValidator {
  private final World world;
  private final Checks checks = new Checks();
  private final Set<Finding> seen = new LinkedHashSet<>();

  private WorldValidator(World world) {
    this.world = world;
  }

  /** What the validator found: every problem, or, when there is none, the world as a {@link ValidWorld}. */
  public record Checked(List<Finding> problems, ValidWorld valid) {
    public Checked {
      problems = List.copyOf(problems);
    }
  }

  public static Checked check(World world) {
    WorldValidator validator = new WorldValidator(world);
    validator.checkWorld();
    List<Finding> problems = new ArrayList<>(validator.seen);
    return new Checked(problems, problems.isEmpty() ? new ValidWorld(world) : null);
  }

  /** {@code world}, accepted, or an exception with every problem. */
  public static ValidWorld validated(World world) throws ScenarioException {
    Checked checked = check(world);
    if (checked.valid() == null) {
      throw new ScenarioException(checked.problems());
    }
    return checked.valid();
  }

  private void checkWorld() {
    if (world.economies().isEmpty()) {
      checks.fail("economies", "must list at least one economy");
    }
    List<String> materials = world.materialIds();
    world.economies().forEach((id, economy) -> checkEconomy(id, economy));
    world.suppliers().forEach((material, byId) -> {
      String path = TreePaths.key("suppliers", material);
      if (!materials.contains(material)) {
        checks.fail(path, "'" + material + "' is not a material of any economy" + Suggestions.didYouMean(material,
            materials));
      }
      byId.forEach((id, supplier) -> checkSupplier(TreePaths.key(path, id), id, supplier));
    });
    world.markets().forEach((material, market) -> {
      String path = TreePaths.key("markets", material);
      if (!materials.contains(material)) {
        checks.fail(path, "'" + material + "' is not a material of any economy" + Suggestions.didYouMean(material,
            materials));
      }
      if (market != null) {
        checks.atLeast(TreePaths.key(path, "priceElasticity"), market.priceElasticity(), 0);
        checks.atLeast(TreePaths.key(path, "reservePressure"), market.reservePressure(), 0);
      }
    });
    world.groups().forEach((id, group) -> checkGroup(TreePaths.key("groups", id), id, group, materials));
    for (int i = 0; i < world.shocks().size(); i++) {
      checkShockScope(TreePaths.index("shocks", i), world.shocks().get(i), materials);
    }
    for (int p = 0; p < world.shockProcesses().size(); p++) {
      Shock template = world.shockProcesses().get(p).shock();
      if (template != null) {
        checkShockScope(TreePaths.key(TreePaths.index("shockProcesses", p), "shock"), template, materials);
      }
    }
    seen.addAll(checks.problems());
  }

  private void checkEconomy(String id, Economy economy) {
    String path = TreePaths.key("economies", id);
    if (!world.countries().containsKey(id)) {
      checks.fail(path, "'" + id + "' is not among the countries" + Suggestions.didYouMean(id, world.countries().keySet()));
    }
    if (economy == null) {
      return;
    }
    if (economy.materials().isEmpty()) {
      checks.fail(TreePaths.key(path, "materials"), "must list at least one material");
      return;
    }
    World.EconomyView view = world.economyView(id);
    for (Finding problem : ScenarioValidator.economyProblems(view.scenario())) {
      seen.add(Finding.at(placed(problem.path(), path, view), problem.message()));
    }
    economy.materials().forEach((material, record) -> checkSuppliersNamed(
        TreePaths.key(TreePaths.key(path, "materials"), material), material, record));
  }

  /** Where a problem of economy {@code id}'s view lies in the world's file. */
  private static String placed(String viewPath, String economyPath, World.EconomyView view) {
    if (viewPath.equals("economy")) {
      return economyPath; // said once, by the world's own check
    }
    if (TreePaths.within(viewPath, "materials")) {
      return economyPath + "." + viewPath;
    }
    String moved = reindexed(viewPath, "shocks", view.shockIndex());
    return moved != null ? moved : viewPathOr(reindexed(viewPath, "shockProcesses", view.processIndex()), viewPath);
  }

  private static String viewPathOr(String moved, String viewPath) {
    return moved != null ? moved : viewPath;
  }

  /** {@code list[i]...} as {@code list[index[i]]...}, or null when the path is not in that list. */
  private static String reindexed(String path, String list, int[] index) {
    if (!path.startsWith(list + "[")) {
      return null;
    }
    int close = path.indexOf(']');
    int i = Integer.parseInt(path.substring(list.length() + 1, close));
    return list + "[" + index[i] + "]" + path.substring(close + 1);
  }

  private void checkSuppliersNamed(String path, String material, Material record) {
    if (record == null) {
      return;
    }
    for (int i = 0; i < record.sources().size(); i++) {
      Source source = record.sources().get(i);
      if (source.supplier() != null && world.supplier(material, source.supplier()) == null) {
        Map<String, Supplier> known = world.suppliers().getOrDefault(material, Map.of());
        checks.fail(TreePaths.key(TreePaths.index(TreePaths.key(path, "sources"), i), "supplier"), "'"
            + source.supplier() + "' is not a supplier of " + material + " (under suppliers." + material + ")"
            + Suggestions.didYouMean(source.supplier(), known.keySet()));
      }
    }
  }

  private void checkGroup(String path, String id, Group group, List<String> materials) {
    checks.id(path, id);
    if (group == null) {
      return;
    }
    if (group.members().isEmpty()) {
      checks.fail(TreePaths.key(path, "members"), "must list at least one economy");
    }
    Set<String> members = new LinkedHashSet<>();
    for (int i = 0; i < group.members().size(); i++) {
      String member = group.members().get(i);
      String memberPath = TreePaths.index(TreePaths.key(path, "members"), i);
      if (!world.economies().containsKey(member)) {
        checks.fail(memberPath, "'" + member + "' is not an economy" + Suggestions.didYouMean(member,
            world.economies().keySet()));
      } else if (!members.add(member)) {
        checks.fail(memberPath, "'" + member + "' is listed twice");
      }
    }
    CollectiveRelease rule = group.collectiveRelease();
    if (rule != null) {
      checkCollectiveRelease(TreePaths.key(path, "collectiveRelease"), rule, members, materials);
    }
    group.pooledTiers().forEach((material, byHolder) -> {
      String materialPath = TreePaths.key(TreePaths.key(path, "pooledTiers"), material);
      if (!materials.contains(material)) {
        checks.fail(materialPath, "'" + material + "' is not a material of any economy"
            + Suggestions.didYouMean(material, materials));
        return;
      }
      byHolder.forEach((holder, pool) -> checkPool(TreePaths.key(materialPath, holder), holder, pool, group,
          material, members));
    });
  }

  private void checkCollectiveRelease(String path, CollectiveRelease rule, Set<String> members, List<String> materials) {
    checks.inRange(TreePaths.key(path, "triggerShare"), rule.triggerShare(), 0, 0.999999);
    checks.inRange(TreePaths.key(path, "latencyDays"), rule.latencyDays(), 0, Days.MAX);
    for (int i = 0; i < rule.materials().size(); i++) {
      if (!materials.contains(rule.materials().get(i))) {
        checks.fail(TreePaths.index(TreePaths.key(path, "materials"), i), "'" + rule.materials().get(i)
            + "' is not a material of any economy" + Suggestions.didYouMean(rule.materials().get(i), materials));
      }
    }
    for (int i = 0; i < rule.nonParticipants().size(); i++) {
      String economy = rule.nonParticipants().get(i);
      if (!members.contains(economy)) {
        checks.fail(TreePaths.index(TreePaths.key(path, "nonParticipants"), i), "'" + economy
            + "' is not a member of the group" + Suggestions.didYouMean(economy, members));
      }
    }
    Set<String> taking = new LinkedHashSet<>(members);
    taking.removeAll(rule.nonParticipants());
    if (rule.burden() == BurdenKey.QUOTA) {
      checkKey(TreePaths.key(path, "quotas"), rule.quotas(), taking, "a member taking part");
    } else if (!rule.quotas().isEmpty()) {
      checks.fail(TreePaths.key(path, "quotas"), "is read only with burden: quota");
    }
  }

  private void checkPool(String path, String holder, PooledTier pool, Group group, String material,
      Set<String> members) {
    checks.id(path, holder);
    if (pool == null) {
      return;
    }
    checks.inRange(TreePaths.key(path, "targetDays"), pool.targetDays(), 0, Days.MAX);
    checks.inRange(TreePaths.key(path, "initialDays"), pool.initialDaysOrTarget(), 0, Days.MAX);
    if (pool.capacityDays() != null) {
      checks.atLeast(TreePaths.key(path, "capacityDays"), pool.capacityDays(), pool.targetDays());
    }
    checks.atLeast(TreePaths.key(path, "holdingCostPerUnitPerYear"), pool.holdingCostPerUnitPerYear(), 0);
    Set<String> holding = new LinkedHashSet<>();
    for (String member : members) {
      Economy economy = world.economies().get(member);
      Material own = economy == null ? null : economy.materials().get(material);
      if (own == null) {
        continue;
      }
      holding.add(member);
      if (own.stockpiles().containsKey(holder)) {
        checks.fail(path, "'" + holder + "' is also a tier of economies." + member + ".materials." + material
            + ": name the pool apart");
      }
    }
    if (holding.isEmpty()) {
      checks.fail(path, "no member of the group uses " + material);
    }
    if (!pool.key().isEmpty()) {
      checkKey(TreePaths.key(path, "key"), pool.key(), holding, "a member using " + material);
    }
  }

  /** A share per economy of {@code allowed}, each at least 0, adding up to 1. */
  private void checkKey(String path, Map<String, Double> key, Set<String> allowed, String what) {
    if (key.isEmpty()) {
      checks.fail(path, "must give a share to each " + what + ": " + String.join(", ", allowed));
      return;
    }
    double sum = 0;
    for (Map.Entry<String, Double> share : key.entrySet()) {
      String sharePath = TreePaths.key(path, share.getKey());
      if (!allowed.contains(share.getKey())) {
        checks.fail(sharePath, "'" + share.getKey() + "' is not " + what + Suggestions.didYouMean(share.getKey(),
            allowed));
      }
      double value = share.getValue() == null ? 0 : share.getValue();
      checks.inRange(sharePath, value, 0, 1);
      sum += value;
    }
    if (Math.abs(sum - 1) > ScenarioValidator.SHARE_TOLERANCE) {
      checks.fail(path, "shares must add up to 1 (within " + ScenarioValidator.SHARE_TOLERANCE + "), got " + sum);
    }
  }

  private void checkSupplier(String path, String id, Supplier supplier) {
    checks.id(path, id);
    if (supplier == null) {
      return;
    }
    checks.atLeast(TreePaths.key(path, "capacityPerDay"), supplier.capacityPerDay(), 0);
    checks.inRange(TreePaths.key(path, "surgeRatePerDay"), supplier.surgeRatePerDay(), 0, 1);
  }

  private void checkShockScope(String path, Shock shock, List<String> materials) {
    List<String> scope = shock.window().materials();
    for (int i = 0; i < scope.size(); i++) {
      if (!materials.contains(scope.get(i))) {
        checks.fail(TreePaths.index(TreePaths.key(path, "materials"), i), "'" + scope.get(i)
            + "' is not a material of any economy" + Suggestions.didYouMean(scope.get(i), materials));
      }
    }
    if (shock instanceof Outage outage && outage.source() != null && outage.country() == null) {
      Set<String> ids = new LinkedHashSet<>();
      for (Economy economy : world.economies().values()) {
        economy.materials().forEach((material, record) -> {
          if (scope.isEmpty() || scope.contains(material)) {
            record.sources().forEach(source -> {
              ids.add(source.id());
              if (source.supplier() != null) {
                ids.add(source.supplier());
              }
            });
          }
        });
      }
      if (!ids.contains(outage.source())) {
        checks.fail(TreePaths.key(path, "source"), "'" + outage.source() + "' is neither a source nor a supplier of "
            + "the materials in scope" + Suggestions.didYouMean(outage.source(), ids));
      }
    }
  }
}
