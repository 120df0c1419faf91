/**
 * The reserve optimizer: a search, on Jenetics, for the decisions (days of which material, in
 * which tier, with what rules) that score best on a sample of replicates shared by every
 * candidate (common random numbers). {@link org.stockpile.optimize.Optimizer} runs it over
 * {@link org.stockpile.optimize.Decision}s, a {@link org.stockpile.sim.ScenarioFamily} that turns
 * their values into a scenario, and {@link org.stockpile.optimize.Objective}s, under
 * {@link org.stockpile.optimize.Constraint}s; an {@link org.stockpile.optimize.OptimizePlan} holds
 * all of it, file-free. Reads no file: spec files are {@code study}'s.
 */
package org.stockpile.optimize;
