package org.stockpile.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.stockpile.model.RunSettings;

/**
 * The base scenario of a study (a sweep, a search), with its variants: one economy's
 * ({@link ScenarioTemplate}) or several economies' ({@link WorldFile}). Both set numbers at paths
 * into the file's tree; what they make of it (a scenario, a world) is each one's own.
 */
public sealed interface StudyBase permits ScenarioTemplate, WorldFile {
  /** The base scenario file (before its variants). */
  Path file();

  /** The variants applied to the file, in order (none for the file as it is). */
  List<ScenarioVariant> variants();

  /** The scenario as run (the file, or with variants the varied tree) as YAML. */
  String yaml();

  /** The run settings of the scenario as varied: horizon, start date, replicates, seed. */
  RunSettings run();

  /** What is wrong with {@code path} as a place to set a number, if anything. */
  Optional<String> problemWith(String path);

  /** The number the file writes at {@code path}, if it writes one there (not a default). */
  OptionalDouble number(String path);

  /** A readable label for {@code path} ("rare-earths from china: lead time (days)"). */
  String label(String path);
}
