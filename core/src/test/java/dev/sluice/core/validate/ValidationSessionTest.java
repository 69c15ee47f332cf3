package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.InvalidRowPolicy;
import dev.sluice.core.schema.RowRule;
import dev.sluice.core.schema.Severity;
import dev.sluice.core.schema.Transform;
import dev.sluice.core.table.ImportTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValidationSessionTest {

  private static ValidationSession session(Importer importer, String[]... rows) {
    ImportTable table = ImportTable.forImporter(importer, List.of());
    for (int i = 0; i < rows.length; i++) {
      table.addRow(rows[i], i + 2);
    }
    return ValidationSession.validate(importer, table, new PortableSha256());
  }

  private static List<String> codes(ValidationSession s, int row) {
    return s.issues(row).stream().map(i -> i.column() + ":" + i.code()).toList();
  }

  @Test
  void blankCellsAreAllowedUnlessTheColumnForbidsThem() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("a"))
        .column(Column.builder("b").allowBlank(false))
        .build();
    ValidationSession s = session(importer, new String[] {"", "  "}, new String[] {"", "x"});
    assertEquals(List.of("b:VALUE_REQUIRED"), codes(s, 0));
    assertEquals(List.of(), codes(s, 1));
  }

  @Test
  void defaultFillsABlankCellBeforeValidation() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("plan").allowBlank(false).defaultValue("free")
            .type(new ColumnType.EnumType(List.of(
                new dev.sluice.core.schema.EnumOption("free", "Free", List.of())))))
        .build();
    ValidationSession s = session(importer, new String[] {""});
    assertEquals(List.of(), codes(s, 0));
    assertArrayEquals(new String[] {"free"}, s.output(0));
  }

  @Test
  void atLeastOneOfReportsRowsWhereAllAreBlank() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("email"))
        .column(Column.builder("phone"))
        .rule(new RowRule.AtLeastOneOf(List.of("email", "phone"), null, null))
        .build();
    ValidationSession s = session(importer, new String[] {"", ""}, new String[] {"", "1"});
    assertEquals(List.of("email:ROW_AT_LEAST_ONE"), codes(s, 0));
    assertEquals("email, phone", s.issues(0).get(0).arguments().get("columns"));
    assertEquals(List.of(), codes(s, 1));
  }

  @Test
  void requiredWhenFiresOnlyForTheListedValuesIgnoringCase() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("state"))
        .column(Column.builder("country").type(new ColumnType.CountryCode()))
        .rule(new RowRule.RequiredWhen("state", "country", List.of("US"), null, null))
        .build();
    ValidationSession s = session(importer, new String[] {"", "us"}, new String[] {"", "USA"},
        new String[] {"", "DE"}, new String[] {"CA", "US"});
    assertEquals(List.of("state:ROW_REQUIRED_WHEN"), codes(s, 0));
    assertEquals(List.of("state:ROW_REQUIRED_WHEN"), codes(s, 1), "USA normalises to US");
    assertEquals(List.of(), codes(s, 2));
    assertEquals(List.of(), codes(s, 3));
  }

  @Test
  void compareChecksNumbersAndDatesAndSkipsInvalidCells() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("start").type(new ColumnType.Date(List.of())))
        .column(Column.builder("end").type(new ColumnType.Date(List.of())))
        .column(Column.builder("min").type(new ColumnType.DecimalType(null, null, null)))
        .column(Column.builder("max").type(new ColumnType.DecimalType(null, null, null)))
        .rule(new RowRule.Compare("start", RowRule.Operator.LE, "end", null, null))
        .rule(new RowRule.Compare("min", RowRule.Operator.LT, "max", Severity.WARNING, null))
        .build();
    ValidationSession s = session(importer,
        new String[] {"2024-03-01", "14.03.2024", "9.5", "10"},
        new String[] {"2024-03-15", "14.03.2024", "10", "9,5"},
        new String[] {"never", "2024-01-01", "", "1"});
    assertEquals(List.of(), codes(s, 0));
    assertEquals(List.of("start:ROW_COMPARE", "min:ROW_COMPARE"), codes(s, 1));
    assertEquals(Severity.WARNING, s.issues(1).get(1).severity());
    assertEquals(List.of("start:DATE_INVALID"), codes(s, 2));
  }

  @Test
  void uniqueColumnsFlagEveryRowOfADuplicateGroupComparingNormalForms() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("email").type(new ColumnType.Email()).unique())
        .build();
    ValidationSession s = session(importer, new String[] {"a@example.com"},
        new String[] {"b@example.com"}, new String[] {"Anna <A@Example.com>"},
        new String[] {""}, new String[] {""});
    assertEquals(List.of("email:DUPLICATE_VALUE"), codes(s, 0));
    assertEquals(3, s.issues(0).get(0).arguments().get("otherRow"));
    assertEquals(List.of(), codes(s, 1));
    assertEquals(1, s.issues(2).get(0).arguments().get("otherRow"));
    assertEquals(List.of(), codes(s, 3), "blank cells are never duplicates");
  }

  @Test
  void compositeUniqueKeysCompareAllTheirColumns() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("first").uniqueGroup("person"))
        .column(Column.builder("last").uniqueGroup("person"))
        .build();
    ValidationSession s = session(importer, new String[] {"Ann", "Lee"},
        new String[] {"Ann", "Park"}, new String[] {"Ann", "Lee"});
    assertEquals(List.of("first:DUPLICATE_VALUE"), codes(s, 0));
    assertEquals(List.of(), codes(s, 1));
    assertEquals(List.of("first:DUPLICATE_VALUE"), codes(s, 2));
    assertEquals("first, last", s.issues(2).get(0).arguments().get("columns"));
  }

  @Test
  void editingACellUpdatesItsIssuesItsRulesAndItsUniqueGroup() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("id").type(new ColumnType.IntegerType(null, null, null)).unique())
        .column(Column.builder("email").type(new ColumnType.Email()))
        .column(Column.builder("phone"))
        .rule(new RowRule.AtLeastOneOf(List.of("email", "phone"), null, null))
        .build();
    ValidationSession s = session(importer, new String[] {"1", "bad", ""},
        new String[] {"1", "", ""}, new String[] {"2", "c@example.com", ""});
    assertEquals(List.of("email:EMAIL_INVALID", "id:DUPLICATE_VALUE"), codes(s, 0));
    assertEquals(List.of("email:ROW_AT_LEAST_ONE", "id:DUPLICATE_VALUE"), codes(s, 1));

    int[] changed = s.setCell(1, "id", "3");
    assertArrayEquals(new int[] {0, 1}, changed);
    assertEquals(List.of("email:EMAIL_INVALID"), codes(s, 0));
    assertEquals(List.of("email:ROW_AT_LEAST_ONE"), codes(s, 1));

    s.setCell(1, "phone", "555");
    assertEquals(List.of(), codes(s, 1));
    s.setCell(0, "email", "a@example.com");
    assertEquals(List.of(), codes(s, 0));
    assertEquals(0, s.summary().errorRows());
  }

  @Test
  void deletingARowRemovesItsIssuesAndFreesItsUniqueValue() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("id").unique())
        .build();
    ValidationSession s = session(importer, new String[] {"x"}, new String[] {"x"});
    assertEquals(2, s.summary().errorRows());
    s.deleteRow(1);
    assertEquals(List.of(), codes(s, 0));
    assertEquals(1, s.summary().rows());
    assertEquals(0, s.summary().errorRows());
    s.restoreRow(1);
    assertEquals(2, s.summary().errorRows());
  }

  @Test
  void severityOverridesTurnErrorsIntoWarningsThatDoNotInvalidateTheRow() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("email").type(new ColumnType.Email())
            .severity("EMAIL_INVALID", Severity.WARNING))
        .build();
    ValidationSession s = session(importer, new String[] {"nope"});
    assertEquals(Severity.WARNING, s.issues(0).get(0).severity());
    assertFalse(s.hasErrors(0));
    Summary summary = s.summary();
    assertEquals(1, summary.warningRows());
    assertEquals(1, summary.validRows());
    assertEquals(Map.of("EMAIL_INVALID", 1), summary.byCode());
    assertEquals(Map.of("email", 1), summary.byColumn());
  }

  @Test
  void invalidRowPolicyDecidesWhatIsSubmitted() {
    for (InvalidRowPolicy policy : InvalidRowPolicy.values()) {
      Importer importer = Importer.builder("t").invalidRowPolicy(policy)
          .column(Column.builder("n").type(new ColumnType.IntegerType(null, null, null)))
          .build();
      ValidationSession s = session(importer, new String[] {"1"}, new String[] {"x"});
      assertEquals(policy != InvalidRowPolicy.BLOCK, s.canSubmit(), policy.name());
      assertTrue(s.isSubmitted(0));
      assertEquals(policy != InvalidRowPolicy.EXCLUDE, s.isSubmitted(1), policy.name());
      s.deleteRow(1);
      assertTrue(s.canSubmit(), "deleting the invalid row unblocks " + policy);
    }
  }

  @Test
  void submittedAndRejectedRowsFollowThePolicySkipDeletedRowsAndNameEachError() {
    for (InvalidRowPolicy policy : InvalidRowPolicy.values()) {
      Importer importer = Importer.builder("t").invalidRowPolicy(policy)
          .column(Column.builder("n").type(new ColumnType.IntegerType(null, null, null)))
          .column(Column.builder("m").allowBlank(false))
          .build();
      ValidationSession s = session(importer, new String[] {"1", "a"}, new String[] {"x", ""},
          new String[] {"3", "c"}, new String[] {"y", "d"}, new String[] {"5", "e"});
      s.deleteRow(4);
      assertArrayEquals(policy == InvalidRowPolicy.EXCLUDE ? new int[] {0, 2}
          : new int[] {0, 1, 2, 3}, s.submittedRows(), policy.name());
      assertArrayEquals(new int[] {1, 3}, s.rejectedRows(), policy.name());
      assertArrayEquals(new String[] {"n", "m", "errors"}, s.rejectedHeader());
      String[] line = s.rejectedLine(1, dev.sluice.core.message.MessageCatalog.english());
      assertEquals("x", line[0]);
      assertEquals("", line[1]);
      assertEquals(2, line[2].split(" \\| ").length, line[2]);
      assertTrue(!line[2].contains("\"x\""), "messages name the column, not the cell");
    }
  }

  @Test
  void outputAppliesTextTransformsNormalFormsAndHashes() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("name").transforms(Transform.TRIM, Transform.COLLAPSE_SPACES,
            Transform.TITLE))
        .column(Column.builder("phone").type(new ColumnType.Phone("DE"))
            .transforms(Transform.NORMALIZE))
        .column(Column.builder("phone_hash").type(new ColumnType.Phone("DE"))
            .transforms(Transform.HASH))
        .column(Column.builder("email_hash").type(new ColumnType.Email())
            .transforms(Transform.HASH))
        .column(Column.builder("code").transforms(Transform.UPPER))
        .column(Column.builder("asis").type(new ColumnType.Date(List.of())))
        .build();
    ValidationSession s = session(importer, new String[] {"  anna   marie o'neil ",
        "030 1234567", "030 1234567", " Anna@Example.COM ", "ab-1", "14.03.2024"});
    String[] out = s.output(0);
    assertEquals("Anna Marie O'neil", out[0]);
    assertEquals("+49301234567", out[1]);
    assertEquals(new PortableSha256().hex("49301234567"), out[2]);
    assertEquals(new PortableSha256().hex("anna@example.com"), out[3]);
    assertEquals("AB-1", out[4]);
    assertEquals("14.03.2024", out[5], "without normalize the value is handed over as written");
  }

  @Test
  void extraColumnsAreKeptButNotValidated() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("n").type(new ColumnType.IntegerType(null, null, null)))
        .build();
    ImportTable table = ImportTable.forImporter(importer, List.of("notes"));
    table.addRow(new String[] {"1", "=cmd|' /C calc'!A0"}, 2);
    ValidationSession s = ValidationSession.validate(importer, table, new PortableSha256());
    assertEquals(List.of(), codes(s, 0));
    assertArrayEquals(new String[] {"1", "=cmd|' /C calc'!A0"}, s.output(0));
  }

  @Test
  void issueTextNeverContainsTheCellValueButMessagesUseLabelsAndCustomText() {
    Importer importer = Importer.builder("t")
        .column(Column.builder("email").label("E-mail").type(new ColumnType.Email()))
        .column(Column.builder("vat").type(new ColumnType.Text(null, null, "[A-Z]{2}\\d+"))
            .message("Use the VAT number with its country prefix, like DE123456789."))
        .build();
    ValidationSession s = session(importer, new String[] {"secret-marker", "secret-marker"});
    for (ValidationIssue issue : s.issues(0)) {
      assertFalse(issue.toString().contains("secret-marker"), issue.toString());
      assertEquals("secret-marker", issue.value());
    }
    assertEquals("E-mail muss eine E-Mail-Adresse sein, z. B. name@example.com.",
        IssueMessages.format(s.issues(0).get(0), importer, MessageCatalog.english().translated(
            "de", java.util.Map.of("EMAIL_INVALID",
                "{column} muss eine E-Mail-Adresse sein, z. B. name@example.com."))));
    assertEquals("Use the VAT number with its country prefix, like DE123456789.",
        IssueMessages.format(s.issues(0).get(1), importer, MessageCatalog.english()));
  }
}
