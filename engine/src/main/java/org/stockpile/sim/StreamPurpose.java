package org.stockpile.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stockpile.model.DemandSurge;
import org.stockpile.model.ExportControl;
import org.stockpile.model.ExportTax;
import org.stockpile.model.Logistics;
import org.stockpile.model.Outage;
import org.stockpile.model.Shock;
import org.stockpile.model.ShockProcess;

/**
 * Every purpose Stockpile draws random numbers for, in one place. A stream is keyed by its purpose
 * and by stable names (a material's id, a shock process's name), never by a position in a list: a
 * scenario that gains a material or a shock process leaves every other stream, and so every other
 * draw, as it was (common random numbers across variants).
 */
public enum StreamPurpose {
  /** A material's demand noise: {@code demand/<material id>}. */
  DEMAND("demand"),
  /** A shock process's arrivals, durations and severities: {@code process/<process key>[/<material id>]}. */
  SHOCK_PROCESS("process"),
  /** The announcement leads of a shock process's events: {@code announcement/<process key>[/<material id>]}. */
  SHOCK_ANNOUNCEMENT("announcement"),
  /** The starting points and moves of a Morris design. */
  MORRIS_DESIGN("sweep/morris"),
  /** The permutations of a Latin hypercube. */
  LATIN_HYPERCUBE_DESIGN("sweep/latin-hypercube"),
  /** The resamples of the Sobol indices' bootstrap intervals. */
  SOBOL_BOOTSTRAP("sweep/sobol-bootstrap"),
  /** The optimizer's search: one stream per generation. */
  OPTIMIZER_SEARCH("optimize/search"),
  /** The seeds of the fresh replicates that re-score the optimizer's best candidates, per batch. */
  OPTIMIZER_VALIDATION("optimize/validation");

  private final String prefix;

  StreamPurpose(String prefix) {
    this.prefix = prefix;
  }

  /** The purpose's key, e.g. {@code sweep/morris}. */
  public String key() {
    return prefix;
  }

  /** The key of one named stream of this purpose, e.g. {@code demand/cobalt}. */
  public String key(String name) {
    return prefix + "/" + name;
  }

  /**
   * The stable names of a scenario's shock processes, in order: each process's {@code name}, else
   * its shock's {@code name}, else what the shock hits (type, country or source, and materials in
   * scope), e.g. {@code exportControl:CN:rare-earths}. {@code %}, {@code /} and {@code #} in a name
   * are escaped ({@code %25}, {@code %2F}, {@code %23}), so no name can reach another process's
   * stream or a material's stream of a process; processes with the same name get {@code #2},
   * {@code #3}… in file order: name them to keep them apart when one is inserted before another.
   */
  public static List<String> processNames(List<ShockProcess> processes) {
    Map<String, Integer> seen = new HashMap<>();
    List<String> names = new ArrayList<>();
    for (ShockProcess process : processes) {
      String name = escaped(process.name() != null ? process.name() : describe(process.shock()));
      int occurrence = seen.merge(name, 1, Integer::sum);
      names.add(occurrence == 1 ? name : name + "#" + occurrence);
    }
    return names;
  }

  static String escaped(String name) {
    return name.replace("%", "%25").replace("/", "%2F").replace("#", "%23");
  }

  private static String describe(Shock shock) {
    if (shock.name() != null) {
      return shock.name();
    }
    String target = switch (shock) {
      case ExportControl control -> "exportControl:" + control.country();
      case ExportTax tax -> "exportTax:" + tax.country();
      case Outage outage -> "outage:" + (outage.source() != null ? outage.source() : outage.country());
      case Logistics logistics -> "logistics:" + logistics.country();
      case DemandSurge surge -> "demandSurge";
    };
    List<String> materials = shock.window().materials().stream().sorted().toList();
    return materials.isEmpty() ? target : target + ":" + String.join(",", materials);
  }
}
