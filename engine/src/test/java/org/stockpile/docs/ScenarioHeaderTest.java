package org.stockpile.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stockpile.metrics.Metric;
import org.stockpile.metrics.Stats;
import org.stockpile.model.Material;
import org.stockpile.model.Scenario;
import org.stockpile.model.World;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.scenario.ScenarioTemplate;
import org.stockpile.scenario.ScenarioVariant;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sim.CompiledScenario;
import org.stockpile.sim.CompiledWorld;
import org.stockpile.sim.MonteCarlo;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.RunResult;
import org.stockpile.sim.WorldMonteCarlo;
import org.stockpile.sim.WorldResult;

/**
 * The results a bundled scenario's header states are the results the engine gives.
 *
 * <p>Every scenario in {@code scenarios/} (not the sweep and optimize specs) carries, in the comment
 * block at its top, blocks of checked figures (the convention is described in
 * {@code docs/sources.md#results-stated-in-scenario-headers}):
 *
 * <pre>
 * # Checked by ScenarioHeaderTest (1000 replicates, seed 1):
 * #   rare-earths: shortfallUnits probPositive 100 % ±0
 * #   rare-earths public: releasedUnits p50 630 t ±30
 * </pre>
 *
 * <p>Each line names a material (and optionally one of its tiers), a metric and a statistic as
 * {@code summary.json} spells them, the stated value with its unit, and the margin within which
 * the run must land (the "about" of the prose). In a scenario with several economies the
 * material is written {@code ECONOMY/material}, and {@code world/material} names the world
 * market's {@code priceIndexMean} or {@code priceIndexMax} (unit {@code index}). A block may
 * name variants after its run settings ({@code , --set PATH=VALUE}, {@code , --overlay FILE}
 * relative to {@code scenarios/}): its figures are the varied scenario's, so a header can state
 * both sides of a comparison. The unit must be the metric's own: {@code %} for probabilities,
 * compliance, fill rate and shortfall share, {@code days} for day counts and days of cover, the
 * material's unit for quantities, the scenario's currency for costs. The test runs each block
 * in-process with its replicates, seed and variants and names the file, the line, the figure,
 * the stated and the actual value of every figure that misses.
 */
class ScenarioHeaderTest {
  private static final Path SCENARIOS = Path.of("..", "scenarios");
  private static final String MARKER = "# Checked by ScenarioHeaderTest";
  private static final Pattern BLOCK = Pattern.compile(
      "# Checked by ScenarioHeaderTest \\(([0-9]+) replicates, seed ([0-9]+)((?:, --(?:set|overlay) [^,()]+)*)\\):");
  private static final Pattern VARIANT = Pattern.compile("--(set|overlay) ([^,()]+)");
  private static final String NUMBER = "(-?[0-9]+(?:\\.[0-9]+)?)";
  private static final Pattern FIGURE = Pattern.compile("#   ([^\\s:]+)(?: ([^\\s:]+))?: ([A-Za-z]+) "
      + "(mean|p5|p50|p95|cvar95|probPositive) " + NUMBER + " (\\S+) ±([0-9]+(?:\\.[0-9]+)?)");
  private static final Pattern RUN_SETTINGS = Pattern.compile("\\(([0-9,]+) replicates, seed ([0-9]+)[,)]");
  private static final Set<String> SHARES = Set.of("compliance", "fillRate", "shortfallShare");
  private static final Set<String> DAYS = Set.of("shortfallDays", "longestShortfallRunDays", "firstShortfallDay",
      "minDaysOfCover", "daysBelowTarget", "releaseDays");
  private static final Set<String> QUANTITIES = Set.of("shortfallUnits", "releasedUnits", "maxLoansOutstanding",
      "excessUnits");
  private static final Set<String> MONEY = Set.of("initialStockCost", "acquisitionCost", "holdingCost",
      "capitalCost", "shortageCost", "stockUsedValue", "endStockValue", "netCost", "loanPremiums");
  private static final Set<String> WORLD_PRICES = Set.of("priceIndexMean", "priceIndexMax");
  private static final String WORLD = "world";

  /**
   * One stated figure: where it is, what it names (the economy for a world's economy, {@code world}
   * for the world market's price index, null for a single economy), and the value and margin in
   * the stated unit.
   */
  record Figure(int line, String text, String economy, String material, String tier, String key, Metric metric,
      String statistic, double value, String unit, double margin) {

    /** The statistic of a single economy's run (or of one economy of a world), in the stated unit. */
    double actual(RunResult result) {
      return inUnit(tier == null ? result.stats(material, metric) : result.tierStats(material, tier, metric));
    }

    /** The statistic of a world run. */
    double actual(WorldResult result) {
      if (WORLD.equals(economy)) {
        int w = indexOf(result.compiled(), material);
        int index = key.equals("priceIndexMean") ? result.layout().priceMean(w) : result.layout().priceMax(w);
        return inUnit(Stats.of(result.values(index), true));
      }
      return actual(result.economy(economy));
    }

    private static int indexOf(CompiledWorld world, String material) {
      for (int w = 0; w < world.materialCount(); w++) {
        if (world.materialId(w).equals(material)) {
          return w;
        }
      }
      throw new IllegalStateException("no material " + material);
    }

    private double inUnit(Stats stats) {
      double raw = switch (statistic) {
        case "mean" -> stats.mean();
        case "p5" -> stats.p5();
        case "p50" -> stats.p50();
        case "p95" -> stats.p95();
        case "cvar95" -> stats.cvar95();
        case "probPositive" -> stats.probPositive();
        default -> throw new IllegalStateException(statistic);
      };
      return unit.equals("%") ? 100 * raw : raw;
    }

    String subject() {
      return (economy == null ? "" : economy + "/") + material + (tier == null ? "" : " " + tier);
    }
  }

  /** One checked block: its run settings, its variants and its figures. */
  record Block(int replicates, long seed, List<ScenarioVariant> variants, String written, List<Figure> figures) {
  }

  /** A scenario's checked blocks, with every problem found reading them. */
  record Header(List<Block> blocks, List<String> problems) {
    int replicates() {
      return blocks.getFirst().replicates();
    }

    long seed() {
      return blocks.getFirst().seed();
    }

    List<Figure> figures() {
      return blocks.stream().flatMap(block -> block.figures().stream()).toList();
    }
  }

  /** What names a header may use: a single economy's scenario, or a world's economies and materials. */
  record Names(Scenario scenario, World world) {
    static Names of(Scenario scenario) {
      return new Names(scenario, null);
    }

    static Names of(World world) {
      return new Names(null, world);
    }
  }

  private static List<Path> bundledScenarios() throws IOException {
    try (Stream<Path> files = Files.list(SCENARIOS)) {
      return files.filter(file -> {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") && !name.endsWith(".sweep.yaml") && !name.endsWith(".optimize.yaml");
      }).sorted().toList();
    }
  }

  static Header read(List<String> lines, Scenario scenario) {
    return read(lines, Names.of(scenario));
  }

  /** Reads the checked blocks of a scenario's leading comments, strictly: any line it cannot read is a problem. */
  static Header read(List<String> lines, Names names) {
    List<String> problems = new ArrayList<>();
    List<Block> blocks = new ArrayList<>();
    int headerEnd = 0;
    while (headerEnd < lines.size() && (lines.get(headerEnd).startsWith("#") || lines.get(headerEnd).isBlank())) {
      headerEnd++;
    }
    for (int i = 0; i < headerEnd; i++) {
      String line = lines.get(i);
      if (!line.startsWith(MARKER)) {
        continue;
      }
      Matcher block = BLOCK.matcher(line);
      if (!block.matches()) {
        problems.add("line " + (i + 1) + ": expected '# Checked by ScenarioHeaderTest (N replicates, seed S[, --set "
            + "PATH=VALUE][, --overlay FILE]):', got '" + line + "'");
        continue;
      }
      List<ScenarioVariant> variants = new ArrayList<>();
      Matcher variant = VARIANT.matcher(block.group(3));
      while (variant.find()) {
        String argument = variant.group(2).strip();
        variants.add(variant.group(1).equals("set") ? ScenarioVariant.parseSetting(argument)
            : ScenarioVariant.overlay(SCENARIOS.resolve(argument)));
      }
      List<Figure> figures = new ArrayList<>();
      for (int j = i + 1; j < headerEnd && lines.get(j).startsWith("#   "); j++) {
        figures.add(figure(j + 1, lines.get(j), names, problems));
      }
      figures.removeIf(java.util.Objects::isNull);
      if (figures.isEmpty()) {
        problems.add("line " + (i + 1) + ": the checked block states no figure");
      }
      blocks.add(new Block(Integer.parseInt(block.group(1)), Long.parseLong(block.group(2)), List.copyOf(variants),
          block.group(3), List.copyOf(figures)));
    }
    if (blocks.isEmpty()) {
      problems.add("expected a '" + MARKER + " (N replicates, seed S):' block in the leading comments, found none");
      return new Header(List.of(), problems);
    }
    for (int i = 0; i < headerEnd; i++) {
      if (lines.get(i).startsWith(MARKER)) {
        continue;
      }
      Matcher settings = RUN_SETTINGS.matcher(lines.get(i));
      while (settings.find()) {
        int stated = Integer.parseInt(settings.group(1).replace(",", ""));
        long seed = Long.parseLong(settings.group(2));
        boolean known = blocks.stream().anyMatch(block -> block.replicates() == stated && block.seed() == seed);
        if (!known) {
          problems.add("line " + (i + 1) + ": the prose states results at " + settings.group() + " but no checked "
              + "block runs " + stated + " replicates with seed " + seed);
        }
      }
    }
    return new Header(blocks, problems);
  }

  private static Figure figure(int number, String line, Names names, List<String> problems) {
    Matcher m = FIGURE.matcher(line);
    if (!m.matches()) {
      problems.add("line " + number + ": expected '#   material[ tier]: metric statistic value unit ±margin', got '"
          + line + "'");
      return null;
    }
    String subject = m.group(1);
    String tier = m.group(2);
    String key = m.group(3);
    String statistic = m.group(4);
    String unit = m.group(6);
    String economy = null;
    String material = subject;
    Scenario scenario = names.scenario();
    if (names.world() != null) {
      int slash = subject.indexOf('/');
      if (slash < 0) {
        problems.add("line " + number + ": name the economy (ECONOMY/material) or the world market (world/material) "
            + "in a scenario with several economies, got '" + subject + "'");
        return null;
      }
      economy = subject.substring(0, slash);
      material = subject.substring(slash + 1);
      if (economy.equals(WORLD)) {
        if (!names.world().materialIds().contains(material) || tier != null || !WORLD_PRICES.contains(key)
            || !unit.equals("index")) {
          problems.add("line " + number + ": the world market states 'world/<material>: priceIndexMean|priceIndexMax "
              + "<statistic> <value> index ±<margin>', got '" + line + "'");
          return null;
        }
        return new Figure(number, line.substring(4), economy, material, null, key, null, statistic,
            Double.parseDouble(m.group(5)), unit, Double.parseDouble(m.group(7)));
      }
      if (!names.world().economies().containsKey(economy)) {
        problems.add("line " + number + ": no economy '" + economy + "'; economies: " + names.world().economies().keySet());
        return null;
      }
      scenario = names.world().economyView(economy).scenario();
    }
    Material definition = scenario.materials().get(material);
    if (definition == null) {
      problems.add("line " + number + ": no material '" + material + "'; materials: " + scenario.materials().keySet());
      return null;
    }
    if (tier != null && !definition.stockpiles().containsKey(tier)) {
      problems.add("line " + number + ": material '" + material + "' has no tier '" + tier + "'; tiers: "
          + definition.stockpiles().keySet());
      return null;
    }
    Metric metric = Stream.of(Metric.values()).filter(candidate -> candidate.key().equals(key)).findFirst()
        .orElse(null);
    if (metric == null) {
      problems.add("line " + number + ": no metric '" + key + "' in summary.json");
      return null;
    }
    if (tier != null && !metric.appliesToTiers()) {
      problems.add("line " + number + ": '" + key + "' is not reported per tier");
      return null;
    }
    String expectedUnit = statistic.equals("probPositive") || SHARES.contains(key) ? "%"
        : DAYS.contains(key) ? "days"
        : QUANTITIES.contains(key) ? definition.unit()
        : MONEY.contains(key) ? scenario.currency() : null;
    if (expectedUnit == null) {
      problems.add("line " + number + ": ScenarioHeaderTest knows no unit for '" + key + "': add it");
      return null;
    }
    if (!unit.equals(expectedUnit)) {
      problems.add("line " + number + ": " + key + " " + statistic + " is stated in '" + unit + "', expected '"
          + expectedUnit + "'");
      return null;
    }
    return new Figure(number, line.substring(4), economy, material, tier, key, metric, statistic,
        Double.parseDouble(m.group(5)), unit, Double.parseDouble(m.group(7)));
  }

  private static String format(double value, String unit) {
    String number = Math.abs(value) >= 100 || value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
        : Math.abs(value) >= 10 ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%.2f", value);
    return number + " " + unit;
  }

  private static String margin(double value) {
    return value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value) : Double.toString(value);
  }

  @TestFactory
  Stream<DynamicTest> everyFigureAScenarioHeaderStatesIsWhatTheEngineGives() throws IOException {
    List<Path> files = bundledScenarios();
    assertFalse(files.isEmpty(), "no scenarios in " + SCENARIOS.toAbsolutePath());
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws Exception {
    String name = "scenarios/" + file.getFileName();
    boolean world = ScenarioLoader.declaresEconomies(file);
    Names names = world ? Names.of(WorldFile.load(file, List.of()).world()) : Names.of(ScenarioLoader.load(file));
    Header header = read(Files.readAllLines(file), names);
    if (!header.problems().isEmpty()) {
      fail(name + ": the checked blocks cannot be read:\n  " + String.join("\n  ", header.problems()));
    }
    List<String> misses = new ArrayList<>();
    for (Block block : header.blocks()) {
      RunOptions options = new RunOptions(block.replicates(), block.seed(), 2, false, null);
      String run = " (" + block.replicates() + " replicates, seed " + block.seed() + block.written() + ")";
      if (world) {
        WorldResult result = WorldMonteCarlo.run(CompiledWorld.compile(WorldFile.load(file, block.variants()).valid()),
            options);
        for (Figure figure : block.figures()) {
          miss(name, run, figure, figure.actual(result), misses);
        }
      } else {
        RunResult result = MonteCarlo.run(CompiledScenario.compile(ScenarioTemplate.load(file, block.variants()).valid()),
            options);
        for (Figure figure : block.figures()) {
          miss(name, run, figure, figure.actual(result), misses);
        }
      }
    }
    if (!misses.isEmpty()) {
      fail(misses.size() + " of " + header.figures().size() + " figures stated in " + name
          + " differ from the engine's:\n  " + String.join("\n  ", misses));
    }
  }

  private static void miss(String name, String run, Figure figure, double actual, List<String> misses) {
    if (!(Math.abs(actual - figure.value()) <= figure.margin() + 1e-9)) {
      misses.add(name + ":" + figure.line() + run + ": " + figure.subject() + ": " + figure.key() + " "
          + figure.statistic() + ": stated " + format(figure.value(), figure.unit()) + " ±" + margin(figure.margin())
          + ", actual " + format(actual, figure.unit()));
    }
  }

  // The reader itself: strict, so that a figure cannot silently go unchecked.

  private static Scenario example() throws Exception {
    return ScenarioLoader.load(SCENARIOS.resolve("japan-rare-earths-2010.yaml"));
  }

  @Test
  void aBlockIsReadWithItsRunSettingsTiersAndUnits() throws Exception {
    Header header = read(List.of(
        "# Story (250 replicates, seed 7): prose",
        "# Checked by ScenarioHeaderTest (250 replicates, seed 7):",
        "#   rare-earths: shortfallUnits probPositive 100 % ±0",
        "#   rare-earths public: releasedUnits p50 630 t ±30",
        "#   rare-earths: compliance mean 48 % ±3",
        "#",
        "name: x"), example());
    assertEquals(List.of(), header.problems());
    assertEquals(250, header.replicates());
    assertEquals(7, header.seed());
    assertEquals(3, header.figures().size());
    Figure released = header.figures().get(1);
    assertEquals("public", released.tier());
    assertEquals(Metric.RELEASED_UNITS, released.metric());
    assertEquals(630, released.value());
    assertEquals(30, released.margin());
    assertEquals(4, released.line());
  }

  @Test
  void aSecondBlockStatesAVariantsFigures() throws Exception {
    Header header = read(List.of(
        "# Checked by ScenarioHeaderTest (250 replicates, seed 7):",
        "#   rare-earths: shortfallUnits probPositive 100 % ±0",
        "# Checked by ScenarioHeaderTest (250 replicates, seed 7, --set materials.rare-earths.stockpiles.public"
            + ".targetDays=90):",
        "#   rare-earths: compliance mean 48 % ±3",
        "name: x"), example());
    assertEquals(List.of(), header.problems());
    assertEquals(2, header.blocks().size());
    assertEquals(List.of(ScenarioVariant.set("materials.rare-earths.stockpiles.public.targetDays", "90")),
        header.blocks().get(1).variants());
  }

  @Test
  void anUnreadableLineAWrongUnitOrAnUnknownNameIsAProblemNotASkippedFigure() throws Exception {
    Header header = read(List.of(
        "# Checked by ScenarioHeaderTest (1000 replicates, seed 1):",
        "#   rare-earths: P(shortfall) about 100 %",
        "#   rare-earths: shortfallDays p50 8 t ±1",
        "#   rare-earths: compliance mean 0.48 days ±3",
        "#   cobalt: shortfallDays p50 8 days ±1",
        "#   rare-earths firms: releasedUnits p50 630 t ±30",
        "#   rare-earths public: shortfallDays p50 8 days ±1",
        "name: x"), example());
    assertEquals(7, header.problems().size(), header.problems().toString());
    assertTrue(header.figures().isEmpty());
  }

  @Test
  void proseAtOtherRunSettingsOrAMissingBlockIsAProblem() throws Exception {
    Header other = read(List.of(
        "# What to look for in the results (1000 replicates, seed 1):",
        "# Checked by ScenarioHeaderTest (500 replicates, seed 1):",
        "#   rare-earths: shortfallUnits probPositive 100 % ±0",
        "name: x"), example());
    assertEquals(1, other.problems().size(), other.problems().toString());
    Header none = read(List.of("# no block", "name: x"), example());
    assertEquals(1, none.problems().size(), none.problems().toString());
  }
}
