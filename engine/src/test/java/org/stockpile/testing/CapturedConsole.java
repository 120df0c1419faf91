package org.stockpile.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a test prints on System.out and System.err, kept in UTF-8 from before its {@code @BeforeEach}
 * methods until after its {@code @AfterEach} ones, when the streams it replaced are put back. Use:
 * {@code @RegisterExtension final CapturedConsole console = new CapturedConsole();}
 */
public final class CapturedConsole implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @Override
  public void beforeEach(ExtensionContext context) {
    out.reset();
    err.reset();
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Override
  public void afterEach(ExtensionContext context) {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  /** What was printed on System.out since the test began or since {@link #resetOut()}. */
  public String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  /** What was printed on System.err since the test began or since {@link #resetErr()}. */
  public String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets what was printed on System.out so far. */
  public void resetOut() {
    out.reset();
  }

  /** Forgets what was printed on System.err so far. */
  public void resetErr() {
    err.reset();
  }
}
