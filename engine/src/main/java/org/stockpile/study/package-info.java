/**
 * Studies: what a planner asks of the engine beyond one run, from the spec file to the result.
 * Reads sweep and optimize spec files ({@link org.stockpile.study.SweepSpec},
 * {@link org.stockpile.study.OptimizeSpec} and their parts: the file's records) and checks them
 * against their base scenario, every problem located in the spec or the scenario; turns them into
 * file-free plans ({@link org.stockpile.sweep.SweepPlan}, {@link org.stockpile.optimize.OptimizePlan})
 * kept with the files they came from ({@link org.stockpile.study.SweepStudy},
 * {@link org.stockpile.study.OptimizeStudy}); and runs a study from start to end
 * ({@link org.stockpile.study.OptimizeWorkflow}: search, resume, the scenario as written,
 * re-scoring on fresh replicates). Where results are written is {@code output}'s business; the
 * command line and Spark are front ends over the same workflows.
 */
package org.stockpile.study;
