package dev.sluice.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.InvalidRowPolicy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worker's workflow on the JVM: the same code TeaVM compiles for the browser. */
class ImportWorkflowTest {
  private static final String CSV = "Export\nName;Email;Notes\nAnn;ann@example.com;vip\n"
      + "Bob;bob(at)example.com;\nCid;ann@example.com;=cmd|' /C calc'!A0\n";

  private static ImportWorkflow loaded(InvalidRowPolicy policy) {
    Importer importer = Importer.builder("people").invalidRowPolicy(policy)
        .column(Column.builder("name").required(true))
        .column(Column.builder("email").type(new ColumnType.Email()).unique())
        .build();
    ImportWorkflow w = new ImportWorkflow(importer);
    Map<String, Object> dialect = w.detectDialect(CSV, true);
    assertEquals(";", dialect.get("delimiter"));
    assertEquals(1, dialect.get("headerIndex"));
    w.beginParse(';', '"', false, 1);
    for (int i = 0; i < CSV.length(); i += 7) {
      w.feed(CSV.substring(i, Math.min(CSV.length(), i + 7)));
    }
    Map<String, Object> parsed = w.finishParse();
    assertEquals(3, parsed.get("rows"));
    assertEquals(List.of("Name", "Email", "Notes"), parsed.get("headers"));
    w.suggestMapping(null);
    w.validate();
    return w;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> rows(Map<String, Object> answer) {
    return (List<Map<String, Object>>) answer.get("rows");
  }

  @Test
  void editsUndoRedoReplaceAndDeleteKeepTheSummaryRight() {
    ImportWorkflow w = loaded(InvalidRowPolicy.BLOCK);
    Map<String, Object> s = w.summary();
    assertEquals(3, s.get("errorRows"), "one bad email and two duplicates");
    assertEquals(false, s.get("canSubmit"));
    s = w.edit(1, "email", "bob@example.com");
    assertEquals(2, s.get("errorRows"));
    s = w.edit(2, "email", "cid@example.com");
    assertEquals(0, s.get("errorRows"));
    assertEquals(true, s.get("canSubmit"));
    s = w.undo();
    assertEquals(2, s.get("errorRows"));
    s = w.redo();
    assertEquals(0, s.get("errorRows"));
    s = w.replaceAll("email", "example.com", "example.org");
    assertEquals(3, s.get("replaced"));
    assertEquals("ann@example.org", rows(w.rows(0, 1)).get(0).get("cells") instanceof String[] c
        ? c[1] : null);
    s = w.deleteRow(0);
    assertEquals(2, s.get("rows"));
    s = w.undo();
    assertEquals(3, s.get("rows"));
    s = w.undo();
    assertEquals("ann@example.com", ((String[]) rows(w.rows(0, 1)).get(0).get("cells"))[1]);
  }

  @Test
  void theFilterShowsOnlyRowsWithIssuesInAColumn() {
    ImportWorkflow w = loaded(InvalidRowPolicy.BLOCK);
    Map<String, Object> s = w.filter(true, "email", "EMAIL_INVALID");
    assertEquals(1, s.get("viewRows"));
    assertEquals(1, rows(w.rows(0, 10)).get(0).get("row"));
    assertEquals(3, w.filter(false, null, null).get("viewRows"));
  }

  @Test
  void batchesHandOverSubmittedRowsWithExtraColumnsAndFlagsUnderIncludeFlagged() {
    ImportWorkflow w = loaded(InvalidRowPolicy.INCLUDE_FLAGGED);
    assertEquals(3, w.prepareSubmit().get("total"));
    Map<String, Object> first = w.batch(0, 2);
    assertEquals(2, first.get("count"));
    assertEquals(List.of("name", "email", "Notes"), first.get("columns"));
    Map<String, Object> ann = rows(first).get(0);
    assertEquals("vip", ann.get("Notes"));
    assertTrue(ann.containsKey("_errors"), "the duplicate is flagged");
    Map<String, Object> second = w.batch(1, 2);
    assertEquals(1, second.get("count"));
    assertTrue(Arrays.equals(new int[] {2}, (int[]) second.get("sourceRows")));
  }

  @Test
  void excludeSubmitsOnlyValidRowsAndTheRejectedCsvIsDefused() {
    ImportWorkflow w = loaded(InvalidRowPolicy.EXCLUDE);
    assertEquals(0, w.prepareSubmit().get("total"));
    w.edit(1, "email", "bob@example.com");
    assertEquals(1, w.prepareSubmit().get("total"));
    String csv = w.rejectedCsv();
    assertTrue(csv.startsWith("name,email,Notes,errors\r\n"), csv);
    assertTrue(csv.contains("'=cmd|' /C calc'!A0"), csv);
    assertTrue(csv.contains("email must be unique; row 3 has the same value."), csv);
  }

  @Test
  void theSampleFileHasTheLabelsAndAValidExampleRow() {
    ImportWorkflow w = loaded(InvalidRowPolicy.BLOCK);
    String sample = w.sampleCsv();
    assertEquals("name,email\r\nname,jane.doe@example.com\r\n", sample);
    w.beginParse(',', '"', false, 0);
    w.feed(sample);
    w.finishParse();
    w.suggestMapping(null);
    assertEquals(0, w.validate().get("errorRows"), "the sample validates against its schema");
  }

  @Test
  void aFileOverTheRowLimitStopsWithAClearMessage() throws java.io.IOException {
    ImportWorkflow w = new ImportWorkflow(Importer.builder("x").column(Column.builder("a")).build());
    Map<String, String> spanish = new java.util.HashMap<>(dev.sluice.jvm.MessagePacks.pack("es"));
    spanish.putAll(UiTemplatesTest.pack("es"));
    w.locale("es", spanish, new dev.sluice.jvm.JvmFormats("es"));
    w.maxRows(2);
    w.beginParse(',', '"', false, 0);
    w.feed("a\n1\n2\n3\n4\n");
    Map<String, Object> parsed = w.finishParse();
    assertEquals(2, parsed.get("rowLimit"));
    w.maxRows(20000);
    w.beginParse(',', '"', false, 0);
    w.feed("a\n" + "1\n".repeat(20001));
    parsed = w.finishParse();
    assertEquals("El archivo tiene más de 20.000 filas, el máximo de esta importación. Divídalo en "
        + "archivos más pequeños.", parsed.get("rowLimitMessage"));
  }

  @Test
  void aRememberedMappingIsOfferedForTheSameHeaders() {
    ImportWorkflow w = loaded(InvalidRowPolicy.BLOCK);
    List<String> chosen = new ArrayList<>(Arrays.asList("name", null, "email"));
    w.applyMapping(chosen);
    var remembered = w.remember();
    Map<String, Object> again = w.suggestMapping(remembered);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> matches = (List<Map<String, Object>>) again.get("matches");
    assertNull(matches.get(1).get("column"));
    assertEquals("email", matches.get(2).get("column"));
    assertEquals("remembered", matches.get(2).get("kind"));
  }

  @Test
  void jsonTextEscapesEverythingTheBrowserCouldMisread() {
    Map<String, Object> m = new java.util.LinkedHashMap<>();
    m.put("a", "q\"\\\n\u0001\u2028");
    m.put("b", Arrays.asList(1, 2.5, null, true));
    assertEquals("{\"a\":\"q\\\"\\\\\\n\\u0001\\u2028\",\"b\":[1,2.5,null,true]}", Json.write(m));
  }

  @Test
  void aColumnSetToDoNotImportIsDroppedFromTheTableBatchesAndRejectedRowsWhileAnUntouchedOneStays() {
    for (String notes : new String[] {"", null}) {
      ImportWorkflow w = loaded(InvalidRowPolicy.INCLUDE_FLAGGED);
      w.applyMapping(Arrays.asList("name", "email", notes));
      w.validate();
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> columns = (List<Map<String, Object>>) w.summary().get("columns");
      List<Object> keys = columns.stream().map(c -> c.get("key")).toList();
      assertEquals(3, w.prepareSubmit().get("total"));
      Map<String, Object> batch = w.batch(0, 10);
      String rejected = w.rejectedCsv();
      if (notes == null) {
        assertEquals(List.of("name", "email", "Notes"), keys, "untouched: kept as an extra");
        assertEquals("vip", rows(batch).get(0).get("Notes"));
        assertTrue(rejected.startsWith("name,email,Notes,errors"), rejected);
      } else {
        assertEquals(List.of("name", "email"), keys, "do not import: gone");
        assertTrue(!rows(batch).get(0).containsKey("Notes"), rows(batch).get(0).toString());
        assertEquals(List.of("name", "email"), batch.get("columns"));
        assertTrue(rejected.startsWith("name,email,errors"), rejected);
        assertTrue(!rejected.contains("calc"), "the dropped cells are not in the rejected file");
      }
    }
  }
}
