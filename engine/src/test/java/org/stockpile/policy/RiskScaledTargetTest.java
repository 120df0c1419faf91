package org.stockpile.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The risk-scaled target's arithmetic, day by day, against values worked out by hand. */
class RiskScaledTargetTest {

  /**
   * Half-life 1 day: yesterday's average keeps half its weight. Reference consumption 100, file
   * target 500, gain 1. Day 1: yesterday 100 short (share 1), average 0.5, target 750. Day 2:
   * nothing short, average 0.25, target 625. Day 3: 300 short, the share is capped at 1, average
   * 0.625, target 812.5. Day 4: a shock hits, the risk is 1 whatever the average (0.3125 now):
   * target 1,000.
   */
  @Test
  void theTargetFollowsTheRecentShortfallRateAndJumpsWhileShocked() {
    RiskScaledTarget target = (RiskScaledTarget) TargetPolicy.scaledByRisk(1, 1).forReplicate(0);
    assertEquals(750, target.target(day(100, false)), 1e-9);
    assertEquals(0.5, target.recentShortfall(), 1e-12);
    assertEquals(625, target.target(day(0, false)), 1e-9);
    assertEquals(812.5, target.target(day(300, false)), 1e-9);
    assertEquals(1000, target.target(day(0, true)), 1e-9);
    assertEquals(0.3125, target.recentShortfall(), 1e-12);
  }

  @Test
  void eachReplicateStartsWithNoRecentShortfall() {
    TargetPolicy shared = TargetPolicy.scaledByRisk(1, 1);
    TargetPolicy first = shared.forReplicate(0);
    first.target(day(100, false));
    assertEquals(500, shared.forReplicate(1).target(day(0, false)), 1e-9);
  }

  private static DayView day(double shortfallYesterday, boolean shocked) {
    return new DayView() {
      @Override public long replicate() { return 0; }
      @Override public int day() { return 0; }
      @Override public String material() { return "gallium"; }
      @Override public String tier() { return "firms"; }
      @Override public double demand() { return 100; }
      @Override public double unmet() { return 0; }
      @Override public double shortfallYesterday() { return shortfallYesterday; }
      @Override public double referenceDailyDemand() { return 100; }
      @Override public double stock() { return 0; }
      @Override public double target() { return 500; }
      @Override public double fileTarget() { return 500; }
      @Override public double materialStock() { return 0; }
      @Override public double owed() { return 0; }
      @Override public double inTransit() { return 0; }
      @Override public double price() { return 1; }
      @Override public double basePrice() { return 1; }
      @Override public boolean shocked() { return shocked; }
      @Override public double daysSinceShock() { return shocked ? 0 : Double.POSITIVE_INFINITY; }
      @Override public double daysUntilAnnouncedShock() { return Double.POSITIVE_INFINITY; }
    };
  }
}
