package org.stockpile.policy;

/**
 * What a tier's policy sees of one replicate's day, read-only: the material's demand and what is
 * still unmet, the tier's and the material's stock, the market, the shocks and what is owed and
 * under way. Quantities are in the material's units (tonnes in the bundled scenarios), prices in
 * the scenario's currency a unit, days in days.
 *
 * <p>The kernel hands a policy one view that it moves from replicate to replicate and day to day:
 * read it during the call, never keep it.
 */
public interface DayView {

  /** The replicate's index (with the seed, it fixes every random draw the replicate sees). */
  long replicate();

  /** Today, counted from day 0 of the run. */
  int day();

  /** The material's name, as the scenario spells it. */
  String material();

  /** The tier's holder, as the scenario spells it. */
  String tier();

  /** Today's demand to serve, backlog included, in units. */
  double demand();

  /**
   * Demand still unmet when the tier decides, in units: when it releases, what arrivals and the
   * tiers drawn before it left unserved; when its target is set (before arrivals), 0.
   */
  double unmet();

  /** Demand left unmet yesterday (lost or carried as backlog), in units; 0 on day 0. */
  double shortfallYesterday();

  /** The material's reference consumption a day, in units (what one day of cover means). */
  double referenceDailyDemand();

  /** This tier's stock now, in units. */
  double stock();

  /** This tier's target today, in units (set by its target policy, if it has one, before the economy orders). */
  double target();

  /** This tier's target as its scenario sets it this year, in units (what a target policy may scale). */
  double fileTarget();

  /** The stock of all of the material's tiers now, in units. */
  double materialStock();

  /** The material's days of cover now: all its tiers' stock over its reference daily demand. */
  default double coverDays() {
    return materialStock() / referenceDailyDemand();
  }

  /** What this tier has lent and is owed back, in units. */
  double owed();

  /** What the economy has ordered of the material and not yet received, in units. */
  double inTransit();

  /** Today's market price of the material, a unit. */
  double price();

  /** The material's base price (no shock, no shortage), a unit. */
  double basePrice();

  /** Whether a shock hits the material today. */
  boolean shocked();

  /** Days since a shock last hit the material (0 while one does; {@code +Infinity} if none has). */
  double daysSinceShock();

  /**
   * Days until the first shock announced so far that will hit the material takes effect (from its
   * announcement day to the day before its start: 1 on the eve); {@code +Infinity} when none is
   * announced. Only scheduled shocks are announced ({@code announced:} in a file).
   */
  double daysUntilAnnouncedShock();

  /** Whether a shock that will hit the material has been announced and has not yet taken effect. */
  default boolean announced() {
    return daysUntilAnnouncedShock() < Double.POSITIVE_INFINITY;
  }
}
