package org.stockpile.study;

import java.util.List;
import org.stockpile.check.ScenarioException;
import org.stockpile.check.ValidWorld;
import org.stockpile.scenario.WorldFile;
import org.stockpile.sim.WorldFamily;

/**
 * The worlds a spec's base file with several economies makes with values at its paths (sweep
 * parameters, in order): each set in a copy of the file's tree, bound and checked like a file
 * ({@link WorldFile#with}).
 */
record WorldTemplateFamily(WorldFile base, List<String> paths) implements WorldFamily {

  WorldTemplateFamily {
    paths = List.copyOf(paths);
  }

  @Override
  public ValidWorld valid(double[] values) throws ScenarioException {
    return base.with(paths, values);
  }
}
