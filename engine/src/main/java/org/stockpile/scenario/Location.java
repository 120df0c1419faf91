package org.stockpile.scenario;

/**
 * Where a value of a scenario came from: a 1-based line and column in a file (the scenario or an
 * overlay), or a command-line argument that set it ({@code --set PATH=VALUE}, line 0).
 *
 * @param source      the file's name, or the argument as written; null when unknown
 * @param line        1-based line, or 0 for an argument or when unknown
 * @param column      1-based column, or 0
 * @param writtenPath for a value set by an argument, the path as the argument wrote it (list
 *                    entries by id, say), which problems at the value name instead of the path by
 *                    position; otherwise null
 */
record Location(String source, int line, int column, String writtenPath) {
  static final Location UNKNOWN = new Location(null, 0, 0, null);

  static Location inFile(String file, int line, int column) {
    return new Location(file, line, column, null);
  }

  /** The value set by {@code argument}, written there as {@code writtenPath} (or null: a value it changed). */
  static Location inArgument(String argument, String writtenPath) {
    return new Location(argument, 0, 0, writtenPath);
  }
}
