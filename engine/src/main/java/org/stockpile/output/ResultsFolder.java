package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Whether a folder holds this tool's results: a regular {@code manifest.json} whose first fields
 * are those every writer puts there ({@link Manifest#header}: its kind and its output format).
 * {@code --force} replaces only such a folder.
 */
final class ResultsFolder {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ResultsFolder() {
  }

  static boolean isOurs(Path folder) {
    Path manifest = folder.resolve("manifest.json");
    if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
      return false;
    }
    try {
      if (Files.size(manifest) > 64 << 20) {
        return false;
      }
      JsonNode node = JSON.readTree(manifest.toFile());
      return node != null && node.path("kind").isTextual() && node.path("outputFormat").isIntegralNumber();
    } catch (IOException e) {
      return false;
    }
  }
}
