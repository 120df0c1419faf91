/**
 * Writing a run's results to a folder: {@code summary.json} (the stable contract),
 * {@code timeseries.csv}, {@code replicates.csv} and {@code manifest.json}. Everything is written
 * into a temporary folder beside the destination and renamed into place at the end
 * ({@link org.stockpile.output.AtomicDirectory}), so an interrupted run leaves nothing half
 * written, and a folder that holds results is never replaced unless asked.
 */
package org.stockpile.output;
