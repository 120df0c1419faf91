package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ScenarioValidator;
import org.stockpile.check.ValidScenario;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.model.Source;

/**
 * A {@link ScenarioTemplate}'s paths resolved once into setters on its records, for the many
 * scenarios a sweep or an optimizer makes from one base: a candidate is the base scenario with each
 * value set on its records, a material's other source shares rescaled when a share is set, then
 * checked. No tree is copied or bound per candidate, yet the result is what
 * {@link ScenarioTemplate#valid(List, double[])} makes from the same values: the same scenario, or
 * the same problems in the same order.
 *
 * <ul>
 *   <li>Each value is read by the binder itself, as the number a template writes into its tree
 *       ({@link ScenarioTemplate#numberNode}): a fraction on a whole-number field is refused
 *       ("must be a whole number, got a number (2.5)"), a whole number becomes the field's value.
 *       Problems found there are listed in the order binding the whole file lists them, and
 *       nothing is checked further, as when binding fails.
 *   <li>Shares rescale as {@link SourceShares} rescales them in the tree: the shares not set take
 *       what is left, in their proportions, summed in list order.
 *   <li>A path that names a key the file leaves to its default works like one it writes.
 * </ul>
 *
 * <p><b>Paths set in the tree.</b> A path that does not lead to a number or day field of a record
 * is resolved to no setter; when one of the paths is such, every candidate of this family is made
 * as {@link ScenarioTemplate#valid(List, double[])} makes it (a whole tree per candidate; values
 * at one path cannot be set in the tree and at another on the records and bound together). These
 * paths are: paths not in the scenario (refused per candidate as before); a type or mode key
 * ({@code type}, {@code mode}, {@code distribution}: a number there changes how the mapping is
 * read); a key of another mode than the mapping's ({@code paybackDays} of a sale, which ignores it,
 * {@code delayDays} of a quota, accepted only at its default: the binder weighs such keys against
 * the mode); keys no record reads; and text, boolean, date or enum fields (a number written there
 * is read as text, may rename an id that later paths are found by). See
 * {@link #pathsSetInTheTree()}.
 */
public final class TemplateSetters {
  private final ScenarioTemplate template;
  private final List<String> paths;
  private final ValidScenario base;
  private final Map<String, String> inTheTree;
  /** The setter of each path, null for a path whose value another path sets again later. */
  private final ScenarioLens[] lenses;
  private final List<ShareGroup> shareGroups;

  private TemplateSetters(ScenarioTemplate template, List<String> paths, ValidScenario base,
      Map<String, String> inTheTree, ScenarioLens[] lenses, List<ShareGroup> shareGroups) {
    this.template = template;
    this.paths = paths;
    this.base = base;
    this.inTheTree = inTheTree;
    this.lenses = lenses;
    this.shareGroups = shareGroups;
  }

  static TemplateSetters resolve(ScenarioTemplate template, JsonNode root, List<String> paths) {
    List<String> fixed = List.copyOf(paths);
    ValidScenario base = template.valid();
    Scenario scenario = base.scenario();
    Map<String, String> inTheTree = new LinkedHashMap<>();
    ScenarioLens[] lenses = new ScenarioLens[fixed.size()];
    for (int i = 0; i < lenses.length; i++) {
      try {
        lenses[i] = ScenarioLens.resolve(root, scenario, fixed.get(i));
      } catch (ScenarioLens.NotOnRecords e) {
        inTheTree.put(fixed.get(i), e.getMessage());
      }
    }
    if (!inTheTree.isEmpty()) {
      return new TemplateSetters(template, fixed, base, Map.copyOf(inTheTree), null, List.of());
    }
    // A place set twice holds its last value, as in the tree: the earlier setters are left out.
    for (int i = 0; i < lenses.length; i++) {
      for (int later = i + 1; later < lenses.length; later++) {
        if (lenses[later].positional().equals(lenses[i].positional())) {
          lenses[i] = null;
          break;
        }
      }
    }
    List<ShareGroup> groups;
    try {
      groups = shareGroups(root, scenario, fixed, lenses);
    } catch (ScenarioLens.NotOnRecords e) {
      // Not expected: a share that has a setter has siblings that have one.
      return new TemplateSetters(template, fixed, base, Map.of(String.join(", ", fixed), "a share left to rescale: "
          + e.getMessage()), null, List.of());
    }
    return new TemplateSetters(template, fixed, base, Map.of(), lenses, groups);
  }

  /** The paths, in the order of the values. */
  public List<String> paths() {
    return paths;
  }

  /**
   * The paths that lead to no setter on the records, each with the reason: when there are any,
   * every candidate is made by setting values in the base file's tree and binding it.
   */
  public Map<String, String> pathsSetInTheTree() {
    return inTheTree;
  }

  /** The base scenario with {@code values[i]} at {@code paths().get(i)}, checked. */
  public Scenario scenario(double[] values) throws ScenarioException {
    return valid(values).scenario();
  }

  /**
   * The same, accepted by the validator; the scenario, or the problems, that
   * {@link ScenarioTemplate#valid(List, double[])} gives for the same paths and values.
   */
  public ValidScenario valid(double[] values) throws ScenarioException {
    if (lenses == null) {
      return template.valid(paths, values);
    }
    if (values.length != lenses.length) {
      throw new IllegalArgumentException(lenses.length + " paths for " + values.length + " values");
    }
    TreeBinder binder = new TreeBinder();
    List<Placed> refused = new ArrayList<>();
    Object[] bound = new Object[lenses.length];
    double[] written = new double[lenses.length];
    for (int i = 0; i < lenses.length; i++) {
      ScenarioLens lens = lenses[i];
      if (lens != null) {
        JsonNode number = ScenarioTemplate.numberNode(values[i]);
        written[i] = number.asDouble();
        bound[i] = read(binder, number, lens, refused);
      }
    }
    List<Object[]> rescaled = new ArrayList<>(shareGroups.size());
    for (ShareGroup group : shareGroups) {
      rescaled.add(group.rescale(written, binder, refused));
    }
    if (!refused.isEmpty()) {
      refused.sort(Comparator.comparing(Placed::visitOrder, Arrays::compare));
      throw new ScenarioException(refused.stream().map(Placed::finding).toList());
    }
    Scenario scenario = base.scenario();
    for (int i = 0; i < lenses.length; i++) {
      if (lenses[i] != null) {
        scenario = lenses[i].set(scenario, bound[i]);
      }
    }
    for (int g = 0; g < shareGroups.size(); g++) {
      scenario = shareGroups.get(g).set(scenario, rescaled.get(g));
    }
    return ScenarioValidator.validated(scenario);
  }

  /** {@code number} as the binder reads it at the lens's place; a problem is noted, placed in visiting order. */
  private static Object read(TreeBinder binder, JsonNode number, ScenarioLens lens, List<Placed> refused) {
    int before = binder.problems().size();
    Object value = binder.bindAt(number, lens.leafType(), lens.positional());
    for (Finding problem : binder.problems().subList(before, binder.problems().size())) {
      refused.add(new Placed(lens.visitOrder(), problem));
    }
    return value;
  }

  /** The share groups of the share setters among {@code lenses}, one per material, in order of first setting. */
  private static List<ShareGroup> shareGroups(JsonNode root, Scenario scenario, List<String> paths,
      ScenarioLens[] lenses) throws ScenarioLens.NotOnRecords {
    Map<String, int[]> setterBySource = new LinkedHashMap<>();
    for (int i = 0; i < lenses.length; i++) {
      if (lenses[i] != null && SourceShares.setsShare(paths.get(i))) {
        String material = ScenarioPath.steps(paths.get(i)).get(1);
        List<String> steps = ScenarioPath.steps(lenses[i].positional());
        int source = Integer.parseInt(steps.get(3).substring(1, steps.get(3).length() - 1));
        int count = scenario.materials().get(material).sources().size();
        int[] setters = setterBySource.computeIfAbsent(material, m -> {
          int[] none = new int[count];
          Arrays.fill(none, -1);
          return none;
        });
        setters[source] = i;
      }
    }
    List<ShareGroup> groups = new ArrayList<>();
    for (Map.Entry<String, int[]> entry : setterBySource.entrySet()) {
      groups.add(ShareGroup.of(root, scenario, entry.getKey(), entry.getValue()));
    }
    return groups;
  }

  /** A problem and where binding the whole file would come to it. */
  private record Placed(int[] visitOrder, Finding finding) {
  }

  /**
   * A material some of whose shares are set: the others take what is left, in their proportions,
   * as {@link SourceShares} rescales them in the tree.
   *
   * @param setters    for each source, in order, the index of the value setting its share, or -1
   * @param baseShares each source's share in the base scenario
   * @param otherTotal the sum of the shares not set, in list order
   * @param others     a setter of each share not set, in list order
   * @param rescales   whether the others change (some are not set, and they hold a share)
   */
  private record ShareGroup(int[] setters, double[] baseShares, double otherTotal, ScenarioLens[] others,
      boolean rescales) {

    static ShareGroup of(JsonNode root, Scenario scenario, String material, int[] setters)
        throws ScenarioLens.NotOnRecords {
      Material bound = scenario.materials().get(material);
      List<Source> sources = bound.sources();
      double[] baseShares = sources.stream().mapToDouble(Source::share).toArray();
      double otherTotal = 0;
      int setCount = 0;
      List<ScenarioLens> others = new ArrayList<>();
      for (int j = 0; j < sources.size(); j++) {
        if (setters[j] >= 0) {
          setCount++;
        } else {
          otherTotal += baseShares[j];
          others.add(ScenarioLens.resolve(root, scenario, "materials." + material + ".sources[" + j + "].share"));
        }
      }
      boolean rescales = !(otherTotal <= 0 || setCount == sources.size());
      return new ShareGroup(setters, baseShares, otherTotal, others.toArray(ScenarioLens[]::new), rescales);
    }

    /**
     * The other shares, read by the binder, given the numbers {@code written} at each path (null
     * when they do not change); problems (a share made infinite) are noted.
     */
    Object[] rescale(double[] written, TreeBinder binder, List<Placed> refused) {
      if (!rescales) {
        return null;
      }
      double setTotal = 0;
      for (int setter : setters) {
        if (setter >= 0) {
          setTotal += written[setter];
        }
      }
      double scale = (1 - setTotal) / otherTotal;
      Object[] values = new Object[others.length];
      int k = 0;
      for (int j = 0; j < setters.length; j++) {
        if (setters[j] < 0) {
          values[k] = read(binder, DoubleNode.valueOf(baseShares[j] * scale), others[k], refused);
          k++;
        }
      }
      return values;
    }

    Scenario set(Scenario scenario, Object[] rescaled) {
      if (rescaled == null) {
        return scenario;
      }
      Scenario result = scenario;
      for (int k = 0; k < others.length; k++) {
        result = others[k].set(result, rescaled[k]);
      }
      return result;
    }
  }
}
