package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a results folder held when it was written: a manifest's {@code files}, each file's path
 * (relative, with {@code /}), size in bytes and SHA-256, so that a reader can tell a damaged
 * folder (a file cut short, edited or lost) from a whole one before it reads a number.
 * The manifest itself is not listed (it is written last, holding the list), nor a subfolder with
 * a manifest of its own (an economy's folder in a world's results lists its files); files added
 * later beside the results (a report) are not checked.
 */
public final class FileDigests {
  /** The manifest's key for the list. */
  public static final String KEY = "files";

  private FileDigests() {
  }

  /** Adds {@code folder}'s files (every regular file below it but its own manifest) to {@code manifest}. */
  static ObjectNode addTo(ObjectNode manifest, Path folder) throws IOException {
    ObjectNode files = manifest.putObject(KEY);
    List<Path> paths = new ArrayList<>();
    Files.walkFileTree(folder, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        // A folder with a manifest of its own (an economy's in a world's results) lists its own files.
        return !dir.equals(folder) && Files.exists(dir.resolve("manifest.json")) ? FileVisitResult.SKIP_SUBTREE
            : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (attributes.isRegularFile() && !file.equals(folder.resolve("manifest.json"))) {
          paths.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    paths.sort(null);
    for (Path path : paths) {
      ObjectNode entry = files.putObject(name(folder, path));
      entry.put("bytes", Files.size(path));
      entry.put("sha256", Manifest.sha256(path));
    }
    return manifest;
  }

  /**
   * What is wrong with {@code folder} against its {@code manifest}'s list: each file missing, of
   * another size or with other bytes; empty when all match or when the manifest has no list
   * (folders written before the list existed).
   */
  public static List<String> problems(JsonNode manifest, Path folder) throws IOException {
    List<String> problems = new ArrayList<>();
    JsonNode files = manifest.path(KEY);
    if (!files.isObject()) {
      return problems;
    }
    for (Map.Entry<String, JsonNode> entry : files.properties()) {
      String name = entry.getKey();
      Path path = folder.resolve(name).normalize();
      if (!path.startsWith(folder.normalize()) || name.isEmpty()) {
        problems.add("the manifest lists '" + name + "', outside the folder");
        continue;
      }
      if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        problems.add(name + " is missing");
        continue;
      }
      long bytes = Files.size(path);
      long expected = entry.getValue().path("bytes").asLong(-1);
      if (bytes != expected) {
        problems.add(name + " has " + bytes + " bytes, the manifest says " + expected
            + (bytes < expected ? " (cut short)" : ""));
      } else if (!Manifest.sha256(path).equals(entry.getValue().path("sha256").asText())) {
        problems.add(name + " differs from what was written (its SHA-256 is not the manifest's)");
      }
    }
    return problems;
  }

  private static String name(Path folder, Path file) {
    return folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
