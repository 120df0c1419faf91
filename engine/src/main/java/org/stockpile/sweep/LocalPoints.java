package org.stockpile.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.stockpile.check.ScenarioException;

/**
 * Points run on this machine, one per worker thread (when there are fewer points than threads, a
 * point's replicates share the rest).
 */
record LocalPoints(int threads) implements PointExecutor {

  @Override
  public void run(SweepPlan plan, double[][] points, List<Integer> toRun, int knownCount,
      Sweep.PointListener listener) throws ScenarioException {
    int workers = Math.max(1, Math.min(threads, toRun.size()));
    int replicateThreads = Math.max(1, threads / workers);
    AtomicInteger next = new AtomicInteger();
    int[] done = {knownCount};
    PointFailure failure = new PointFailure();
    Runnable work = () -> {
      PointRunner runner = new PointRunner(plan, replicateThreads);
      // Points are taken in order and every point taken is run, so the first invalid point is
      // always among those tried: the error reported does not depend on the threads.
      while (!failure.happened()) {
        int i = next.getAndIncrement();
        if (i >= toRun.size()) {
          break;
        }
        int p = toRun.get(i);
        try {
          double[] outputs = runner.outputs(points[p]);
          synchronized (done) {
            done[0]++;
            listener.pointDone(p, outputs, done[0]);
          }
        } catch (ScenarioException | RuntimeException | Error e) {
          failure.add(p, e);
        }
      }
    };
    List<Thread> started = new ArrayList<>();
    for (int w = 1; w < workers; w++) {
      started.add(Thread.ofPlatform().name("stockpile-sweep-" + w).start(work));
    }
    work.run();
    for (Thread thread : started) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failure.add(Integer.MAX_VALUE, e);
      }
    }
    failure.rethrow(points, plan.paths());
  }

  @Override
  public String toString() {
    return threads + " threads";
  }
}
