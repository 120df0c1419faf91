package org.stockpile.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form layers, and every import goes down, never up or sideways between packages
 * of one layer (docs/model.md, "Where things live"): what the kernel needs never depends on how a
 * study is read or shown, and a front end can be added beside the others.
 */
class PackageLayersTest {
  private static final Path ENGINE = Path.of("src", "main", "java", "org", "stockpile");
  private static final Path SPARK = Path.of("..", "spark", "src", "main", "java", "org", "stockpile");
  /** Any use of another package's class: an import, a fully qualified name in code or in javadoc. */
  private static final Pattern IMPORT = Pattern.compile("(?<!package )\\borg\\.stockpile\\.([a-z]+)\\.[A-Z]");

  /** Each package's layer: a package may import only packages of lower layers. */
  private static final Map<String, Integer> LAYER = Map.ofEntries(
      Map.entry("policy", 0),
      Map.entry("model", 1), Map.entry("metrics", 1),
      Map.entry("check", 2),
      Map.entry("scenario", 3),
      Map.entry("sim", 4),
      Map.entry("optimize", 5), Map.entry("sweep", 5),
      Map.entry("study", 6),
      Map.entry("output", 7),
      Map.entry("report", 8),
      Map.entry("console", 9),
      Map.entry("cli", 10), Map.entry("spark", 10));

  @Test
  void everyImportGoesToALowerLayer() throws IOException {
    List<String> wrong = new ArrayList<>();
    TreeSet<String> seen = new TreeSet<>();
    for (Path root : List.of(ENGINE, SPARK)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
          String from = root.relativize(file).getName(0).toString();
          seen.add(from);
          Integer layer = LAYER.get(from);
          if (layer == null) {
            wrong.add(file + ": package " + from + " has no layer in this test");
            continue;
          }
          Matcher imported = IMPORT.matcher(Files.readString(file));
          while (imported.find()) {
            String to = imported.group(1);
            if (!to.equals(from) && !(LAYER.getOrDefault(to, Integer.MAX_VALUE) < layer)) {
              wrong.add(file + ": " + from + " uses " + to);
            }
          }
        }
      }
    }
    assertEquals(new TreeSet<>(LAYER.keySet()), seen, "every package has a layer, every layer a package");
    assertEquals(List.of(), wrong);
  }

  /** The algorithms read no file and parse no YAML or JSON (annotations naming their values are allowed). */
  @Test
  void optimizeAndSweepReadNoFile() throws IOException {
    Pattern files = Pattern.compile("\\b(java\\.nio\\.(file|channels)|java\\.io\\.(File|Reader|Writer|InputStream|"
        + "OutputStream|RandomAccessFile)|com\\.fasterxml\\.jackson\\.(databind|dataformat)|"
        + "org\\.stockpile\\.(scenario|study|output)\\.)");
    List<String> wrong = new ArrayList<>();
    for (String algorithm : List.of("optimize", "sweep")) {
      try (Stream<Path> sources = Files.list(ENGINE.resolve(algorithm))) {
        for (Path file : sources.toList()) {
          Matcher reading = files.matcher(Files.readString(file));
          while (reading.find()) {
            wrong.add(file + ": " + reading.group());
          }
        }
      }
    }
    assertEquals(List.of(), wrong);
    assertTrue(Files.isDirectory(ENGINE.resolve("study")), "spec files are read in study");
  }
}
