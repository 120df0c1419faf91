package org.stockpile.study;

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
import org.stockpile.check.InvalidInput;
import org.stockpile.check.ScenarioException;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;
import org.stockpile.model.World;
import org.stockpile.scenario.LoadedDocument;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.ScenarioVariant;
import org.stockpile.scenario.StudyBase;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sweep.MetricRef;
import org.stockpile.sweep.Parameter;
import org.stockpile.sweep.SweepPlan;
import org.stockpile.sweep.SweptInput;
import org.stockpile.sweep.SweptModel;
import org.stockpile.sweep.WorldMetricRef;

/**
 * A sweep spec file, read and checked, as a file-free {@link SweepPlan} with the files it came
 * from: the spec, its base scenario (a {@link ScenarioTemplate}, or a {@link WorldFile} when it
 * has several economies, with its variants, if any) whose values at the parameters' paths make
 * each point's scenario. The reader checks every parameter (paths that exist, a distribution or
 * levels, values at both ends of the range that keep the scenario valid, whether the field takes
 * whole numbers only, then values are rounded), the design, the metrics and the days whose cover
 * the sweep follows over time. Every problem is reported at once, located in the spec or in the
 * base scenario (with its variants, if any: {@link #load(Path, List)}).
 *
 * <p>On a world of several economies, parameters are paths in the world
 * ({@code economies.JP.materials.rare-earths.stockpiles.public.targetDays},
 * {@code suppliers.rare-earths.china.capacityPerDay}; a source's share is refused, as by the
 * world's optimizer), metrics name their economy or the world market ({@link WorldMetricRef}),
 * and no days of cover are followed (a world's runs do not record them).
 */
public record SweepStudy(Path specFile, StudyBase base, SweepPlan plan) {
  private static final Logger LOG = LoggerFactory.getLogger(SweepStudy.class);

  /** The same spec with another plan (other samples, replicates or seed). */
  public SweepStudy withPlan(SweepPlan other) {
    return new SweepStudy(specFile, base, other);
  }

  public static SweepStudy load(Path specFile) throws ScenarioException {
    return load(specFile, null, List.of());
  }

  /**
   * Reads {@code specFile} with {@code variants} (overlays, values set by path) applied to its
   * base scenario before the parameters: the spec's checks run on the varied base.
   */
  public static SweepStudy load(Path specFile, List<ScenarioVariant> variants) throws ScenarioException {
    return load(specFile, null, variants);
  }

  /**
   * Reads {@code specFile} with {@code scenarioFile} as its base scenario instead of the one it
   * names (null: the one it names), for a copy of both in another place, such as a cluster's
   * worker.
   */
  public static SweepStudy load(Path specFile, Path scenarioFile) throws ScenarioException {
    return load(specFile, scenarioFile, List.of());
  }

  /** As {@link #load(Path, Path)}, with {@code variants} applied to the base scenario. */
  public static SweepStudy load(Path specFile, Path scenarioFile, List<ScenarioVariant> variants)
      throws ScenarioException {
    LoadedDocument<SweepSpec> document = LoadedDocument.read(specFile, SweepSpec.class);
    SweepSpec spec = document.value();
    List<Finding> problems = new ArrayList<>(document.problems());
    StudyBase base = null;
    if (!document.brokenAt("scenario")) {
      Path file = scenarioFile != null ? scenarioFile : resolve(specFile, spec.scenario());
      try {
        base = ScenarioLoader.declaresEconomies(file) ? WorldFile.load(file, variants)
            : ScenarioTemplate.load(file, variants);
      } catch (ScenarioException e) {
        problems.addAll(e.problems());
      }
    }
    Scenario scenario = base instanceof ScenarioTemplate template ? template.scenario() : null;
    World world = base instanceof WorldFile file ? file.world() : null;
    if (spec.parameters().isEmpty() && !document.brokenAt("parameters")) {
      problems.add(document.place(Finding.at("parameters", "name at least one parameter")));
    }
    boolean designOk = checkDesign(document, spec.design(), problems);
    List<Integer> coverDays = new ArrayList<>();
    List<String> coverMaterials = new ArrayList<>();
    if (scenario != null && designOk) {
      coverDays(document, spec, scenario, coverDays, coverMaterials, problems);
    }
    TimeIndicesSpec timeIndices = spec.timeIndices();
    if (world != null && timeIndices != null && !document.brokenAt("timeIndices")
        && (timeIndices.days() != null && !timeIndices.days().isEmpty() || !timeIndices.materials().isEmpty())) {
      problems.add(document.place(Finding.at("timeIndices", "a scenario with several economies records no days of "
          + "cover over time yet: leave out timeIndices (or write days: [])")));
    }
    List<SweptInput> inputs = new ArrayList<>();
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
      if (world != null && written.path().endsWith(".share")) {
        problems.add(document.place(Finding.at(at + ".path", "a source's share cannot be swept in a scenario with "
            + "several economies yet (its other shares would have to move with it)")));
        continue;
      }
      Optional<String> wrong = base == null ? Optional.empty() : base.problemWith(written.path());
      if (wrong.isPresent()) {
        problems.add(document.place(Finding.at(at + ".path", wrong.get())));
        continue;
      }
      Parameter parameter;
      try {
        parameter = new Parameter(written.path(), written.distribution(), written.levels());
      } catch (InvalidInput e) {
        problems.add(document.place(Finding.at(at, e.problem())));
        continue;
      }
      SweptInput input = new SweptInput(written.path(), written.label() != null && !written.label().isBlank()
          ? written.label() : base != null ? base.label(written.path()) : written.path(), parameter,
          base != null && takesWholeNumbers(base, written.path()));
      inputs.add(input);
      if (base != null) {
        checkEnds(document, base, at, input, coverDays, problems);
      }
    }
    List<MetricRef> metrics = new ArrayList<>();
    List<WorldMetricRef> worldMetrics = new ArrayList<>();
    if (spec.metrics().isEmpty() && !document.brokenAt("metrics")) {
      problems.add(document.place(Finding.at("metrics", "name at least one metric")));
    }
    for (int m = 0; m < spec.metrics().size(); m++) {
      StringBuilder problem = new StringBuilder();
      if (scenario != null) {
        MetricRef metric = MetricRef.parse(spec.metrics().get(m), scenario, problem);
        if (metric != null) {
          metrics.add(metric);
        }
      } else if (world != null) {
        WorldMetricRef metric = WorldMetricRef.parse(spec.metrics().get(m), world, problem);
        if (metric != null) {
          worldMetrics.add(metric);
        }
      }
      if (!problem.isEmpty()) {
        problems.add(document.place(Finding.at("metrics[" + m + "]", problem.toString())));
      }
    }
    if (spec.replicates() < 1) {
      problems.add(document.place(Finding.at("replicates", "must be at least 1, got " + spec.replicates())));
    }
    if (!problems.isEmpty()) {
      throw new ScenarioException(LoadedDocument.sorted(problems));
    }
    for (SweptInput input : inputs) {
      Parameter parameter = input.parameter();
      if (parameter.truncated()) {
        LOG.warn("sweep parameter {}: its {} distribution has no bounds, so it is cut to its 0.1 % and 99.9 % "
            + "quantiles, {} to {}", parameter.name(), parameter.distribution().getClass().getSimpleName()
            .toLowerCase(Locale.ROOT), parameter.at(0), parameter.at(1));
      }
    }
    List<String> paths = inputs.stream().map(SweptInput::path).toList();
    SweptModel model = switch (base) {
      case ScenarioTemplate template -> new SweptModel.OneEconomy(TemplateFamily.of(template, paths), metrics);
      case WorldFile file -> new SweptModel.SeveralEconomies(new WorldTemplateFamily(file, paths), worldMetrics);
    };
    return new SweepStudy(specFile, base, new SweepPlan(inputs, model, spec.design().toDesign(), coverDays,
        coverMaterials, spec.replicates(), spec.seed()));
  }

  /** Whether the field at {@code path} takes whole numbers only: a half refused as "a whole number". */
  private static boolean takesWholeNumbers(StudyBase base, String path) {
    double current = base.number(path).orElse(1);
    try {
      runWith(base, path, current + 0.5);
      return false;
    } catch (ScenarioException e) {
      return e.problems().stream().anyMatch(problem -> problem.message().startsWith("must be a whole number"));
    }
  }

  /** The run settings of the base with {@code value} at {@code path}, once the result is checked. */
  private static RunSettings runWith(StudyBase base, String path, double value) throws ScenarioException {
    return switch (base) {
      case ScenarioTemplate template -> template.scenario(List.of(path), new double[] {value}).run();
      case WorldFile world -> world.with(List.of(path), new double[] {value}).world().run();
    };
  }

  private static void checkEnds(LoadedDocument<SweepSpec> document, StudyBase base, String at,
      SweptInput input, List<Integer> coverDays, List<Finding> problems) {
    for (double u : new double[] {0, 1}) {
      double value = input.valueAt(u);
      try {
        RunSettings run = runWith(base, input.path(), value);
        if (!coverDays.isEmpty() && run.horizonDays() <= coverDays.getLast()) {
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
   * indices, {@link SweepPlan#DEFAULT_COVER_DAYS} inside the horizon and every material.
   */
  private static void coverDays(LoadedDocument<SweepSpec> document, SweepSpec spec, Scenario scenario,
      List<Integer> days, List<String> materials, List<Finding> problems) {
    TimeIndicesSpec written = spec.timeIndices();
    int horizon = scenario.run().horizonDays();
    if (written == null || written.days() == null) {
      DesignType type = spec.design().type();
      if (type == DesignType.SOBOL || type == DesignType.MORRIS) {
        SweepPlan.DEFAULT_COVER_DAYS.stream().filter(day -> day < horizon).forEach(days::add);
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
