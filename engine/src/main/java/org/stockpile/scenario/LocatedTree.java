package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.stockpile.check.Finding;

/**
 * A parsed document with the location of every value and key, by path: what lets problems found
 * later name the line they come from. {@code problems} are those found while parsing that did not
 * stop it (duplicate keys, aliases), already located. A scenario with variants
 * ({@link VariedTree}) holds values from several sources: each location names its own, and
 * {@code fileName} (the base file) is where a problem goes when nothing nearer is known, and
 * {@code sources} lists the base file, then each variant's source, in the order applied.
 */
record LocatedTree(String fileName, JsonNode root, Map<String, Location> locations, List<Finding> problems,
    List<String> sources) {

  LocatedTree(String fileName, JsonNode root, Map<String, Location> locations, List<Finding> problems) {
    this(fileName, root, locations, problems, List.of(fileName));
  }

  /** Problems in the order of their sources, then of lines and columns. */
  List<Finding> sorted(List<Finding> located) {
    return located.stream().sorted(java.util.Comparator.comparingInt((Finding problem) -> rank(problem.file()))
        .thenComparingInt(Finding::line).thenComparingInt(Finding::column)).toList();
  }

  private int rank(String source) {
    int rank = source == null ? 0 : sources.indexOf(source);
    return rank < 0 ? sources.size() : rank;
  }

  /** Where {@code path} is, or its nearest enclosing value that has a location. */
  Location locate(String path) {
    return locations.getOrDefault(locatedPath(path), Location.UNKNOWN);
  }

  /** {@code path}, or its nearest enclosing path that has a location ("" if none has). */
  private String locatedPath(String path) {
    String current = path;
    while (!current.isEmpty() && !locations.containsKey(current)) {
      current = parent(current);
    }
    return current;
  }

  Finding place(Finding problem) {
    String at = locatedPath(problem.path());
    Location where = locations.getOrDefault(at, Location.UNKNOWN);
    if (where.writtenPath() != null) {
      // Set by an argument: named as the argument wrote it (sources.china.share, not sources[0].share).
      String path = where.writtenPath() + problem.path().substring(at.length());
      return new Finding(where.source(), 0, 0, path, problem.message());
    }
    return problem.locatedIn(where.source() != null ? where.source() : fileName, where.line(), where.column());
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
