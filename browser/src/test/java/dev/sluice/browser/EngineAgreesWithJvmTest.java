package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The browser's engine (core compiled to JavaScript by TeaVM, run in Node's V8 by {@code
 * src/test/js/engine-batch.mjs}) and the same workflow on the JVM validate and hand over a file of
 * tricky cells alike, cell for cell: the promise that browser and relay always agree. The cells and
 * the schema (a column per type and list of transforms) are core's test resources, which core's
 * SubmittedFormTest checks against the relay's submitted form.
 */
class EngineAgreesWithJvmTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CORE_RESOURCES = Path.of("../core/src/test/resources/validate");

  @Test
  void everyTrickyCellIsValidatedAndHandedOverAsOnTheJvm(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path schemaFile = CORE_RESOURCES.resolve("tricky-columns.schema.json");
    Importer importer = SchemaReader.read(JSON.readValue(schemaFile.toFile(), Object.class));
    List<String> keys = importer.columns().stream().map(c -> c.key()).toList();
    List<String> cells = new ArrayList<>();
    for (String line : Files.readAllLines(CORE_RESOURCES.resolve("tricky-cells.jsonl"))) {
      cells.add(JSON.readValue(line, String.class));
    }
    // each cell in every column: a row per cell
    StringBuilder csv = new StringBuilder(String.join(",", keys)).append("\r\n");
    for (String cell : cells) {
      String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
      csv.append(String.join(",", java.util.Collections.nCopies(keys.size(), quoted)))
          .append("\r\n");
    }
    Path csvFile = dir.resolve("tricky.csv");
    Files.writeString(csvFile, csv, StandardCharsets.UTF_8);

    ImportWorkflow jvm = new ImportWorkflow(importer);
    jvm.beginParse(',', '"', 0);
    jvm.feed(csv.toString());
    jvm.finishParse();
    jvm.suggestMapping(null);
    jvm.applyMapping(keys);
    Map<String, Object> summary = jvm.validate();
    int total = (Integer) jvm.prepareSubmit().get("total");
    ObjectNode expected = JSON.createObjectNode();
    for (String field : List.of("errorRows", "warningRows", "byCode", "byColumn")) {
      expected.set(field, JSON.valueToTree(summary.get(field)));
    }
    expected.set("rows", JSON.valueToTree(jvm.batch(0, total).get("rows")));
    assertEquals(cells.size(), expected.get("rows").size(), "include_flagged: every row");
    assertTrue(expected.get("errorRows").asInt() > 0 && expected.get("errorRows").asInt()
        < cells.size(), "some cells are refused somewhere, not all everywhere");

    Process node = new ProcessBuilder("node", "src/test/js/engine-batch.mjs",
        "target/classes/sluice/sluice-engine.js", schemaFile.toString(), csvFile.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, node.exitValue(), out);
    JsonNode actual = JSON.readTree(out);

    List<String> differences = new ArrayList<>();
    for (int r = 0; r < cells.size(); r++) {
      JsonNode want = expected.get("rows").get(r);
      JsonNode got = actual.get("rows").get(r);
      for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!want.get(key).equals(got.get(key))) {
          differences.add("[" + cells.get(r) + "] " + key + ": JVM " + want.get(key)
              + ", browser " + got.get(key));
        }
      }
      if (want.size() != got.size()) {
        differences.add("[" + cells.get(r) + "]: fields " + want.size() + " vs " + got.size());
      }
    }
    assertEquals(List.of(), differences.subList(0, Math.min(400, differences.size())),
        differences.size() + " differences");
    for (String field : List.of("errorRows", "warningRows", "byCode", "byColumn")) {
      assertEquals(expected.get(field), actual.get(field), field);
    }
  }
}
