package org.stockpile.sim;

import java.io.Serializable;

/**
 * What a block of a world's replicates run on its own (a Spark task) sends back, as
 * {@link RunBlock} for one economy: each economy's metrics and its share of the percentile
 * histograms, and the world's metrics. {@link WorldMonteCarlo#combine} puts blocks together into
 * the world's result, the same bits as the run made in one go.
 *
 * @param first      the block's first replicate
 * @param count      its replicates
 * @param metrics    per economy, each replicate's metrics, replicate after replicate
 * @param histograms per economy, the block's series histograms ({@code TimeSeriesHistograms.toBytes()}), or null
 * @param world      each replicate's world metrics ({@link WorldMetrics}), replicate after replicate
 */
public record WorldBlock(int first, int count, double[][] metrics, byte[][] histograms, double[] world)
    implements Serializable {
}
