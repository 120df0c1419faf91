package org.stockpile.sim;

import java.io.Serializable;

/**
 * What a block of replicates run on its own (a Spark task) sends back: every replicate's metrics
 * and, when the run keeps daily series, the block's share of the percentile histograms (deflated
 * counts and extremes). {@link MonteCarlo#combine} puts blocks together into the run's result,
 * the same bits as the run made in one go.
 *
 * @param first      the block's first replicate
 * @param count      its replicates
 * @param metrics    each replicate's metrics, replicate after replicate ({@code count x} the layout's width)
 * @param histograms the block's series histograms ({@code TimeSeriesHistograms.toBytes()}), or null
 * @param covers     each replicate's days of cover on the run's cover days, or null
 */
public record RunBlock(int first, int count, double[] metrics, byte[] histograms, double[] covers)
    implements Serializable {
}
