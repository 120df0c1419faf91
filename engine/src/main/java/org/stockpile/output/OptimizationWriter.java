package org.stockpile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.stockpile.optimize.Constraint;
import org.stockpile.optimize.Estimate;
import org.stockpile.optimize.Evaluation;
import org.stockpile.optimize.GenerationRecord;
import org.stockpile.optimize.OptimizationResult;
import org.stockpile.optimize.OptimizePlan;
import org.stockpile.optimize.OptimizerSettings;
import org.stockpile.optimize.ValidationReport;
import org.stockpile.study.OptimizeStudy;

/**
 * Writes what {@code stockpile optimize} found: {@code pareto.csv} with several objectives (the
 * front: candidates no other beats on every objective), {@code best.json} (the best decisions and their
 * objective, and the scenario's own decisions scored on the same replicates),
 * {@code history.csv} (one row per generation), {@code optimized.yaml} (the base scenario with the
 * best decisions, runnable with {@code stockpile run}), {@code validation.json} (the best and the
 * baseline on fresh replicates, with confidence intervals), {@code manifest.json} and
 * {@code checkpoint.json} (to extend the search later with {@code --resume}), all at once into
 * a new folder (see {@link AtomicDirectory}).
 */
public final class OptimizationWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private OptimizationWriter() {
  }

  /** Writes the search's results into {@code destination}. */
  public static Path write(OptimizeStudy study, OptimizerSettings settings, OptimizationResult result,
      Optional<Evaluation> baseline, ValidationReport validation, Checkpoint checkpoint, Instant start,
      Path destination, boolean force) throws OutputException {
    OptimizePlan plan = study.plan();
    try (AtomicDirectory folder = AtomicDirectory.begin(destination, force)) {
      checkpoint.write(folder.file(Checkpoint.FILE));
      JSON.writeValue(folder.file("best.json").toFile(),
          FiniteNumbers.nullsForNonFinite(best(plan, settings, result, baseline)));
      writeHistory(result.history(), folder.file("history.csv"));
      if (plan.objectives().size() > 1) {
        writePareto(plan, result.front(), folder.file("pareto.csv"));
      }
      Files.writeString(folder.file("optimized.yaml"), optimizedYaml(study, result), StandardCharsets.UTF_8);
      JSON.writeValue(folder.file("validation.json").toFile(),
          FiniteNumbers.nullsForNonFinite(validation(plan, result, baseline, validation)));
      JSON.writeValue(folder.file("manifest.json").toFile(),
          FileDigests.addTo(manifest(study, settings, start), folder.file("")));
      folder.commit();
      return folder.destination();
    } catch (IOException e) {
      throw new OutputException("cannot write results: " + e.getMessage(), e);
    }
  }

  static ObjectNode best(OptimizePlan plan, OptimizerSettings settings, OptimizationResult result,
      Optional<Evaluation> baseline) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    ArrayNode names = node.putArray("objectives");
    plan.objectives().forEach(name -> names.add(name.written()));
    node.put("replicates", settings.replicates());
    node.put("seed", settings.seed());
    node.put("currency", plan.currency());
    ObjectNode units = node.putObject("objectiveUnits");
    List<String> objectiveUnits = plan.objectiveUnits();
    for (int o = 0; o < plan.objectives().size(); o++) {
      units.put(plan.objectives().get(o).written(), objectiveUnits.get(o));
    }
    ObjectNode labels = node.putObject("labels");
    for (int i = 0; i < plan.paths().size(); i++) {
      labels.put(plan.paths().get(i), plan.labels().get(i));
    }
    candidate(node.putObject("best"), plan, result.best());
    baseline.ifPresent(policy -> candidate(node.putObject("baseline"), plan, policy));
    return node;
  }

  private static void candidate(ObjectNode node, OptimizePlan plan, Evaluation evaluation) {
    ObjectNode objectives = node.putObject("objectives");
    for (int o = 0; o < plan.objectives().size(); o++) {
      objectives.put(plan.objectives().get(o).written(), evaluation.scores().get(o));
    }
    node.put("feasible", evaluation.feasible());
    ObjectNode decisions = node.putObject("decisions");
    for (int i = 0; i < plan.paths().size(); i++) {
      decisions.put(plan.paths().get(i), evaluation.values().get(i));
    }
    ObjectNode slacks = node.putObject("constraintSlack");
    ObjectNode constraints = node.putObject("constraints");
    for (int c = 0; c < plan.constraints().size(); c++) {
      Constraint constraint = plan.constraints().get(c);
      double slack = evaluation.slacks().get(c);
      slacks.put(constraint.name(), slack);
      ObjectNode entry = constraints.putObject(constraint.name());
      double value = constraint.value(evaluation.values(), slack);
      switch (constraint) {
        case Constraint.DecisionSum sum -> {
          entry.put("kind", "sum");
          entry.put("value", value);
          if (Double.isFinite(sum.min())) {
            entry.put("min", sum.min());
          }
          if (Double.isFinite(sum.max())) {
            entry.put("max", sum.max());
          }
        }
        case Constraint.SpendingLimit limit -> {
          entry.put("kind", "spending");
          entry.put("unit", plan.currency());
          entry.put("value", value);
          entry.put("max", limit.max());
        }
      }
      entry.put("slack", slack);
      entry.put("met", slack >= 0);
    }
  }

  static ObjectNode validation(OptimizePlan plan, OptimizationResult result, Optional<Evaluation> baseline,
      ValidationReport report) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("replicates", report.replicates());
    node.put("batches", report.batches());
    node.put("method", "fresh replicates (seeds derived from the search seed and the batch), split into batches; "
        + "each batch scored with each objective; 95 % Student t intervals over the batch scores; the difference "
        + "is best minus baseline batch by batch (same replicates)");
    ObjectNode objectives = node.putObject("objectives");
    for (int o = 0; o < plan.objectives().size(); o++) {
      int index = o;
      ValidationReport.Scores scores = report.objectives().get(o);
      ObjectNode entry = objectives.putObject(plan.objectives().get(o).written());
      estimate(entry.putObject("best"), scores.best()).put("inSample", result.best().scores().get(o));
      scores.baseline().ifPresent(estimate -> {
        ObjectNode written = estimate(entry.putObject("baseline"), estimate);
        baseline.ifPresent(policy -> written.put("inSample", policy.scores().get(index)));
      });
      scores.difference().ifPresent(estimate -> estimate(entry.putObject("difference"), estimate));
    }
    return node;
  }

  private static ObjectNode estimate(ObjectNode node, Estimate estimate) {
    node.put("mean", estimate.mean());
    node.putArray("ci95").add(estimate.low()).add(estimate.high());
    return node;
  }

  /** One row per member of the front: the decisions, then the objectives. */
  static void writePareto(OptimizePlan plan, List<Evaluation> front, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header = new java.util.ArrayList<>();
      plan.paths().forEach(path -> header.add(Csv.text(path)));
      plan.objectives().forEach(name -> header.add(name.written()));
      out.write(String.join(",", header) + "\n");
      for (Evaluation member : front) {
        List<String> row = new java.util.ArrayList<>();
        member.values().forEach(value -> row.add(Csv.number(value)));
        member.scores().forEach(score -> row.add(Csv.number(score)));
        out.write(String.join(",", row) + "\n");
      }
    }
  }

  static void writeHistory(List<GenerationRecord> history, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("generation,best,mean,feasible,diversity,evaluations\n");
      for (GenerationRecord record : history) {
        out.write(record.generation() + "," + Csv.number(record.best()) + "," + Csv.number(record.mean()) + ","
            + Csv.number(record.feasible()) + "," + Csv.number(record.diversity()) + "," + record.evaluations() + "\n");
      }
    }
  }

  static String optimizedYaml(OptimizeStudy study, OptimizationResult result) {
    StringBuilder variants = new StringBuilder();
    study.base().variants().forEach(variant -> variants.append(' ').append(variant.argument()).append(','));
    return "# " + study.base().file().getFileName() + variants + " with the decisions stockpile optimize found for "
        + study.specFile().getFileName() + "\n" + study.base().yaml(study.plan().paths(), result.best().valueArray());
  }

  static ObjectNode manifest(OptimizeStudy study, OptimizerSettings settings, Instant start) throws IOException {
    Instant end = Instant.now();
    ObjectNode node = Manifest.header("optimize");
    node.put("engineVersion", Manifest.currentEngineVersion());
    node.put("gitCommit", Manifest.currentGitCommit());
    Manifest.putStudyFiles(node, study.specFile(), study.base());
    node.put("seed", settings.seed());
    node.put("replicates", settings.replicates());
    node.put("population", settings.population());
    node.put("generations", settings.generations());
    node.put("threads", settings.threads());
    node.put("jvm", Manifest.currentJvm());
    node.put("start", start.toString());
    node.put("end", end.toString());
    node.put("wallSeconds", Duration.between(start, end).toMillis() / 1000.0);
    return node;
  }
}
