/**
 * Sensitivity analysis: which inputs drive a result. Designs over the unit hypercube (Latin
 * hypercube, Morris trajectories, Saltelli's Sobol samples) mapped onto {@link
 * org.stockpile.sweep.Parameter}s, and the estimators (Morris elementary effects, Sobol first-order
 * and total indices with bootstrap intervals) for any {@link org.stockpile.sweep.Model}: a scenario
 * run or any function of a parameter vector.
 */
package org.stockpile.sweep;
