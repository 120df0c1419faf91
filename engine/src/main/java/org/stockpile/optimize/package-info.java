/**
 * The reserve optimizer: a search, on Jenetics, for the decisions (days of which material, in
 * which tier, with what rules) that score best on a sample of replicates shared by every
 * candidate (common random numbers). {@link org.stockpile.optimize.Optimizer} runs it over
 * {@link org.stockpile.optimize.Decision}s, a {@link org.stockpile.optimize.ScenarioDesign} that
 * turns their values into a scenario, and an {@link org.stockpile.optimize.Objective}.
 */
package org.stockpile.optimize;
