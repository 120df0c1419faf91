/**
 * Writing results to folders: a run's {@code summary.json} (the stable contract),
 * {@code timeseries.csv}, {@code replicates.csv} and {@code manifest.json}; a search's
 * {@code best.json}, {@code history.csv}, {@code optimized.yaml}, {@code validation.json} and its
 * {@code checkpoint.json}; a sweep's {@code points.csv}, {@code indices.json} and
 * {@code timeindices.csv}, its journal of finished points and the baselines it is compared with.
 * Everything is written into a temporary folder beside the destination and renamed into place at
 * the end ({@link org.stockpile.output.AtomicDirectory}), so an interrupted command leaves nothing
 * half written, and a folder that holds results is never replaced unless asked.
 */
package org.stockpile.output;
