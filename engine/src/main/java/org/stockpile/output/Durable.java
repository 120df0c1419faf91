package org.stockpile.output;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Bytes on the disk, not only handed to the operating system: what is reported written (results,
 * a checkpoint, a journal line) survives a power cut, as databases make sure. A file is forced
 * ({@code fsync}) before it is renamed into place, and its folder after, so that the rename is
 * on the disk too.
 */
public final class Durable {
  private Durable() {
  }

  /** Forces {@code file}'s bytes to the disk. */
  public static void file(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.force(true);
    }
  }

  /**
   * Forces {@code folder}'s entries (names made, renamed or removed in it) to the disk; a file
   * system that cannot open a folder for that (not Linux or macOS) keeps its own guarantees.
   */
  public static void folder(Path folder) throws IOException {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (UnsupportedOperationException | java.nio.file.AccessDeniedException notSupported) {
      // Windows cannot open a folder as a channel: its renames are journalled by the file system.
    }
  }

  /** Forces every file below {@code root}, then every folder, deepest first, to the disk. */
  static void tree(Path root) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root)) {
      paths = walk.toList();
    }
    for (Path path : paths) {
      if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
        file(path);
      }
    }
    for (int i = paths.size() - 1; i >= 0; i--) {
      if (Files.isDirectory(paths.get(i), LinkOption.NOFOLLOW_LINKS)) {
        folder(paths.get(i));
      }
    }
  }
}
