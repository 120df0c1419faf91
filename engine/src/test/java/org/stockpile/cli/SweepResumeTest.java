package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.output.AtomicDirectory;
import org.stockpile.output.Manifest;
import org.stockpile.output.SweepJournal;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * A sweep journals its points as they complete: killed with {@code kill -9} (or cut short in the
 * middle of a line), {@code --resume} computes only the missing points and ends with the files of
 * an uninterrupted sweep, no point lost or counted twice.
 */
class SweepResumeTest {
  private static final String SCENARIO = TestScenarios.chinaAndLynas("resume-test") + """
      shockProcesses:
        - ratePerYear: 2
          durationDays: {distribution: uniform, min: 10, max: 60}
          severity: {distribution: uniform, min: 0.3, max: 1}
          shock: {type: exportControl, country: CN, mode: quota, allowedShare: 0.5}
      run: {replicates: 40, horizonDays: 365}
      """;;
  private static final String SPEC = """
      scenario: scenario.yaml
      parameters:
        - {path: materials.ree.stockpiles.firms.targetDays, distribution: {distribution: uniform, min: 0, max: 40}}
        - {path: "shocks[0].durationDays", levels: [20, 40, 60, 80]}
        - {path: materials.ree.sources.lynas.share, distribution: {distribution: uniform, min: 0.1, max: 0.4}}
      design: {type: sobol, samples: 128}
      metrics: [shortfallUnits, ree.netCost]
      timeIndices: {days: [40, 120]}
      replicates: 64
      seed: 4
      """;
  private static final List<String> RESULTS = List.of("points.csv", "indices.json", "timeindices.csv");

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private Path spec;

  @BeforeEach
  void setUp() throws Exception {
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO);
    spec = folder.resolve("test.sweep.yaml");
    Files.writeString(spec, SPEC);
  }

  @Test
  void aSweepKilledWithKillMinus9IsFinishedByResumeWithTheFilesOfAnUninterruptedOne() throws Exception {
    Path killed = folder.resolve("killed");
    Path journal = AtomicDirectory.workFolder(killed).resolve(SweepJournal.FILE);
    List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(),
        "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        Main.class.getName(), "sweep", spec.toString(), "--out", killed.toString(), "--threads", "2"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(folder.resolve("child.log").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (lines(journal) < 41 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(2);
    }
    process.destroyForcibly().waitFor();
    assertFalse(Files.exists(killed.resolve("points.csv")),
        "killed before the end: " + Files.readString(folder.resolve("child.log")));
    long journalled = lines(journal) - 1;
    assertTrue(journalled >= 40 && journalled < 640, journalled + " points journalled");

    assertEquals(0, Main.execute("sweep", spec.toString(), "--resume", killed.toString()), console.err());
    int resumed = new ObjectMapper().readTree(killed.resolve("manifest.json").toFile()).get("pointsFromJournal")
        .asInt();
    assertTrue(resumed >= journalled - 1 && resumed <= journalled, resumed + " of " + journalled + " reused");
    assertTrue(console.out().contains(resumed + " of 640 points already done"), console.out());
    assertFalse(Files.exists(AtomicDirectory.workFolder(killed)), "the journal is gone once the results are in");

    Path whole = folder.resolve("whole");
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", whole.toString(), "--threads", "1"));
    for (String name : RESULTS) {
      assertEquals(Files.readString(whole.resolve(name)), Files.readString(killed.resolve(name)), name);
    }
  }

  @Test
  void aLineCutShortIsDroppedAndARepeatedPointCountsOnce() throws Exception {
    Path whole = folder.resolve("whole");
    Path cut = folder.resolve("cut");
    Path journal = journalOfPoints(whole, cut, 7, 3, 500, 3, 639);
    Files.writeString(journal, "12,3ff00000", StandardOpenOption.APPEND);
    assertEquals(0, Main.execute("sweep", spec.toString(), "--resume", cut.toString()), console.err());
    assertTrue(console.out().contains("4 of 640 points already done"), console.out());
    for (String name : RESULTS) {
      assertEquals(Files.readString(whole.resolve(name)), Files.readString(cut.resolve(name)), name);
    }
  }

  @Test
  void aJournalGivenWindowsLineEndingsIsResumedAsItWas() throws Exception {
    Path whole = folder.resolve("whole");
    Path copied = folder.resolve("copied");
    Path journal = journalOfPoints(whole, copied, 7, 3, 500);
    Files.writeString(journal, Files.readString(journal).replace("\n", "\r\n"));
    assertEquals(0, Main.execute("sweep", spec.toString(), "--resume", copied.toString()), console.err());
    assertTrue(console.out().contains("3 of 640 points already done"), console.out());
    for (String name : RESULTS) {
      assertEquals(Files.readString(whole.resolve(name)), Files.readString(copied.resolve(name)), name);
    }
  }

  @Test
  void anotherSweepsJournalDoesNotBlockThisOneAndIsKept() throws Exception {
    Path out = folder.resolve("out");
    Path journal = AtomicDirectory.workFolder(out).resolve(SweepJournal.FILE);
    SweepJournal.Header other = new SweepJournal.Header("0".repeat(64), Manifest.sha256(folder.resolve("scenario.yaml")),
        "SobolDesign[samples=128]", 64, 4, 640, 4, false);
    SweepJournal.start(journal, other).close();
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", out.toString(), "--samples", "8"), console.err());
    assertTrue(Files.exists(out.resolve("points.csv")));
    try (var kept = Files.list(folder)) {
      assertTrue(kept.anyMatch(path -> path.getFileName().toString().startsWith("out.partial.other-")
          && Files.exists(path.resolve(SweepJournal.FILE))), "the other sweep's points are kept aside");
    }
  }

  @Test
  void aSweepBegunByAnEngineThatDrewOtherNumbersIsNotFinishedWithThese() throws Exception {
    Path stopped = folder.resolve("stopped");
    SweepJournal.Header older = new SweepJournal.Header(Manifest.sha256(spec),
        Manifest.sha256(folder.resolve("scenario.yaml")), "SobolDesign[samples=128]", 64, 4, 640, 4, false, List.of(),
        Manifest.STREAMS_FORMAT - 1);
    SweepJournal.start(AtomicDirectory.workFolder(stopped).resolve(SweepJournal.FILE), older).close();
    assertEquals(2, Main.execute("sweep", spec.toString(), "--resume", stopped.toString()));
    assertTrue(console.err().contains("was begun by an earlier Stockpile, which drew other random numbers from the same "
        + "seed"), console.err());
    assertFalse(Files.exists(stopped.resolve("points.csv")));
  }

  @Test
  void resumeRefusesOtherSettingsAFinishedSweepAndNothingToResume() throws Exception {
    Path stopped = folder.resolve("stopped");
    SweepJournal.Header header = new SweepJournal.Header(Manifest.sha256(spec),
        Manifest.sha256(folder.resolve("scenario.yaml")), "SobolDesign[samples=128]", 64, 4, 640, 4, false);
    SweepJournal.start(AtomicDirectory.workFolder(stopped).resolve(SweepJournal.FILE), header).close();
    assertEquals(2, Main.execute("sweep", spec.toString(), "--resume", stopped.toString(), "--replicates", "32"));
    assertTrue(console.err().contains("ran with design SobolDesign[samples=128], replicates 64 and seed 4"),
        console.err());
    assertEquals(2, Main.execute("sweep", spec.toString(), "--out", stopped.toString()));
    assertTrue(console.err().contains("an interrupted sweep left its points in"), console.err());
    Files.writeString(folder.resolve("scenario.yaml"), SCENARIO.replace("baselineDailyDemand: 10",
        "baselineDailyDemand: 11"));
    assertEquals(2, Main.execute("sweep", spec.toString(), "--resume", stopped.toString()));
    assertTrue(console.err().contains("ran another version of the base scenario"), console.err());
    assertFalse(Files.exists(stopped));

    assertEquals(2, Main.execute("sweep", spec.toString(), "--resume", folder.resolve("nowhere").toString()));
    assertTrue(console.err().contains("no interrupted sweep there"), console.err());
  }

  /**
   * Runs the whole sweep into {@code whole}, then journals its {@code points} (in that order) as an
   * interrupted sweep into {@code out} would have; the journal.
   */
  private Path journalOfPoints(Path whole, Path out, int... points) throws Exception {
    assertEquals(0, Main.execute("sweep", spec.toString(), "--out", whole.toString()), console.err());
    List<String> rows = Files.readAllLines(whole.resolve("points.csv"));
    Path journal = AtomicDirectory.workFolder(out).resolve(SweepJournal.FILE);
    SweepJournal.Header header = new SweepJournal.Header(Manifest.sha256(spec),
        Manifest.sha256(folder.resolve("scenario.yaml")), "SobolDesign[samples=128]", 64, 4, 640, 2 + 2, false);
    try (SweepJournal written = SweepJournal.start(journal, header)) {
      for (int point : points) {
        written.append(point, outputs(rows.get(point + 1)));
      }
    }
    return journal;
  }

  private static double[] outputs(String row) {
    String[] fields = row.split(",");
    double[] values = new double[fields.length - 4];
    for (int o = 0; o < values.length; o++) {
      values[o] = Double.parseDouble(fields[4 + o]);
    }
    return values;
  }

  private static long lines(Path file) throws Exception {
    if (!Files.exists(file)) {
      return 0;
    }
    byte[] bytes = Files.readAllBytes(file);
    long count = 0;
    for (byte b : bytes) {
      count += b == '\n' ? 1 : 0;
    }
    return count;
  }
}
