package org.stockpile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.zip.CRC32;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The points of a running sweep, appended as they complete, so that a sweep stopped by anything
 * (Ctrl-C, {@code kill -9}, a lost machine) can be resumed with only its missing points left to
 * compute. One header line (the sweep it belongs to, as JSON), then one line per point: its
 * index, every output as the hexadecimal bits of the double (exact), and a CRC-32 of the line.
 * Each line goes to the operating system in one write as soon as the point is done; a line cut
 * short by a kill (no newline at the end) is dropped and overwritten on resume. A point present
 * twice with the same numbers counts once; with different numbers the journal is refused.
 */
public final class SweepJournal implements AutoCloseable {
  /** The journal's name in a sweep's work folder. */
  public static final String FILE = "points.journal";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger LOG = LoggerFactory.getLogger(SweepJournal.class);

  /**
   * The sweep a journal belongs to: a resumed sweep must match it in every field.
   *
   * @param replace  whether the sweep may replace an existing results folder (--force when it began)
   * @param variants the base scenario's variants ({@link RecordedVariant#fingerprints}), in order;
   *                 none in journals written before there were variants
   * @param streams  the output format whose random streams the points drew from
   *                 ({@link Manifest#STREAMS_FORMAT} when written; 0 in journals written before)
   */
  public record Header(String specSha256, String scenarioSha256, String design, int replicates, long seed,
      int points, int outputs, boolean replace, List<String> variants, int streams) {
    public Header {
      variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** A sweep drawing from this engine's random streams. */
    public Header(String specSha256, String scenarioSha256, String design, int replicates, long seed, int points,
        int outputs, boolean replace, List<String> variants) {
      this(specSha256, scenarioSha256, design, replicates, seed, points, outputs, replace, variants,
          Manifest.STREAMS_FORMAT);
    }

    /** A sweep of the base scenario as it is (no variants). */
    public Header(String specSha256, String scenarioSha256, String design, int replicates, long seed, int points,
        int outputs, boolean replace) {
      this(specSha256, scenarioSha256, design, replicates, seed, points, outputs, replace, List.of());
    }
  }

  /** At most this long between a point's line and its reaching the disk (a power cut loses no more). */
  private static final long FORCE_NANOS = 50_000_000;
  private final FileChannel channel;
  private final Header header;
  private final double[][] known;
  /** When the journal was last forced to the disk ({@link System#nanoTime}). */
  private long forcedAt = System.nanoTime();

  private SweepJournal(FileChannel channel, Header header, double[][] known) {
    this.channel = channel;
    this.header = header;
    this.known = known;
  }

  /** Starts a new journal at {@code file} (replacing any). */
  public static SweepJournal start(Path file, Header header) throws OutputException {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      SweepJournal journal = new SweepJournal(channel, header, new double[header.points()][]);
      journal.write(JSON.writeValueAsString(header) + "\n");
      channel.force(true);
      Durable.folder(file.toAbsolutePath().getParent());
      return journal;
    } catch (IOException e) {
      throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Whether the journal at {@code file} is of the sweep {@code expected} describes (so it can be
   * resumed); false when it is of another spec, settings or variants, or cannot be read.
   */
  public static boolean isOf(Path file, Header expected) {
    try {
      Header saved = header(file);
      return saved.streams() >= Manifest.STREAMS_FORMAT && sameSweep(saved, expected);
    } catch (OutputException e) {
      return false;
    }
  }

  private static boolean sameSweep(Header saved, Header expected) {
    return new Header(saved.specSha256(), saved.scenarioSha256(), saved.design(), saved.replicates(), saved.seed(),
        saved.points(), saved.outputs(), expected.replace(), saved.variants()).equals(expected);
  }

  /** The header of the journal at {@code file}. */
  public static Header header(Path file) throws OutputException {
    try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
      String first = lines.findFirst().orElseThrow(() -> new IOException("it is empty"));
      return JSON.readValue(first, Header.class);
    } catch (IOException | RuntimeException e) {
      throw new OutputException("cannot read the sweep journal " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Opens the journal at {@code file} to go on with it: reads its points, drops a last line cut
   * short, and appends after the last whole line. Its header must be {@code expected}'s, but for
   * {@code replace}, which is kept from when the sweep began.
   */
  public static SweepJournal resume(Path file, Header expected) throws OutputException {
    Header saved = header(file);
    if (saved.streams() < Manifest.STREAMS_FORMAT) {
      throw new OutputException("the sweep in " + file.getParent() + " was begun by an earlier Stockpile, which drew "
          + "other random numbers from the same seed (before output format " + Manifest.STREAMS_FORMAT + "):"
          + " its points cannot be finished with these; start it again with --force");
    }
    if (!sameSweep(saved, expected)) {
      throw new OutputException("the sweep in " + file.getParent() + " " + difference(saved, expected)
          + "; resume it with the same spec, settings and variants");
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      double[][] known = new double[saved.points()][];
      int start = indexOf(bytes, 0) + 1;
      int line = 2;
      while (start < bytes.length) {
        int end = indexOf(bytes, start);
        if (end < 0) {
          break;
        }
        // A journal copied as text may have gained Windows line endings: the checksums are of the line without them.
        int stop = end > start && bytes[end - 1] == '\r' ? end - 1 : end;
        read(new String(bytes, start, stop - start, StandardCharsets.US_ASCII), saved, known, file, line++);
        start = end + 1;
      }
      FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
      channel.truncate(start);
      channel.position(start);
      SweepJournal journal = new SweepJournal(channel, saved, known);
      LOG.warn("sweep journal {}: reusing {} of {} points computed by an earlier process{}", file, journal.count(),
          saved.points(), start < bytes.length ? " (a last line cut short is dropped)" : "");
      return journal;
    } catch (IOException e) {
      throw new OutputException("cannot read the sweep journal " + file + ": " + e.getMessage(), e);
    }
  }

  /** The sweep this journal belongs to. */
  public Header header() {
    return header;
  }

  /** The outputs of the points it holds, by point (null where missing); a copy. */
  public double[][] known() {
    double[][] copy = new double[known.length][];
    for (int p = 0; p < known.length; p++) {
      copy[p] = known[p] == null ? null : known[p].clone();
    }
    return copy;
  }

  /** How many points it holds. */
  public int count() {
    int count = 0;
    for (double[] row : known) {
      count += row == null ? 0 : 1;
    }
    return count;
  }

  /** Appends a completed point. */
  public synchronized void append(int point, double[] outputs) throws OutputException {
    StringBuilder line = new StringBuilder(Integer.toString(point));
    for (double value : outputs) {
      line.append(',').append(Long.toHexString(Double.doubleToRawLongBits(value)));
    }
    long checksum = crc(line.toString());
    line.append(',').append(Long.toHexString(checksum));
    try {
      write(line.append('\n').toString());
      // On the disk in groups: a point counts as done once forced, at most FORCE_NANOS after it was written.
      if (System.nanoTime() - forcedAt >= FORCE_NANOS) {
        channel.force(false);
        forcedAt = System.nanoTime();
      }
    } catch (IOException e) {
      throw new OutputException("cannot append to the sweep journal: " + e.getMessage(), e);
    }
    known[point] = outputs.clone();
  }

  @Override
  public void close() throws OutputException {
    try {
      if (channel.isOpen()) {
        channel.force(false);
      }
      channel.close();
    } catch (IOException e) {
      throw new OutputException("cannot close the sweep journal: " + e.getMessage(), e);
    }
  }

  private void write(String text) throws IOException {
    ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
    while (buffer.hasRemaining()) {
      channel.write(buffer);
    }
  }

  private static void read(String line, Header header, double[][] known, Path file, int number)
      throws OutputException {
    String[] fields = line.split(",", -1);
    String where = file + ":" + number + ": ";
    if (fields.length != header.outputs() + 2) {
      throw new OutputException(where + "expected a point and " + header.outputs() + " outputs; the journal is damaged");
    }
    try {
      int last = line.lastIndexOf(',');
      if (Long.parseUnsignedLong(fields[fields.length - 1], 16) != crc(line.substring(0, last))) {
        throw new OutputException(where + "checksum does not match; the journal is damaged");
      }
      int point = Integer.parseInt(fields[0]);
      if (point < 0 || point >= header.points()) {
        throw new OutputException(where + "no point " + point + " in this sweep; the journal is damaged");
      }
      double[] outputs = new double[header.outputs()];
      for (int o = 0; o < outputs.length; o++) {
        outputs[o] = Double.longBitsToDouble(Long.parseUnsignedLong(fields[o + 1], 16));
      }
      if (known[point] != null && !java.util.Arrays.equals(known[point], outputs)) {
        throw new OutputException(where + "point " + point + " appears twice with different numbers");
      }
      known[point] = outputs;
    } catch (NumberFormatException e) {
      throw new OutputException(where + "not a number (" + e.getMessage() + "); the journal is damaged", e);
    }
  }

  private static long crc(String text) {
    CRC32 crc = new CRC32();
    crc.update(text.getBytes(StandardCharsets.US_ASCII));
    return crc.getValue();
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }

  private static String difference(Header saved, Header expected) {
    if (!saved.specSha256().equals(expected.specSha256())) {
      return "ran another version of the spec";
    }
    if (!saved.scenarioSha256().equals(expected.scenarioSha256())) {
      return "ran another version of the base scenario";
    }
    if (!saved.variants().equals(expected.variants())) {
      return "ran other variants of the base scenario (--overlay and --set: " + saved.variants() + ", not "
          + expected.variants() + ")";
    }
    return "ran with design " + saved.design() + ", replicates " + saved.replicates() + " and seed " + saved.seed()
        + " (" + saved.points() + " points of " + saved.outputs() + " outputs), not design " + expected.design()
        + ", replicates " + expected.replicates() + " and seed " + expected.seed();
  }
}
