package org.stockpile.check;

/**
 * One thing wrong with a scenario: where it is (file, line and column when read from a file, and
 * always the path inside the scenario) and what is wrong, in the user's words.
 *
 * @param file the file, the command-line argument that wrote the value ({@code --set PATH=VALUE}),
 *     or {@code null} for a scenario built in code
 * @param line 1-based line, or 0 when unknown
 * @param column 1-based column, or 0 when unknown
 * @param path where in the scenario, e.g. {@code materials.dysprosium.sources[1].share}
 * @param message what is wrong, e.g. {@code must be in [0, 1], got 1.7}
 */
public record Finding(String file, int line, int column, String path, String message) {

  public static Finding at(String path, String message) {
    return new Finding(null, 0, 0, path, message);
  }

  /** The same problem placed in a file. */
  public Finding locatedIn(String fileName, int lineNumber, int columnNumber) {
    return new Finding(fileName, lineNumber, columnNumber, path, message);
  }

  /**
   * {@code file:line:col path: message}, leaving out what is unknown; for an argument,
   * {@code --set PATH=VALUE: message} when the problem is at the path it sets, else
   * {@code --set PATH=VALUE: path: message}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    if (file != null && file.startsWith("--")) {
      text.append(file).append(": ");
      if (file.startsWith("--set " + path + "=")) {
        return text.append(message).toString();
      }
    } else if (file != null) {
      text.append(file);
      if (line > 0) {
        text.append(':').append(line).append(':').append(column);
      }
      text.append(' ');
    }
    text.append(path.isEmpty() ? "(top level)" : path).append(": ").append(message);
    return text.toString();
  }
}
