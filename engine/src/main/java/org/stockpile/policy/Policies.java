package org.stockpile.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The code a run uses for tiers' decisions, beside the scenario's data: which tier (a material
 * and a holder, as the scenario names them) decides its releases with which
 * {@link ReleasePolicy}, its target with which {@link TargetPolicy} and its buying with which
 * {@link BuyPolicy}. Tiers and decisions not
 * named here follow their scenario's rules. Immutable: each {@code release}, {@code target} or
 * {@code buy} call returns a new value.
 *
 * <pre>{@code
 * Policies policies = Policies.none()
 *     .release("NdPr", "jogmec", day -> day.price() > 2 * day.basePrice() ? 40 : 0)
 *     .target("NdPr", "jogmec", day -> day.shocked() ? 0 : 1.5 * day.fileTarget());
 * RunResult result = MonteCarlo.run(scenario, options, policies);
 * }</pre>
 */
public final class Policies {
  private static final Policies NONE = new Policies(Map.of(), Map.of(), Map.of());

  private final Map<Tier, ReleasePolicy> releases;
  private final Map<Tier, TargetPolicy> targets;
  private final Map<Tier, BuyPolicy> buys;

  private Policies(Map<Tier, ReleasePolicy> releases, Map<Tier, TargetPolicy> targets, Map<Tier, BuyPolicy> buys) {
    this.releases = releases;
    this.targets = targets;
    this.buys = buys;
  }

  /** No custom policy: every tier follows its scenario's rules. */
  public static Policies none() {
    return NONE;
  }

  /**
   * These policies, with {@code holder}'s tier of {@code material} releasing by {@code policy}
   * (replacing any policy named for it before).
   */
  public Policies release(String material, String holder, ReleasePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<Tier, ReleasePolicy> next = new LinkedHashMap<>(releases);
    next.put(new Tier(material, holder), policy);
    return new Policies(Collections.unmodifiableMap(next), targets, buys);
  }

  /**
   * These policies, with {@code holder}'s tier of {@code material} setting its target by
   * {@code policy} (replacing any target policy named for it before).
   */
  public Policies target(String material, String holder, TargetPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<Tier, TargetPolicy> next = new LinkedHashMap<>(targets);
    next.put(new Tier(material, holder), policy);
    return new Policies(releases, Collections.unmodifiableMap(next), buys);
  }

  /**
   * These policies, with {@code holder}'s tier of {@code material} capping its buying by
   * {@code policy} (replacing any buy policy named for it before, and its file's {@code maxBuyPerDay}).
   */
  public Policies buy(String material, String holder, BuyPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<Tier, BuyPolicy> next = new LinkedHashMap<>(buys);
    next.put(new Tier(material, holder), policy);
    return new Policies(releases, targets, Collections.unmodifiableMap(next));
  }

  /** The buy policy of {@code holder}'s tier of {@code material}, or null if its file caps its buying. */
  public BuyPolicy buyOf(String material, String holder) {
    return buys.get(new Tier(material, holder));
  }

  /** The target policy of {@code holder}'s tier of {@code material}, or null if its file sets its target. */
  public TargetPolicy targetOf(String material, String holder) {
    return targets.get(new Tier(material, holder));
  }

  /** The release policy of {@code holder}'s tier of {@code material}, or null if it follows its rule. */
  public ReleasePolicy releaseOf(String material, String holder) {
    return releases.get(new Tier(material, holder));
  }

  /** The tiers that have a policy here (of either kind), in the order they were first named. */
  public Set<Tier> tiers() {
    Set<Tier> tiers = new LinkedHashSet<>(releases.keySet());
    tiers.addAll(targets.keySet());
    tiers.addAll(buys.keySet());
    return Collections.unmodifiableSet(tiers);
  }

  /** Whether no tier has a policy here. */
  public boolean isEmpty() {
    return releases.isEmpty() && targets.isEmpty() && buys.isEmpty();
  }

  @Override
  public String toString() {
    return "Policies[releases=" + releases + ", targets=" + targets + ", buys=" + buys + "]";
  }

  /** A tier, by its material's and its holder's names. */
  public record Tier(String material, String holder) {
    public Tier {
      Objects.requireNonNull(material, "material");
      Objects.requireNonNull(holder, "holder");
    }

    @Override
    public String toString() {
      return material + "." + holder;
    }
  }
}
