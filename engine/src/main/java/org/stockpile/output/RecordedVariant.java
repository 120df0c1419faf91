package org.stockpile.output;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.scenario.ScenarioVariant;

/**
 * A variant of the base scenario (an {@code --overlay} or a {@code --set}) as result files record
 * it: an overlay by its file and SHA-256, a setting as written; exactly one of {@code overlay} and
 * {@code set} is given.
 *
 * @param overlay the overlay file, or null
 * @param sha256  the overlay file's SHA-256, or null
 * @param set     the setting as written ({@code PATH=VALUE}), or null
 */
public record RecordedVariant(String overlay, String sha256, String set) {

  /** {@code variants} as recorded, in order, hashing each overlay file now. */
  public static List<RecordedVariant> of(List<ScenarioVariant> variants) throws IOException {
    List<RecordedVariant> recorded = new ArrayList<>();
    for (ScenarioVariant variant : variants) {
      recorded.add(switch (variant) {
        case ScenarioVariant.Overlay overlay -> new RecordedVariant(overlay.file().toString(),
            Manifest.sha256(overlay.file()), null);
        case ScenarioVariant.Setting setting -> new RecordedVariant(null, null, setting.path() + "=" + setting.value());
      });
    }
    return List.copyOf(recorded);
  }

  /** The manifest's {@code variants}: {@code [{"overlay": FILE, "sha256": HEX}, {"set": "PATH=VALUE"}, ...]}. */
  public static ArrayNode toJson(List<RecordedVariant> variants) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (RecordedVariant variant : variants) {
      if (variant.overlay() != null) {
        array.addObject().put("overlay", variant.overlay()).put("sha256", variant.sha256());
      } else {
        array.addObject().put("set", variant.set());
      }
    }
    return array;
  }

  /**
   * What a resumed sweep or search must match, in order: each overlay by its content (its
   * SHA-256, wherever the file now is), each setting by its text.
   */
  public static List<String> fingerprints(List<ScenarioVariant> variants) throws IOException {
    return of(variants).stream()
        .map(variant -> variant.overlay() != null ? "overlay sha256:" + variant.sha256() : "set " + variant.set())
        .toList();
  }
}
