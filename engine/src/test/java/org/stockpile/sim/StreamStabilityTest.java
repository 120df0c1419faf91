package org.stockpile.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stockpile.model.DemandSurge;
import org.stockpile.model.Distribution;
import org.stockpile.model.Scenario;
import org.stockpile.model.ShockProcess;
import org.stockpile.model.ShockWindow;

/**
 * Random streams are keyed by names, not positions: a scenario that gains a shock process (first
 * in its list, so every other process moves down one place) draws every other process's events
 * exactly as before, and its demand noise too (common random numbers between a scenario and its
 * variant).
 */
class StreamStabilityTest {
  private static final int REPLICATES = 6;

  @Test
  void insertingAProcessLeavesEveryOtherProcessesEventsAsTheyWere() throws Exception {
    int compared = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Scenario base = RandomScenarios.generate(seed);
      if (base.shockProcesses().isEmpty()) {
        continue;
      }
      Scenario variant = withProcessFirst(base, surge(base, "a new risk"));
      CompiledScenario before = CompiledScenario.compile(base);
      CompiledScenario after = CompiledScenario.compile(variant);
      for (int r = 0; r < REPLICATES; r++) {
        List<List<String>> eventsBefore = eventsByProcess(before, seed, r);
        List<List<String>> eventsAfter = eventsByProcess(after, seed, r);
        assertEquals(eventsBefore.size() + 1, eventsAfter.size());
        for (int p = 0; p < eventsBefore.size(); p++) {
          assertEquals(eventsBefore.get(p), eventsAfter.get(p + 1), "scenario " + seed + ", replicate " + r
              + ", process " + p);
          compared += eventsBefore.get(p).size();
        }
      }
    }
    assertNotEquals(0, compared, "the random scenarios drew events to compare");
  }

  @Test
  void twoProcessesWithTheSameNameDrawFromTheirOwnStreams() throws Exception {
    Scenario base = RandomScenarios.generate(11);
    ShockProcess surge = surge(base, null);
    Scenario twice = withProcessFirst(withProcessFirst(base, surge), surge);
    List<List<String>> events = eventsByProcess(CompiledScenario.compile(twice), 11, 0);
    assertFalse(events.get(0).isEmpty(), "the surge happens several times a year");
    assertNotEquals(events.get(0), events.get(1), "the second is demandSurge:<material>#2, not a copy of the first");
    String material = base.materials().keySet().iterator().next();
    assertEquals(List.of("demandSurge:" + material, "demandSurge:" + material + "#2"),
        StreamPurpose.processNames(List.of(surge, surge)));
  }

  @Test
  void namesThatLookLikeOtherStreamsAreEscaped() {
    Scenario base = RandomScenarios.generate(11);
    ShockProcess x = surge(base, "x");
    ShockProcess x2 = surge(base, "x#2");
    ShockProcess ab = surge(base, "a/b");
    ShockProcess percent = surge(base, "x%232");
    List<String> names = StreamPurpose.processNames(List.of(x, x, x2, ab, percent));
    assertEquals(List.of("x", "x#2", "x%232", "a%2Fb", "x%25232"), names);
    assertEquals(names.size(), new java.util.HashSet<>(names).size(), "every process its own stream");
  }

  @Test
  void demandNoiseIsKeyedByTheMaterialsId() throws Exception {
    Scenario base = RandomScenarios.generate(5);
    Scenario variant = withProcessFirst(base, surge(base, "a new risk"));
    CompiledScenario before = CompiledScenario.compile(base);
    CompiledScenario after = CompiledScenario.compile(variant);
    assertEquals(before.demandPurposeHash.length, after.demandPurposeHash.length);
    for (int m = 0; m < before.demandPurposeHash.length; m++) {
      assertEquals(before.demandPurposeHash[m], after.demandPurposeHash[m]);
      assertEquals(RandomStreams.fnv1a("demand/" + before.materialIds[m]), before.demandPurposeHash[m]);
    }
  }

  private static ShockProcess surge(Scenario base, String name) {
    String material = base.materials().keySet().iterator().next();
    return new ShockProcess(name, 8, new Distribution.Uniform(5, 20), null, true, null,
        new DemandSurge(null, 1.5, ShockWindow.drawn().onMaterials(List.of(material))));
  }

  private static Scenario withProcessFirst(Scenario base, ShockProcess process) {
    List<ShockProcess> processes = new ArrayList<>();
    processes.add(process);
    processes.addAll(base.shockProcesses());
    return new Scenario(base.name(), base.description(), base.citations(), base.currency(), base.economy(),
        base.countries(), base.materials(), base.shocks(), processes, base.run());
  }

  /** The random events of each process in one replicate: group, start, duration and severity, in start order. */
  private static List<List<String>> eventsByProcess(CompiledScenario compiled, long seed, int replicate) {
    Map<ShockEffect, String> groupOf = new IdentityHashMap<>();
    Map<ShockEffect, Integer> processOf = new IdentityHashMap<>();
    List<List<String>> events = new ArrayList<>();
    for (int p = 0; p < compiled.processes.length; p++) {
      ShockEffect[] groups = compiled.processes[p].groups();
      for (int g = 0; g < groups.length; g++) {
        groupOf.put(groups[g], "group " + g);
        processOf.put(groups[g], p);
      }
      events.add(new ArrayList<>());
    }
    ShockTimeline timeline = new ShockTimeline();
    timeline.draw(compiled, seed, replicate);
    for (int i = 0; i < timeline.size(); i++) {
      Integer p = processOf.get(timeline.sortedEffect[i]);
      if (p != null) {
        events.get(p).add(groupOf.get(timeline.sortedEffect[i]) + " day " + timeline.sortedStart[i] + " for "
            + timeline.sortedDuration[i] + " at " + timeline.sortedSeverity[i]);
      }
    }
    events.forEach(list -> list.sort(null));
    return events;
  }
}
