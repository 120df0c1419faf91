package org.stockpile.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stockpile.optimize.WorldSearch;
import org.stockpile.study.WorldOptimizeStudy;
import org.stockpile.study.WorldOptimizeWorkflow;

/**
 * Writes what an optimize spec on several economies found, atomically: {@code world-optimum.json}
 * (the decisions where the search started, alone (the best response's path and whether it
 * settled) and together (the coalition's optimum), each economy's objective at each, and what
 * cooperation is worth with its intervals), {@code together.yaml} and, with a best response,
 * {@code alone.yaml} (the scenario with those decisions, runnable), and {@code manifest.json}.
 */
public final class WorldOptimizationWriter {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  public static final String RESULT = "world-optimum.json";

  private WorldOptimizationWriter() {
  }

  public static Path write(WorldOptimizeWorkflow.Outcome outcome, Manifest manifest, Path destination, boolean force)
      throws OutputException {
    WorldOptimizeStudy study = outcome.study();
    try (AtomicDirectory folder = AtomicDirectory.begin(destination, force)) {
      JSON.writeValue(folder.file(RESULT).toFile(), FiniteNumbers.nullsForNonFinite(json(outcome)));
      Files.writeString(folder.file("together.yaml"), header(study, "together (the coalition's optimum)")
          + study.base().yaml(study.paths(), outcome.together()), StandardCharsets.UTF_8);
      if (outcome.alone() != null) {
        Files.writeString(folder.file("alone.yaml"), header(study, "alone (the best response)")
            + study.base().yaml(study.paths(), outcome.alone().last().values()), StandardCharsets.UTF_8);
      }
      JSON.writeValue(folder.file("manifest.json").toFile(), FileDigests.addTo(manifest.toJson(), folder.file("")));
      folder.commit();
      return folder.destination();
    } catch (IOException e) {
      throw new OutputException("cannot write results: " + e.getMessage(), e);
    }
  }

  private static String header(WorldOptimizeStudy study, String which) {
    return "# " + study.base().file().getFileName() + " with the decisions of " + study.specFile().getFileName() + ", "
        + which + "\n";
  }

  static ObjectNode json(WorldOptimizeWorkflow.Outcome outcome) {
    WorldOptimizeStudy study = outcome.study();
    ObjectNode root = NODES.objectNode();
    root.put("objective", study.objective().written());
    root.put("currency", study.base().world().currency());
    ArrayNode economies = root.putArray("economies");
    study.economies().forEach(economies::add);
    ArrayNode coalition = root.putArray("coalition");
    for (int e = 0; e < study.economies().size(); e++) {
      if (study.coalition()[e]) {
        coalition.add(study.economies().get(e));
      }
    }
    root.put("replicates", study.search().replicates());
    root.put("seed", study.search().seed());
    root.put("candidatesRun", outcome.runs());
    ArrayNode decisions = root.putArray("decisions");
    for (int d = 0; d < study.decisions().size(); d++) {
      WorldSearch.WorldDecision decision = study.decisions().get(d);
      ObjectNode node = decisions.addObject();
      node.put("path", study.paths().get(d));
      node.put("label", decision.label());
      node.put("economy", study.economies().get(decision.owner()));
      node.put("start", outcome.start()[d]);
      if (outcome.alone() != null) {
        node.put("alone", outcome.alone().last().values()[d]);
      }
      node.put("together", outcome.together()[d]);
    }
    root.set("start", objectives(study, outcome.start(), outcome.startObjectives()));
    if (outcome.alone() != null) {
      ObjectNode alone = root.putObject("alone");
      alone.put("settled", outcome.alone().settled());
      alone.put("rounds", outcome.alone().rounds().size() - 1);
      ArrayNode path = alone.putArray("path");
      for (WorldSearch.Round round : outcome.alone().rounds()) {
        ObjectNode node = objectives(study, round.values(), round.objectives());
        node.put("round", round.round());
        path.add(node);
      }
    }
    root.set("together", objectives(study, outcome.together(), outcome.togetherObjectives()));
    WorldOptimizeWorkflow.Cooperation cooperation = outcome.cooperation();
    if (cooperation != null) {
      ObjectNode value = root.putObject("valueOfCooperation");
      value.put("replicates", cooperation.replicates());
      value.put("seed", cooperation.seed());
      value.set("netCostSaved", interval(cooperation.money()));
      ObjectNode shortfall = value.putObject("shortfallUnitsAvoided");
      cooperation.shortfall().forEach((material, interval) -> shortfall.set(material, interval(interval)));
    }
    return root;
  }

  private static ObjectNode objectives(WorldOptimizeStudy study, double[] values, double[] objectives) {
    ObjectNode node = NODES.objectNode();
    ArrayNode written = node.putArray("values");
    for (double value : values) {
      written.add(value);
    }
    ObjectNode byEconomy = node.putObject("objectiveByEconomy");
    double sum = 0;
    for (int e = 0; e < objectives.length; e++) {
      byEconomy.put(study.economies().get(e), objectives[e]);
      if (study.coalition()[e]) {
        sum += objectives[e];
      }
    }
    node.put("coalitionObjective", sum);
    return node;
  }

  private static ObjectNode interval(WorldOptimizeWorkflow.Interval interval) {
    ObjectNode node = NODES.objectNode();
    node.put("mean", interval.mean());
    node.put("low95", interval.low());
    node.put("high95", interval.high());
    return node;
  }
}
