package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.sweep.MorrisDesign;
import org.stockpile.sweep.SobolDesign;

/**
 * The sweep a new sweep is compared with: a folder given ({@code --baseline}), checked, or the
 * latest complete, comparable sweep among the folders of another ({@code --baseline-from}), so a
 * nightly job compares with the last night that worked, whatever nights were missed.
 *
 * <p>A folder is a complete sweep when its manifest says so and every file a sweep writes is
 * there (work folders {@code DIR.partial} and hidden temporary folders never are); comparable
 * when it has the same {@link SweepIdentity}; the latest by the end time in its manifest.
 */
public final class SweepBaselines {
  private static final Logger LOG = LoggerFactory.getLogger(SweepBaselines.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MANIFEST = "manifest.json";

  private SweepBaselines() {
  }

  /** A complete sweep found under a folder, and when it ended. */
  public record Found(Path folder, Instant end) {
  }

  /**
   * Refuses, before anything runs, a {@code baseline} that is not the complete results of a sweep
   * of {@code identity}.
   */
  public static void check(Path baseline, SweepIdentity identity) throws OutputException {
    JsonNode manifest = manifest(baseline).orElseThrow(() -> new OutputException("--baseline " + baseline
        + " is not the results of a sweep (no " + MANIFEST + ")"));
    Optional<String> incomplete = incomplete(baseline, manifest).or(() -> olderStreams(manifest));
    if (incomplete.isPresent()) {
      throw new OutputException("--baseline " + baseline + " " + incomplete.get());
    }
    Optional<String> other = identity.mismatch(manifest);
    if (other.isPresent()) {
      throw new OutputException("--baseline " + baseline + " " + other.get() + "; compare like with like");
    }
  }

  /**
   * The complete sweep of {@code identity} that ended last among the folders in {@code root}
   * (not those below them), never {@code excluded} (the folder being written now); empty when
   * there is none yet, or no {@code root}. Each folder passed over is logged with the reason.
   */
  public static Optional<Found> latest(Path root, SweepIdentity identity, Path excluded) throws OutputException {
    if (!Files.exists(root)) {
      LOG.warn("--baseline-from {}: no such folder yet, so no baseline", root);
      return Optional.empty();
    }
    if (!Files.isDirectory(root)) {
      throw new OutputException("--baseline-from " + root + " is not a folder");
    }
    List<Path> folders;
    try (Stream<Path> entries = Files.list(root)) {
      folders = entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new OutputException("cannot read " + root + ": " + e.getMessage(), e);
    }
    Path skip = excluded.toAbsolutePath().normalize();
    List<Found> candidates = new ArrayList<>();
    int passed = 0;
    for (Path folder : folders) {
      Optional<String> why = folder.toAbsolutePath().normalize().equals(skip) ? Optional.of("the folder being written")
          : candidate(folder, identity, candidates);
      if (why.isPresent()) {
        LOG.info("--baseline-from {}: passed over {}: {}", root, folder.getFileName(), why.get());
        passed++;
      }
    }
    Optional<Found> latest = candidates.stream()
        .max(Comparator.comparing(Found::end).thenComparing(Found::folder));
    if (latest.isEmpty()) {
      LOG.warn("--baseline-from {}: no complete sweep of this spec and settings there yet ({} passed over), so no "
          + "baseline", root, passed);
    } else {
      LOG.info("--baseline-from {}: baseline {}, ended {} (latest of {} comparable)", root, latest.get().folder(),
          latest.get().end(), candidates.size());
    }
    return latest;
  }

  /** Adds {@code folder} to {@code candidates} when it is a complete sweep of {@code identity}; else says why not. */
  private static Optional<String> candidate(Path folder, SweepIdentity identity, List<Found> candidates) {
    String name = folder.getFileName().toString();
    if (name.endsWith(".partial")) {
      return Optional.of("the work folder of an unfinished sweep");
    }
    if (name.startsWith(".")) {
      return Optional.of("a hidden folder (results being written, or being replaced)");
    }
    Optional<JsonNode> read;
    try {
      read = manifest(folder);
    } catch (OutputException e) {
      return Optional.of(e.getMessage());
    }
    if (read.isEmpty()) {
      return Optional.of("no " + MANIFEST + " (not finished, or not results)");
    }
    JsonNode manifest = read.get();
    Optional<String> wrong = incomplete(folder, manifest).or(() -> olderStreams(manifest))
        .or(() -> identity.mismatch(manifest));
    if (wrong.isPresent()) {
      return wrong;
    }
    try {
      candidates.add(new Found(folder, Instant.parse(manifest.path("end").asText())));
      return Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.of("no end time in its " + MANIFEST);
    }
  }

  /** The manifest in {@code folder}, if it has one. */
  private static Optional<JsonNode> manifest(Path folder) throws OutputException {
    Path file = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return Optional.of(JSON.readTree(file.toFile()));
    } catch (IOException e) {
      throw new OutputException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Why a sweep whose manifest is {@code manifest} drew other random numbers than this engine would, or empty. */
  private static Optional<String> olderStreams(JsonNode manifest) {
    int format = manifest.path("outputFormat").asInt(1);
    if (format < Manifest.STREAMS_FORMAT) {
      return Optional.of("was written in output format " + format + ": since format " + Manifest.STREAMS_FORMAT
          + " the same seed gives other numbers (format 4 keyed shock processes' streams by name, format 5 drew"
          + " demand noise with the engine's own functions); run the baseline again");
    }
    return Optional.empty();
  }

  /** Why {@code folder}, whose manifest is {@code manifest}, is not a sweep's complete results, or empty. */
  private static Optional<String> incomplete(Path folder, JsonNode manifest) {
    String kind = manifest.path("kind").asText("sweep");
    if (!kind.equals("sweep")) {
      return Optional.of("holds the results of " + (kind.startsWith("o") ? "an " : "a ") + kind + ", not a sweep");
    }
    if (manifest.path("outputFormat").asInt(1) > Manifest.OUTPUT_FORMAT) {
      return Optional.of("was written by a newer Stockpile (output format " + manifest.path("outputFormat").asInt()
          + ")");
    }
    List<String> files = new ArrayList<>(List.of("points.csv", "indices.json"));
    String design = manifest.path("design").asText();
    if (!manifest.path("coverDays").isEmpty() && (design.equals(SobolDesign.NAME) || design.equals(MorrisDesign.NAME))) {
      files.add("timeindices.csv");
    }
    List<String> missing = files.stream().filter(file -> !Files.isRegularFile(folder.resolve(file))).toList();
    if (!missing.isEmpty()) {
      return Optional.of("is not the complete results of a sweep (no " + String.join(", ", missing) + ")");
    }
    try {
      List<String> damage = FileDigests.problems(manifest, folder);
      return damage.isEmpty() ? Optional.empty() : Optional.of("is damaged: " + String.join("; ", damage));
    } catch (java.io.IOException e) {
      return Optional.of("cannot be read to check it against its manifest: " + e.getMessage());
    }
  }
}
