package org.stockpile.policy;

/**
 * How much a tier may release today. The kernel then releases the least of this offer, what the
 * tier holds and what is still unmet, on the terms of the tier's release rule (a sale, or a loan
 * repaid with a premium; a sale when the tier has no rule).
 *
 * <p>A policy that keeps state between days (a counter, a last decision) must return a fresh copy
 * from {@link #forReplicate}: replicates run side by side on several threads, and each must see
 * only its own days. A stateless policy is shared as it is. Either way, a replicate's numbers are
 * the same bits on any number of threads, as long as the policy decides from the view and its own
 * state only.
 */
@FunctionalInterface
public interface ReleasePolicy {

  /**
   * The most units the tier releases today, {@code >= 0} ({@code Double.POSITIVE_INFINITY}: all it
   * holds, as far as demand is unmet). Called once a day per replicate, when the tiers before it
   * have been drawn.
   */
  double release(DayView day);

  /**
   * The policy for replicate {@code replicate}, called before its first day: a fresh instance for a
   * policy with state, this one for a stateless policy (the default).
   */
  default ReleasePolicy forReplicate(long replicate) {
    return this;
  }
}
