package org.stockpile.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A results folder written all at once: files go to a hidden temporary folder beside the
 * destination, which is renamed into place by {@link #commit()}. An interrupted run leaves at
 * most that hidden folder behind, never a half-written destination.
 */
public final class AtomicDirectory implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(AtomicDirectory.class);
  private final long begun = System.nanoTime();
  private final Path destination;
  private final Path staging;
  private final boolean replace;
  private final Thread cleanupOnExit;
  private volatile boolean committed;

  private AtomicDirectory(Path destination, Path staging, boolean replace) {
    this.destination = destination;
    this.staging = staging;
    this.replace = replace;
    // Interrupted while writing (Ctrl-C, SIGTERM): remove the temporary folder on the way out.
    this.cleanupOnExit = new Thread(this::discard, "stockpile-output-cleanup");
    Runtime.getRuntime().addShutdownHook(cleanupOnExit);
  }

  /**
   * Checks that {@code destination} may be written: it does not exist, is an empty folder, or
   * holds this tool's results (a {@code manifest.json} of ours) and {@code force} allows replacing
   * them. A folder of other files is never replaced, even with {@code force}.
   *
   * @return the real path {@code destination} names ({@link #resolve}): check, write and remove
   *     through it alone, so that no check is made on one folder and a write on another
   */
  public static Path checkWritable(Path destination, boolean force) throws OutputException {
    Path real = resolve(destination);
    if (!Files.exists(real)) {
      return real;
    }
    if (!Files.isDirectory(real)) {
      throw new OutputException(destination + " exists and is not a folder");
    }
    if (isEmpty(real)) {
      return real;
    }
    if (!force) {
      throw new OutputException(destination + " already holds files; choose another --out or add --force to replace it");
    }
    if (!ResultsFolder.isOurs(real)) {
      throw new OutputException(destination + (real.equals(destination.toAbsolutePath()) ? "" : " (" + real + ")")
          + " holds files that are not Stockpile results (no manifest.json of ours); --force only replaces a "
          + "results folder: choose another --out");
    }
    return real;
  }

  /**
   * The real path {@code destination} names, as the operating system reads it: its longest part
   * that exists with symbolic links and {@code ..} resolved ({@code via/../x} with {@code via} a
   * link to {@code deep/a/b} is {@code deep/a/x}), then the names that do not exist yet.
   */
  public static Path resolve(Path destination) throws OutputException {
    Path absolute = destination.toAbsolutePath();
    Path existing = absolute;
    java.util.ArrayDeque<Path> missing = new java.util.ArrayDeque<>();
    while (existing != null && !Files.exists(existing, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      missing.push(existing.getFileName());
      existing = existing.getParent();
    }
    if (existing == null) {
      throw new OutputException("cannot find any part of " + destination + " on disk");
    }
    Path real;
    try {
      real = existing.toRealPath();
    } catch (IOException e) {
      throw new OutputException(destination + ": " + existing + " is a broken symbolic link or cannot be read ("
          + e.getMessage() + ")", e);
    }
    for (Path name : missing) {
      real = real.resolve(name);
    }
    // Only names that do not exist remain to normalise: no link among them can change what .. means.
    return real.normalize();
  }

  /** Starts writing the contents of {@code destination}. */
  public static AtomicDirectory begin(Path destination, boolean force) throws OutputException {
    Path real = checkWritable(destination, force);
    Path parent = real.getParent();
    try {
      Files.createDirectories(parent);
      Path staging = Files.createTempDirectory(parent, "." + real.getFileName() + ".partial-");
      return new AtomicDirectory(real, staging, force);
    } catch (IOException e) {
      throw new OutputException("cannot create a folder beside " + destination + ": " + e.getMessage(), e);
    }
  }

  /** Where to write a file named {@code name} before the commit. */
  public Path file(String name) {
    return staging.resolve(name);
  }

  /** Moves the written folder into place (replacing the old one only if allowed at the start). */
  public void commit() throws OutputException {
    try {
      Path old = null;
      if (Files.exists(destination)) {
        if (!isEmpty(destination) && (!replace || !ResultsFolder.isOurs(destination))) {
          throw new OutputException(destination + " was filled while this run was writing; results left in " + staging);
        }
        old = destination.resolveSibling("." + destination.getFileName() + ".old-" + System.nanoTime());
        move(destination, old);
      }
      String files;
      try (Stream<Path> written = Files.list(staging)) {
        files = String.join(", ", written.map(path -> path.getFileName().toString()).sorted().toList());
      }
      move(staging, destination);
      committed = true;
      if (old != null) {
        deleteTree(old);
      }
      LOG.info("wrote {}{} in {} s: {}", destination, old != null ? " (replacing what it held)" : "",
          Math.round((System.nanoTime() - begun) / 1e6) / 1e3, files);
    } catch (IOException e) {
      throw new OutputException("cannot move results into " + destination + ": " + e.getMessage(), e);
    }
  }

  public Path destination() {
    return destination;
  }

  /** Removes the temporary folder if the results were never committed. */
  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(cleanupOnExit);
    } catch (IllegalStateException shuttingDown) {
      // The hook is running or about to: it does the same.
    }
    discard();
  }

  private void discard() {
    if (!committed) {
      try {
        deleteTree(staging);
      } catch (IOException | UncheckedIOException ignored) {
        // Best effort: a hidden .partial folder may remain after kill -9, never a broken destination.
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  private static boolean isEmpty(Path folder) throws OutputException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new OutputException("cannot read " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Where a long job (a search, a sweep) keeps what it needs to resume while it runs:
   * {@code DIR.partial} beside its results folder {@code DIR}, removed once the results are in.
   */
  public static Path workFolder(Path destination) throws OutputException {
    Path real = resolve(destination);
    return real.resolveSibling(real.getFileName() + ".partial");
  }

  /** Removes {@code root} and everything in it, if it exists. */
  public static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
