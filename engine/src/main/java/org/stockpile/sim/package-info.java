/**
 * The simulation: a checked scenario compiled into primitive arrays
 * ({@link org.stockpile.sim.CompiledScenario}), the daily kernel that steps a group of replicates
 * side by side through the day of docs/model.md ({@link org.stockpile.sim.Kernel}, with the
 * group's state in {@code LaneState}, named once for the steps in {@code LaneArrays}, and one class
 * per step of the day, {@code DemandStep} to {@code AccountStep}, lane by lane, each overridden by
 * its vector form, {@code VectorDemandStep} to {@code VectorAccountStep}, on the processor's vector
 * lanes when the JVM has the Vector API: the same bits), the random streams that make replicates reproducible
 * ({@link org.stockpile.sim.RandomStreams}, every purpose keyed by name in
 * {@link org.stockpile.sim.StreamPurpose}), the shocks of one replicate
 * ({@link org.stockpile.sim.ShockTimeline}, applied day by day by {@code DailyShocks}), and the
 * Monte Carlo runner that spreads replicates over threads ({@link org.stockpile.sim.MonteCarlo}),
 * or over blocks run anywhere ({@link org.stockpile.sim.BlockExecutor}). A
 * {@link org.stockpile.sim.ScenarioFamily} is the scenarios a list of values makes: what sweeps and
 * the optimizer run ({@link org.stockpile.sim.WorldFamily}, the worlds of several economies).
 */
package org.stockpile.sim;
