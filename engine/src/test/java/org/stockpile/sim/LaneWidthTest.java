package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A replicate's numbers are the same bits on every vector width the kernel runs with (2, 4 and
 * 8 lanes: the JVM's {@code -XX:MaxVectorSize} chooses the preferred width) and on other x86
 * instruction sets (SSE only, AVX2, no fused multiply-add instruction): {@link LaneWidthProbe}
 * runs in a JVM of each kind and must print the digests this JVM computes, and no noise value
 * different from {@link PortableMath}'s; in a JVM without the Vector API module, an economy's
 * kernel runs lane by lane and must print the same kernel digest.
 */
class LaneWidthTest {

  @Test
  void everyVectorWidthAndInstructionSetGivesTheSameBits() throws Exception {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("noise-mismatches", "0");
    expected.put("kernel", LaneWidthProbe.kernelDigest());
    expected.put("world", LaneWidthProbe.worldDigest());
    List<List<String>> variants = new ArrayList<>(List.of(List.of("-XX:MaxVectorSize=16"), List.of("-XX:MaxVectorSize=32"), List.of("-XX:MaxVectorSize=64")));
    String arch = System.getProperty("os.arch");
    if (arch.equals("amd64") || arch.equals("x86_64")) {
      variants.add(List.of("-XX:UseAVX=0"));
      variants.add(List.of("-XX:UseAVX=2"));
      variants.add(List.of("-XX:-UseFMA"));
    }
    for (List<String> flags : variants) {
      Map<String, String> printed = probe(flags, true);
      for (Map.Entry<String, String> entry : expected.entrySet()) {
        assertEquals(entry.getValue(), printed.get(entry.getKey()),
            entry.getKey() + " with " + flags + " (" + printed.get("lanes") + " lanes)");
      }
    }
  }

  @Test
  void withoutTheVectorApiAnEconomyRunsLaneByLaneWithTheSameBits() throws Exception {
    Map<String, String> printed = probe(List.of(), false);
    assertEquals(String.valueOf(LaneWidth.WITHOUT_VECTORS), printed.get("lanes"), "lanes without the Vector API");
    assertEquals(LaneWidthProbe.kernelDigest(), printed.get("kernel"), "the kernel without the Vector API");
  }

  private static Map<String, String> probe(List<String> flags, boolean vectors)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+IgnoreUnrecognizedVMOptions");
    command.addAll(flags);
    if (vectors) {
      command.addAll(List.of("--add-modules", VectorApi.MODULE));
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), LaneWidthProbe.class.getName()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new AssertionError("the probe with " + flags + " failed:\n" + output);
    }
    Map<String, String> printed = new LinkedHashMap<>();
    output.lines().map(line -> line.split(" ", 2)).filter(parts -> parts.length == 2)
        .forEach(parts -> printed.put(parts[0], parts[1]));
    return printed;
  }
}
