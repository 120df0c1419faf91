/**
 * Decisions of a stockpile tier as code: a researcher implements {@link org.stockpile.policy.ReleasePolicy}
 * (how much a tier may release today) and {@link org.stockpile.policy.TargetPolicy} (its target
 * today) and {@link org.stockpile.policy.BuyPolicy} (the most it buys today) in plain Java, reading the replicate's day through a
 * read-only {@link org.stockpile.policy.DayView}, and hands it to a run with
 * {@link org.stockpile.policy.Policies}. The built-in rules of scenario files are implementations of
 * the same interfaces ({@link org.stockpile.policy.TriggeredRelease} is a file's release trigger),
 * so a custom policy and a built-in one can be compared on the same random numbers.
 *
 * <p>This package depends on no other package of the engine: the model's rules
 * ({@code org.stockpile.model}) name their policies here, and the kernel ({@code org.stockpile.sim})
 * calls them.
 */
package org.stockpile.policy;
