package org.stockpile.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stockpile.cli.Main;
import org.stockpile.output.AtomicDirectory;

/**
 * One fuzz input run through the commands in this JVM, held to the contract: exit 0 with finite
 * outputs, or exit 2 with a located message and nothing written; never exit 1 (an internal error),
 * never a NaN or an infinity in a file. A scenario is validated and, when valid, run (2
 * replicates); a sweep or optimize spec is validated and, when valid, run small.
 */
final class FuzzCase {
  /** The input's file name in the work folder, by kind: what the commands tell the kinds by. */
  enum Kind {
    SCENARIO("fuzz-input.yaml"), SWEEP("fuzz-input.sweep.yaml"), OPTIMIZE("fuzz-input.optimize.yaml");

    final String file;

    Kind(String file) {
      this.file = file;
    }

    static Kind of(String name) {
      return name.endsWith(".sweep.yaml") ? SWEEP : name.endsWith(".optimize.yaml") ? OPTIMIZE : SCENARIO;
    }
  }

  private static final Pattern NON_FINITE = Pattern.compile("\\bNaN\\b|\\bInfinity\\b");
  private static final Pattern LOCATED = Pattern.compile("fuzz-input[^:\\s]*\\.yaml(:\\d+:\\d+)?[ :]|^stockpile: ",
      Pattern.MULTILINE);

  private FuzzCase() {
  }

  /**
   * Runs {@code input} (of {@code kind}) in {@code work} (which holds the bundled scenarios a spec
   * may name), running the simulation only when {@code simulate}; what broke the contract, or null.
   */
  static String check(Kind kind, byte[] input, Path work, boolean simulate) throws IOException {
    Path file = work.resolve(kind.file);
    Files.write(file, input);
    Outcome validated = execute("validate", file.toString());
    String broken = contract("validate", validated, null, false);
    if (broken != null || validated.code != 0 || !simulate) {
      return broken;
    }
    Path out = work.resolve("out");
    AtomicDirectory.deleteTree(out);
    Outcome ran = switch (kind) {
      case SCENARIO -> execute("run", file.toString(), "--replicates", "2", "--threads", "1", "--out", out.toString());
      case SWEEP -> execute("sweep", file.toString(), "--replicates", "2", "--threads", "1", "--out", out.toString());
      case OPTIMIZE -> execute("optimize", file.toString(), "--population", "2", "--generations", "1",
          "--replicates", "2", "--threads", "1", "--out", out.toString());
    };
    String what = kind == Kind.SCENARIO ? "run" : kind == Kind.SWEEP ? "sweep" : "optimize";
    // An input holding the words NaN or Infinity (as a name, a label) may see them echoed as text.
    String text = new String(input, StandardCharsets.UTF_8);
    boolean echoes = text.contains("NaN") || text.contains("Infinity") || text.toLowerCase().contains(".inf");
    broken = contract(what, ran, out, !echoes);
    AtomicDirectory.deleteTree(out);
    AtomicDirectory.deleteTree(out.resolveSibling("out.partial"));
    return broken;
  }

  private static String contract(String command, Outcome outcome, Path out, boolean scanForNonFinite)
      throws IOException {
    if (outcome.code == 2) {
      if (!LOCATED.matcher(outcome.err).find()) {
        return command + ": exit 2 without a located message: " + outcome.err;
      }
      if (out != null && Files.exists(out)) {
        return command + ": exit 2, but " + out + " was written";
      }
      return null;
    }
    if (outcome.code != 0) {
      return command + ": exit " + outcome.code + ": " + outcome.err;
    }
    if (scanForNonFinite && out != null && Files.isDirectory(out)) {
      List<Path> files = new ArrayList<>();
      try (Stream<Path> walk = Files.walk(out)) {
        walk.filter(Files::isRegularFile).forEach(files::add);
      }
      for (Path written : files) {
        String name = written.getFileName().toString();
        if (name.endsWith(".yaml") || name.equals("scenario.json")) {
          continue; // the scenario as run, or as optimized: the input's own text
        }
        if (NON_FINITE.matcher(Files.readString(written, StandardCharsets.UTF_8)).find()) {
          return command + ": " + out.relativize(written) + " holds a NaN or an infinity";
        }
      }
    }
    return null;
  }

  private record Outcome(int code, String err) {
  }

  private static Outcome execute(String... arguments) {
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (PrintStream quiet = new PrintStream(java.io.OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        PrintStream captured = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      System.setOut(quiet);
      System.setErr(captured);
      int code = Main.execute(arguments);
      return new Outcome(code, err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
  }
}
