package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.util.Optional;
import org.stockpile.study.SweepStudy;
import org.stockpile.sweep.SweepPlan;

/**
 * What makes two sweeps comparable number for number: the same spec file (its SHA-256), design
 * and design settings, replicates, seed, and variants of the base scenario (the same overlay files
 * and settings, in order). The base scenario and the overlays' contents may differ: a nightly data
 * update is what a nightly comparison is there to notice.
 *
 * @param variants the variants of the base scenario as a sweep's manifest records them
 *                 ({@code variants}), without the overlays' SHA-256; missing, null or empty for none
 */
public record SweepIdentity(String specSha256, String design, String designSettings, int replicates, long seed,
    JsonNode variants) {

  public SweepIdentity {
    variants = isNone(variants) ? MissingNode.getInstance() : withoutContent(variants);
  }

  /** The identity of a sweep of {@code spec} (its file as it is now), with its variants of the base scenario. */
  public static SweepIdentity of(SweepStudy study) throws IOException {
    SweepPlan plan = study.plan();
    return new SweepIdentity(Manifest.sha256(study.specFile()), plan.design().name(),
        plan.design().toString(), plan.replicates(), plan.seed(),
        RecordedVariant.toJson(RecordedVariant.of(study.base().variants())));
  }

  /** Why the sweep whose manifest is {@code manifest} is not comparable with this one ("ran ..."), or empty. */
  public Optional<String> mismatch(JsonNode manifest) {
    if (!manifest.path("specSha256").asText().equals(specSha256)) {
      return Optional.of("is a sweep of another spec (or another version of it)");
    }
    if (!manifest.path("design").asText().equals(design) || manifest.path("replicates").asInt() != replicates
        || manifest.path("seed").asLong() != seed) {
      return Optional.of("ran with design " + manifest.path("design").asText() + ", replicates "
          + manifest.path("replicates").asInt() + " and seed " + manifest.path("seed").asLong() + ", not design "
          + design + ", replicates " + replicates + " and seed " + seed);
    }
    if (manifest.has("designSettings") && !manifest.path("designSettings").asText().equals(designSettings)) {
      return Optional.of("ran with " + manifest.path("designSettings").asText() + ", not " + designSettings);
    }
    JsonNode theirs = isNone(manifest.path("variants")) ? MissingNode.getInstance()
        : withoutContent(manifest.path("variants"));
    if (!theirs.equals(variants)) {
      return Optional.of("ran on " + describe(theirs) + " of the base scenario, not " + describe(variants));
    }
    return Optional.empty();
  }

  /** Variants as recorded, without the overlays' SHA-256 (a nightly overlay changes content, not name). */
  private static JsonNode withoutContent(JsonNode variants) {
    JsonNode copy = variants.deepCopy();
    copy.forEach(variant -> {
      if (variant instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
        object.remove("sha256");
      }
    });
    return copy;
  }

  private static boolean isNone(JsonNode node) {
    return node == null || node.isMissingNode() || node.isNull() || (node.isContainerNode() && node.isEmpty());
  }

  private static String describe(JsonNode variants) {
    return variants.isMissingNode() ? "no variants" : "variants " + variants;
  }
}
