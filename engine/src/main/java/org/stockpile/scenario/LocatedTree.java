package org.stockpile.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A parsed document with the location of every value and key, by path: what lets problems found
 * later name the line they come from. {@code problems} are those found while parsing that did not
 * stop it (duplicate keys, aliases), already located.
 */
record LocatedTree(String fileName, JsonNode root, Map<String, Location> locations, List<Problem> problems) {

  /** Where {@code path} is, or its nearest enclosing value that has a location. */
  Location locate(String path) {
    String current = path;
    while (true) {
      Location found = locations.get(current);
      if (found != null) {
        return found;
      }
      if (current.isEmpty()) {
        return Location.UNKNOWN;
      }
      current = parent(current);
    }
  }

  Problem place(Problem problem) {
    Location where = locate(problem.path());
    return problem.locatedIn(fileName, where.line(), where.column());
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }
}
