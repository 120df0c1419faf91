package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A material's source shares sum to one: when values are set into some of them by path (sweep
 * points, optimize candidates, {@code --set}), the others take what is left, in their
 * proportions. One rule for every way of setting a share, so a {@code --set} and a spec's
 * decision on the same share give the same scenario.
 */
final class SourceShares {
  /** The sources whose shares were set, by the sources list holding them (lists by identity). */
  private final Map<JsonNode, Set<JsonNode>> set = new IdentityHashMap<>();

  /**
   * Notes that {@code path} was set in {@code root}, in the entry {@code holder}; returns the
   * sources list holding it if it is a source's share, else null.
   */
  JsonNode noteSet(JsonNode root, String path, ObjectNode holder) {
    JsonNode sources = sourcesHolding(root, path);
    if (sources != null) {
      set.computeIfAbsent(sources, list -> Collections.newSetFromMap(new IdentityHashMap<>())).add(holder);
    }
    return sources;
  }

  /**
   * Scales the shares not set so that the material's shares sum to one again, keeping their
   * proportions (if the set ones exceed one, the scenario is invalid and says so). Returns each
   * rescaled list with the positions of the shares it changed.
   */
  Map<JsonNode, List<Integer>> rescaleOthers() {
    Map<JsonNode, List<Integer>> changed = new IdentityHashMap<>();
    set.forEach((sources, setOnes) -> changed.put(sources, rescale(sources, setOnes)));
    return changed;
  }

  private static List<Integer> rescale(JsonNode sources, Set<JsonNode> setOnes) {
    double setTotal = 0;
    double otherTotal = 0;
    for (JsonNode source : sources) {
      double share = source.path("share").asDouble(0);
      if (setOnes.contains(source)) {
        setTotal += share;
      } else {
        otherTotal += share;
      }
    }
    List<Integer> changed = new ArrayList<>();
    if (otherTotal <= 0 || setOnes.size() == sources.size()) {
      return changed;
    }
    double scale = (1 - setTotal) / otherTotal;
    for (int i = 0; i < sources.size(); i++) {
      JsonNode source = sources.get(i);
      if (!setOnes.contains(source) && source instanceof ObjectNode object && source.has("share")) {
        object.put("share", source.get("share").asDouble() * scale);
        changed.add(i);
      }
    }
    return changed;
  }

  /**
   * The sources list of a material when {@code path} sets one of its sources' share
   * ({@code materials.m.sources.x.share} or {@code materials.m.sources[i].share}), else null.
   */
  private static JsonNode sourcesHolding(JsonNode root, String path) {
    if (setsShare(path)) {
      JsonNode sources = root.path("materials").path(ScenarioPath.steps(path).get(1)).path("sources");
      return sources.isArray() ? sources : null;
    }
    return null;
  }

  /**
   * Whether {@code path} (a valid path) sets a source's share, {@code materials.m.sources.x.share}
   * or {@code materials.m.sources[i].share}: the other shares of material {@code m} then rescale.
   */
  static boolean setsShare(String path) {
    List<String> steps = ScenarioPath.steps(path);
    return steps.size() == 5 && steps.get(0).equals("materials") && steps.get(2).equals("sources")
        && steps.get(4).equals("share");
  }
}
