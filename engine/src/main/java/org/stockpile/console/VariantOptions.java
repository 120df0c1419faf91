package org.stockpile.console;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.ScenarioVariant;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --overlay FILE} and {@code --set PATH=VALUE}: variants of a scenario (or of a spec's base
 * scenario) without copying files. Every overlay is merged in the order given, then every value
 * is set in the order given. Commands mix it in with {@code @Mixin}.
 */
public final class VariantOptions {
  @Option(names = "--overlay", paramLabel = "FILE",
      description = "A partial scenario merged onto the scenario (mappings key by key, sources by id, other lists "
          + "replaced, null back to the default); repeatable, applied in order, before every --set.")
  List<Path> overlays = new ArrayList<>();

  @Option(names = "--set", paramLabel = "PATH=VALUE", converter = SettingConverter.class,
      description = "Sets the value at PATH (the paths of sweep and optimize specs, e.g. "
          + "materials.rare-earths.stockpiles.public.targetDays=90); VALUE is YAML (90, 2011-01-01, [CN, JP], null "
          + "for the default); a source's share moves the others in proportion. Repeatable, applied in order.")
  List<ScenarioVariant.Setting> settings = new ArrayList<>();

  /** The variants in the order they apply: the overlays, then the settings. */
  public List<ScenarioVariant> variants() {
    List<ScenarioVariant> variants = new ArrayList<>();
    overlays.forEach(file -> variants.add(ScenarioVariant.overlay(file)));
    variants.addAll(settings);
    return List.copyOf(variants);
  }

  /**
   * The scenario as run, to keep in the results: null without variants (the results keep a copy
   * of the file), else the varied scenario as YAML, headed by the variants that made it.
   */
  public static String scenarioAsRun(ScenarioTemplate scenario) {
    if (scenario.variants().isEmpty()) {
      return null;
    }
    StringBuilder header = new StringBuilder("# ").append(scenario.file().getFileName());
    scenario.variants().forEach(variant -> header.append(' ').append(variant.argument()));
    return header.append(": the scenario as run\n").append(scenario.yaml()).toString();
  }

  /** Reads {@code PATH=VALUE}; a value without {@code =} is a usage error. */
  public static final class SettingConverter implements CommandLine.ITypeConverter<ScenarioVariant.Setting> {
    @Override
    public ScenarioVariant.Setting convert(String value) {
      try {
        return ScenarioVariant.parseSetting(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
