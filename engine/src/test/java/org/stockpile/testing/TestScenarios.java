package org.stockpile.testing;

/**
 * The small scenarios the command-line tests share, as YAML text up to (not including) the
 * {@code run:} section, so that each test adds its own shock processes and run settings.
 */
public final class TestScenarios {
  private TestScenarios() {
  }

  /**
   * Japan buys 10 t a day of {@code ree} (1,000 a tonne, shortage 6,000) from China (80 %) and from
   * Lynas through Australia (20 %, slow to surge); firms hold 10 days; China bans exports on days
   * 30 to 69.
   */
  public static String chinaAndLynas(String name) {
    return """
        name: %s
        economy: JP
        countries: {JP: {}, CN: {}, AU: {}}
        materials:
          ree:
            baselineDailyDemand: 10
            pricePerUnit: 1000
            shortageCostPerUnit: 6000
            sources:
              - {id: china, route: [CN], share: 0.8, capacityPerDay: 20}
              - {id: lynas, route: [AU], share: 0.2, capacityPerDay: 6, surgeRatePerDay: 0.05}
            stockpiles:
              firms: {targetDays: 10, holdingCostPerUnitPerYear: 2000}
        shocks:
          - {type: exportControl, country: CN, mode: ban, start: 30, durationDays: 40}
        """.formatted(name);
  }

  /**
   * Japan buys 10 t a day of {@code ree} (1,000 a tonne, shortage 6,000) from China alone; firms
   * hold 10 days; China bans exports at random, twice a year for about 20 days.
   */
  public static String chinaWithRandomBans(String name) {
    return """
        name: %s
        economy: JP
        countries: {JP: {}, CN: {}}
        materials:
          ree:
            baselineDailyDemand: 10
            pricePerUnit: 1000
            shortageCostPerUnit: 6000
            sources:
              - {id: china, route: [CN], share: 1, capacityPerDay: 20}
            stockpiles:
              firms: {targetDays: 10, holdingCostPerUnitPerYear: 2000}
        shockProcesses:
          - ratePerYear: 2
            durationDays: {distribution: exponential, mean: 20}
            shock: {type: exportControl, country: CN, mode: ban}
        """.formatted(name);
  }

  /**
   * Japan (80 t a day of {@code ree}, private 18 days, public 42) and Korea (50 t a day, public 100
   * days) both buy from one Chinese supplier of 150 t a day, Japan also through Korea; the world
   * price rises with the world's shortfall and reserve buying; China bans exports to Japan on days
   * 30 to 89 and has random outages, twice a year.
   */
  public static String japanAndKoreaBuyingFromChina(String name) {
    return """
        name: %s
        countries: {CN: {}, JP: {}, KR: {}}
        economies:
          JP:
            materials:
              ree:
                baselineDailyDemand: 80
                pricePerUnit: 100
                shortageCostPerUnit: 1000
                demandNoise: 0.1
                sources:
                  - {id: china, supplier: china, route: [CN], share: 1, leadTimeDays: 20}
                  - {id: via-korea, supplier: china, route: [CN, KR], share: 0, leadTimeDays: 25}
                stockpiles:
                  private: {targetDays: 18}
                  public: {targetDays: 42, release: {triggerShare: 0.05, latencyDays: 3}}
          KR:
            materials:
              ree:
                baselineDailyDemand: 50
                pricePerUnit: 100
                shortageCostPerUnit: 1000
                demandNoise: 0.1
                sources:
                  - {id: china, supplier: china, route: [CN], share: 1, leadTimeDays: 20}
                stockpiles:
                  public: {targetDays: 100, release: {triggerShare: 0.05, latencyDays: 8}}
        suppliers:
          ree:
            china: {capacityPerDay: 150, surgeRatePerDay: 0.05}
        markets:
          ree: {priceElasticity: 2, reservePressure: 1}
        shocks:
          - {type: exportControl, mode: ban, country: CN, targets: [JP], start: 30, durationDays: 60}
        shockProcesses:
          - ratePerYear: 2
            durationDays: {distribution: lognormal, median: 20, sigma: 0.5}
            shock: {type: outage, country: CN, capacityLoss: 0.5}
        """.formatted(name);
  }

  /**
   * Japan buying one material, {@code ree} (10 t a day, 100 USD/t, shortage 1,000 USD/t), from
   * China alone (15 t a day, 20 days away); its last line is the material's sources, so a test
   * may append the material's other keys (indented four spaces), then shocks and a run section.
   */
  public static String oneMaterialFromChina(String name) {
    return """
        name: %s
        economy: JP
        countries: {JP: {}, CN: {}}
        materials:
          ree:
            baselineDailyDemand: 10
            pricePerUnit: 100
            shortageCostPerUnit: 1000
            sources: [{id: china, route: [CN], share: 1, capacityPerDay: 15, leadTimeDays: 20}]
        """.formatted(name);
  }
}
