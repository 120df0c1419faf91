/**
 * The simulation: a scenario compiled into primitive arrays ({@link org.stockpile.sim.CompiledScenario}),
 * the daily kernel that steps one replicate through MODEL.md's day ({@link org.stockpile.sim.Kernel}),
 * the random streams that make replicates reproducible ({@link org.stockpile.sim.RandomStreams}),
 * the shocks of one replicate ({@link org.stockpile.sim.ShockTimeline}) and the Monte Carlo
 * runner that spreads replicates over threads ({@link org.stockpile.sim.MonteCarlo}).
 */
package org.stockpile.sim;
