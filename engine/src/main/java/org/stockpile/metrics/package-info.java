/**
 * What comes out of a run: the metric names and their meaning ({@link org.stockpile.metrics.Metric}),
 * where each replicate's values sit in a row ({@link org.stockpile.metrics.MetricLayout}), summary
 * statistics over replicates ({@link org.stockpile.metrics.Stats}) and the streaming percentile
 * histograms behind the daily time series ({@link org.stockpile.metrics.QuantileCodec},
 * {@link org.stockpile.metrics.TimeSeriesHistograms}). Knows nothing of files or of the kernel.
 */
package org.stockpile.metrics;
