package org.stockpile.fuzz;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz harness in the build: mutated bundled scenarios and specs driven through
 * {@code validate}, {@code run}, {@code sweep} and {@code optimize} in this JVM, held to the
 * contract of {@link FuzzCase}. The build runs a short budget; a long campaign is the same test
 * with more inputs (README, "Guarantees"):
 *
 * <pre>mvn -o -q -pl engine test -Dtest=CommandFuzzTest#campaign -Dfuzz.inputs=1000000 -Dfuzz.seconds=0</pre>
 *
 * Inputs that broke the contract are saved under {@code target/fuzz-failures/}; once fixed, each
 * becomes a file of {@code src/test/resources/fuzz-corpus/}, which {@link #theCorpusKeepsTheContract}
 * replays.
 */
class CommandFuzzTest {
  @TempDir
  Path work;

  @Test
  void campaign() throws Exception {
    long inputs = Long.getLong("fuzz.inputs", Long.MAX_VALUE);
    double seconds = Double.parseDouble(System.getProperty("fuzz.seconds", "100"));
    long first = Long.getLong("fuzz.first", 0);
    int simulateEvery = Integer.getInteger("fuzz.simulateEvery", 8);
    Fuzzing.Report report = Fuzzing.run(first, inputs, seconds, simulateEvery, work,
        Path.of("target", "fuzz-failures"));
    System.out.printf("fuzz: %d inputs from %d (%d simulated) in %.0f s: %d failures%n", report.inputs(), first,
        report.simulated(), report.seconds(), report.failures().size());
    assertTrue(report.inputs() > 0, "some inputs ran");
    assertTrue(report.failures().isEmpty(), String.join("\n", report.failures()));
  }

  @Test
  void theCorpusKeepsTheContract() throws Exception {
    List<Path> corpus;
    try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "fuzz-corpus"))) {
      corpus = files.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path bundled : Fuzzing.bundled()) {
      Files.copy(bundled, work.resolve(bundled.getFileName()));
    }
    for (Path input : corpus) {
      FuzzCase.Kind kind = FuzzCase.Kind.of(input.getFileName().toString());
      assertNull(FuzzCase.check(kind, Files.readAllBytes(input), work, true), input.toString());
    }
  }
}
