package org.stockpile.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.testing.CapturedConsole;
import org.stockpile.testing.TestScenarios;

/**
 * Where results go, checked before the simulation and kept tidy: a read-only place, a dangling
 * link or a name too long fail at once (not after the whole run); a results folder gets its
 * parent's permissions, not 0700; hidden temporary folders a killed write left are removed; a
 * number where text belongs is refused rather than coerced.
 */
class OutputPlaceTest {
  private static final String SCENARIO = TestScenarios.oneMaterialFromChina("place")
      + "run: {replicates: 16, horizonDays: 100}\n";

  @TempDir
  Path folder;

  @RegisterExtension
  final CapturedConsole console = new CapturedConsole();

  private String scenario() throws Exception {
    return Files.writeString(folder.resolve("scenario.yaml"), SCENARIO).toString();
  }

  @Test
  void aReadOnlyPlaceFailsBeforeTheRun() throws Exception {
    assumeFalse("root".equals(System.getProperty("user.name")), "root writes anywhere");
    Path locked = Files.createDirectories(folder.resolve("locked"));
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertEquals(2, Main.execute("run", scenario(), "--out", locked.resolve("results").toString()));
      assertTrue(console.err().contains("cannot write results to"), console.err());
      assertTrue(console.err().contains("permission denied"), console.err());
      assertFalse(console.out().contains("Results in"), "nothing was simulated and written");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void aNameTooLongAFileForAFolderOrADanglingLinkFailsBeforeTheRun() throws Exception {
    assertEquals(2, Main.execute("run", scenario(), "--out", folder.resolve("r".repeat(300)).toString()));
    assertTrue(console.err().contains("cannot write results to"), console.err());
    Path file = Files.writeString(folder.resolve("a-file"), "not a folder");
    assertEquals(2, Main.execute("run", scenario(), "--out", file.resolve("results").toString()));
    assertTrue(console.err().contains("cannot write results to"), console.err());
    Path dangling = Files.createSymbolicLink(folder.resolve("dangling"), folder.resolve("nowhere/deeper"));
    assertEquals(2, Main.execute("run", scenario(), "--out", dangling.toString()));
    assertTrue(console.err().contains("broken symbolic link"), console.err());
    assertFalse(Files.exists(folder.resolve("nowhere")));
  }

  @Test
  void resultsTakeTheirParentsPermissions() throws Exception {
    Path shared = Files.createDirectories(folder.resolve("shared"));
    Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
    assertEquals(0, Main.execute("run", scenario(), "--out", shared.resolve("results").toString()), console.err());
    assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(shared.resolve("results"))));
  }

  @Test
  void hiddenFoldersAKilledWriteLeftAreRemoved() throws Exception {
    long gone = 2_000_000_000L;
    assumeTrue(ProcessHandle.of(gone).isEmpty(), "no process " + gone);
    Path stale = Files.createDirectories(folder.resolve(".results.partial-" + gone + "-12345"));
    Files.writeString(stale.resolve("summary.json"), "{");
    Path older = Files.createDirectories(folder.resolve(".results.partial-" + gone));
    Path someoneElses = Files.createDirectories(folder.resolve(".results.partial-notes"));
    assertEquals(0, Main.execute("run", scenario(), "--out", folder.resolve("results").toString()), console.err());
    assertFalse(Files.exists(stale), "left by a process that is gone");
    assertFalse(Files.exists(older));
    assertTrue(Files.exists(someoneElses), "not named as ours");
  }

  @Test
  void aNumberWhereTextBelongsIsRefusedNotCoerced() throws Exception {
    Path file = Files.writeString(folder.resolve("numbers.yaml"), SCENARIO.replace("name: place",
        "name: place\ncitations: [1, 2]").replace("route: [CN]", "route: [CN, NO]")
        .replace("countries: {JP: {}, CN: {}}", "countries: {JP: {}, CN: {}, 'NO': {}}"));
    assertEquals(2, Main.execute("validate", file.toString()));
    assertTrue(console.err().contains("citations[0]: must be text, got a number (1); quote it ('1')"), console.err());
    assertTrue(console.err().contains("route[1]: must be text, got"), "YAML's NO is false, not Norway: "
        + console.err());
  }
}
