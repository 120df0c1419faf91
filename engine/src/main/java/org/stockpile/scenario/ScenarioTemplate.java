package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.RunSettings;
import org.stockpile.model.Scenario;

/**
 * A valid scenario file (with its {@link ScenarioVariant variants} applied, if any) used as a
 * base that numbers are set into by path, for the optimizer and sweeps: {@code materials.rare-earths.stockpiles.jogmec.targetDays}, or
 * {@code materials.cobalt.sources.drc.share} and {@code materials.cobalt.sources[0].share} for
 * list entries (by {@code id} or by index). A path names a number in the file, or a key the file
 * leaves to its default in an object that exists; the result is bound and checked like a file.
 *
 * <p>Setting a source's {@code share} rescales the material's other shares so that they still
 * sum to one, in their proportions: a decision on one share moves the rest with it ({@code --set}
 * does the same).
 *
 * <p>With no numbers set, it is the scenario as varied: {@link #scenario()} and {@link #yaml()}
 * are what a run with {@code --set} and {@code --overlay} runs and keeps in its results.
 */
public final class ScenarioTemplate implements StudyBase {
  private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
  /** The varied scenario kept with a run's results: long texts on one line, easier to read. */
  private static final YAMLMapper AS_RUN_YAML = new YAMLMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      // A text that looks like a number ("42") is written quoted, so it reads back as text.
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .disable(YAMLGenerator.Feature.SPLIT_LINES));

  private final Path file;
  private final List<ScenarioVariant> variants;
  private final JsonNode root;
  private final ValidScenario base;

  private ScenarioTemplate(Path file, List<ScenarioVariant> variants, JsonNode root, ValidScenario base) {
    this.file = file;
    this.variants = List.copyOf(variants);
    this.root = root;
    this.base = base;
  }

  /** The scenario in {@code file}, which must be valid. */
  public static ScenarioTemplate load(Path file) throws ScenarioException {
    return load(file, List.of());
  }

  /**
   * The scenario in {@code file} with {@code variants} applied, which must be valid (else every
   * problem, located as {@link ScenarioLoader#load(Path, List)} locates them).
   */
  public static ScenarioTemplate load(Path file, List<ScenarioVariant> variants) throws ScenarioException {
    LocatedTree tree = ScenarioLoader.read(file, variants);
    ValidScenario base = ScenarioLoader.bind(tree);
    return new ScenarioTemplate(file, variants, tree.root(), base);
  }

  /** The base scenario file (before its variants). */
  @Override
  public Path file() {
    return file;
  }

  /** The variants applied to the file, in order (none for the file as it is). */
  @Override
  public List<ScenarioVariant> variants() {
    return variants;
  }

  /** The scenario as varied, with no numbers set (checked when the template was loaded). */
  public Scenario scenario() {
    return base.scenario();
  }

  /** The same, accepted by the validator: ready to compile. */
  public ValidScenario valid() {
    return base;
  }

  @Override
  public RunSettings run() {
    return base.scenario().run();
  }

  /** The scenario as varied, as YAML (runnable with {@code stockpile run}). */
  @Override
  public String yaml() {
    try {
      return AS_RUN_YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code root} as a run keeps it in its results. */
  static String asRunYaml(JsonNode root) {
    try {
      return AS_RUN_YAML.writeValueAsString(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What is wrong with {@code path} as a place to set a number, if anything. */
  @Override
  public Optional<String> problemWith(String path) {
    return ScenarioPath.problemWith(root, path);
  }

  /**
   * A readable label for {@code path}: the material, source, tier or shock it belongs to (by
   * name), the field in words and its unit, e.g. "rare-earths from china: lead time (days)".
   */
  @Override
  public String label(String path) {
    return PathLabels.label(root, path);
  }

  /** The number the base file has at {@code path}, if it writes one there (not a default). */
  @Override
  public OptionalDouble number(String path) {
    return ScenarioPath.number(root, path);
  }

  /** The base scenario with {@code values[i]} set at {@code paths.get(i)}, bound and checked. */
  public Scenario scenario(List<String> paths, double[] values) throws ScenarioException {
    return valid(paths, values).scenario();
  }

  /** The same, accepted by the validator: ready to compile without being checked again. */
  public ValidScenario valid(List<String> paths, double[] values) throws ScenarioException {
    JsonNode tree = apply(paths, values);
    TreeBinder binder = new TreeBinder();
    Scenario scenario = binder.bind(tree, Scenario.class);
    if (!binder.problems().isEmpty()) {
      throw new ScenarioException(binder.problems());
    }
    return ScenarioValidator.validated(scenario);
  }

  /**
   * {@code paths} resolved once into setters on the base scenario's records, for the many
   * scenarios of a sweep or an optimizer: each is the scenario, or the problems,
   * {@link #valid(List, double[])} gives for the same values, made without a tree per scenario.
   */
  public TemplateSetters setters(List<String> paths) {
    return TemplateSetters.resolve(this, root, paths);
  }

  /** The base file with the values set, as YAML (runnable with {@code stockpile run}). */
  public String yaml(List<String> paths, double[] values) {
    try {
      return YAML.writeValueAsString(apply(paths, values));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode apply(List<String> paths, double[] values) {
    if (paths.size() != values.length) {
      throw new IllegalArgumentException(paths.size() + " paths for " + values.length + " values");
    }
    JsonNode copy = root.deepCopy();
    SourceShares shares = new SourceShares();
    for (int i = 0; i < values.length; i++) {
      ScenarioPath.Slot slot = ScenarioPath.slot(copy, paths.get(i));
      slot.parent().set(slot.key(), numberNode(values[i]));
      shares.noteSet(copy, paths.get(i), slot.parent());
    }
    shares.rescaleOthers();
    return copy;
  }

  /** How a value set at a path is written into the tree: whole numbers as integers, others as they are. */
  static JsonNode numberNode(double value) {
    return value == Math.rint(value) && Math.abs(value) < Integer.MAX_VALUE
        ? IntNode.valueOf((int) value) : DoubleNode.valueOf(value);
  }

}
