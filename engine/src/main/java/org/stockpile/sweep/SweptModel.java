package org.stockpile.sweep;

import java.util.List;
import org.stockpile.sim.ScenarioFamily;
import org.stockpile.sim.WorldFamily;

/**
 * What a sweep's points are and what is read from each: scenarios of one economy, their metrics
 * read from each point's run ({@link OneEconomy}), or worlds of several economies, their metrics
 * naming an economy or the world market ({@link SeveralEconomies}).
 */
public sealed interface SweptModel {
  /** The metrics as written, in order: the first outputs of every point. */
  List<String> metricNames();

  /** Scenarios of one economy, which the inputs' values make. */
  record OneEconomy(ScenarioFamily scenarios, List<MetricRef> metrics) implements SweptModel {
    public OneEconomy {
      metrics = List.copyOf(metrics);
    }

    @Override
    public List<String> metricNames() {
      return metrics.stream().map(MetricRef::written).toList();
    }
  }

  /** Worlds of several economies, which the inputs' values make. */
  record SeveralEconomies(WorldFamily worlds, List<WorldMetricRef> metrics) implements SweptModel {
    public SeveralEconomies {
      metrics = List.copyOf(metrics);
    }

    @Override
    public List<String> metricNames() {
      return metrics.stream().map(WorldMetricRef::written).toList();
    }
  }
}
