package org.stockpile.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.stockpile.scenario.ScenarioLoader;

/**
 * A citation can be followed from a clone of the repository: every {@code docs/sources.md#<anchor>}
 * names a heading of {@code docs/sources.md}, every {@code citations:} entry of a bundled scenario
 * is one, and no file points at the notes outside the repository the scenarios once cited.
 */
class ScenarioSourcesTest {
  private static final Path ROOT = Path.of("..");
  private static final Path SOURCES = ROOT.resolve("docs").resolve("sources.md");
  private static final Pattern REFERENCE = Pattern.compile("sources\\.md#([A-Za-z0-9_-]+)");
  private static final Pattern CITATION = Pattern.compile("docs/sources\\.md#([a-z0-9-]+): \\S.*");
  private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\(#([^)]*)\\)");
  /** Written in two parts so that this file does not cite them itself. */
  private static final List<String> OUTSIDE = List.of("DATA" + ".md", "MODEL" + ".md", "../" + "shared");
  private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "target", "runs", "node_modules", ".idea");

  /** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String anchor(String heading) {
    return heading.trim().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  static Set<String> anchors(List<String> markdown) {
    Set<String> anchors = new LinkedHashSet<>();
    boolean code = false;
    for (String line : markdown) {
      if (line.startsWith("```")) {
        code = !code;
      } else if (!code && line.startsWith("#")) {
        String heading = line.replaceFirst("^#+\\s*", "");
        String base = anchor(heading);
        String unique = base;
        for (int n = 1; !anchors.add(unique); n++) {
          unique = base + "-" + n;
        }
      }
    }
    return anchors;
  }

  /** The repository's text files (binary files, build output, results and git's own files left out) and their lines. */
  private static java.util.Map<Path, List<String>> repositoryTextFiles() throws IOException {
    java.util.Map<Path, List<String>> text = new java.util.TreeMap<>();
    Files.walkFileTree(ROOT, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult preVisitDirectory(Path folder,
          java.nio.file.attribute.BasicFileAttributes attributes) {
        return !folder.equals(ROOT) && SKIPPED_FOLDERS.contains(folder.getFileName().toString())
            ? java.nio.file.FileVisitResult.SKIP_SUBTREE : java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attributes)
          throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        boolean binary = false;
        for (int i = 0; i < Math.min(bytes.length, 8000) && !binary; i++) {
          binary = bytes[i] == 0;
        }
        if (!binary) {
          text.put(file, new String(bytes, StandardCharsets.UTF_8).lines().toList());
        }
        return java.nio.file.FileVisitResult.CONTINUE;
      }
    });
    return text;
  }

  private static String name(Path file) {
    return ROOT.relativize(file).toString().replace('\\', '/');
  }

  @Test
  void headingsGetGitHubsAnchors() {
    assertEquals("japan-rare-earth-exposure", anchor("Japan rare earth exposure"));
    assertEquals("china-export-controls-2023-2024", anchor("China export controls 2023 2024"));
    assertEquals("japans-rule-1983", anchor("Japan's rule (1983)"));
    assertEquals(Set.of("a", "b", "a-1"), anchors(List.of("# A", "```", "# not a heading", "```", "## B", "### A")));
  }

  @Test
  void everyReferenceToDocsSourcesNamesOneOfItsHeadings() throws IOException {
    Set<String> anchors = anchors(Files.readAllLines(SOURCES));
    List<String> broken = new ArrayList<>();
    int references = 0;
    for (java.util.Map.Entry<Path, List<String>> entry : repositoryTextFiles().entrySet()) {
      Path file = entry.getKey();
      List<String> lines = entry.getValue();
      for (int i = 0; i < lines.size(); i++) {
        Matcher reference = REFERENCE.matcher(lines.get(i));
        while (reference.find()) {
          references++;
          if (!anchors.contains(reference.group(1))) {
            broken.add(name(file) + ":" + (i + 1) + ": sources.md#" + reference.group(1));
          }
        }
        if (file.normalize().equals(SOURCES.normalize())) {
          Matcher link = LOCAL_LINK.matcher(lines.get(i));
          while (link.find()) {
            references++;
            if (!anchors.contains(link.group(1))) {
              broken.add(name(file) + ":" + (i + 1) + ": #" + link.group(1));
            }
          }
        }
      }
    }
    assertTrue(references > 100, "found only " + references + " references to docs/sources.md");
    assertEquals(List.of(), broken, "references to no heading of docs/sources.md (headings: " + anchors + ")");
  }

  @Test
  void everyCitationOfABundledScenarioIsASectionOfDocsSources() throws Exception {
    Set<String> anchors = anchors(Files.readAllLines(SOURCES));
    List<String> problems = new ArrayList<>();
    List<Path> scenarios;
    try (Stream<Path> files = Files.list(ROOT.resolve("scenarios"))) {
      scenarios = files.filter(file -> file.toString().endsWith(".yaml") && !file.toString().endsWith(".sweep.yaml")
          && !file.toString().endsWith(".optimize.yaml")).sorted().toList();
    }
    assertFalse(scenarios.isEmpty());
    for (Path file : scenarios) {
      List<String> citations = ScenarioLoader.declaresEconomies(file)
          ? ScenarioLoader.loadWorld(file, List.of()).world().citations() : ScenarioLoader.load(file).citations();
      if (citations.isEmpty()) {
        problems.add(name(file) + ": no citations");
      }
      for (String citation : citations) {
        Matcher matcher = CITATION.matcher(citation);
        if (!matcher.matches()) {
          problems.add(name(file) + ": '" + citation + "' is not 'docs/sources.md#<anchor>: what is cited'");
        } else if (!anchors.contains(matcher.group(1))) {
          problems.add(name(file) + ": '" + citation + "' names no heading of docs/sources.md");
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void noFileCitesNotesOutsideTheRepository() throws IOException {
    List<String> found = new ArrayList<>();
    for (java.util.Map.Entry<Path, List<String>> entry : repositoryTextFiles().entrySet()) {
      List<String> lines = entry.getValue();
      for (int i = 0; i < lines.size(); i++) {
        for (String outside : OUTSIDE) {
          if (lines.get(i).contains(outside)) {
            found.add(name(entry.getKey()) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertEquals(List.of(), found, "cite docs/sources.md (figures) or docs/model.md (the model) instead");
  }
}
