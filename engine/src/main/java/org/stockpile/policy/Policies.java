package org.stockpile.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The code a run uses for tiers' decisions, beside the scenario's data: which tier (a material
 * and a holder, as the scenario names them) decides its releases with which
 * {@link ReleasePolicy}. Tiers not named here follow their scenario's rules. Immutable: each
 * {@code release} call returns a new value.
 *
 * <pre>{@code
 * Policies policies = Policies.none().release("NdPr", "jogmec", day -> day.price() > 2 * day.basePrice() ? 40 : 0);
 * RunResult result = MonteCarlo.run(scenario, options, policies);
 * }</pre>
 */
public final class Policies {
  private static final Policies NONE = new Policies(Map.of());

  private final Map<Tier, ReleasePolicy> releases;

  private Policies(Map<Tier, ReleasePolicy> releases) {
    this.releases = releases;
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
    return new Policies(Collections.unmodifiableMap(next));
  }

  /** The release policy of {@code holder}'s tier of {@code material}, or null if it follows its rule. */
  public ReleasePolicy releaseOf(String material, String holder) {
    return releases.get(new Tier(material, holder));
  }

  /** The tiers that have a policy here. */
  public Set<Tier> tiers() {
    return releases.keySet();
  }

  /** Whether no tier has a policy here. */
  public boolean isEmpty() {
    return releases.isEmpty();
  }

  @Override
  public String toString() {
    return "Policies" + releases;
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
