package org.stockpile.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A change made to a scenario as it is read, so that variants need no copied files: an
 * {@link Overlay} (a partial scenario file merged onto it: the nightly data update) or a
 * {@link Setting} (one value set by path: JOGMEC's days raised to 90). Variants are applied in
 * order to the scenario's tree, then the result is bound and checked like a file, and every
 * problem names where its value came from: the scenario file, the overlay file (line and
 * column), or the setting. The command line applies every {@code --overlay} first, then every
 * {@code --set}, each in the order given.
 *
 * <pre>{@code
 * Scenario jogmec90 = ScenarioLoader.load(Path.of("scenarios/japan-rare-earths-2010.yaml"),
 *     ScenarioVariant.set("materials.rare-earths.stockpiles.public.targetDays", "90"));
 * }</pre>
 */
public sealed interface ScenarioVariant {

  /** The variant as the command line writes it ({@code --overlay FILE}, {@code --set PATH=VALUE}). */
  String argument();

  /**
   * A partial scenario file merged onto the scenario: mappings key by key (recursively), lists
   * whose entries all carry an {@code id} (sources) entry by entry by id (an entry with a new id
   * is added at the end), any other value or list replaced; a {@code null} removes the key, so
   * that it takes its default again.
   */
  static Overlay overlay(Path file) {
    return new Overlay(file);
  }

  /**
   * {@code value} (one YAML scalar or flow value: {@code 90}, {@code 2011-01-01},
   * {@code [CN, JP]}, {@code null} for the default) set at {@code path} (the paths of sweep and
   * optimize specs: {@code materials.rare-earths.stockpiles.public.targetDays},
   * {@code materials.cobalt.sources.drc.share}, {@code shocks[0].durationDays}). Setting a
   * source's {@code share} moves the material's other shares with it, in their proportions, as
   * specs do.
   */
  static Setting set(String path, String value) {
    return new Setting(path, value);
  }

  /** A setting written {@code PATH=VALUE}; throws if there is no {@code =} or no path. */
  static Setting parseSetting(String written) {
    int equals = written.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException("expected PATH=VALUE (e.g. materials.rare-earths.stockpiles.public"
          + ".targetDays=90), got '" + written + "'");
    }
    return new Setting(written.substring(0, equals).strip(), written.substring(equals + 1).strip());
  }

  /** See {@link ScenarioVariant#overlay}. */
  record Overlay(Path file) implements ScenarioVariant {
    public Overlay {
      Objects.requireNonNull(file, "file");
    }

    @Override
    public String argument() {
      return "--overlay " + file;
    }
  }

  /** See {@link ScenarioVariant#set}. */
  record Setting(String path, String value) implements ScenarioVariant {
    public Setting {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String argument() {
      return "--set " + path + "=" + value;
    }
  }
}
