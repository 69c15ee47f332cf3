package dev.sluice.core.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmittedFormTest {
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
}
