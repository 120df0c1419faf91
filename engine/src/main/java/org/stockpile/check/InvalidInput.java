package org.stockpile.check;

/**
 * A value refused by the record it was given to, said in two parts: what it is ({@code subject}: a
 * decision's path, a constraint's name) and what is wrong with it ({@code problem}), so a reader
 * can place the problem where the value was written without taking a message apart.
 */
public final class InvalidInput extends IllegalArgumentException {
  private final String subject;
  private final String problem;

  public InvalidInput(String subject, String problem) {
    super(subject + ": " + problem);
    this.subject = subject;
    this.problem = problem;
  }

  /** What was refused, e.g. {@code materials.cobalt.stockpiles.public.targetDays}. */
  public String subject() {
    return subject;
  }

  /** What is wrong with it, e.g. {@code step 7.0 does not divide the range 0.0 to 90.0}. */
  public String problem() {
    return problem;
  }
}
