package org.stockpile.console;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.console.Failures.UsageException;
import org.stockpile.model.RunSettings;

/**
 * The counts given on the command line, checked as a file's are: replicates within the file's
 * limit (a flag used to skip it and overflow), threads at most the cores (more never helps a
 * run whose results do not depend on them, and each costs a worker's memory).
 */
public final class Counts {
  private static final Logger LOG = LoggerFactory.getLogger(Counts.class);

  private Counts() {
  }

  /** {@code value} of {@code option} (replicates), in [1, {@link RunSettings#MAX_REPLICATES}]. */
  public static int replicates(String option, int value) throws UsageException {
    return within(option, value, 1, RunSettings.MAX_REPLICATES);
  }

  /** {@code value} of {@code option} in [least, most]. */
  public static int within(String option, int value, int least, int most) throws UsageException {
    if (value < least || value > most) {
      throw new UsageException(option + " must be " + (value < least ? "at least " + least : "at most " + most)
          + ", got " + value);
    }
    return value;
  }

  /** {@code value} of {@code --threads}, at least 1 and capped at the cores this machine has. */
  public static int threads(int value) throws UsageException {
    int cores = Runtime.getRuntime().availableProcessors();
    if (value < 1) {
      throw new UsageException("--threads must be at least 1, got " + value);
    }
    if (value > cores) {
      LOG.warn("--threads {}: using {}, the cores this machine has (more would not make it faster)", value, cores);
      return cores;
    }
    return value;
  }
}
