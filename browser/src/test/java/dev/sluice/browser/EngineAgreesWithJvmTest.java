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
import java.util.Locale;
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

  /** Numbers alike by value: a JVM double 1.0 is JavaScript's 1. */
  private static final java.util.Comparator<JsonNode> SAME_NUMBERS = (a, b) ->
      a.isNumber() && b.isNumber() ? Double.compare(a.doubleValue(), b.doubleValue())
          : a.equals(b) ? 0 : 1;

  /** What a script of {@code src/test/js} prints, run in Node over the built engine, as JSON. */
  private static JsonNode engine(String script, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", "src/test/js/" + script,
        "target/classes/sluice/sluice-engine.js"));
    command.addAll(List.of(args));
    Process node = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(node.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, node.exitValue(), out);
    return JSON.readTree(out);
  }

  /** No difference, else the first forty of them. */
  private static void assertAgree(List<String> differences) {
    assertEquals(List.of(), differences.subList(0, Math.min(40, differences.size())),
        differences.size() + " differences");
  }

  private static List<String> trickyCells() throws IOException {
    List<String> cells = new ArrayList<>();
    for (String line : Files.readAllLines(CORE_RESOURCES.resolve("tricky-cells.jsonl"))) {
      cells.add(JSON.readValue(line, String.class));
    }
    return cells;
  }

  private static String quoted(String cell) {
    return "\"" + cell.replace("\"", "\"\"") + "\"";
  }

  /**
   * Validates and hands over a file with the JVM's workflow and the browser's engine (in Node),
   * and returns where they differ: the summary's counts by code and column, every value handed
   * over, every flagged row's errors.
   */
  private static List<String> differences(Path schemaFile, String csv, Path dir,
      List<String> rowNames, boolean mixed) throws IOException, InterruptedException {
    Importer importer = SchemaReader.read(JSON.readValue(schemaFile.toFile(), Object.class));
    List<String> keys = importer.columns().stream().map(c -> c.key()).toList();
    Path csvFile = dir.resolve(schemaFile.getFileName() + ".csv");
    Files.writeString(csvFile, csv, StandardCharsets.UTF_8);

    ImportWorkflow jvm = new ImportWorkflow(importer);
    jvm.beginParse(',', '"', false, 0);
    jvm.feed(csv);
    jvm.finishParse();
    Map<String, Object> suggested = jvm.suggestMapping(null);
    // the suggested mapping, as a user who confirms it (unmatched headers kept as extra columns)
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> matches = (List<Map<String, Object>>) suggested.get("matches");
    jvm.applyMapping(matches.stream().map(m -> (String) m.get("column")).toList());
    Map<String, Object> summary = jvm.validate();
    int total = (Integer) jvm.prepareSubmit().get("total");
    ObjectNode expected = JSON.createObjectNode();
    expected.set("suggested", JSON.valueToTree(suggested));
    for (String field : List.of("errorRows", "warningRows", "byCode", "byColumn")) {
      expected.set(field, JSON.valueToTree(summary.get(field)));
    }
    expected.set("rows", JSON.valueToTree(jvm.batch(0, total).get("rows")));
    assertEquals(rowNames.size(), expected.get("rows").size(), "include_flagged: every row");
    assertTrue(!mixed || expected.get("errorRows").asInt() > 0 && expected.get("errorRows")
        .asInt() < rowNames.size(), "some rows are refused, not all: " + expected.get("byCode"));

    JsonNode actual = engine("engine-batch.mjs", schemaFile.toString(), csvFile.toString());

    List<String> differences = new ArrayList<>();
    for (int r = 0; r < rowNames.size(); r++) {
      JsonNode want = expected.get("rows").get(r);
      JsonNode got = actual.get("rows").get(r);
      for (Iterator<String> it = want.fieldNames(); it.hasNext(); ) {
        String key = it.next();
        if (!want.get(key).equals(got.get(key))) {
          differences.add("[" + rowNames.get(r) + "] " + key + ": JVM " + want.get(key)
              + ", browser " + got.get(key));
        }
      }
      if (want.size() != got.size()) {
        differences.add("[" + rowNames.get(r) + "]: fields " + want.size() + " vs " + got.size());
      }
    }
    for (String field : List.of("suggested", "errorRows", "warningRows", "byCode", "byColumn")) {
      if (!expected.get(field).equals(SAME_NUMBERS, actual.get(field))) {
        differences.add(field + ": JVM " + expected.get(field) + ", browser " + actual.get(field));
      }
    }
    return differences;
  }

  @Test
  void everyTrickyCellIsValidatedAndHandedOverAsOnTheJvm(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path schemaFile = CORE_RESOURCES.resolve("tricky-columns.schema.json");
    int width = SchemaReader.read(JSON.readValue(schemaFile.toFile(), Object.class)).columns()
        .size();
    // each cell in every column: a row per cell (but the empty cell: a row of empty cells is no
    // row of an import; empty cells beside others are in the next test's rows)
    List<String> cells = trickyCells().stream().filter(c -> !c.isEmpty()).toList();
    StringBuilder csv = new StringBuilder();
    for (int c = 0; c < width; c++) {
      csv.append(c == 0 ? "" : ",").append("c").append(c);
    }
    csv.append("\r\n");
    for (String cell : cells) {
      csv.append(String.join(",", java.util.Collections.nCopies(width, quoted(cell))))
          .append("\r\n");
    }
    assertAgree(differences(schemaFile, csv.toString(), dir, cells, true));
  }

  @Test
  void uniqueKeysAndRowRulesOverRowsOfTrickyCellsAreJudgedAsOnTheJvm(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path schemaFile = CORE_RESOURCES.resolve("tricky-rows.schema.json");
    Importer importer = SchemaReader.read(JSON.readValue(schemaFile.toFile(), Object.class));
    List<String> cells = trickyCells();
    // rows of cells drawn at random (seeded), from a few per column so that keys repeat, and a
    // column no key names (an extra column)
    java.util.Random random = new java.util.Random(20261130);
    List<List<String>> few = new ArrayList<>();
    for (var column : importer.columns()) {
      // mostly cells the column takes (so that rows pass and keys and rules come into play)
      var alone = dev.sluice.core.schema.Importer.builder("one").column(column).build();
      var table = dev.sluice.core.table.ImportTable.forImporter(alone, List.of());
      for (String cell : cells) {
        table.addRow(new String[] {cell}, table.rowCount() + 2);
      }
      var checked = dev.sluice.core.validate.ValidationSession.validate(alone, table,
          new dev.sluice.core.hash.PortableSha256());
      List<String> taken = new ArrayList<>();
      for (int r = 0; r < cells.size(); r++) {
        if (!checked.hasErrors(r)) {
          taken.add(cells.get(r));
        }
      }
      List<String> some = new ArrayList<>();
      for (int k = 0; k < 12; k++) {
        some.add(k < 10 && !taken.isEmpty() ? taken.get(random.nextInt(taken.size()))
            : cells.get(random.nextInt(cells.size())));
      }
      few.add(some);
    }
    StringBuilder csv = new StringBuilder(String.join(",", importer.columns().stream()
        .map(c -> c.key()).toList())).append(",Notes\r\n");
    List<String> rowNames = new ArrayList<>();
    for (int r = 0; r < 600; r++) {
      for (int c = 0; c < few.size(); c++) {
        String key = importer.columns().get(c).key();
        // half the keys made for the row alone, or every row would repeat one
        String own = key.equals("email") ? "r" + r + "@example.com"
            : key.equals("name") ? "person " + r
            : key.equals("code") ? String.format("%08x-0000-4000-8000-000000000000", r) : null;
        List<String> some = few.get(c);
        csv.append(quoted(own != null && random.nextBoolean() ? own
            : some.get(random.nextInt(some.size())))).append(',');
      }
      csv.append(quoted(cells.get(random.nextInt(cells.size())))).append("\r\n");
      rowNames.add("row " + (r + 1));
    }
    assertAgree(differences(schemaFile, csv.toString(), dir, rowNames, true));
  }

  @Test
  void theColumnsSuggestedForTrickyHeadersAreTheJvmsToo(@TempDir Path dir)
      throws IOException, InterruptedException {
    // the file's headers: tricky cells and the ways people write the schema's column names
    List<String> headers = new ArrayList<>(List.of("E-Mail", " EMAIL\u00A0", "Ｅｍａｉｌ",
        "e_mail_address", "Mail", "Full  Name", "NAME", "Naam", "İsim", "Ort", "CITY ", "Stadt",
        "Phone number", "Tel.", "Telefon", "Mobile", "Land", "Country/Region", "Ülke", "State",
        "Bundesland", "From", "Start date", "Von", "To", "Bis", "End", "Amount", "Betrag",
        "Montant", "Limit", "Code", "ID", "uuid", "Notes"));
    List<String> cells = trickyCells();
    for (String cell : cells) {
      if (!headers.contains(cell) && headers.size() < 120) {
        headers.add(cell);
      }
    }
    StringBuilder csv = new StringBuilder(String.join(",", headers.stream()
        .map(EngineAgreesWithJvmTest::quoted).toList())).append("\r\n");
    List<String> rowNames = new ArrayList<>();
    for (int r = 0; r < 3; r++) {
      csv.append(String.join(",", java.util.Collections.nCopies(headers.size(),
          quoted(cells.get(r + 21))))).append("\r\n");
      rowNames.add("row " + (r + 1));
    }
    assertAgree(differences(CORE_RESOURCES.resolve("tricky-rows.schema.json"),
        csv.toString(), dir, rowNames, false));
  }

  /**
   * Every char beyond ASCII that the JDK's Unicode version assigns, in the cells whose verdict
   * turns on its category: the engine answers letters, digits, marks and cases with JavaScript's
   * Unicode property escapes ({@code CharCategories}), the JVM with {@link Character}; an email's
   * local part and domain, a currency code's end, a title-cased word and a URL's port are read
   * alike for each.
   */
  @Test
  void everyAssignedCharIsOfTheSameCategoryAsOnTheJvm(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path schemaFile = dir.resolve("categories.schema.json");
    Files.writeString(schemaFile, """
        {"version": 1, "name": "categories", "invalidRowPolicy": "include_flagged", "columns": [
          {"key": "local", "type": "email"},
          {"key": "domain", "type": "email"},
          {"key": "amount", "type": "currency"},
          {"key": "title", "transforms": ["title"]},
          {"key": "url", "type": "url"}]}""");
    StringBuilder csv = new StringBuilder("local,domain,amount,title,url\r\n");
    List<String> rowNames = new ArrayList<>();
    for (char c = 0x80; c < 0xFFFF; c++) {
      if (Character.getType(c) == Character.UNASSIGNED || Character.isSurrogate(c)) {
        continue;
      }
      String s = String.valueOf(c);
      csv.append(String.join(",", List.of(quoted("a" + s + "b@example.com"),
          quoted("x@a" + s + "b.de"), quoted("USD" + s + "5"), quoted("x" + s + "y z"),
          quoted("example.com:" + s + "80"))))
          .append("\r\n");
      rowNames.add(String.format("U+%04X", (int) c));
    }
    assertAgree(differences(schemaFile, csv.toString(), dir, rowNames, false));
  }

  /**
   * The upper and lower transforms change every assigned char's case as the JVM's {@code
   * Locale.ROOT} does, where the engine uses JavaScript's own case mapping ({@code RootCase}):
   * final sigma, dotted I, sharp s and ligatures included. Letters with no other case on the JVM
   * are left out: their capitals came in later Unicode versions than Java 17's.
   */
  @Test
  void everyCharIsUpperAndLowerCasedAsOnTheJvm(@TempDir Path dir)
      throws IOException, InterruptedException {
    Path schemaFile = dir.resolve("case.schema.json");
    Files.writeString(schemaFile, """
        {"version": 1, "name": "case", "invalidRowPolicy": "include_flagged", "columns": [
          {"key": "upper", "transforms": ["upper"]},
          {"key": "lower", "transforms": ["lower"]}]}""");
    StringBuilder csv = new StringBuilder("upper,lower\r\n");
    List<String> rowNames = new ArrayList<>();
    for (String word : List.of("ΟΔΟΣ ΟΔΟΣ.", "İstanbul", "straße", "ﬁx", "ǅemal", "ΐ")) {
      csv.append(quoted(word)).append(',').append(quoted(word.toUpperCase(Locale.ROOT)))
          .append("\r\n");
      rowNames.add(word);
    }
    for (char c = 0x80; c < 0xFFFF; c++) {
      String one = String.valueOf(c);
      int type = Character.getType(c);
      if (type == Character.UNASSIGNED || Character.isSurrogate(c)
          || (type == Character.LOWERCASE_LETTER || type == Character.UPPERCASE_LETTER)
          && one.toUpperCase(Locale.ROOT).equals(one) && one.toLowerCase(Locale.ROOT).equals(one)) {
        // a letter with no other case on this JVM, which a later Unicode may give one (ƛ and ɤ
        // got capitals in Unicode 16, which JavaScript knows and Java 17 does not)
        continue;
      }
      String s = "x" + c + "y";
      csv.append(quoted(s)).append(',').append(quoted(s.toUpperCase(Locale.ROOT)))
          .append("\r\n");
      rowNames.add(String.format("U+%04X", (int) c));
    }
    assertAgree(differences(schemaFile, csv.toString(), dir, rowNames, false));
  }

  /**
   * A workbook's number cells, stored as Excel stores them (17 significant digits, plain or with
   * an exponent) and in shorter forms, read by the engine's sheet reader and the JVM's alike:
   * JavaScript's {@code toPrecision} and the JVM's BigDecimal round them to the 15 digits Excel
   * shows the same way.
   */
  @Test
  void numbersOfAWorkbookAreShownAsOnTheJvm(@TempDir Path dir)
      throws IOException, InterruptedException {
    java.util.Random random = new java.util.Random(15);
    int width = 400;
    StringBuilder xml = new StringBuilder("<worksheet xmlns=\"http://schemas.openxmlformats.org/"
        + "spreadsheetml/2006/main\"><sheetData><row r=\"1\">");
    for (int c = 0; c < width; c++) {
      xml.append("<c t=\"inlineStr\"><is><t>n").append(c).append("</t></is></c>");
    }
    xml.append("</row>");
    for (int r = 2; r <= 6; r++) {
      xml.append("<row r=\"").append(r).append("\">");
      for (int c = 0; c < width; c++) {
        double d = switch (c % 4) {
          case 0 -> Math.round(random.nextDouble() * 1e6) / 100.0; // prices
          case 1 -> random.nextGaussian() * Math.pow(10, random.nextInt(40) - 20);
          case 2 -> Double.longBitsToDouble(random.nextLong());
          default -> random.nextInt(1000) / 7.0;
        };
        if (!Double.isFinite(d)) {
          d = 0.5;
        }
        java.math.BigDecimal stored = new java.math.BigDecimal(d)
            .round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN));
        String text = switch (r % 3) {
          case 0 -> stored.toString(); // 1.2345678901234567E+19, 0.00069999999999999999
          case 1 -> String.format(java.util.Locale.ROOT, "%.16E", d); // 6.9999999999999999E-04
          default -> Double.toString(d); // shorter: 19.99, 1.0E-7
        };
        xml.append("<c><v>").append(text).append("</v></c>");
      }
      xml.append("</row>");
    }
    xml.append("</sheetData></worksheet>");
    Path sheet = dir.resolve("sheet1.xml");
    Files.writeString(sheet, xml);

    List<List<String>> jvm = new ArrayList<>();
    dev.sluice.core.xlsx.SheetReader reader = new dev.sluice.core.xlsx.SheetReader(
        new dev.sluice.core.xlsx.SharedStrings(), dev.sluice.core.xlsx.Styles.none(), false,
        (cells, count, rowNumber) -> jvm.add(List.of(java.util.Arrays.copyOf(cells, count))));
    reader.feed(xml.toString());
    reader.finish();
    JsonNode got = engine("read-sheet.mjs", sheet.toString());
    List<String> differences = new ArrayList<>();
    assertEquals(6, jvm.size());
    for (int r = 1; r < jvm.size(); r++) {
      JsonNode row = got.get("preview").get(r - 1);
      for (int c = 0; c < width; c++) {
        if (!jvm.get(r).get(c).equals(row.get(c).asText())) {
          differences.add("row " + r + " column " + c + ": JVM " + jvm.get(r).get(c)
              + ", browser " + row.get(c).asText());
        }
      }
    }
    assertAgree(differences);
    assertEquals("n0", got.get("headers").get(0).asText());
  }
}
