package org.stockpile.optimize;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.EliteSelector;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Mutator;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.Evaluator;
import io.jenetics.engine.EvolutionResult;
import io.jenetics.engine.EvolutionStart;
import io.jenetics.ext.moea.ElementComparator;
import io.jenetics.ext.moea.ElementDistance;
import io.jenetics.ext.moea.NSGA2Selector;
import io.jenetics.ext.moea.UFTournamentSelector;
import io.jenetics.util.DoubleRange;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.stockpile.check.ScenarioException;
import org.stockpile.sim.RandomStreams;
import org.stockpile.sim.RunOptions;
import org.stockpile.sim.ScenarioFamily;
import org.stockpile.sim.StreamPurpose;

/**
 * Searches the grid of the decisions for the candidate with the lowest objective, with a genetic
 * algorithm (Jenetics): tournament selection, uniform crossover, Gaussian and uniform mutation,
 * the best two candidates kept from one generation to the next. Distinct candidates are counted
 * by their grid levels (diversity), and each is simulated once. Candidates meeting every
 * {@link Constraint} rank before the others (see there).
 *
 * <p>Reproducible: every candidate is scored on the same replicates ({@link CandidateScores}),
 * candidates are scored one after the other in population order (each on {@code threads}
 * threads, which does not change its numbers), and the search's own random choices in generation
 * {@code g} come from a stream keyed by (seed, g). The same settings give the same result, bit
 * for bit, whatever the number of threads.
 */
public final class Optimizer {
  private static final Logger LOG = LoggerFactory.getLogger(Optimizer.class);
  private static final double CROSSOVER_PROBABILITY = 0.3;
  private static final double GAUSSIAN_MUTATION_PROBABILITY = 0.2;
  private static final double UNIFORM_MUTATION_PROBABILITY = 0.05;
  private static final int ELITES = 2;
  private static final int TOURNAMENT_SIZE = 3;
  private static final DoubleRange GENE_RANGE = new DoubleRange(0, 1);

  private final ScenarioFamily design;
  private final List<Decision> decisions;
  private final List<Objective> objectives;
  private final List<Constraint> constraints;

  private Optimizer(ScenarioFamily design, List<Decision> decisions, List<Objective> objectives,
      List<Constraint> constraints) {
    this.design = Objects.requireNonNull(design, "design");
    this.decisions = List.copyOf(decisions);
    this.objectives = List.copyOf(objectives);
    this.constraints = List.copyOf(constraints);
    if (this.decisions.isEmpty()) {
      throw new IllegalArgumentException("name at least one decision");
    }
    if (this.objectives.isEmpty()) {
      throw new IllegalArgumentException("name at least one objective");
    }
    for (Constraint constraint : this.constraints) {
      switch (constraint) {
        case Constraint.DecisionSum sum -> {
          if (sum.decisions().stream().anyMatch(i -> i < 0 || i >= this.decisions.size())) {
            throw new IllegalArgumentException(sum.name() + ": sums a decision that does not exist");
          }
        }
        case Constraint.SpendingLimit limit -> {
          // Spending is known only once a candidate is simulated: nothing to check here.
        }
      }
    }
  }

  /** An optimizer choosing {@code decisions}, applied by {@code design}, to minimise {@code objective}. */
  public static Optimizer of(ScenarioFamily design, List<Decision> decisions, Objective objective) {
    return new Optimizer(design, decisions, List.of(objective), List.of());
  }

  /**
   * An optimizer minimising several objectives at once: NSGA-II, for the front of candidates no
   * other beats on every objective ({@link OptimizationResult#front()}).
   */
  public static Optimizer of(ScenarioFamily design, List<Decision> decisions, List<Objective> objectives) {
    return new Optimizer(design, decisions, objectives, List.of());
  }

  /** The same optimizer, with candidates required to meet {@code constraints}. */
  public Optimizer withConstraints(List<Constraint> constraints) {
    return new Optimizer(design, decisions, objectives, constraints);
  }

  public List<Constraint> constraints() {
    return constraints;
  }

  public List<Decision> decisions() {
    return decisions;
  }

  /**
   * Scores one candidate on the replicates a search with {@code settings} uses, for example to
   * compare with a baseline on equal terms.
   */
  public double score(double[] values, OptimizerSettings settings) throws ScenarioException {
    return evaluate(values, settings).score();
  }

  /**
   * Scores one candidate, and its constraints' slacks, on the replicates of a search with
   * {@code settings} (simulated even when its decisions break a constraint).
   */
  public Evaluation evaluate(double[] values, OptimizerSettings settings) throws ScenarioException {
    return scores(settings).evaluate(values.clone(), true);
  }

  /** Runs the search. */
  public OptimizationResult run(OptimizerSettings settings) throws ScenarioException {
    return run(settings, generation -> { });
  }

  /** Runs the search, telling {@code progress} about each generation as it ends. */
  public OptimizationResult run(OptimizerSettings settings, Consumer<GenerationRecord> progress)
      throws ScenarioException {
    return run(settings, progress, null, state -> { });
  }

  /**
   * Runs the search from {@code resumeFrom} (a state saved by an earlier run with the same
   * decisions, objective, constraints, population, replicates and seed; null to start afresh) up
   * to {@code settings.generations()}, handing {@code checkpoint} the state after every
   * generation. A resumed search ends exactly as one that never stopped.
   */
  public OptimizationResult run(OptimizerSettings settings, Consumer<GenerationRecord> progress, SearchState resumeFrom,
      Consumer<SearchState> checkpoint) throws ScenarioException {
    CandidateScores scores = scores(settings);
    Engine<DoubleGene, Fitness> engine = engine(scores, settings);
    List<GenerationRecord> history = new ArrayList<>();
    EvolutionStart<DoubleGene, Fitness> start = EvolutionStart.empty();
    Phenotype<DoubleGene, Fitness> best = null;
    long first = 1;
    if (resumeFrom != null) {
      scores.restore(resumeFrom.scored(), resumeFrom.simulations());
      history.addAll(resumeFrom.history());
      best = phenotype(resumeFrom.best());
      start = EvolutionStart.of(ISeq.of(resumeFrom.population().stream().map(Optimizer::phenotype).toList()),
          resumeFrom.engineStart());
      first = resumeFrom.nextGeneration();
      LOG.warn("search: resuming from a saved state after generation {} ({} candidates already scored, {} "
          + "simulated)", first - 1, resumeFrom.scored().size(), resumeFrom.simulations());
    }
    LOG.info("search: generations {} to {} of {} candidates on {} replicates, seed {}, on {} threads", first,
        settings.generations(), settings.population(), settings.replicates(), settings.seed(), settings.threads());
    try {
      for (long generation = first; generation <= settings.generations(); generation++) {
        long started = System.nanoTime();
        EvolutionStart<DoubleGene, Fitness> from = start;
        EvolutionResult<DoubleGene, Fitness> result =
            RandomRegistry.with(RandomStreams.stream(settings.seed(), generation, StreamPurpose.OPTIMIZER_SEARCH.key()))
                .call(() -> engine.evolve(from));
        Phenotype<DoubleGene, Fitness> generationBest = result.bestPhenotype();
        if (best == null || generationBest.fitness().compareTo(best.fitness()) < 0) {
          best = generationBest;
        }
        GenerationRecord done = record(generation, best.fitness(), result, scores);
        history.add(done);
        start = result.next();
        checkpoint.accept(new SearchState(generation + 1, start.generation(),
            start.population().stream().map(Optimizer::member).toList(), member(best), history, scores.scored(),
            scores.evaluations()));
        progress.accept(done);
        LOG.info("search: generation {} of {} in {} s: best {}, {} % of candidates meet every constraint, {} "
            + "simulated so far", generation, settings.generations(), Math.round((System.nanoTime() - started) / 1e6)
            / 1e3, Double.isNaN(done.best()) ? "none feasible yet" : String.format(Locale.ROOT, "%.6g", done.best()),
            Math.round(100 * done.feasible()), done.evaluations());
      }
      OptimizationResult result = new OptimizationResult(scores.evaluate(levels(best.genotype(), scores)),
          front(scores), history);
      warnUnmet(scores.scored(), result.best());
      return result;
    } catch (FailedScore failure) {
      throw failure.cause;
    }
  }

  /** Warns of constraints no candidate met, and of a best candidate that misses one. */
  private void warnUnmet(List<SearchState.Scored> scored, Evaluation best) {
    for (int c = 0; c < constraints.size(); c++) {
      int index = c;
      if (scored.stream().noneMatch(candidate -> candidate.evaluation().invalid() == null
          && candidate.evaluation().slacks().get(index) >= 0)) {
        LOG.warn("search: constraint '{}' was met by none of the {} candidates scored", constraints.get(c).name(),
            scored.size());
      }
    }
    if (!best.feasible()) {
      List<String> missed = new ArrayList<>();
      for (int c = 0; c < constraints.size(); c++) {
        if (!(best.slacks().get(c) >= 0)) {
          missed.add(String.format(Locale.ROOT, "'%s' by %.4g", constraints.get(c).name(), -best.slacks().get(c)));
        }
      }
      LOG.warn("search: no candidate met every constraint; the best found misses least: {}", best.invalid() != null
          ? best.invalid() : String.join(", ", missed));
    }
  }

  private static SearchState.Member member(Phenotype<DoubleGene, Fitness> phenotype) {
    List<Double> genes = phenotype.genotype().chromosome().stream().map(DoubleGene::allele).toList();
    return new SearchState.Member(genes, phenotype.generation(), phenotype.fitness().violation(),
        java.util.Arrays.stream(phenotype.fitness().scores()).boxed().toList());
  }

  private static Phenotype<DoubleGene, Fitness> phenotype(SearchState.Member member) {
    List<DoubleGene> genes = member.genes().stream().map(value -> DoubleGene.of(value, GENE_RANGE)).toList();
    return Phenotype.of(Genotype.of(DoubleChromosome.of(genes)), member.born(),
        new Fitness(member.violation(), member.scores().stream().mapToDouble(Double::doubleValue).toArray()));
  }

  /**
   * The candidates meeting every constraint that no other such candidate beats on every
   * objective, by the first objective (ties in the order first scored).
   */
  private static List<Evaluation> front(CandidateScores scores) {
    List<Evaluation> feasible = scores.scored().stream().map(SearchState.Scored::evaluation)
        .filter(evaluation -> evaluation.feasible() && !Double.isNaN(evaluation.score())).toList();
    List<Evaluation> front = new ArrayList<>();
    for (Evaluation candidate : feasible) {
      Fitness fitness = scores.fitness(candidate);
      boolean beaten = feasible.stream().anyMatch(other -> Fitness.DOMINANCE.compare(
          scores.fitness(other), fitness) < 0);
      if (!beaten) {
        front.add(candidate);
      }
    }
    front.sort(java.util.Comparator.comparingDouble(Evaluation::score));
    return front;
  }

  private CandidateScores scores(OptimizerSettings settings) {
    RunOptions sample = new RunOptions(settings.replicates(), settings.seed(), settings.threads(), false, null);
    return new CandidateScores(design, decisions, objectives, constraints, sample);
  }

  private Engine<DoubleGene, Fitness> engine(CandidateScores scores, OptimizerSettings settings) {
    // One gene in [0, 1) per decision, cut into the decision's levels: genes share one range,
    // so crossover mixes decisions whatever their grids.
    Genotype<DoubleGene> template = Genotype.of(DoubleChromosome.of(GENE_RANGE, decisions.size()));
    Evaluator<DoubleGene, Fitness> evaluator = population -> population
        .map(candidate -> candidate.isEvaluated() ? candidate : candidate.withFitness(score(scores, candidate)))
        .asISeq();
    Engine.Builder<DoubleGene, Fitness> builder = new Engine.Builder<>(evaluator, template)
        .minimizing()
        .populationSize(settings.population());
    if (objectives.size() == 1) {
      builder.offspringSelector(new TournamentSelector<>(TOURNAMENT_SIZE))
          .survivorsSelector(new EliteSelector<>(ELITES));
    } else {
      // NSGA-II: survivors by non-dominated rank and crowding distance, parents by tournament
      // on the same, with Deb's constrained domination.
      ElementComparator<Fitness> byObjective = (u, v, i) -> Double.compare(u.scores()[i], v.scores()[i]);
      // A candidate not simulated has no scores (a placeholder): no distance to it.
      ElementDistance<Fitness> distance = (u, v, i) -> u.scores()[i] == Double.MAX_VALUE
          || v.scores()[i] == Double.MAX_VALUE ? 0 : u.scores()[i] - v.scores()[i];
      ToIntFunction<Fitness> dimensions = fitness -> fitness.scores().length;
      builder.offspringSelector(new UFTournamentSelector<>(Fitness.DOMINANCE, byObjective, distance, dimensions))
          .survivorsSelector(new NSGA2Selector<>(Fitness.DOMINANCE, byObjective, distance, dimensions));
    }
    return builder
        .alterers(new UniformCrossover<>(CROSSOVER_PROBABILITY),
            new GaussianMutator<>(GAUSSIAN_MUTATION_PROBABILITY),
            new Mutator<>(UNIFORM_MUTATION_PROBABILITY))
        // Jenetics' own steps run on the calling thread, so its random choices come in one order.
        .executor(Runnable::run)
        .build();
  }

  private static Fitness score(CandidateScores scores, Phenotype<DoubleGene, Fitness> candidate) {
    try {
      return scores.fitness(scores.evaluate(levels(candidate.genotype(), scores)));
    } catch (ScenarioException e) {
      throw new FailedScore(e);
    }
  }

  /** The grid level of each decision: gene x in [0, 1) is level floor(x * levels). */
  private static int[] levels(Genotype<DoubleGene> genotype, CandidateScores scores) {
    int[] levels = new int[genotype.chromosome().length()];
    for (int i = 0; i < levels.length; i++) {
      int count = scores.levels(i);
      levels[i] = Math.min(count - 1, (int) (genotype.chromosome().get(i).doubleValue() * count));
    }
    return levels;
  }

  private static GenerationRecord record(long generation, Fitness best, EvolutionResult<DoubleGene, Fitness> result,
      CandidateScores scores) {
    double sum = 0;
    int feasible = 0;
    Set<List<Integer>> distinct = new HashSet<>();
    for (Phenotype<DoubleGene, Fitness> candidate : result.population()) {
      if (candidate.fitness().feasible()) {
        sum += candidate.fitness().score();
        feasible++;
      }
      distinct.add(java.util.Arrays.stream(levels(candidate.genotype(), scores)).boxed().toList());
    }
    int size = result.population().size();
    return new GenerationRecord(generation, best.feasible() ? best.score() : Double.NaN,
        feasible > 0 ? sum / feasible : Double.NaN, feasible / (double) size, distinct.size() / (double) size,
        scores.evaluations());
  }

  /** A design that could not make a valid scenario, carried out of Jenetics' evaluation. */
  private static final class FailedScore extends RuntimeException {
    private final ScenarioException cause;

    FailedScore(ScenarioException cause) {
      super(cause.getMessage(), cause, false, false);
      this.cause = cause;
    }
  }
}
