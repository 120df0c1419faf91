package org.stockpile.sim;

import java.util.Arrays;
import org.stockpile.model.Days;

/**
 * The shocks one replicate faces: the scheduled ones and the random ones drawn for the whole
 * horizon before the replicate runs, sorted by start day, each with the day it became known (its
 * start when it comes unannounced). Random events come from streams keyed by (seed, replicate,
 * process and group) alone, so they are the same whatever the reserves (common random numbers).
 * Reused from replicate to replicate to keep allocation out of runs.
 */
final class ShockTimeline {
  private ShockEffect[] effect = new ShockEffect[16];
  private int[] start = new int[16];
  private int[] duration = new int[16];
  private double[] severity = new double[16];
  private int[] announced = new int[16];
  private int size;
  /** The longest an instance is known ahead of its start, in days (0: none is announced). */
  private int longestLead;

  // Sorted view, filled by sort().
  ShockEffect[] sortedEffect = new ShockEffect[16];
  int[] sortedStart = new int[16];
  int[] sortedDuration = new int[16];
  double[] sortedSeverity = new double[16];
  int[] sortedAnnounced = new int[16];

  int size() {
    return size;
  }

  /** The longest an instance is known ahead of its start, in days (0: none is announced). */
  int longestLead() {
    return longestLead;
  }

  /** Extra days of all instances together: no shipment can be delayed longer (capped at a century). */
  int totalDelayDays() {
    long days = 0;
    for (int i = 0; i < size; i++) {
      days += sortedEffect[i].delayDays();
    }
    return (int) Math.min(days, Days.MAX);
  }

  private final StreamGenerator random = new StreamGenerator();
  private final StreamGenerator leads = new StreamGenerator();

  /**
   * Fills the timeline with instances drawn earlier ({@link ShockDraws}): effect {@code i} is
   * {@code effects[effectIndex[i]]}, already in start order.
   */
  void copyOf(ShockEffect[] effects, int[] effectIndex, int[] starts, int[] durations, double[] severities,
      int[] announcedDays) {
    int count = effectIndex.length;
    if (sortedStart.length < count) {
      sortedEffect = new ShockEffect[count];
      sortedStart = new int[count];
      sortedDuration = new int[count];
      sortedSeverity = new double[count];
      sortedAnnounced = new int[count];
    }
    for (int i = 0; i < count; i++) {
      sortedEffect[i] = effects[effectIndex[i]];
    }
    System.arraycopy(starts, 0, sortedStart, 0, count);
    System.arraycopy(durations, 0, sortedDuration, 0, count);
    System.arraycopy(severities, 0, sortedSeverity, 0, count);
    System.arraycopy(announcedDays, 0, sortedAnnounced, 0, count);
    size = count;
    longestLead = longestLead(sortedStart, sortedAnnounced, count);
  }

  private static int longestLead(int[] starts, int[] announcedDays, int count) {
    int longest = 0;
    for (int i = 0; i < count; i++) {
      longest = Math.max(longest, starts[i] - announcedDays[i]);
    }
    return longest;
  }

  /** Fills the timeline for {@code replicate}: scheduled shocks, then drawn events, sorted by start. */
  void draw(CompiledScenario compiled, long seed, long replicate) {
    size = 0;
    for (int i = 0; i < compiled.scheduledEffects.length; i++) {
      add(compiled.scheduledEffects[i], compiled.scheduledStart[i], compiled.scheduledDuration[i], 1,
          compiled.scheduledAnnounced[i]);
    }
    for (ProcessSpec process : compiled.processes) {
      for (int g = 0; g < process.groups().length; g++) {
        if (process.ratePerDay() <= 0) {
          continue;
        }
        random.reseed(RandomStreams.streamSeed(seed, replicate, process.groupPurposeHashes()[g]));
        if (process.lead() != null) {
          leads.reseed(RandomStreams.streamSeed(seed, replicate, process.leadPurposeHashes()[g]));
        }
        double time = 0;
        while (true) {
          time += -StrictMath.log(RandomStreams.openUniform(random)) / process.ratePerDay();
          if (time >= compiled.horizon) {
            break;
          }
          double days = process.duration().sample(random);
          int drawnDuration = (int) Math.max(1, Math.min(Math.round(days), Days.MAX));
          double drawnSeverity = Math.max(0, Math.min(1, process.severity().sample(random)));
          int startDay = (int) time;
          int announcedDay = startDay;
          if (process.lead() != null) {
            // An announcement before the run is known from day 0.
            long lead = Math.max(0, Math.min(Math.round(process.lead().sample(leads)), Days.MAX));
            announcedDay = (int) Math.max(0, startDay - lead);
          }
          add(process.groups()[g], startDay, drawnDuration, drawnSeverity, announcedDay);
        }
      }
    }
    sort();
    longestLead = longestLead(sortedStart, sortedAnnounced, size);
  }

  private void add(ShockEffect e, int startDay, int days, double scale, int announcedDay) {
    if (size == effect.length) {
      int capacity = size * 2;
      effect = Arrays.copyOf(effect, capacity);
      start = Arrays.copyOf(start, capacity);
      duration = Arrays.copyOf(duration, capacity);
      severity = Arrays.copyOf(severity, capacity);
      announced = Arrays.copyOf(announced, capacity);
    }
    effect[size] = e;
    start[size] = startDay;
    duration[size] = days;
    severity[size] = scale;
    announced[size] = announcedDay;
    size++;
  }

  /** Stable insertion sort by start day, into the sorted arrays (timelines are short). */
  private void sort() {
    if (sortedStart.length < size) {
      int capacity = effect.length;
      sortedEffect = new ShockEffect[capacity];
      sortedStart = new int[capacity];
      sortedDuration = new int[capacity];
      sortedSeverity = new double[capacity];
      sortedAnnounced = new int[capacity];
    }
    for (int i = 0; i < size; i++) {
      int j = i;
      while (j > 0 && sortedStart[j - 1] > start[i]) {
        sortedEffect[j] = sortedEffect[j - 1];
        sortedStart[j] = sortedStart[j - 1];
        sortedDuration[j] = sortedDuration[j - 1];
        sortedSeverity[j] = sortedSeverity[j - 1];
        sortedAnnounced[j] = sortedAnnounced[j - 1];
        j--;
      }
      sortedEffect[j] = effect[i];
      sortedStart[j] = start[i];
      sortedDuration[j] = duration[i];
      sortedSeverity[j] = severity[i];
      sortedAnnounced[j] = announced[i];
    }
  }
}
