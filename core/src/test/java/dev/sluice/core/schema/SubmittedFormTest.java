package dev.sluice.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmittedFormTest {
  private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
      new com.fasterxml.jackson.databind.ObjectMapper();
  private static final Transform[] NORMAL = {Transform.TRIM, Transform.NORMALIZE};

  private static final Importer IMPORTER = Importer.builder("everything")
      .column(Column.builder("name").transforms(Transform.TRIM, Transform.TITLE))
      .column(Column.builder("email").type(new ColumnType.Email()).transforms(Transform.HASH))
      .column(Column.builder("phone").type(new ColumnType.Phone("DE")).transforms(NORMAL))
      .column(Column.builder("born").type(new ColumnType.Date(List.of("dd.MM.yyyy")))
          .transforms(NORMAL))
      .column(Column.builder("seen").type(new ColumnType.DateTime(List.of())).transforms(NORMAL))
      .column(Column.builder("count").type(new ColumnType.IntegerType(0d, null, ",")).transforms(NORMAL))
      .column(Column.builder("amount").type(new ColumnType.DecimalType(null, null, ","))
          .transforms(NORMAL))
      .column(Column.builder("price").type(new ColumnType.Currency(null, null, ",", "EUR"))
          .transforms(NORMAL))
      .column(Column.builder("active").type(new ColumnType.BooleanType(List.of("jawohl"), List.of()))
          .transforms(NORMAL))
      .column(Column.builder("plan").type(new ColumnType.EnumType(List.of(
          new EnumOption("pro", "Professional", List.of())))).transforms(NORMAL))
      .column(Column.builder("country").type(new ColumnType.CountryCode()).transforms(NORMAL))
      .column(Column.builder("asWritten").type(new ColumnType.Date(List.of("dd.MM.yyyy"))))
      .rule(new RowRule.Compare("count", RowRule.Operator.NE, "amount", null, null))
      .build();

  private static ValidationSession validate(Importer importer, String[]... rows) {
    ImportTable table = ImportTable.forImporter(importer, List.of());
    for (String[] row : rows) {
      table.addRow(row, table.rowCount() + 2);
    }
    return ValidationSession.validate(importer, table, new PortableSha256());
  }

  @Test
  void whatTheWidgetOutputsForValidRowsPassesTheSubmittedForm() {
    ValidationSession browser = validate(IMPORTER,
        new String[] {" anna müller ", "Anna <ANNA@Example.com>", "030 1234567", "03.04.1990",
            "14/5/2024 13:05", "1.234", "1.234,56", "12,50 €", "jawohl", "Professional",
            "Deutschland", "01.02.2024"},
        new String[] {"bob", "bob@example.com", "+49 89 7654321", "31.12.1999",
            "2024-01-01T00:00:00+02:00", "0", "-0,5", "€ 3", "nein", "pro", "DE", "29.02.2024"});
    assertEquals(List.of(), browser.allIssues(), "the raw rows are valid");

    ImportTable submitted = ImportTable.forImporter(IMPORTER, List.of());
    for (int r = 0; r < 2; r++) {
      submitted.addRow(browser.output(r), r + 2);
    }
    Importer form = SubmittedForm.of(IMPORTER);
    ValidationSession relay = ValidationSession.validate(form, submitted, new PortableSha256());
    assertEquals(List.of(), relay.allIssues(), () -> "outputs " + String.join("|", browser.output(0)));
    for (int r = 0; r < 2; r++) {
      String[] again = relay.output(r);
      String[] before = browser.output(r);
      for (int c = 0; c < before.length; c++) {
        assertEquals(before[c], again[c], "the submitted form leaves canonical values unchanged");
      }
    }
  }

  @Test
  void aRawEmailInAHashedColumnOrAWrongFormatIsRejected() {
    Importer form = SubmittedForm.of(IMPORTER);
    String[] row = {"Anna", "anna@example.com", "+49301234567", "03.04.1990", "2024-04-05T13:05:00",
        "1", "1.5", "2.00", "true", "pro", "DE", "01.02.2024"};
    ValidationSession relay = validate(form, row);
    List<String> codes = relay.allIssues().stream().map(i -> i.column() + ":" + i.code()).toList();
    assertEquals(List.of("email:TEXT_TOO_SHORT", "born:DATE_INVALID"), codes.stream()
        .filter(c -> !c.startsWith("seen")).toList(), codes.toString());
    for (ValidationIssue issue : relay.allIssues()) {
      assertEquals(Severity.ERROR, issue.severity());
    }
  }

  /**
   * Cells of every shape the types read, and of shapes they refuse or might read otherwise:
   * separators, extensions, scripts whose case changes lengthen a value, invisible spaces. One JSON
   * string a line; the browser module's EngineAgreesWithJvmTest reads them too.
   */
  static List<String> trickyCells() throws java.io.IOException {
    List<String> cells = new java.util.ArrayList<>();
    for (String line : java.nio.file.Files.readAllLines(
        java.nio.file.Path.of("src/test/resources/validate/tricky-cells.jsonl"))) {
      cells.add(JSON.readValue(line, String.class));
    }
    return cells;
  }

  @Test
  void everyValidCellOfEveryTypeAndTransformReadsBackUnchangedInTheSubmittedForm()
      throws java.io.IOException {
    List<String> cells = trickyCells();
    // a column per type and list of transforms (the same file is the browser test's schema)
    Importer all = SchemaReader.read(JSON.readValue(java.nio.file.Path.of(
        "src/test/resources/validate/tricky-columns.schema.json").toFile(), Object.class));
    List<String> disagreements = new java.util.ArrayList<>();
    int valid = 0;
    for (Column column : all.columns()) {
      Importer importer = Importer.builder("x").column(column).build();
      ValidationSession browser = validate(importer, cells.stream()
          .map(v -> new String[] {v}).toArray(String[][]::new));
      Importer form = SubmittedForm.of(importer);
      for (int r = 0; r < cells.size(); r++) {
        if (browser.hasErrors(r)) {
          continue;
        }
        valid++;
        String out = browser.output(r)[0];
        ValidationSession relay = validate(form, new String[] {out});
        if (relay.hasErrors(0) || !out.equals(relay.output(0)[0])) {
          disagreements.add(column + ": [" + cells.get(r) + "] -> [" + out + "] -> "
              + (relay.hasErrors(0) ? relay.issues(0) : "[" + relay.output(0)[0] + "]"));
        }
      }
    }
    assertEquals(217, all.columns().size());
    assertTrue(valid > 3000, "most shapes are valid somewhere: " + valid);
    assertEquals(List.of(), disagreements);
  }

  @Test
  void validRowsOfTrickyCellsUnderKeysAndRulesPassTheSubmittedFormAsABatch()
      throws java.io.IOException {
    Importer importer = SchemaReader.read(JSON.readValue(java.nio.file.Path.of(
        "src/test/resources/validate/tricky-rows.schema.json").toFile(), Object.class));
    List<String> cells = trickyCells();
    // per column, the tricky cells it takes alone; rows drawn from them (seeded)
    List<List<String>> taken = new java.util.ArrayList<>();
    for (Column column : importer.columns()) {
      Importer alone = Importer.builder("one").column(column).build();
      ValidationSession checked = validate(alone, cells.stream().map(v -> new String[] {v})
          .toArray(String[][]::new));
      List<String> valid = new java.util.ArrayList<>();
      for (int r = 0; r < cells.size(); r++) {
        if (!checked.hasErrors(r)) {
          valid.add(cells.get(r));
        }
      }
      taken.add(valid);
    }
    java.util.Random random = new java.util.Random(20261130);
    String[][] rows = new String[400][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = new String[taken.size()];
      for (int c = 0; c < taken.size(); c++) {
        List<String> some = taken.get(c);
        rows[r][c] = some.isEmpty() ? "" : some.get(random.nextInt(some.size()));
      }
    }
    ValidationSession browser = validate(importer, rows);
    List<String[]> handed = new java.util.ArrayList<>();
    for (int r = 0; r < rows.length; r++) {
      if (!browser.hasErrors(r)) {
        handed.add(browser.output(r));
      }
    }
    assertTrue(handed.size() >= 20, "enough rows pass: " + handed.size());
    ValidationSession relay = validate(SubmittedForm.of(importer),
        handed.toArray(String[][]::new));
    assertEquals(List.of(), relay.allIssues().stream().filter(ValidationIssue::isError)
        .map(i -> i.column() + " " + i.code() + " [" + String.join("|", handed.get(i.row()))
            + "]").toList());
  }

  @Test
  void anAmbiguousDateOrNumberHandedOverAsWrittenIsNoErrorAtTheRelay() throws Exception {
    Importer importer = SchemaReader.read(JSON.readValue("""
        {"version": 1, "name": "t", "columns": [
          {"key": "when", "label": "When", "type": "date"},
          {"key": "amount", "label": "Amount", "type": "currency"},
          {"key": "ordered", "label": "Ordered", "type": "date",
           "severity": {"DATE_AMBIGUOUS": "warning"}}]}
        """, Object.class));
    // the widget read these by the file's other cells (Conventions); a batch need not hold them
    String[] row = {"03/04/2024", "$1,234", "03/04/2024"};
    List<ValidationIssue> browser = validate(importer, row).allIssues();
    assertEquals(List.of("DATE_AMBIGUOUS", "NUMBER_AMBIGUOUS", "DATE_AMBIGUOUS"),
        browser.stream().map(ValidationIssue::code).toList(), "ambiguous on their own");
    ValidationSession relay = validate(SubmittedForm.of(importer), row);
    assertEquals(0, relay.summary().errorRows());
    assertEquals(List.of(Severity.INFO, Severity.INFO, Severity.WARNING),
        relay.allIssues().stream().map(ValidationIssue::severity).toList(),
        "a column's own severity is kept");
    // a date no format reads is still refused
    assertEquals(1, validate(SubmittedForm.of(importer), new String[] {"31/31/2024", "1", ""})
        .summary().errorRows());
  }
}
