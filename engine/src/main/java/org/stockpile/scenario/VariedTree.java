package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.TreePaths;

/**
 * A scenario's tree with its {@link ScenarioVariant variants} applied: overlays merged in, values
 * set by path, every value keeping the location it came from (the base file's line, an overlay's
 * line, a {@code --set} argument), so that binding and checking the result reports each problem
 * where the user wrote the value. Problems with the variants themselves (an overlay that cannot be
 * read, a path not in the scenario, a value that is not YAML) are collected, located, with the
 * base file's parsing problems.
 */
final class VariedTree {
  private final ObjectNode root;
  private final Map<String, Location> locations;
  private final List<Finding> problems;

  private VariedTree(LocatedTree base) {
    this.root = (ObjectNode) base.root().deepCopy();
    this.locations = new HashMap<>(base.locations());
    this.problems = new ArrayList<>(base.problems());
  }

  /** {@code base} with {@code variants} applied in order. */
  static LocatedTree apply(LocatedTree base, List<ScenarioVariant> variants) {
    if (variants.isEmpty()) {
      return base;
    }
    VariedTree tree = new VariedTree(base);
    List<String> sources = new ArrayList<>(List.of(base.fileName()));
    SourceShares shares = new SourceShares();
    Map<JsonNode, ShareSetter> shareSetters = new IdentityHashMap<>();
    for (ScenarioVariant variant : variants) {
      sources.add(variant instanceof ScenarioVariant.Overlay overlay ? overlay.file().toString() : variant.argument());
      switch (variant) {
        case ScenarioVariant.Overlay overlay -> tree.overlay(overlay);
        case ScenarioVariant.Setting setting -> tree.set(setting, shares, shareSetters);
      }
    }
    // The shares a --set moved are located at it: a problem with them is the setting's doing.
    shares.rescaleOthers().forEach((list, changed) -> {
      ShareSetter setter = shareSetters.get(list);
      for (int i : changed) {
        String share = TreePaths.key(TreePaths.index(setter.sourcesPath(), i), "share");
        tree.forget(share);
        tree.locations.put(share, Location.inArgument(setter.argument(), null));
      }
    });
    return new LocatedTree(base.fileName(), tree.root, Map.copyOf(tree.locations), List.copyOf(tree.problems),
        List.copyOf(sources));
  }

  private void overlay(ScenarioVariant.Overlay overlay) {
    LocatedTree patch;
    try {
      patch = TreeReader.readOverlay(overlay.file());
    } catch (ScenarioException e) {
      problems.addAll(e.problems());
      return;
    }
    problems.addAll(patch.problems());
    merge(root, (ObjectNode) patch.root(), "", "", patch);
  }

  /** Merges the mapping {@code patch} (at {@code patchPath} of the overlay) onto {@code target} (at {@code path}). */
  private void merge(ObjectNode target, ObjectNode patch, String path, String patchPath, LocatedTree overlay) {
    for (Map.Entry<String, JsonNode> entry : patch.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      String at = TreePaths.key(path, key);
      String from = TreePaths.key(patchPath, key);
      JsonNode current = target.get(key);
      if (value.isNull()) {
        // null puts the key back to its default; a problem that causes (a required key) is the overlay's.
        target.remove(key);
        forget(at);
        locations.put(at, overlay.locate(from));
      } else if (current instanceof ObjectNode mapping && value instanceof ObjectNode patchMapping) {
        merge(mapping, patchMapping, at, from, overlay);
      } else if (current instanceof ArrayNode list && value instanceof ArrayNode patchList && byId(list)
          && byId(patchList) && !patchList.isEmpty()) {
        mergeById(list, patchList, at, from, overlay);
      } else {
        target.set(key, value.deepCopy());
        forget(at);
        adopt(overlay, from, at);
      }
    }
  }

  /** Entries with an id already in {@code list} are merged onto it; new ids are added at the end. */
  private void mergeById(ArrayNode list, ArrayNode patch, String path, String patchPath, LocatedTree overlay) {
    Set<String> seen = new HashSet<>();
    for (int p = 0; p < patch.size(); p++) {
      String id = patch.get(p).get("id").asText();
      String from = TreePaths.index(patchPath, p);
      if (!seen.add(id)) {
        problems.add(overlay.place(Finding.at(TreePaths.key(from, "id"), "the same id as an earlier entry of this "
            + "list ('" + id + "')")));
        continue;
      }
      int found = -1;
      for (int i = 0; i < list.size(); i++) {
        if (id.equals(list.get(i).get("id").asText())) {
          found = i;
        }
      }
      if (found >= 0) {
        merge((ObjectNode) list.get(found), (ObjectNode) patch.get(p), TreePaths.index(path, found), from, overlay);
      } else {
        list.add(patch.get(p).deepCopy());
        adopt(overlay, from, TreePaths.index(path, list.size() - 1));
      }
    }
  }

  /** Whether every entry of {@code list} is a mapping with a textual {@code id}. */
  private static boolean byId(ArrayNode list) {
    for (JsonNode entry : list) {
      if (!entry.isObject() || !entry.path("id").isTextual()) {
        return false;
      }
    }
    return true;
  }

  private void set(ScenarioVariant.Setting setting, SourceShares shares, Map<JsonNode, ShareSetter> shareSetters) {
    String argument = setting.argument();
    ScenarioPath.Slot slot;
    JsonNode value;
    try {
      slot = ScenarioPath.slot(root, setting.path());
      value = TreeReader.readValue(setting.value());
    } catch (IllegalArgumentException e) {
      problems.add(new Finding(argument, 0, 0, setting.path(), e.getMessage().replace("does not name a number",
          "does not name a value")));
      return;
    }
    JsonNode current = slot.parent().get(slot.key());
    if (current != null && current.isTextual() && value.isValueNode() && !value.isTextual() && !value.isNull()) {
      // Text replaced by what YAML would read as a number or a boolean ("yes", "42"): the text as typed.
      value = TextNode.valueOf(setting.value());
    }
    if (value.isNull()) {
      slot.parent().remove(slot.key());
    } else {
      slot.parent().set(slot.key(), value);
    }
    forget(slot.positional());
    locations.put(slot.positional(), Location.inArgument(argument, setting.path()));
    JsonNode sources = shares.noteSet(root, setting.path(), slot.parent());
    if (sources != null) {
      String entry = slot.positional().substring(0, slot.positional().length() - ".share".length());
      shareSetters.put(sources, new ShareSetter(entry.substring(0, entry.lastIndexOf('[')), argument));
    }
  }

  /** Takes the overlay's locations at and under {@code from} for the values now at {@code to}. */
  private void adopt(LocatedTree overlay, String from, String to) {
    overlay.locations().forEach((path, where) -> {
      if (TreePaths.within(path, from)) {
        locations.put(to + path.substring(from.length()), where);
      }
    });
    if (!locations.containsKey(to)) {
      locations.put(to, overlay.locate(from));
    }
  }

  /** Drops the locations at and under {@code path}: the values there were replaced. */
  private void forget(String path) {
    locations.keySet().removeIf(located -> TreePaths.within(located, path));
  }

  /** The last {@code --set} of a share in a material's sources list, and that list's path. */
  private record ShareSetter(String sourcesPath, String argument) {
  }
}
