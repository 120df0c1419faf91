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
 * {@link ReleasePolicy}, and its target with which {@link TargetPolicy}. Tiers and decisions not
 * named here follow their scenario's rules. Immutable: each {@code release} or {@code target}
 * call returns a new value.
 *
 * <pre>{@code
 * Policies policies = Policies.none()
 *     .release("NdPr", "jogmec", day -> day.price() > 2 * day.basePrice() ? 40 : 0)
 *     .target("NdPr", "jogmec", day -> day.shocked() ? 0 : 1.5 * day.fileTarget());
 * RunResult result = MonteCarlo.run(scenario, options, policies);
 * }</pre>
 */
public final class Policies {
  private static final Policies NONE = new Policies(Map.of(), Map.of());

  private final Map<Tier, ReleasePolicy> releases;
  private final Map<Tier, TargetPolicy> targets;

  private Policies(Map<Tier, ReleasePolicy> releases, Map<Tier, TargetPolicy> targets) {
    this.releases = releases;
    this.targets = targets;
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
    return new Policies(Collections.unmodifiableMap(next), targets);
  }

  /**
   * These policies, with {@code holder}'s tier of {@code material} setting its target by
   * {@code policy} (replacing any target policy named for it before).
   */
  public Policies target(String material, String holder, TargetPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    Map<Tier, TargetPolicy> next = new LinkedHashMap<>(targets);
    next.put(new Tier(material, holder), policy);
    return new Policies(releases, Collections.unmodifiableMap(next));
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
    return Collections.unmodifiableSet(tiers);
  }

  /** Whether no tier has a policy here. */
  public boolean isEmpty() {
    return releases.isEmpty() && targets.isEmpty();
  }

  @Override
  public String toString() {
    return "Policies[releases=" + releases + ", targets=" + targets + "]";
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
