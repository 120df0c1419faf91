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
      return probed(real, destination);
    }
    if (!Files.isDirectory(real)) {
      throw new OutputException(destination + " exists and is not a folder");
    }
    if (isEmpty(real)) {
      return probed(real, destination);
    }
    if (!force) {
      throw new OutputException(destination + " already holds files; choose another --out or add --force to replace it");
    }
    if (!ResultsFolder.isOurs(real)) {
      throw new OutputException(destination + (real.equals(destination.toAbsolutePath()) ? "" : " (" + real + ")")
          + " holds files that are not Stockpile results (no manifest.json of ours); --force only replaces a "
          + "results folder: choose another --out");
    }
    return probed(real, destination);
  }

  /**
   * {@code real}, once a folder named as the results' temporary one has been made beside it and
   * removed: a read-only place, a name too long for the file system (the temporary name is longer
   * than the folder's) or a parent that is a file fails here, before any work, not after it.
   * Folders made on the way to it are removed again; hidden temporary folders left there by a
   * write that was killed are removed ({@link #cleanStale}).
   */
  private static Path probed(Path real, Path destination) throws OutputException {
    Path parent = real.getParent();
    Path firstMade = null;
    for (Path dir = parent; dir != null && !Files.exists(dir); dir = dir.getParent()) {
      firstMade = dir;
    }
    try {
      Files.createDirectories(parent);
      cleanStale(parent, real.getFileName().toString());
      Files.delete(Files.createTempDirectory(parent, stagingPrefix(real)));
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      throw new OutputException("cannot write results to " + destination + ": " + describe(e), e);
    } finally {
      if (firstMade != null) {
        try {
          deleteTree(firstMade);
        } catch (IOException ignored) {
          // Best effort: an empty folder on the way to the results.
        }
      }
    }
    return real;
  }

  private static String describe(Exception e) {
    String reason = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
        : e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null ? fs.getReason()
        : e.getMessage();
    return reason + (e instanceof java.nio.file.FileSystemException fs && fs.getFile() != null
        ? " (" + fs.getFile() + ")" : "");
  }

  /** The temporary folder's name before its random part: hidden, the results' name, this process. */
  private static String stagingPrefix(Path real) {
    return "." + real.getFileName() + ".partial-" + ProcessHandle.current().pid() + "-";
  }

  /**
   * Removes the hidden temporary folders beside {@code name} ({@code .NAME.partial-PID-...}) whose
   * process is no longer running: what a write killed with {@code kill -9} left behind.
   */
  static void cleanStale(Path parent, String name) {
    String prefix = "." + name + ".partial-";
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent, path -> {
      String file = path.getFileName().toString();
      return file.startsWith(prefix) && Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    })) {
      for (Path stale : entries) {
        String rest = stale.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
          pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
        } catch (NumberFormatException notOurs) {
          continue;
        }
        boolean running = pid == ProcessHandle.current().pid()
            || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (running) {
          continue;
        }
        LOG.info("removing {}, left by a write that did not finish (process {} is gone)", stale, pid);
        deleteTree(stale);
      }
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("could not remove the temporary folders a killed write left beside {}: {}", parent.resolve(name),
          e.getMessage());
    }
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
      Path staging = Files.createTempDirectory(parent, stagingPrefix(real));
      permitLikeParent(staging, parent);
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
      Durable.tree(staging);
      move(staging, destination);
      Durable.folder(destination.getParent());
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

  /**
   * A temporary folder is made for its owner alone (0700); the results folder it becomes gets its
   * parent's permissions instead, so colleagues who can read the parent can read the results.
   */
  private static void permitLikeParent(Path staging, Path parent) throws IOException {
    try {
      Files.setPosixFilePermissions(staging, Files.getPosixFilePermissions(parent));
    } catch (UnsupportedOperationException notPosix) {
      // Other file systems keep their own defaults.
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
