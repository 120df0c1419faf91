package org.stockpile.console;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.Finding;
import org.stockpile.check.ScenarioException;
import org.stockpile.output.NonFiniteResultException;
import org.stockpile.output.OutputException;
import org.stockpile.report.Format;
import org.stockpile.report.ReportException;
import org.stockpile.sim.VectorApi;
import org.stockpile.study.StudyException;

/** Turns what went wrong into a message and an exit code; a stack trace only with --debug. */
public final class Failures {
  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  private Failures() {
  }

  public static int guard(PrintWriter err, boolean debug, Callable<Integer> body) {
    try {
      return body.call();
    } catch (ScenarioException e) {
      report(err, e);
      return ExitCode.BAD_INPUT;
    } catch (OutputException | UsageException | ReportException | StudyException e) {
      err.println("stockpile: " + e.getMessage());
      logged(e.getMessage(), null);
      return ExitCode.BAD_INPUT;
    } catch (NonFiniteResultException e) {
      err.println("stockpile: " + e.getMessage());
      logged(e.getMessage(), e);
      return ExitCode.INTERNAL_ERROR;
    } catch (Exception | OutOfMemoryError | StackOverflowError e) {
      VectorApi.Missing missing = missingVectorApi(e);
      if (missing != null) {
        // Thrown here, or on a worker thread and wrapped on its way here.
        err.println("stockpile: " + missing.getMessage());
        logged(missing.getMessage(), null);
        return ExitCode.BAD_INPUT;
      }
      err.println("stockpile: internal error: " + e + (debug ? "" : " (run with --debug for details)"));
      logged("internal error: " + e, e);
      if (debug) {
        e.printStackTrace(err);
      }
      return ExitCode.INTERNAL_ERROR;
    } finally {
      err.flush();
    }
  }

  private static VectorApi.Missing missingVectorApi(Throwable error) {
    for (Throwable cause = error; cause != null; cause = cause.getCause()) {
      if (cause instanceof VectorApi.Missing missing) {
        return missing;
      }
    }
    return null;
  }

  /** What was printed on stderr, for the log file (not printed twice). */
  private static void logged(String message, Throwable error) {
    if (Logging.active()) {
      LOG.error(Logging.PRINTED, message, error);
    }
  }

  static void report(PrintWriter err, ScenarioException e) {
    for (Finding problem : e.problems()) {
      err.println(problem);
    }
    logged(Format.count(e.problems().size(), "problem") + ":" + e.problems().stream().map(problem -> "\n  " + problem)
        .collect(java.util.stream.Collectors.joining()), null);
    err.println(Format.count(e.problems().size(), "problem") + " found; nothing was run or written.");
  }

  /** A bad combination of options, found after parsing. */
  public static final class UsageException extends Exception {
    public UsageException(String message) {
      super(message);
    }
  }
}
