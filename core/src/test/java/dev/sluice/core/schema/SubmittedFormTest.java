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

  /**
   * Cells of every shape the types read, and of the shapes they refuse or might read otherwise:
   * separators, extensions, scripts whose case changes lengthen a value, invisible spaces.
   */
  private static final String[] TRICKY_VALUES = {
      "", " ", "a", "ß", "straße", "ﬁx", "İstanbul", "ǆ", "ŉ", "ΐ", "e\u0301", "abc", "abcde",
      "abcdef", " anna müller ", "O'NEIL", "mc donald", "x  y", "\t x\t", "ABC-12", "abc-12",
      "a@b.co", "A@B.CO", " a@b.co ", "Anna <a@b.co>", "a@bücher.de", "a+b@ex.com", "mailto:a@b.co",
      "http://x.com", "HTTP://X.COM/Path", "www.example.com", "example.com", "https://bücher.de/ä",
      "ftp://x", "123e4567-e89b-12d3-a456-426614174000", "123E4567-E89B-12D3-A456-426614174000",
      "{123e4567-e89b-12d3-a456-426614174000}", "+1 415 555 7693", "030 1234567", "(415) 555-7693",
      "+44 20 7946 0958", "+49 (0)30 1234567", "00 49 30 1234567", "415.555.7693 x12",
      "+1-800-FLOWERS", "2024-02-29", "29.02.2024", "02/29/2024", "2024-2-9", "31.12.1999",
      "1.1.2000", " 2024-01-01 ", "2024-01-01T10:00", "2024-01-01 10:00:00", "14/5/2024 13:05",
      "2024-01-01T10:00:00.123456789Z", "2024-01-01T10:00:00+05:30", "0", "-0", "+5", "1,234",
      "1.234", "1 234", "1.234,56", "1,234.56", "-0,5", "0.5", "1e3", "00012", "٣", "１２", "1_000",
      "9999999999999999999", "12,50 €", "€ 3", "$5", "-€3,00", "3 EUR", "yes", "no", "TRUE",
      "False", "1", "ja", "jawohl", "Y", "n", "pro", "Pro", "Professional", "PROFESSIONAL", " pro ",
      "team", "\u00A01,5\u00A0", "\u200Bx", "１２３", "١٢٣", "1,000,000", "1.000.000", "(5.00)", "5-",
      "5%", "+1,5", ".5", "5.", "1.5e2", "-.5", "0,0", "1'234.50", "1 234,56 €", "EUR 5", "5,-",
      "-0.0", "2024-13-01", "0000-01-01", "9999-12-31", "10000-01-01", "+002024-01-01",
      "2024-01-01t10:00z", "2024-06-30T23:59:60Z", "2024-01-01T24:00", "2024-01-01T10:00:00,5",
      "2024-01-01 10:00 PM", "1/2/24", "01.02.24", "uk", "GB", "England", "Great Britain",
      "south korea", "Korea, Republic of", "The Netherlands", "holland", "US", "u.s.a.",
      "http://127.0.0.1", "http://[::1]/", "https://user:pw@x.com", "https://x.com.",
      "https://x.com/a b", "HTTPS://EXAMPLE.COM", "https://xn--bcher-kva.de", "//x.com",
      "https://x", "https://x.com:99999", "\"a b\"@x.com", "a@[1.2.3.4]", "ü@x.de", "a@b.com.",
      "A.B@EXAMPLE.COM", "a..b@x.com", "a@x", "a@-x.com", "a@x.c", "Anna <ANNA@Example.com>",
      "a@b.co;c@d.co", "123e4567e89b12d3a456426614174000",
      "urn:uuid:123e4567-e89b-12d3-a456-426614174000", " 123e4567-e89b-12d3-a456-426614174000 ",
      "Yes ", "YES", "On", "off", "t", "f", "wahr", "oui", "✓", "Squad", "squad", "TEAM ", "Pro.",
      "professional ", "tel:+14155557693", "+1 415 555 7693 ext 5", "+1 (415) 555-7693 #99",
      "+49 30 123456 Durchwahl 12", "+14155557693;ext=12", "+33 1 23 45 67 89 poste 3",
      "+1 415 555 7693 x", "0049301234567", "011 49 30 1234567", "+1 415 555 76931234567", "Ǆemal",
      "ǅ", "ﬀ", "ΣΑΣ", "σας", "İ", "ı", "Ⅻ", "ⓐ", "a\u0308", "ÄÖÜ", "DE", "de", "Deutschland",
      "Germany", "United States", "USA", "U.S.", "Türkiye", "Côte d'Ivoire", "cote divoire"
  };

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

  @Test
  void everyValidCellOfEveryTypeAndTransformReadsBackUnchangedInTheSubmittedForm() {
    List<ColumnType> types = List.of(new ColumnType.Text(null, 5, null),
        new ColumnType.Text(2, 6, "[A-Za-zß]+"), new ColumnType.Email(), new ColumnType.Url(),
        new ColumnType.Uuid(), new ColumnType.Phone("US"), new ColumnType.Phone("DE"),
        new ColumnType.Date(List.of("uuuu-MM-dd", "dd.MM.uuuu", "MM/dd/uuuu", "d.M.uuuu")),
        new ColumnType.DateTime(List.of()), new ColumnType.IntegerType(null, null, "."),
        new ColumnType.IntegerType(0d, 100000d, ","), new ColumnType.DecimalType(null, null, ","),
        new ColumnType.DecimalType(-1d, 1e6, "."), new ColumnType.Currency(null, null, ",", "EUR"),
        new ColumnType.Currency(null, null, ".", "USD"),
        new ColumnType.BooleanType(List.of("jawohl"), List.of()),
        new ColumnType.BooleanType(List.of(), List.of()),
        new ColumnType.EnumType(List.of(new EnumOption("pro", "Professional", List.of()),
            new EnumOption("team", "Team", List.of("Squad")))),
        new ColumnType.CountryCode());
    List<Transform[]> trs = List.of(new Transform[] {}, new Transform[] {Transform.TRIM}, NORMAL,
        new Transform[] {Transform.NORMALIZE}, new Transform[] {Transform.UPPER},
        new Transform[] {Transform.LOWER}, new Transform[] {Transform.TITLE},
        new Transform[] {Transform.COLLAPSE_SPACES, Transform.UPPER},
        new Transform[] {Transform.TRIM, Transform.HASH},
        new Transform[] {Transform.TITLE, Transform.NORMALIZE},
        new Transform[] {Transform.UPPER, Transform.NORMALIZE});
    List<String> disagreements = new java.util.ArrayList<>();
    int valid = 0;
    for (ColumnType type : types) {
      for (Transform[] transforms : trs) {
        Importer importer;
        try {
          importer = Importer.builder("x").column(Column.builder("v").type(type)
              .transforms(transforms)).build();
        } catch (SchemaException e) {
          continue; // hash before another transform, and so on
        }
        ValidationSession browser = validate(importer, java.util.Arrays.stream(TRICKY_VALUES)
            .map(v -> new String[] {v}).toArray(String[][]::new));
        Importer form = SubmittedForm.of(importer);
        for (int r = 0; r < TRICKY_VALUES.length; r++) {
          if (browser.hasErrors(r)) {
            continue;
          }
          valid++;
          String out = browser.output(r)[0];
          ValidationSession relay = validate(form, new String[] {out});
          if (relay.hasErrors(0) || !out.equals(relay.output(0)[0])) {
            disagreements.add(type + " " + java.util.Arrays.toString(transforms) + ": ["
                + TRICKY_VALUES[r] + "] -> [" + out + "] -> " + (relay.hasErrors(0)
                ? relay.issues(0) : "[" + relay.output(0)[0] + "]"));
          }
        }
      }
    }
    assertTrue(valid > 3000, "most shapes are valid somewhere: " + valid);
    assertEquals(List.of(), disagreements);
  }
}
