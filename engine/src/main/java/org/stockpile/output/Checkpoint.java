package org.stockpile.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.stockpile.optimize.Evaluation;
import org.stockpile.optimize.GenerationRecord;
import org.stockpile.optimize.OptimizerSettings;
import org.stockpile.optimize.SearchState;

/**
 * {@code checkpoint.json}: a search's state after a generation, with the spec's SHA-256 and the
 * settings it must be resumed with. Numbers are stored as the hexadecimal bits of their doubles,
 * so a resumed search starts from exactly the same values (NaN included). Written to a temporary
 * name and renamed, so a search killed while writing leaves the previous checkpoint whole. The
 * file holds the checkpoint beside the SHA-256 of its bytes, and every field is range-checked
 * when read: a checkpoint changed by one bit, cut short or edited is refused, saying what is
 * wrong, rather than resumed into other results.
 *
 * @param specSha256  the spec the search ran
 * @param scenarioSha256 the base scenario it ran on
 * @param population  candidates per generation
 * @param replicates  replicates per candidate
 * @param seed        the search's seed
 * @param state       where the search stood
 * @param variants    the base scenario's variants ({@link RecordedVariant#fingerprints}), in order
 */
public record Checkpoint(String specSha256, String scenarioSha256, int population, int replicates, long seed,
    SearchState state, List<String> variants) {
  public static final String FILE = "checkpoint.json";
  /**
   * 4: the search's scores drew from random streams keyed by name (output format 4); 5: with the
   * engine's own demand noise (output format 5); 6: the checkpoint nested beside its SHA-256.
   */
  private static final int FORMAT = 6;
  private static final ObjectMapper JSON = new ObjectMapper();

  public Checkpoint {
    variants = List.copyOf(variants);
  }

  /** A search on the base scenario as it is (no variants). */
  public Checkpoint(String specSha256, String scenarioSha256, int population, int replicates, long seed,
      SearchState state) {
    this(specSha256, scenarioSha256, population, replicates, seed, state, List.of());
  }

  /** Writes this checkpoint as {@code file}, replacing the previous one only once it is complete. */
  public void write(Path file) throws OutputException {
    Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
    try {
      ObjectNode body = toJson();
      ObjectNode file0 = JsonNodeFactory.instance.objectNode();
      file0.put("format", FORMAT);
      file0.put("sha256", sha256(body));
      file0.set("checkpoint", body);
      JSON.writeValue(temporary.toFile(), file0);
      Durable.file(temporary);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      Durable.folder(file.getParent());
    } catch (IOException e) {
      throw new OutputException("cannot write the checkpoint " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a checkpoint written by {@link #write}, refusing one whose bytes are not those written
   * (its SHA-256) or whose fields are out of range.
   */
  public static Checkpoint read(Path file) throws OutputException {
    JsonNode node;
    try {
      JsonNode whole = JSON.readTree(file.toFile());
      if (whole == null || whole.path("format").asInt() != FORMAT) {
        throw new OutputException(file + " is not a checkpoint of this version of stockpile (format "
            + (whole == null ? "none" : whole.path("format").asText("none")) + "; this version writes " + FORMAT
            + "): start the search again with --force");
      }
      node = whole.path("checkpoint");
      if (!node.isObject() || !sha256(node).equals(whole.path("sha256").asText())) {
        throw new OutputException(file + " is damaged: its content does not match its SHA-256 (a changed, cut or "
            + "edited file); start the search again with --force");
      }
    } catch (IOException e) {
      throw new OutputException(file + " is damaged: not readable JSON (" + e.getMessage()
          + "); start the search again with --force", e);
    }
    Checkpoint checkpoint;
    try {
      checkpoint = parse(node);
    } catch (RuntimeException e) {
      throw new OutputException(file + " is damaged: a field is missing or malformed (" + e.getMessage()
          + "); start the search again with --force", e);
    }
    String wrong = CheckpointRanges.problem(checkpoint);
    if (wrong != null) {
      throw new OutputException(file + " is damaged: " + wrong + "; start the search again with --force");
    }
    return checkpoint;
  }

  private static String sha256(JsonNode body) throws IOException {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(JSON.writeValueAsBytes(body)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  private static Checkpoint parse(JsonNode node) {
    {
      JsonNode state = node.get("state");
      List<SearchState.Member> population = new ArrayList<>();
      state.get("population").forEach(member -> population.add(member(member)));
      List<GenerationRecord> history = new ArrayList<>();
      state.get("history").forEach(record -> history.add(new GenerationRecord(whole(record, "generation"),
          number(record.get("best")), number(record.get("mean")), number(record.get("feasible")),
          number(record.get("diversity")), whole(record, "evaluations"))));
      List<SearchState.Scored> scored = new ArrayList<>();
      state.get("scored").forEach(entry -> {
        List<Integer> levels = new ArrayList<>();
        entry.get("levels").forEach(level -> levels.add(Math.toIntExact(whole(level, "levels"))));
        JsonNode invalid = entry.get("invalid");
        scored.add(new SearchState.Scored(levels, new Evaluation(numbers(entry.get("values")),
            numbers(entry.get("scores")), numbers(entry.get("slacks")), invalid == null ? null : invalid.asText())));
      });
      return new Checkpoint(node.get("specSha256").asText(), node.get("scenarioSha256").asText(),
          Math.toIntExact(whole(node, "population")),
          Math.toIntExact(whole(node, "replicates")), whole(node, "seed"),
          new SearchState(whole(state, "nextGeneration"), whole(state, "engineStart"), population,
              member(state.get("best")), history, scored, whole(state, "simulations")),
          texts(node.get("variants")));
    }
  }

  private ObjectNode toJson() {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("specSha256", specSha256);
    node.put("scenarioSha256", scenarioSha256);
    node.put("population", population);
    node.put("replicates", replicates);
    node.put("seed", seed);
    if (!variants.isEmpty()) {
      ArrayNode variantList = node.putArray("variants");
      variants.forEach(variantList::add);
    }
    ObjectNode out = node.putObject("state");
    out.put("nextGeneration", state.nextGeneration());
    out.put("engineStart", state.engineStart());
    out.put("simulations", state.simulations());
    ArrayNode members = out.putArray("population");
    state.population().forEach(member -> member(members.addObject(), member));
    member(out.putObject("best"), state.best());
    ArrayNode history = out.putArray("history");
    for (GenerationRecord record : state.history()) {
      ObjectNode row = history.addObject();
      row.put("generation", record.generation());
      row.put("best", bits(record.best()));
      row.put("mean", bits(record.mean()));
      row.put("feasible", bits(record.feasible()));
      row.put("diversity", bits(record.diversity()));
      row.put("evaluations", record.evaluations());
    }
    ArrayNode scored = out.putArray("scored");
    for (SearchState.Scored entry : state.scored()) {
      ObjectNode row = scored.addObject();
      ArrayNode levels = row.putArray("levels");
      entry.levels().forEach(levels::add);
      bits(row.putArray("values"), entry.evaluation().values());
      bits(row.putArray("scores"), entry.evaluation().scores());
      bits(row.putArray("slacks"), entry.evaluation().slacks());
      if (entry.evaluation().invalid() != null) {
        row.put("invalid", entry.evaluation().invalid());
      }
    }
    return node;
  }

  private static void member(ObjectNode node, SearchState.Member member) {
    bits(node.putArray("genes"), member.genes());
    node.put("born", member.born());
    node.put("violation", bits(member.violation()));
    bits(node.putArray("scores"), member.scores());
  }

  private static SearchState.Member member(JsonNode node) {
    return new SearchState.Member(numbers(node.get("genes")), whole(node, "born"), number(node.get("violation")),
        numbers(node.get("scores")));
  }

  private static void bits(ArrayNode array, List<Double> values) {
    values.forEach(value -> array.add(bits(value)));
  }

  private static String bits(double value) {
    return Long.toHexString(Double.doubleToRawLongBits(value));
  }

  /** {@code parent}'s whole number {@code field} (or {@code parent} itself when it is one, in an array). */
  private static long whole(JsonNode parent, String field) {
    JsonNode node = parent.isIntegralNumber() ? parent : parent.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
      throw new IllegalArgumentException(field + " is not a whole number");
    }
    return node.asLong();
  }

  private static double number(JsonNode node) {
    return Double.longBitsToDouble(Long.parseUnsignedLong(node.asText(), 16));
  }

  /** The texts of a JSON array; none when absent (checkpoints written before there were variants). */
  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    if (array != null) {
      array.forEach(text -> texts.add(text.asText()));
    }
    return texts;
  }

  private static List<Double> numbers(JsonNode array) {
    List<Double> values = new ArrayList<>();
    array.forEach(value -> values.add(number(value)));
    return values;
  }

  /**
   * The saved state of the search whose results go to {@code destination} (interrupted: in its
   * work folder; finished: in the folder), checked against the spec, the base scenario, its
   * variants and the settings: what {@code --resume} continues from.
   */
  public static SearchState resumable(Path destination, String specSha, String scenarioSha, List<String> varied,
      OptimizerSettings settings) throws OutputException {
    Path interrupted = AtomicDirectory.workFolder(destination).resolve(Checkpoint.FILE);
    Path finished = destination.resolve(Checkpoint.FILE);
    Path file = Files.exists(interrupted) ? interrupted : finished;
    if (!Files.exists(file)) {
      throw new OutputException("--resume " + destination + ": no checkpoint in " + finished + " or " + interrupted);
    }
    Checkpoint saved = Checkpoint.read(file);
    if (!saved.specSha256().equals(specSha)) {
      throw new OutputException("--resume " + destination + ": that search ran another version of the spec");
    }
    if (!saved.scenarioSha256().equals(scenarioSha)) {
      throw new OutputException("--resume " + destination + ": the base scenario has changed since that search ran");
    }
    if (!saved.variants().equals(varied)) {
      throw new OutputException("--resume " + destination + ": that search ran other variants of the base scenario "
          + "(--overlay and --set: " + saved.variants() + ", not " + varied + "); resume with the same");
    }
    if (saved.population() != settings.population() || saved.replicates() != settings.replicates()
        || saved.seed() != settings.seed()) {
      throw new OutputException("--resume " + destination + ": that search ran with population " + saved.population()
          + ", replicates " + saved.replicates() + " and seed " + saved.seed() + "; resume with the same");
    }
    long done = saved.state().nextGeneration() - 1;
    if (settings.generations() < done) {
      throw new OutputException("--resume " + destination + ": that search already ran " + done
          + " generations; ask for at least as many");
    }
    return saved.state();
  }
}
