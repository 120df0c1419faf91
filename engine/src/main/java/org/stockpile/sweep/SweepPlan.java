package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.List;

/**
 * A sweep, file-free: the inputs it varies, the scenarios (or worlds of several economies) their
 * values make with the metrics read from each ({@link SweptModel}), the design, the days whose
 * cover it follows, and the replicates and seed of every point. Reading a spec file into a plan
 * is the {@code study} layer's work; {@link Sweep} runs a plan.
 *
 * <p>Each point yields its {@link #outputNames outputs}: the metrics, then each cover material's
 * days of cover at each cover day ({@code rare-earths.daysOfCover@90}), day after day. A world's
 * runs record no days of cover: its plan follows no cover day.
 */
public record SweepPlan(List<SweptInput> inputs, SweptModel model, Design design, List<Integer> coverDays,
    List<String> coverMaterials, int replicates, long seed) {

  /** Cover days used when a sobol or morris spec names none (those inside the horizon). */
  public static final List<Integer> DEFAULT_COVER_DAYS = List.of(30, 90, 180, 365);

  public SweepPlan {
    inputs = List.copyOf(inputs);
    coverDays = List.copyOf(coverDays);
    coverMaterials = List.copyOf(coverMaterials);
    if (model instanceof SweptModel.SeveralEconomies && !coverDays.isEmpty()) {
      throw new IllegalArgumentException("a world's runs record no days of cover: no cover days");
    }
  }

  public SweepPlan withDesign(Design other) {
    return new SweepPlan(inputs, model, other, coverDays, coverMaterials, replicates, seed);
  }

  public SweepPlan withReplicates(int count) {
    return new SweepPlan(inputs, model, design, coverDays, coverMaterials, count, seed);
  }

  /** This plan with {@code count} base samples (Sobol) or points (Latin hypercube); other designs take none. */
  public SweepPlan withSamples(int count) {
    return withDesign(switch (design) {
      case SobolDesign sobol -> new SobolDesign(count);
      case LatinHypercubeDesign latin -> new LatinHypercubeDesign(count);
      default -> throw new IllegalArgumentException("samples apply to sobol and latinHypercube designs");
    });
  }

  public SweepPlan withSeed(long value) {
    return new SweepPlan(inputs, model, design, coverDays, coverMaterials, replicates, value);
  }

  /** The inputs' paths, in order. */
  public List<String> paths() {
    return inputs.stream().map(SweptInput::path).toList();
  }

  /** The inputs' labels, in order. */
  public List<String> labels() {
    return inputs.stream().map(SweptInput::label).toList();
  }

  /** The inputs' parameters, in order (what designs and indices work on). */
  public List<Parameter> parameters() {
    return inputs.stream().map(SweptInput::parameter).toList();
  }

  /** The metrics as written, in order. */
  public List<String> metricNames() {
    return model.metricNames();
  }

  /** What each point yields, in order: the metrics, then the covers (material by material within a day). */
  public List<String> outputNames() {
    List<String> names = new ArrayList<>(metricNames());
    for (int day : coverDays) {
      for (String material : coverMaterials) {
        names.add(coverName(material, day));
      }
    }
    return names;
  }

  /** The output name of a material's days of cover at the end of a day. */
  public static String coverName(String material, int day) {
    return material + ".daysOfCover@" + day;
  }

  /** Input {@code input}'s value at {@code u} in [0, 1], as the scenario takes it. */
  public double valueOf(int input, double u) {
    return inputs.get(input).valueAt(u);
  }
}
