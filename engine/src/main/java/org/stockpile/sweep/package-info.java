/**
 * Sensitivity analysis: which inputs drive a result. {@link org.stockpile.sweep.Design}s over the
 * unit hypercube (Saltelli's Sobol samples, Morris trajectories, Latin hypercube, grid,
 * one-at-a-time) mapped onto {@link org.stockpile.sweep.Parameter}s, their estimators (Sobol
 * first-order and total indices with bootstrap intervals, Morris elementary effects) for any
 * {@link org.stockpile.sweep.Response} through {@link org.stockpile.sweep.Sensitivity}, and sweeps
 * over scenarios: a file-free {@link org.stockpile.sweep.SweepPlan} (its
 * {@link org.stockpile.sweep.SweptInput}s and the {@link org.stockpile.sweep.SweptModel} their
 * values make: a {@link org.stockpile.sim.ScenarioFamily} with its {@link org.stockpile.sweep.MetricRef}s,
 * or a {@link org.stockpile.sim.WorldFamily} of several economies with its
 * {@link org.stockpile.sweep.WorldMetricRef}s) run by {@link org.stockpile.sweep.Sweep}. Reads no
 * file: spec files are {@code study}'s.
 */
package org.stockpile.sweep;
