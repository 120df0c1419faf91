package org.stockpile.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.model.Scenario;
import org.stockpile.scenario.ScenarioLoader;
import org.stockpile.study.SweepStudy;

/** The README's examples are real: its Java API example compiles and runs, its scenario validates. */
class ReadmeExampleTest {
  private static final Path README = Path.of("..", "README.md");

  @TempDir
  Path folder;

  private static String block(String text, String fence, String after) {
    int start = text.indexOf(fence, text.indexOf(after));
    int bodyStart = text.indexOf('\n', start) + 1;
    int end = text.indexOf("\n```", bodyStart);
    return text.substring(bodyStart, end + 1);
  }

  @Test
  void javaApiExampleCompilesRunsAndItsTwoPoliciesGiveDifferentShortfalls() throws Exception {
    String printed = compileAndRun("<!-- java-api-example -->", "QuickStart");
    java.util.regex.Matcher lines = java.util.regex.Pattern.compile("state lends (after 7 days|at once): "
        + "P\\(shortfall\\) ([0-9.]+), mean shortfall ([0-9.]+) t, CVaR95 ([0-9.]+) t").matcher(printed);
    java.util.Map<String, Double> mean = new java.util.HashMap<>();
    while (lines.find()) {
      mean.put(lines.group(1), Double.parseDouble(lines.group(3)));
    }
    assertEquals(2, mean.size(), printed);
    // The example swaps a policy to show what it changes: the two printed numbers must differ.
    assertTrue(mean.get("at once") < mean.get("after 7 days"), printed);
    String shown = block(Files.readString(README), "```text", "<!-- /java-api-example -->");
    assertEquals(shown, printed.replace(System.lineSeparator(), "\n"), "the output shown after the example");
  }

  @Test
  void policyExampleCompilesRunsAndItsPoliciesGiveDifferentShortfalls() throws Exception {
    String printed = compileAndRun("<!-- java-policy-example -->", "PriceTriggeredLoans");
    java.util.regex.Matcher lines = java.util.regex.Pattern.compile("^(.*): P\\(shortfall\\) ([0-9.]+), "
        + "mean shortfall ([0-9.]+) t$", java.util.regex.Pattern.MULTILINE).matcher(printed);
    java.util.List<Double> means = new java.util.ArrayList<>();
    while (lines.find()) {
      means.add(Double.parseDouble(lines.group(3)));
    }
    assertEquals(5, means.size(), printed);
    // The rule waits 7 days; a price trigger just above the base price lends sooner, and a higher
    // trigger lends later or never: each policy prints its own shortfall.
    assertTrue(means.get(1) < means.get(0), printed);
    assertEquals(means.size(), new java.util.HashSet<>(means).size(), "every policy its own number: " + printed);
    // The optimizer tunes the policy's parameter: the lowest triggers lend soonest and cost least.
    java.util.regex.Matcher best = java.util.regex.Pattern.compile("best: lend above ([0-9.]+) x base price")
        .matcher(printed);
    assertTrue(best.find(), printed);
    assertTrue(Double.parseDouble(best.group(1)) <= 1.5, printed);
    String shown = block(Files.readString(README), "```text", "<!-- /java-policy-example -->");
    assertEquals(shown, printed.replace(System.lineSeparator(), "\n"), "the output shown after the example");
  }

  @Test
  void optimizerExampleCompilesAndRunsAndMeetsItsConstraint() throws Exception {
    String printed = compileAndRun("<!-- java-optimize-example -->", "ReserveSearch");
    java.util.regex.Matcher numbers = java.util.regex.Pattern
        .compile("firms (\\d+) days, state (\\d+) days: USD ([0-9.]+) million").matcher(printed);
    assertTrue(numbers.find(), printed);
    assertTrue(Integer.parseInt(numbers.group(1)) + Integer.parseInt(numbers.group(2)) >= 60, printed);
  }

  @Test
  void sweepExampleCompilesRunsAndFindsTheIshigamiIndices() throws Exception {
    String printed = compileAndRun("<!-- java-sweep-example -->", "WhichGuessesMatter");
    // docs/sources.md#ishigami-function: S1 = 0.314, 0.442, 0 and ST = 0.558, 0.442, 0.244.
    double[][] expected = {{0.314, 0.558}, {0.442, 0.442}, {0, 0.244}};
    for (int i = 0; i < 3; i++) {
      java.util.regex.Matcher indices = java.util.regex.Pattern.compile("x" + (i + 1) + ": S1 (-?[0-9.]+), ST "
          + "(-?[0-9.]+)").matcher(printed);
      assertTrue(indices.find(), printed);
      assertEquals(expected[i][0], Double.parseDouble(indices.group(1)), 0.02, printed);
      assertEquals(expected[i][1], Double.parseDouble(indices.group(2)), 0.02, printed);
    }
    java.util.regex.Matcher effects = java.util.regex.Pattern.compile("(demand t/day|ban days|state days): mu\\* "
        + "([0-9.]+) t").matcher(printed);
    java.util.Map<String, Double> muStar = new java.util.HashMap<>();
    while (effects.find()) {
      muStar.put(effects.group(1), Double.parseDouble(effects.group(2)));
    }
    assertEquals(3, muStar.size(), printed);
    assertTrue(muStar.get("ban days") > 0 && muStar.get("demand t/day") > 0, printed);
  }

  private String compileAndRun(String marker, String className) throws Exception {
    String readme = Files.readString(README);
    String source = block(readme, "```java", marker);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    String classpath = String.join(java.io.File.pathSeparator, location(Scenario.class), location(JsonProperty.class));
    SimpleJavaFileObject unit = new SimpleJavaFileObject(URI.create("string:///" + className + ".java"),
        javax.tools.JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    boolean compiled = compiler.getTask(new java.io.PrintWriter(diagnostics, true), null, null,
        List.of("-classpath", classpath, "-d", folder.toString(), "-proc:none"), null, List.of(unit)).call();
    assertTrue(compiled, diagnostics.toString(StandardCharsets.UTF_8));

    PrintStream saved = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (URLClassLoader loader = new URLClassLoader(new URL[] {folder.toUri().toURL()}, getClass().getClassLoader())) {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      Method main = loader.loadClass(className).getMethod("main", String[].class);
      main.invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void everyValueOfTheWalkThroughIsTheBundledScenariosValue() throws Exception {
    String readme = Files.readString(README);
    com.fasterxml.jackson.dataformat.yaml.YAMLMapper yaml = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper();
    com.fasterxml.jackson.databind.JsonNode shown = yaml.readTree(block(readme, "```yaml", "## A scenario, walked through"));
    com.fasterxml.jackson.databind.JsonNode file = yaml.readTree(
        Files.readString(Path.of("..", "scenarios", "japan-rare-earths-2010.yaml")));
    List<String> differences = new java.util.ArrayList<>();
    compare("", shown, file, differences);
    assertEquals(List.of(), differences, "the README's walk-through against scenarios/japan-rare-earths-2010.yaml");
  }

  /** Every value of {@code shown} is the same in {@code file}; the walk-through may leave parts out. */
  private static void compare(String path, com.fasterxml.jackson.databind.JsonNode shown,
      com.fasterxml.jackson.databind.JsonNode file, List<String> differences) {
    if (file == null || file.isMissingNode()) {
      differences.add(path + ": not in the file");
    } else if (path.equals("citations")) {
      shown.forEach(citation -> {
        if (!file.toString().contains(citation.toString())) {
          differences.add(path + ": " + citation + " is not one of the file's");
        }
      });
    } else if (shown.isObject()) {
      shown.properties().forEach(entry -> compare(path.isEmpty() ? entry.getKey() : path + "." + entry.getKey(),
          entry.getValue(), file.get(entry.getKey()), differences));
    } else if (shown.isArray()) {
      if (shown.size() != file.size()) {
        differences.add(path + ": " + shown.size() + " items, the file has " + file.size());
      }
      for (int i = 0; i < Math.min(shown.size(), file.size()); i++) {
        compare(path + "[" + i + "]", shown.get(i), file.get(i), differences);
      }
    } else if (shown.isNumber() && file.isNumber() ? shown.doubleValue() != file.doubleValue()
        : !shown.asText().equals(file.asText())) {
      differences.add(path + ": " + shown.asText() + ", the file has " + file.asText());
    }
  }

  @Test
  void scenarioWalkThroughIsAValidScenario() throws Exception {
    String readme = Files.readString(README);
    String yaml = block(readme, "```yaml", "## A scenario, walked through");
    Path file = folder.resolve("walkthrough.yaml");
    Files.writeString(file, yaml);
    Scenario scenario = ScenarioLoader.load(file);
    assertEquals("japan-rare-earths-2010", scenario.name());
  }

  @Test
  void worldSweepExampleIsAValidSpecOnTheBundledScenario() throws Exception {
    String readme = Files.readString(README);
    String yaml = block(readme, "```yaml", "On a scenario with several economies (`economies:`), parameters");
    Files.copy(Path.of("..", "scenarios", "partners-refill-race.yaml"), folder.resolve("partners-refill-race.yaml"));
    Path spec = Files.writeString(folder.resolve("race.sweep.yaml"), yaml);
    SweepStudy study = SweepStudy.load(spec);
    assertEquals(List.of("KR/rare-earths.acquisitionCost", "US/rare-earths.shortfallUnits", "JP/netCost",
        "world/rare-earths.priceIndexMax"), study.plan().metricNames());
    assertEquals(3, study.plan().inputs().size());
  }

  private static String location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }
}
