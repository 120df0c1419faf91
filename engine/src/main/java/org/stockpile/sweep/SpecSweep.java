package org.stockpile.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.LoadedDocument;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.ScenarioVariant;

/**
 * A sweep spec file, read and checked: its base scenario, its parameters (paths that exist, a
 * distribution or levels, values at both ends of the range that keep the scenario valid, and
 * whether the field takes whole numbers only, then values are rounded), its design, its metrics
 * and the days whose cover it follows over time. Every problem is reported at once, located in
 * the spec or in the base scenario (with its variants, if any: {@link #load(Path, List)}).
 *
 * <p>Each point yields its {@link #outputNames outputs}: the metrics, then each cover material's
 * days of cover at each cover day ({@code rare-earths.daysOfCover@90}), day after day.
 */
public record SpecSweep(Path specFile, ScenarioTemplate base, List<String> paths, List<String> labels,
    List<Parameter> parameters, List<Boolean> whole, Design design, List<MetricRef> metrics, List<Integer> coverDays,
    List<String> coverMaterials, int replicates, long seed) {

  private static final Logger LOG = LoggerFactory.getLogger(SpecSweep.class);

  /** Cover days used when a sobol or morris spec names none (those inside the horizon). */
  public static final List<Integer> DEFAULT_COVER_DAYS = List.of(30, 90, 180, 365);

  public SpecSweep {
    paths = List.copyOf(paths);
    labels = List.copyOf(labels);
    parameters = List.copyOf(parameters);
    whole = List.copyOf(whole);
    metrics = List.copyOf(metrics);
    coverDays = List.copyOf(coverDays);
    coverMaterials = List.copyOf(coverMaterials);
  }

  public SpecSweep withDesign(Design other) {
    return new SpecSweep(specFile, base, paths, labels, parameters, whole, other, metrics, coverDays, coverMaterials,
        replicates, seed);
  }

  public SpecSweep withReplicates(int count) {
    return new SpecSweep(specFile, base, paths, labels, parameters, whole, design, metrics, coverDays, coverMaterials, count,
        seed);
  }

  /** This spec with {@code count} base samples (Sobol) or points (Latin hypercube); other designs take none. */
  public SpecSweep withSamples(int count) {
    return withDesign(switch (design) {
      case SobolDesign sobol -> new SobolDesign(count);
      case LatinHypercubeDesign latin -> new LatinHypercubeDesign(count);
      default -> throw new IllegalArgumentException("samples apply to sobol and latinHypercube designs");
    });
  }

  public SpecSweep withSeed(long value) {
    return new SpecSweep(specFile, base, paths, labels, parameters, whole, design, metrics, coverDays, coverMaterials,
        replicates, value);
  }

  /** What each point yields, in order: the metrics, then the covers (material by material within a day). */
  public List<String> outputNames() {
    List<String> names = new ArrayList<>();
    metrics.forEach(metric -> names.add(metric.written()));
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

  public static SpecSweep load(Path specFile) throws ScenarioException {
    return load(specFile, null, List.of());
  }

  /**
   * Reads {@code specFile} with {@code variants} (overlays, values set by path) applied to its
   * base scenario before the parameters: the spec's checks run on the varied base.
   */
  public static SpecSweep load(Path specFile, List<ScenarioVariant> variants) throws ScenarioException {
    return load(specFile, null, variants);
  }

  /**
   * Reads {@code specFile} with {@code scenarioFile} as its base scenario instead of the one it
   * names (null: the one it names), for a copy of both in another place, such as a cluster's
   * worker.
   */
  public static SpecSweep load(Path specFile, Path scenarioFile) throws ScenarioException {
    return load(specFile, scenarioFile, List.of());
  }

  /** As {@link #load(Path, Path)}, with {@code variants} applied to the base scenario. */
  public static SpecSweep load(Path specFile, Path scenarioFile, List<ScenarioVariant> variants)
      throws ScenarioException {
    LoadedDocument<SweepSpec> document = LoadedDocument.read(specFile, SweepSpec.class);
    SweepSpec spec = document.value();
    List<Finding> problems = new ArrayList<>(document.problems());
    ScenarioTemplate base = null;
    Scenario scenario = null;
    if (!document.brokenAt("scenario")) {
      try {
        base = ScenarioTemplate.load(scenarioFile != null ? scenarioFile : resolve(specFile, spec.scenario()),
            variants);
        scenario = base.scenario(List.of(), new double[0]);
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    if (spec.parameters().isEmpty() && !document.brokenAt("parameters")) {
      problems.add(document.place(Finding.at("parameters", "name at least one parameter")));
    }
    boolean designOk = checkDesign(document, spec.design(), problems);
    List<Integer> coverDays = new ArrayList<>();
    List<String> coverMaterials = new ArrayList<>();
    if (scenario != null && designOk) {
      coverDays(document, spec, scenario, coverDays, coverMaterials, problems);
    }
    List<String> paths = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    List<Parameter> parameters = new ArrayList<>();
    List<Boolean> whole = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < spec.parameters().size(); i++) {
      ParameterSpec written = spec.parameters().get(i);
      String at = "parameters[" + i + "]";
      if (written == null || document.brokenAt(at)) {
        continue;
      }
      if (!seen.add(written.path())) {
        problems.add(document.place(Finding.at(at + ".path", "the same path as an earlier parameter")));
      }
      Optional<String> wrong = base == null ? Optional.empty() : base.problemWith(written.path());
      if (wrong.isPresent()) {
        problems.add(document.place(Finding.at(at + ".path", wrong.get())));
        continue;
      }
      Parameter parameter;
      try {
        parameter = new Parameter(written.path(), written.distribution(), written.levels());
      } catch (IllegalArgumentException e) {
        problems.add(document.place(Finding.at(at, e.getMessage().substring(written.path().length() + 2))));
        continue;
      }
      paths.add(written.path());
      labels.add(written.label() != null && !written.label().isBlank() ? written.label()
          : base != null ? base.label(written.path()) : written.path());
      parameters.add(parameter);
      whole.add(base != null && takesWholeNumbers(base, written.path()));
      if (base != null) {
        checkEnds(document, base, at, parameter, whole.getLast(), coverDays, problems);
      }
    }
    List<MetricRef> metrics = new ArrayList<>();
    if (spec.metrics().isEmpty() && !document.brokenAt("metrics")) {
      problems.add(document.place(Finding.at("metrics", "name at least one metric")));
    }
    for (int m = 0; m < spec.metrics().size(); m++) {
      StringBuilder problem = new StringBuilder();
      MetricRef metric = scenario == null ? null
          : MetricRef.parse(spec.metrics().get(m), scenario, problem);
      if (metric != null) {
        metrics.add(metric);
      } else if (!problem.isEmpty()) {
        problems.add(document.place(Finding.at("metrics[" + m + "]", problem.toString())));
      }
    }
    if (spec.replicates() < 1) {
      problems.add(document.place(Finding.at("replicates", "must be at least 1, got " + spec.replicates())));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(LoadedDocument.sorted(problems));
    }
    for (Parameter parameter : parameters) {
      if (parameter.truncated()) {
        LOG.warn("sweep parameter {}: its {} distribution has no bounds, so it is cut to its 0.1 % and 99.9 % "
            + "quantiles, {} to {}", parameter.name(), parameter.distribution().getClass().getSimpleName()
            .toLowerCase(Locale.ROOT), parameter.at(0), parameter.at(1));
      }
    }
    return new SpecSweep(specFile, base, paths, labels, parameters, whole, spec.design().toDesign(), metrics, coverDays,
        coverMaterials, spec.replicates(), spec.seed());
  }

  /** A parameter's value as the scenario takes it (rounded where the field takes whole numbers). */
  public double valueOf(int parameter, double u) {
    double value = parameters.get(parameter).at(u);
    return whole.get(parameter) ? Math.rint(value) : value;
  }

  /** Whether the field at {@code path} takes whole numbers only: a half refused as "a whole number". */
  private static boolean takesWholeNumbers(ScenarioTemplate base, String path) {
    double current = base.number(path).orElse(1);
    try {
      base.scenario(List.of(path), new double[] {current + 0.5});
      return false;
    } catch (ScenarioException e) {
      return e.problems().stream().anyMatch(problem -> problem.message().startsWith("must be a whole number"));
    }
  }

  private static void checkEnds(LoadedDocument<SweepSpec> document, ScenarioTemplate base, String at,
      Parameter parameter, boolean whole, List<Integer> coverDays, List<Finding> problems) {
    for (double u : new double[] {0, 1}) {
      double value = whole ? Math.rint(parameter.at(u)) : parameter.at(u);
      try {
        Scenario scenario = base.scenario(List.of(parameter.name()), new double[] {value});
        if (!coverDays.isEmpty() && scenario.run().horizonDays() <= coverDays.getLast()) {
          problems.add(document.place(Finding.at(at, "at " + value + ", the run ends before cover day "
              + coverDays.getLast() + " (timeIndices.days)")));
          return;
        }
      } catch (ScenarioException e) {
        Finding first = e.problems().getFirst();
        problems.add(document.place(Finding.at(at, "at " + value + ", the scenario is not valid: " + first.path()
            + ": " + first.message())));
        return;
      }
    }
  }

  /**
   * The cover days (ascending) and materials: as written, or by default, for designs with
   * indices, {@link #DEFAULT_COVER_DAYS} inside the horizon and every material.
   */
  private static void coverDays(LoadedDocument<SweepSpec> document, SweepSpec spec, Scenario scenario,
      List<Integer> days, List<String> materials, List<Finding> problems) {
    TimeIndicesSpec written = spec.timeIndices();
    int horizon = scenario.run().horizonDays();
    if (written == null || written.days() == null) {
      DesignType type = spec.design().type();
      if (type == DesignType.SOBOL || type == DesignType.MORRIS) {
        DEFAULT_COVER_DAYS.stream().filter(day -> day < horizon).forEach(days::add);
      }
    } else {
      Set<Integer> seen = new HashSet<>();
      for (int i = 0; i < written.days().size(); i++) {
        String at = "timeIndices.days[" + i + "]";
        if (written.days().get(i) == null || document.brokenAt(at)) {
          continue;
        }
        long day = written.days().get(i).resolve(scenario.run().startDate());
        if (day < 0 || day >= horizon) {
          problems.add(document.place(Finding.at(at, "must be a day of the run, 0 to " + (horizon - 1) + " (from "
              + scenario.run().startDate() + "), got " + day)));
        } else if (!seen.add((int) day)) {
          problems.add(document.place(Finding.at(at, "the same day as an earlier one (" + day + ")")));
        } else {
          days.add((int) day);
        }
      }
      days.sort(null);
    }
    List<String> named = written == null ? List.of() : written.materials();
    if (named.isEmpty()) {
      materials.addAll(scenario.materials().keySet());
    }
    for (int i = 0; i < named.size(); i++) {
      if (!scenario.materials().containsKey(named.get(i))) {
        problems.add(document.place(Finding.at("timeIndices.materials[" + i + "]", "not a material of the scenario: "
            + named.get(i) + " (" + String.join(", ", scenario.materials().keySet()) + ")")));
      } else if (materials.contains(named.get(i))) {
        problems.add(document.place(Finding.at("timeIndices.materials[" + i + "]", "named twice")));
      } else {
        materials.add(named.get(i));
      }
    }
  }

  /** Whether the design is usable; if not, says why. */
  private static boolean checkDesign(LoadedDocument<SweepSpec> document, DesignSpec design, List<Finding> problems) {
    if (design == null || design.type() == null || document.brokenAt("design")) {
      return false;
    }
    String missing = switch (design.type()) {
      case SOBOL -> design.samples() == null || design.samples() < 2 ? "a sobol design needs samples (at least 2)" : null;
      case LATIN_HYPERCUBE -> design.samples() == null || design.samples() < 1
          ? "a latinHypercube design needs samples (at least 1)" : null;
      case MORRIS -> design.trajectories() == null || design.trajectories() < 2 || design.levels() == null
          || design.levels() < 2 || design.levels() % 2 != 0
          ? "a morris design needs trajectories (at least 2) and levels (even, at least 2)" : null;
      case GRID, ONE_AT_A_TIME -> design.levels() == null || design.levels() < 2
          ? "a " + (design.type() == DesignType.GRID ? "grid" : "oneAtATime") + " design needs levels (at least 2)"
          : null;
    };
    if (missing != null) {
      problems.add(document.place(Finding.at("design", missing)));
    }
    return missing == null;
  }

  private static Path resolve(Path specFile, String scenario) {
    Path parent = specFile.getParent();
    Path given = Path.of(scenario);
    return given.isAbsolute() || parent == null ? given : parent.resolve(given).normalize();
  }
}
