package org.stockpile.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stockpile.optimize.Evaluation;
import org.stockpile.optimize.GenerationRecord;
import org.stockpile.optimize.SearchState;

/**
 * A checkpoint is resumed only as it was written: one changed digit of a score, any one flipped
 * bit, a cut file, or a hand edit that keeps the checksum right but puts a field out of range, is
 * refused with what is wrong.
 */
class CheckpointTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHA = "ab".repeat(32);

  @TempDir
  Path folder;

  private static Checkpoint checkpoint() {
    SearchState.Member first = new SearchState.Member(List.of(0.25, 0.5), 1, 0, List.of(-3.5, 12.0));
    SearchState.Member second = new SearchState.Member(List.of(0.75, 0.125), 2, 0.5, List.of(-2.0, 10.0));
    List<GenerationRecord> history = List.of(new GenerationRecord(1, -3.5, -2.7, 1, 0.3, 8),
        new GenerationRecord(2, -3.5, -2.9, 1, 0.2, 5));
    List<SearchState.Scored> scored = List.of(
        new SearchState.Scored(List.of(2, 5), new Evaluation(List.of(1.0), List.of(-3.5), List.of(0.0), null)),
        new SearchState.Scored(List.of(7, 1), new Evaluation(List.of(2.0), List.of(-2.0), List.of(-1.0), null)));
    return new Checkpoint(SHA, SHA, 2, 16, 5, new SearchState(3, 9, List.of(first, second), first, history, scored, 2));
  }

  private Path written() throws Exception {
    Path file = folder.resolve(Checkpoint.FILE);
    checkpoint().write(file);
    return file;
  }

  @Test
  void aCheckpointReadsBackAsWritten() throws Exception {
    assertEquals(checkpoint(), Checkpoint.read(written()));
  }

  @Test
  void oneChangedDigitOfAScoreIsRefused() throws Exception {
    Path file = written();
    String text = Files.readString(file);
    String score = Long.toHexString(Double.doubleToRawLongBits(-3.5));
    int at = text.indexOf(score);
    assertTrue(at > 0, text);
    char digit = text.charAt(at + 2);
    Files.writeString(file, text.substring(0, at + 2) + (digit == '1' ? '2' : '1') + text.substring(at + 3));
    OutputException refused = assertThrows(OutputException.class, () -> Checkpoint.read(file));
    assertTrue(refused.getMessage().contains("is damaged: its content does not match its SHA-256"),
        refused.getMessage());
  }

  @Test
  void everyFlippedBitAndEveryCutIsRefused() throws Exception {
    byte[] bytes = Files.readAllBytes(written());
    Path file = folder.resolve("flipped.json");
    Random random = new Random(17);
    for (int trial = 0; trial < 400; trial++) {
      byte[] flipped = bytes.clone();
      int bit = random.nextInt(bytes.length * 8);
      flipped[bit / 8] ^= (byte) (1 << (bit % 8));
      Files.write(file, flipped);
      int where = bit;
      assertThrows(OutputException.class, () -> Checkpoint.read(file), () -> "bit " + where + " flipped");
    }
    for (int length : List.of(0, 1, bytes.length / 2, bytes.length - 1)) {
      Files.write(file, java.util.Arrays.copyOf(bytes, length));
      assertThrows(OutputException.class, () -> Checkpoint.read(file), () -> "cut to " + length + " bytes");
    }
  }

  @Test
  void fieldsOutOfRangeAreRefusedEvenWithTheChecksumRight() throws Exception {
    assertRefused(body -> ((ObjectNode) body.get("state")).put("nextGeneration", -5),
        "state.nextGeneration must be at least 1, got -5");
    assertRefused(body -> ((ArrayNode) body.get("state").get("population")).removeAll(), "state.population is empty");
    assertRefused(body -> ((ObjectNode) body.get("state")).put("nextGeneration", 7),
        "state.history has 2 generations, but state.nextGeneration says 6 are done");
    assertRefused(body -> body.put("population", 0), "population and replicates must be at least 1");
    assertRefused(body -> ((ObjectNode) body.get("state")).put("simulations", 99), "exceeds the candidates scored");
    assertRefused(body -> ((ArrayNode) body.get("state").get("best").get("genes")).set(0,
        Long.toHexString(Double.doubleToRawLongBits(1.5))), "state.best: genes must be in [0, 1), got 1.5");
    assertRefused(body -> ((ObjectNode) body.get("state")).put("nextGeneration", "three"),
        "nextGeneration is not a whole number");
    assertRefused(body -> body.remove("state"), "a field is missing or malformed");
  }

  private void assertRefused(Consumer<ObjectNode> edit, String expected) throws Exception {
    Path file = written();
    ObjectNode whole = (ObjectNode) JSON.readTree(file.toFile());
    ObjectNode body = (ObjectNode) whole.get("checkpoint");
    edit.accept(body);
    whole.put("sha256", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(body))));
    JSON.writeValue(file.toFile(), whole);
    OutputException refused = assertThrows(OutputException.class, () -> Checkpoint.read(file), expected);
    assertTrue(refused.getMessage().contains(expected), refused.getMessage());
  }
}
