package org.stockpile.sim;

/**
 * Sees the kernel's flows at the end of every simulated day (for tests and diagnostics). The
 * flows are read from {@link DayFlows}, valid only during the call.
 */
@FunctionalInterface
public interface DayObserver {
  void endOfDay(int replicate, int day, DayFlows flows);
}
