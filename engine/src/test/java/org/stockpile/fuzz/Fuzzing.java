package org.stockpile.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

/**
 * Runs fuzz inputs {@code first} to {@code first + count - 1}: input {@code i} is a bundled
 * scenario or spec (chosen by {@code i}) mutated by seed {@code i}, so any input can be made again
 * from its number. Every {@code simulateEvery}-th valid input is also simulated. An input that
 * breaks the contract is saved in {@code failures} (as a corpus file, with what broke beside it).
 */
final class Fuzzing {
  /** What a campaign did: inputs tried, how many were simulated, the failures' descriptions. */
  record Report(long inputs, long simulated, List<String> failures, double seconds) {
  }

  private Fuzzing() {
  }

  static Report run(long first, long count, double seconds, int simulateEvery, Path work, Path failures)
      throws IOException {
    List<Path> bundled = bundled();
    for (Path file : bundled) {
      Files.copy(file, work.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
    List<String> found = new ArrayList<>();
    long start = System.nanoTime();
    long done = 0;
    long simulated = 0;
    for (long n = 0; n < count; n++) {
      long i = first + n;
      if (seconds > 0 && (System.nanoTime() - start) / 1e9 >= seconds) {
        break;
      }
      Path original = bundled.get((int) Math.floorMod(new SplittableRandom(i).nextLong(), (long) bundled.size()));
      FuzzCase.Kind kind = FuzzCase.Kind.of(original.getFileName().toString());
      byte[] input = Mutator.mutate(Files.readAllBytes(original), i);
      boolean simulate = simulateEvery > 0 && i % simulateEvery == 0;
      String broken;
      try {
        broken = FuzzCase.check(kind, input, work, simulate);
      } catch (RuntimeException | Error e) {
        broken = "the harness caught " + e;
      }
      simulated += simulate ? 1 : 0;
      done++;
      if (broken != null) {
        Files.createDirectories(failures);
        String name = "input-" + i + (kind == FuzzCase.Kind.SCENARIO ? "" : "." + kind.name().toLowerCase()) + ".yaml";
        Files.write(failures.resolve(name), input);
        Files.writeString(failures.resolve(name + ".txt"), original.getFileName() + ", seed " + i + ": " + broken,
            StandardCharsets.UTF_8);
        found.add(name + " (" + original.getFileName() + "): " + broken);
      }
      if (done % 10_000 == 0) {
        System.out.printf("fuzz: %d inputs, %d failures, %.0f s%n", done, found.size(),
            (System.nanoTime() - start) / 1e9);
      }
    }
    return new Report(done, simulated, found, (System.nanoTime() - start) / 1e9);
  }

  /** The bundled scenarios and specs (not the overlays, which are partial). */
  static List<Path> bundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("..", "scenarios"))) {
      return files.filter(path -> path.getFileName().toString().endsWith(".yaml")).sorted().toList();
    }
  }
}
