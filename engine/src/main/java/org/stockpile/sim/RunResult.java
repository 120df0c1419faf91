package org.stockpile.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.MetricLayout;
import org.stockpile.metrics.Stats;
import org.stockpile.metrics.TimeSeriesHistograms;

/**
 * What a run produced: every replicate's metrics (per material, per tier, in total) and, when
 * kept, the daily percentile bands. Summaries are computed on demand from all replicates.
 */
public final class RunResult {
  /**
   * Daily series kept per material, in this order, followed by each tier's days of cover: days of
   * cover, shortfall, price, units released by tiers with a release rule (sales and loans) and loans outstanding.
   */
  public enum Series {
    DAYS_OF_COVER, SHORTFALL, PRICE, RELEASED, LOANS_OUTSTANDING,
    /** Supply waiting unstored at the end of the day (bought, no tier could take it yet). */
    UNSTORED
  }

  private final CompiledScenario compiled;
  private final RunOptions options;
  private final MetricLayout layout;
  private final double[] metrics;
  private final TimeSeriesHistograms histograms;
  private final int[] seriesOffset;
  private final int[] coverDays;
  private final double[] covers;

  RunResult(CompiledScenario compiled, RunOptions options, MetricLayout layout, double[] metrics,
      TimeSeriesHistograms histograms, int[] seriesOffset, double[] covers) {
    this.compiled = compiled;
    this.options = options;
    this.layout = layout;
    this.metrics = metrics;
    this.histograms = histograms;
    this.seriesOffset = seriesOffset;
    this.coverDays = options.coverDays();
    this.covers = covers;
  }

  public CompiledScenario compiled() {
    return compiled;
  }

  public int replicates() {
    return options.replicates();
  }

  public long seed() {
    return options.seed();
  }

  public int threads() {
    return options.threads();
  }

  public int horizonDays() {
    return compiled.horizon;
  }

  public MetricLayout layout() {
    return layout;
  }

  /** Material ids in scenario order. */
  public List<String> materials() {
    return List.of(compiled.materialIds);
  }

  /** Holders of material {@code m}'s tiers, in file order. */
  public List<String> tiers(int m) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < compiled.tierCount(m); i++) {
      names.add(compiled.tierName(m, i));
    }
    return names;
  }

  public int materialIndex(String id) {
    int index = materials().indexOf(id);
    if (index < 0) {
      throw new IllegalArgumentException("no material '" + id + "' in this run; materials: " + materials());
    }
    return index;
  }

  /** One value of replicate {@code replicate} at a {@link MetricLayout} offset. */
  public double value(int replicate, int offset) {
    return metrics[replicate * layout.width() + offset];
  }

  /** All replicates' values at a {@link MetricLayout} offset, in replicate order. */
  public double[] values(int offset) {
    double[] values = new double[replicates()];
    for (int r = 0; r < values.length; r++) {
      values[r] = metrics[r * layout.width() + offset];
    }
    return values;
  }

  /** Summary of {@code metric} for material {@code id}. */
  public Stats stats(String id, Metric metric) {
    return Stats.of(values(layout.material(materialIndex(id), metric)), metric.higherIsWorse());
  }

  /**
   * Every replicate's value of {@code metric} for material {@code id}, in replicate order: the
   * numbers {@link #stats(String, Metric)} summarises, to filter, map or collect as one likes.
   */
  public DoubleStream stream(String id, Metric metric) {
    int offset = layout.material(materialIndex(id), metric);
    return IntStream.range(0, replicates()).mapToDouble(r -> metrics[r * layout.width() + offset]);
  }

  /** The replicates, in order, each with its own metrics: {@code result.eachReplicate().filter(...)}. */
  public Stream<Replicate> eachReplicate() {
    return IntStream.range(0, replicates()).mapToObj(r -> new Replicate(this, r));
  }

  /**
   * Percentile {@code p} over replicates of material {@code id}'s {@code series} on each day of the
   * run, in order, in natural units (the same key as {@link #stats(String, Metric)}).
   */
  public DoubleStream days(String id, Series series, double p) {
    int m = materialIndex(id);
    requireSeries();
    return IntStream.range(0, horizonDays()).mapToDouble(day -> percentile(m, series, day, p));
  }

  /** One replicate of a run, read through its result. */
  public record Replicate(RunResult result, int index) {
    /** This replicate's value of {@code metric} for material {@code id}. */
    public double value(String id, Metric metric) {
      return result.value(index, result.layout.material(result.materialIndex(id), metric));
    }

    /** This replicate's value of a tier metric for {@code holder}'s tier of material {@code id}. */
    public double tierValue(String id, String holder, Metric metric) {
      int m = result.materialIndex(id);
      int tier = result.tiers(m).indexOf(holder);
      if (tier < 0) {
        throw new IllegalArgumentException("material '" + id + "' has no tier '" + holder + "'; tiers: "
            + result.tiers(m));
      }
      return result.value(index, result.layout.tier(m, tier, metric));
    }
  }

  /** Summary of a tier metric for the tier of {@code holder} of material {@code id}. */
  public Stats tierStats(String id, String holder, Metric metric) {
    int m = materialIndex(id);
    int tier = tiers(m).indexOf(holder);
    if (tier < 0) {
      throw new IllegalArgumentException("material '" + id + "' has no tier '" + holder + "'; tiers: " + tiers(m));
    }
    return Stats.of(values(layout.tier(m, tier, metric)), metric.higherIsWorse());
  }

  /**
   * Summary of {@code metric} over all materials: money summed, days and shares on days when any
   * material is short or below target (see {@link Metric#TOTAL}). Quantities have no total; see
   * {@link #summedStats}.
   */
  public Stats totalStats(Metric metric) {
    return Stats.of(values(layout.total(metric)), metric.higherIsWorse());
  }

  /**
   * Summary of a quantity ({@code shortfallUnits}...) added up over materials replicate by
   * replicate, for scenarios whose materials share one unit (a single material, or tonnes of
   * each); throws otherwise, naming the units.
   */
  public Stats summedStats(Metric metric) {
    if (metric.hasTotal()) {
      return totalStats(metric);
    }
    List<String> units = compiled.scenario().units();
    if (units.size() > 1) {
      throw new IllegalArgumentException(metric.key() + " cannot be added over materials measured in different units ("
          + String.join(", ", units) + "): take one material's");
    }
    double[] sums = new double[replicates()];
    for (int m = 0; m < compiled.materialCount; m++) {
      int offset = layout.material(m, metric);
      for (int r = 0; r < sums.length; r++) {
        sums[r] += metrics[r * layout.width() + offset];
      }
    }
    return Stats.of(sums, metric.higherIsWorse());
  }

  /** The unit of material {@code id}'s quantities (t, kg...). */
  public String unit(String id) {
    return compiled.scenario().materials().get(materials().get(materialIndex(id))).unit();
  }

  /** The currency of every cost. */
  public String currency() {
    return compiled.scenario().currency();
  }

  public boolean hasTimeSeries() {
    return histograms != null;
  }

  /**
   * Percentile {@code p} over replicates on {@code day} of a material's series, in natural units
   * (days of cover, units of shortfall, price in currency).
   */
  public double percentile(int m, Series series, int day, double p) {
    return requireSeries().percentile(seriesOffset[m] + series.ordinal(), day, p) * scale(m, series);
  }

  /**
   * Percentile {@code p} over replicates on {@code day} of material {@code id}'s series, in natural
   * units: keyed by the material's name, as {@link #stats(String, Metric)} is.
   */
  public double percentile(String id, Series series, int day, double p) {
    return percentile(materialIndex(id), series, day, p);
  }

  /**
   * Several percentiles (ascending {@code ps}) over replicates on {@code day} of a material's
   * series, into {@code out}, in natural units; {@code tier} (file order) selects a tier's days of
   * cover instead, when not negative.
   */
  public void percentiles(int m, Series series, int tier, int day, double[] ps, double[] out) {
    int index = tier >= 0 ? seriesOffset[m] + Series.values().length + tier : seriesOffset[m] + series.ordinal();
    requireSeries().percentiles(index, day, ps, out);
    double scale = tier >= 0 ? 1 : scale(m, series);
    for (int i = 0; i < out.length; i++) {
      out[i] *= scale;
    }
  }

  private double scale(int m, Series series) {
    return switch (series) {
      case DAYS_OF_COVER -> 1;
      case SHORTFALL, RELEASED, LOANS_OUTSTANDING, UNSTORED -> compiled.referencePerDay[m];
      case PRICE -> compiled.basePrice[m] > 0 ? compiled.basePrice[m] : 0;
    };
  }

  /** Percentile {@code p} over replicates of the days of cover of tier {@code tier} (file order) on {@code day}. */
  public double tierCoverPercentile(int m, int tier, int day, double p) {
    return requireSeries().percentile(seriesOffset[m] + Series.values().length + tier, day, p);
  }

  private TimeSeriesHistograms requireSeries() {
    if (histograms == null) {
      throw new IllegalStateException("this run did not keep time series");
    }
    return histograms;
  }

  /** The days whose cover was kept ({@link RunOptions#coverDays}). */
  public int[] coverDays() {
    return coverDays.clone();
  }

  /**
   * Every replicate's days of cover of material {@code m} (all tiers together) at the end of the
   * {@code d}-th of the {@link #coverDays}, in replicate order.
   */
  public double[] cover(int m, int d) {
    if (covers == null || d < 0 || d >= coverDays.length) {
      throw new IllegalArgumentException("this run kept the cover of days " + java.util.Arrays.toString(coverDays)
          + " only; no day index " + d);
    }
    int width = coverDays.length * compiled.materialCount;
    double[] values = new double[replicates()];
    for (int r = 0; r < values.length; r++) {
      values[r] = covers[r * width + d * compiled.materialCount + m];
    }
    return values;
  }

  /** The mean over replicates of {@link #cover}, summed in replicate order. */
  public double meanCover(int m, int d) {
    double sum = 0;
    for (double value : cover(m, d)) {
      sum += value;
    }
    return sum / replicates();
  }
}
