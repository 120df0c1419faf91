package org.stockpile.sweep;

import java.util.List;

/**
 * Morris elementary effects of each parameter, in the order given, per unit of its range: the
 * mean effect (mu), the mean absolute effect (mu*, which ranks the parameters) and the standard
 * deviation of the effects (sigma: large when the parameter acts non-linearly or through
 * interactions).
 */
public record MorrisEffects(List<String> names, List<Double> mu, List<Double> muStar, List<Double> sigma,
    int trajectories) implements Indices {
  public MorrisEffects {
    names = List.copyOf(names);
    mu = List.copyOf(mu);
    muStar = List.copyOf(muStar);
    sigma = List.copyOf(sigma);
  }
}
