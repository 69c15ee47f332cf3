package dev.sluice.core.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.match.MatchKind;
import dev.sluice.core.message.MessageCatalog;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.InvalidRowPolicy;
import dev.sluice.core.schema.Severity;
import dev.sluice.core.schema.Transform;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.validate.OutputText;
import dev.sluice.core.validate.ValidationIssue;
import dev.sluice.core.validate.ValidationSession;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImportSessionTest {
  private static final Importer CONTACTS = contacts(false);

  private static Importer contacts(boolean customColumns) {
    return Importer.builder("contacts")
        .column(Column.builder("first_name").label("First name").aliases("Vorname").required(true))
        .column(Column.builder("email").label("Email").type(new ColumnType.Email()).required(true)
            .unique().transforms(Transform.TRIM, Transform.NORMALIZE))
        .column(Column.builder("phone").label("Phone").aliases("Tel"))
        .invalidRowPolicy(InvalidRowPolicy.EXCLUDE)
        .allowCustomColumns(customColumns)
        .build();
  }

  /** Loads CSV text through the parser as the worker does: rows as spans of the kept text. */
  private static ImportSession loaded(String csv, int headerIndex, boolean spans) {
    ImportSession flow = new ImportSession(CONTACTS, new PortableSha256());
    SourceText text = spans ? new SourceText() : null;
    ImportSession.Loader loader = flow.beginLoad(headerIndex, text, '"', n -> "column " + n);
    CsvParser parser = new CsvParser(CsvFormat.RFC4180.toBuilder().delimiter(';').build(), loader,
        text);
    for (int at = 0; at < csv.length(); at += 7) {
      parser.feed(csv.substring(at, Math.min(csv.length(), at + 7)));
    }
    parser.finish();
    return flow;
  }

  @Test
  void titleRowsAreSkippedTheHeaderMatchedAndRowsProjectedAlikeAsSpansOrAsValues() {
    String csv = "Export of 2024-03-01\nVorname;Notes;E-Mail\nAnna;vip;anna@Example.com\n"
        + "Bob;;\"bob@example.com\"\n";
    for (boolean spans : new boolean[] {true, false}) {
      ImportSession flow = loaded(csv, 1, spans);
      ImportSession.Loaded loaded = flow.finishLoad();
      assertEquals(List.of("Vorname", "Notes", "E-Mail"), loaded.headers());
      assertEquals(2, loaded.rows());
      assertArrayEquals(new String[] {"Bob", "", "bob@example.com"}, flow.sourceRow(1));
      flow.suggestMapping(null);
      ValidationSession session = flow.validate();
      assertEquals(List.of("first_name", "email", "phone", "Notes"), session.table().columns());
      assertArrayEquals(new String[] {"Anna", "anna@Example.com", "", "vip"},
          session.table().row(0));
      assertEquals(4, session.table().line(1));
      assertEquals(2, flow.prepareSubmit());
      OutputText batch = flow.batch(0, 10);
      assertArrayEquals(new String[] {"Anna", "anna@example.com", "", "vip"},
          batch.row(batch.text(), 0), "the normal form is handed over");
    }
  }

  @Test
  void aNumberHeldValidIsHandedOverInE164FromItsSpanAndOneWithAWarningAsWritten() {
    // the hand-over writes the E.164 form of a number validation holds valid without checking it
    // again (writeValidNormalAt); a number its column refuses with a warning only has its row
    // handed over, as written
    Importer phones = Importer.builder("phones")
        .column(Column.builder("phone").label("Phone").type(new ColumnType.Phone("US"))
            .transforms(Transform.NORMALIZE).severity("PHONE_INVALID", Severity.WARNING)
            .severity("PHONE_WRONG_LENGTH", Severity.WARNING))
        .invalidRowPolicy(InvalidRowPolicy.INCLUDE_FLAGGED)
        .build();
    ImportSession flow = new ImportSession(phones, new PortableSha256());
    SourceText text = new SourceText();
    CsvParser parser = new CsvParser(CsvFormat.RFC4180,
        flow.beginLoad(0, text, '"', n -> "column " + n), text);
    parser.feed("Phone\n+1 415-555 2671\n+1 000 555\n+44 (0)20 7946 0958\n");
    parser.finish();
    flow.finishLoad();
    flow.suggestMapping(null);
    ValidationSession session = flow.validate();
    assertEquals("PHONE_WRONG_LENGTH", session.issues(1).get(0).code());
    assertEquals(3, flow.prepareSubmit());
    OutputText batch = flow.batch(0, 10);
    String t = batch.text();
    assertArrayEquals(new String[] {"+14155552671"}, batch.row(t, 0));
    assertArrayEquals(new String[] {"+1 000 555"}, batch.row(t, 1));
    assertArrayEquals(new String[] {"+442079460958"}, batch.row(t, 2));
  }

  @Test
  void aFileWithoutHeaderGetsNamedColumnsAndDoNotImportDropsAColumn() {
    ImportSession flow = loaded("Anna;anna@example.com;123\nBob;bob@example.com;456\n", -1, true);
    ImportSession.Loaded loaded = flow.finishLoad();
    assertEquals(List.of("column 1", "column 2", "column 3"), loaded.headers());
    flow.applyMapping(Arrays.asList("first_name", "email", ""));
    ValidationSession session = flow.validate();
    assertEquals(List.of("first_name", "email", "phone"), session.table().columns());
    assertArrayEquals(new String[] {"Bob", "bob@example.com", ""}, session.table().row(1),
        "the ignored column's values are gone");
  }

  @Test
  void anAppliedMappingAssignsWhatItIsGivenAndNothingTheMatcherWouldHaveSuggested() {
    ImportSession flow = loaded("Name;Email;Phone\nAnna;a@example.com;123\n", 0, true);
    flow.finishLoad();
    assertEquals("phone", flow.suggestMapping(null).matches().get(2).column(),
        "the matcher would map Phone");
    var mapping = flow.applyMapping(Arrays.asList("first_name", null));
    assertEquals(Arrays.asList("first_name", null, null),
        mapping.matches().stream().map(m -> m.column()).toList());
    assertEquals(List.of(MatchKind.MANUAL, MatchKind.NONE, MatchKind.NONE),
        mapping.matches().stream().map(m -> m.kind()).toList());
    assertEquals(List.of("Name", "Email", "Phone"),
        mapping.matches().stream().map(m -> m.header()).toList());
  }

  @Test
  void editsReplaceAllAndDeletesAreUndoneAndRedoneStepByStep() {
    ImportSession flow = loaded("Name;Email\nAnna;a@example.com\nBob;broken\nCy;c@example.com\n",
        0, true);
    flow.finishLoad();
    flow.applyMapping(List.of("first_name", "email"));
    ValidationSession session = flow.validate();
    assertEquals(1, session.summary().errorRows());

    flow.filter(true, null, null);
    assertEquals(1, flow.viewSize());
    assertEquals(1, flow.viewRow(0));
    flow.filter(false, null, null);
    assertEquals(3, flow.viewSize());

    flow.edit(1, "email", "b@example.com");
    assertEquals(0, session.summary().errorRows());
    assertEquals(0, flow.replaceAll("email", "@nowhere", "x"));
    assertEquals(3, flow.replaceAll("email", "@example.com", "@example.org"));
    assertEquals("a@example.org", session.table().get(0, 1));
    assertEquals("b@example.org", session.table().get(1, 1));
    flow.deleteRow(2);
    assertTrue(session.table().isDeleted(2));

    assertTrue(flow.undo());
    assertFalse(session.table().isDeleted(2));
    assertTrue(flow.undo());
    assertEquals("a@example.com", session.table().get(0, 1), "replace all is one step");
    assertEquals("b@example.com", session.table().get(1, 1));
    assertTrue(flow.undo());
    assertEquals(1, session.summary().errorRows());
    assertFalse(flow.undo());
    assertTrue(flow.redo());
    assertEquals(0, session.summary().errorRows());
    assertTrue(flow.canRedo());
    flow.edit(0, "first_name", "Ann");
    assertFalse(flow.canRedo(), "a new step forgets what was undone");
  }

  @Test
  void submittingHandsOverValidRowsInBatchesAndTheRejectedCsvKeepsTheRest() {
    ImportSession flow = loaded("Name;Email\nAnna;a@example.com\nBob;broken\nCy;C@Example.com\n"
        + "Di;d@example.com\n", 0, true);
    flow.finishLoad();
    flow.suggestMapping(null);
    flow.validate();
    assertEquals(3, flow.prepareSubmit());
    assertArrayEquals(new int[] {0, 2, 3}, flow.submittedRows());
    assertArrayEquals(new int[] {3}, flow.batchRows(1, 2));
    OutputText first = flow.batch(0, 2);
    assertEquals(2, first.rows());
    assertArrayEquals(new String[] {"Cy", "C@example.com", ""}, first.row(first.text(), 1));
    String rejected = flow.rejectedCsv(MessageCatalog.english());
    assertTrue(rejected.startsWith("first_name,email,phone,"), rejected);
    assertTrue(rejected.contains("Bob,broken,"), rejected);
    assertFalse(rejected.contains("Anna"), rejected);
  }

  @Test
  void aRejectedRowsFileFixedInASpreadsheetComesBackValidThoughItsRiskyCellsWereMarked() {
    Importer orders = Importer.builder("orders")
        .column(Column.builder("email").label("Email").type(new ColumnType.Email()))
        .column(Column.builder("phone").label("Phone").type(new ColumnType.Phone("US")).unique())
        .column(Column.builder("amount").label("Amount").type(
            new ColumnType.DecimalType(null, null, null)))
        .invalidRowPolicy(InvalidRowPolicy.EXCLUDE)
        .allowExtraColumns(true)
        .build();
    ImportSession first = commaLoaded(orders, "Email,Phone,Amount\n"
        + "ann@example.com,+1 (415) 555-0134,12.5\nbroken,+1 (613) 555-0135,-3\n");
    String rejected = first.rejectedCsv(MessageCatalog.english());
    // the writer marks a cell a spreadsheet would run as a formula; a plain number is left alone
    assertTrue(rejected.contains(",'+1 (613) 555-0135,-3,"), rejected);

    ImportSession second = commaLoaded(orders, rejected.replace("broken", "bob@example.com"));
    assertEquals(1, second.prepareSubmit(), "the fixed row is valid, its marked phone too");
    OutputText handed = second.batch(0, 10);
    assertArrayEquals(new String[] {"bob@example.com", "+1 (613) 555-0135", "-3"},
        Arrays.copyOf(handed.row(handed.text(), 0), 3));
  }

  @Test
  void anOutlookOrMysqlDateOfZerosIsNoDateBlankInTheHandOverAndMissingWhereRequired() {
    Importer contacts = Importer.builder("contacts")
        .column(Column.builder("name").label("Name"))
        .column(Column.builder("birthday").label("Birthday").type(new ColumnType.Date(List.of())))
        .column(Column.builder("since").label("Since").required(true).allowBlank(false)
            .type(new ColumnType.DateTime(List.of())))
        .invalidRowPolicy(InvalidRowPolicy.EXCLUDE)
        .build();
    ImportSession flow = commaLoaded(contacts, "Name,Birthday,Since\n"
        + "Anna,0/0/00,2024-03-14 09:30\nBob,3/14/1990,0000-00-00 00:00:00\n");
    List<ValidationIssue> issues = flow.validation().allIssues();
    assertEquals(1, issues.size(), issues.toString());
    assertEquals("VALUE_REQUIRED", issues.get(0).code());
    assertEquals(1, issues.get(0).row());
    assertEquals(1, flow.prepareSubmit());
    OutputText handed = flow.batch(0, 10);
    assertArrayEquals(new String[] {"Anna", "", "2024-03-14 09:30"},
        Arrays.copyOf(handed.row(handed.text(), 0), 3));
  }

  /** A comma-separated file through the parser, validated with the importer's own mapping. */
  private static ImportSession commaLoaded(Importer importer, String csv) {
    ImportSession flow = new ImportSession(importer, new PortableSha256());
    SourceText text = new SourceText();
    ImportSession.Loader loader = flow.beginLoad(0, text, '"', n -> "column " + n);
    CsvParser parser = new CsvParser(CsvFormat.RFC4180, loader, text);
    parser.feed(csv);
    parser.finish();
    flow.finishLoad();
    flow.suggestMapping(null);
    flow.validate();
    return flow;
  }

  @Test
  void aGoogleContactsExportsValueColumnsAreSuggestedOverTheirTypeColumnsByWhatTheyHold()
      throws Exception {
    // "E-mail 1 - Type" (* Home) and "E-mail 1 - Value" (the address) match a column named Email
    // equally by name; the shorter name used to win, and every row's email was "* Home"
    Importer crm = Importer.builder("crm")
        .column(Column.builder("first_name").label("First name"))
        .column(Column.builder("last_name").label("Last name"))
        .column(Column.builder("email").label("Email").type(new ColumnType.Email()))
        .column(Column.builder("phone").label("Phone").type(new ColumnType.Phone("US")))
        .column(Column.builder("company").label("Company"))
        .allowExtraColumns(true)
        .build();
    String csv;
    try (java.io.InputStream in =
        ImportSessionTest.class.getResourceAsStream("/flow/google-contacts.csv")) {
      csv = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    ImportSession flow = commaLoaded(crm, csv);
    java.util.Map<String, String> headerOf = new java.util.HashMap<>();
    flow.mapping().matches().stream().filter(m -> m.column() != null)
        .forEach(m -> headerOf.put(m.column(), m.header()));
    assertEquals("Given Name", headerOf.get("first_name"));
    assertEquals("Family Name", headerOf.get("last_name"));
    assertEquals("E-mail 1 - Value", headerOf.get("email"));
    assertEquals("Phone 1 - Value", headerOf.get("phone"));
    // the first of a numbered group is its main one: "Organization 1 - Name" is a company's name
    assertEquals("Organization 1 - Name", headerOf.get("company"));
    assertEquals(0, flow.validation().summary().errorRows());
  }

  @Test
  void theRowLimitStopsLoadingAndSaysSo() {
    ImportSession flow = new ImportSession(CONTACTS, new PortableSha256());
    flow.maxRows(2);
    ImportSession.Loader loader = flow.beginLoad(0, null, '"', n -> "column " + n);
    assertThrows(ImportSession.RowLimitReached.class, () -> CsvParser.parse(
        "Name;Email\nA;a@x.org\nB;b@x.org\nC;c@x.org\n",
        CsvFormat.RFC4180.toBuilder().delimiter(';').build(), loader));
    ImportSession.Loaded loaded = flow.finishLoad();
    assertTrue(loaded.rowLimitHit());
    assertEquals(2, loaded.rows());
  }

  @Test
  void aSizeHintLoadsTheSameRowsWhateverItSaysAndTheRowLimitStillHolds() {
    StringBuilder csv = new StringBuilder("Name;Email\n");
    for (int i = 0; i < 3000; i++) {
      csv.append(i % 7 == 0 ? "\"N\n" + i + "\"" : "N" + i);
      csv.append(";n").append(i).append("@x.org\n");
    }
    String text = csv.toString();
    CsvFormat format = CsvFormat.RFC4180.toBuilder().delimiter(';').build();
    for (int maxRows : new int[] {Integer.MAX_VALUE, 999, 1000, 1001, 2500}) {
      String[] want = null;
      double[] hints = {0, text.length(), text.length() / 50.0, text.length() * 9.0};
      for (double hint : hints) {
        ImportSession flow = new ImportSession(CONTACTS, new PortableSha256());
        SourceText kept = new SourceText();
        ImportSession.Loader loader = flow.beginLoad(0, kept, '"', n -> "column " + n);
        flow.expectChars(hint);
        flow.maxRows(maxRows);
        CsvParser parser = new CsvParser(format, loader, kept);
        try {
          for (int at = 0; at < text.length(); at += 4096) {
            parser.feed(text.substring(at, Math.min(text.length(), at + 4096)));
          }
          parser.finish();
        } catch (ImportSession.RowLimitReached stop) {
          // said by the load
        }
        ImportSession.Loaded loaded = flow.finishLoad();
        assertEquals(Math.min(3000, maxRows), loaded.rows(), "hint " + hint);
        assertEquals(maxRows < 3000, loaded.rowLimitHit());
        String[] rows = {flow.sourceRow(0)[0], flow.sourceRow(loaded.rows() - 1)[1],
            String.valueOf(flow.sourceLine(loaded.rows() - 1)), flow.sourceRow(994)[0]};
        if (want == null) {
          want = rows;
        }
        assertArrayEquals(want, rows, "hint " + hint + ", at most " + maxRows + " rows");
      }
    }
  }

  @Test
  void onlyTheFirstParseIssuesAreKeptAndAllAreCounted() {
    StringBuilder csv = new StringBuilder("Name;Email\n");
    for (int i = 0; i < 300; i++) {
      csv.append("A;a").append(i).append("@x.org;extra\n"); // a field past the header's width
    }
    ImportSession flow = loaded(csv.toString(), 0, true);
    ImportSession.Loaded loaded = flow.finishLoad();
    assertEquals(ImportSession.MAX_KEPT_PARSE_ISSUES, loaded.parseIssues().size());
    assertEquals(300, loaded.parseIssueCount());
    assertEquals(300, loaded.rows());
  }

  @Test
  void columnOperationsChangeManyCellsAsOneUndoableStepAndRevalidate() {
    ImportSession flow = loaded("Full name;Email;Tel\nAnna Berg;a@example.com;\n"
        + "Bob;bad;\n  cy  DAHL ;C@EXAMPLE.COM;555\n", 0, true);
    flow.finishLoad();
    flow.applyMapping(Arrays.asList("first_name", "email", "phone"));
    ValidationSession session = flow.validate();
    assertEquals(1, session.summary().errorRows());

    assertEquals(2, flow.splitColumn("first_name", " ", "first_name", "phone",
        ImportSession.Scope.ALL_ROWS), "Bob has nothing to split");
    assertArrayEquals(new String[] {"Anna", "a@example.com", "Berg"}, session.table().row(0));
    assertArrayEquals(new String[] {"Bob", "bad", ""}, session.table().row(1),
        "no delimiter: all of it to the first column");
    assertArrayEquals(new String[] {"cy", "C@EXAMPLE.COM", "DAHL"}, session.table().row(2));
    assertTrue(flow.undo());
    assertArrayEquals(new String[] {"Anna Berg", "a@example.com", ""}, session.table().row(0));
    assertTrue(flow.redo());

    assertEquals(3, flow.mergeColumns("first_name", "phone", " ", "first_name",
        ImportSession.Scope.ALL_ROWS) + 1, "Bob has nothing to merge");
    assertEquals("Anna Berg", session.table().get(0, 0));
    assertEquals("Bob", session.table().get(1, 0));

    assertEquals(3, flow.transformColumn("first_name", ImportSession.CellTransform.UPPER,
        ImportSession.Scope.ALL_ROWS));
    assertEquals("CY DAHL", session.table().get(2, 0));
    assertEquals(3, flow.transformColumn("first_name", ImportSession.CellTransform.TITLE,
        ImportSession.Scope.ALL_ROWS));
    assertEquals("Anna Berg", session.table().get(0, 0));
    assertEquals("Cy Dahl", session.table().get(2, 0));

    flow.filter(true, "email", null);
    assertEquals(1, flow.setValue("email", "bob@example.com", ImportSession.Scope.SHOWN_ROWS));
    assertEquals(0, session.summary().errorRows(), "the set value is validated");
    assertEquals("a@example.com", session.table().get(0, 1), "rows not shown are left alone");
    flow.filter(false, null, null);

    assertEquals(1, flow.fillBlanks("phone", "n/a", ImportSession.Scope.ALL_ROWS));
    assertEquals("n/a", session.table().get(1, 2));
    assertEquals("Berg", session.table().get(0, 2), "a cell with a value keeps it");

    assertEquals(2, flow.setCells("email", new int[] {0, 2}, new String[] {"x@example.com",
        "C@EXAMPLE.COM"}) + 1, "an unchanged cell is no change");
    assertTrue(flow.undo());
    assertEquals("a@example.com", session.table().get(0, 1));
    assertThrows(IllegalArgumentException.class, () -> flow.splitColumn("first_name", " ",
        "phone", "phone", ImportSession.Scope.ALL_ROWS));
  }

  @Test
  void aUniqueColumnSetToOneValueOnThousandsOfRowsIsOneStepAndUndoesCleanly() {
    // more rows than ImportSession.BULK_EDITS: the step rebuilds the unique group once
    StringBuilder csv = new StringBuilder("Full name;Email;Tel\n");
    int rows = 3 * ImportSession.BULK_EDITS;
    for (int r = 0; r < rows; r++) {
      csv.append("N").append(r).append(";n").append(r).append("@example.com;\n");
    }
    ImportSession flow = loaded(csv.toString(), 0, true);
    flow.finishLoad();
    flow.applyMapping(Arrays.asList("first_name", "email", "phone"));
    ValidationSession session = flow.validate();
    assertEquals(0, session.summary().errorRows());

    assertEquals(rows, flow.setValue("email", "same@example.com", ImportSession.Scope.ALL_ROWS));
    assertEquals(rows, session.summary().errorRows(), "every row now shares its email");
    assertEquals(rows, session.summary().byCode().get("DUPLICATE_VALUE"));
    assertEquals(ValidationSession.validate(CONTACTS, session.table(), new PortableSha256())
        .allIssues(), session.allIssues(), "as a full validation finds them");

    assertTrue(flow.undo());
    assertEquals(0, session.summary().errorRows(), "the step undone, the emails are unique again");
    assertEquals("n7@example.com", session.table().get(7, 1));
    assertTrue(flow.redo());
    assertEquals(rows, session.summary().errorRows());
    flow.edit(5, "email", "five@example.com");
    assertEquals(rows - 1, session.summary().errorRows(), "one edit takes a row out of the group");
  }

  @Test
  void unknownEnumValuesAreCountedWithASuggestionAndMappedAtOnceAsOneStep() {
    Importer plans = Importer.builder("plans")
        .column(Column.builder("name"))
        .column(Column.builder("plan").type(new ColumnType.EnumType(List.of(
            new dev.sluice.core.schema.EnumOption("free", "Free", List.of()),
            new dev.sluice.core.schema.EnumOption("pro", "Professional", List.of("Premium"))))))
        .build();
    ImportSession flow = new ImportSession(plans, new PortableSha256());
    StringBuilder csv = new StringBuilder("Name;Plan\n");
    String[] plansWritten = {"free", "Proffesional", "Gold", " gold ", "Premium", "Frei", "Gold"};
    for (int i = 0; i < 70; i++) {
      csv.append("N").append(i).append(';').append(plansWritten[i % plansWritten.length])
          .append('\n');
    }
    CsvParser.parse(csv.toString(), CsvFormat.RFC4180.toBuilder().delimiter(';').build(),
        flow.beginLoad(0, null, '"', n -> "column " + n));
    flow.finishLoad();
    flow.suggestMapping(null);
    ValidationSession session = flow.validate();
    assertEquals(50, session.summary().errorRows(), "Gold twice, gold, Proffesional, Frei");

    ImportSession.UnknownValues unknown = flow.unknownValues("plan", 500);
    assertEquals(4, unknown.distinct());
    assertEquals(new ImportSession.UnknownValue("Gold", 20, null), unknown.values().get(0));
    assertEquals(new ImportSession.UnknownValue("Proffesional", 10, "pro"),
        unknown.values().stream().filter(v -> v.value().equals("Proffesional")).findFirst()
            .orElseThrow(), "a misspelled label suggests its option");
    assertEquals(2, flow.unknownValues("plan", 2).values().size());
    assertEquals(4, flow.unknownValues("plan", 2).distinct());
    assertEquals(0, flow.unknownValues("name", 10).distinct(), "not an enum column");

    assertEquals(40, flow.mapValues("plan", java.util.Map.of("Gold", "pro", "gold", "pro",
        "Frei", "free")));
    assertEquals(10, session.summary().errorRows(), "Proffesional was left invalid");
    assertEquals("pro", session.table().get(2, 1));
    assertTrue(flow.undo());
    assertEquals(50, session.summary().errorRows(), "one step");
  }

  @Test
  void unmatchedColumnsKeptAsNamedCustomFieldsAreHandedOverAsWrittenAndRemembered() {
    Importer open = contacts(true);
    ImportSession flow = new ImportSession(open, new PortableSha256());
    CsvParser.parse("Name;Email;Team;Notes\nAnna;a@example.com;Red;vip\n",
        CsvFormat.RFC4180.toBuilder().delimiter(';').build(),
        flow.beginLoad(0, null, '"', n -> "column " + n));
    flow.finishLoad();
    flow.suggestMapping(null);
    assertThrows(IllegalArgumentException.class, () -> flow.applyMapping(
        Arrays.asList("first_name", "email", null, null), java.util.Map.of(2, "email")),
        "a column's key is no custom name");
    assertThrows(IllegalArgumentException.class, () -> flow.applyMapping(
        Arrays.asList("first_name", "email", null, null), java.util.Map.of(2, " ")));
    IllegalArgumentException proto = assertThrows(IllegalArgumentException.class,
        () -> flow.applyMapping(Arrays.asList("first_name", "email", null, null),
            java.util.Map.of(2, "__proto__")), "a JavaScript object cannot hold it as a field");
    assertEquals("CUSTOM_NAME_RESERVED", proto.getMessage());
    var mapping = flow.applyMapping(Arrays.asList("first_name", "email", null, null),
        java.util.Map.of(2, " Team colour "));
    assertEquals(List.of("Team colour"), mapping.customColumnKeys());
    assertEquals(List.of("Notes"), mapping.extraColumnKeys());
    ValidationSession session = flow.validate();
    assertEquals(List.of("first_name", "email", "phone", "Team colour", "Notes"),
        session.table().columns());
    assertEquals(1, flow.prepareSubmit());
    OutputText batch = flow.batch(0, 1);
    assertArrayEquals(new String[] {"Anna", "a@example.com", "", "Red", "vip"},
        batch.row(batch.text(), 0));

    // remembered with the mapping: the next import of the same headers keeps the field
    var remembered = mapping.remember();
    assertEquals(java.util.Map.of("team", "Team colour"), remembered.custom());
    ImportSession next = new ImportSession(open, new PortableSha256());
    CsvParser.parse("Name;Email;Team;Notes\nBo;b@example.com;Blue;\n",
        CsvFormat.RFC4180.toBuilder().delimiter(';').build(),
        next.beginLoad(0, null, '"', n -> "column " + n));
    next.finishLoad();
    assertEquals(List.of("Team colour"), next.suggestMapping(remembered).customColumnKeys());

    ImportSession closed = new ImportSession(CONTACTS, new PortableSha256());
    CsvParser.parse("Name;Email;Team\nAnna;a@example.com;Red\n",
        CsvFormat.RFC4180.toBuilder().delimiter(';').build(),
        closed.beginLoad(0, null, '"', n -> "column " + n));
    closed.finishLoad();
    IllegalArgumentException off = assertThrows(IllegalArgumentException.class,
        () -> closed.applyMapping(Arrays.asList("first_name", "email", null),
            java.util.Map.of(2, "Team")));
    assertEquals("CUSTOM_COLUMNS_OFF", off.getMessage());
  }

  @Test
  void whatHooksReportCountsLikeAnyIssueIsReplacedOnTheNextCheckAndGoesWithAnEdit() {
    Importer blocking = Importer.builder("contacts")
        .column(Column.builder("first_name").required(true))
        .column(Column.builder("email").type(new ColumnType.Email()).required(true)
            .transforms(Transform.TRIM, Transform.NORMALIZE))
        .build();
    ImportSession flow = new ImportSession(blocking, new PortableSha256());
    CsvParser.parse("Name;Email\nAnna;A@Example.com\nBob;b@example.com\nCy;c@example.com\n",
        CsvFormat.RFC4180.toBuilder().delimiter(';').build(),
        flow.beginLoad(0, null, '"', n -> "column " + n));
    flow.finishLoad();
    flow.suggestMapping(null);
    ValidationSession session = flow.validate();

    ImportSession.HookPage page = flow.hookPage("email", 0, 10);
    assertArrayEquals(new int[] {0, 1, 2}, page.rows());
    assertArrayEquals(new String[] {"A@example.com", "b@example.com", "c@example.com"},
        page.values(), "the values as they are handed over");
    var source = ValidationSession.HookSource.CELL;
    assertEquals(1, flow.applyHookResults(source, "email", page.rows(), List.of(
        new ImportSession.HookResult(1, "email", null, "UNKNOWN_CUSTOMER",
            dev.sluice.core.schema.Severity.ERROR, "Not a customer of ours"),
        new ImportSession.HookResult(2, "email", "cy@example.com", null, null, null))));
    assertEquals(1, session.summary().errorRows());
    assertEquals("Not a customer of ours", dev.sluice.core.validate.IssueMessages.format(
        session.issues(1).get(0), blocking, MessageCatalog.english()));
    assertEquals(-1, flow.prepareSubmit(), "the block policy honours a hook's error");
    flow.filter(true, null, "UNKNOWN_CUSTOMER");
    assertEquals(1, flow.viewSize());
    flow.filter(false, null, null);
    assertEquals("cy@example.com", session.table().get(2, 1));
    assertArrayEquals(new int[] {2}, flow.lastChangedRows());

    // deleted and restored, the row keeps what the hook said; an edit of the cell drops it
    flow.deleteRow(1);
    assertEquals(0, session.summary().errorRows());
    assertTrue(flow.undo());
    assertEquals(1, session.summary().errorRows());
    flow.edit(1, "email", "bob@example.com");
    assertEquals(0, session.summary().errorRows(), "checked again by the hook, not kept stale");

    // the next check of those rows replaces the hook's issues
    flow.applyHookResults(source, "email", new int[] {0, 1, 2}, List.of(
        new ImportSession.HookResult(0, "email", null, null,
            dev.sluice.core.schema.Severity.WARNING, "Looks like a shared inbox")));
    assertEquals(0, session.summary().errorRows());
    assertEquals(1, session.summary().warningRows());
    assertEquals(ValidationSession.HOOK_ISSUE, session.issues(0).get(0).code());

    // a row hook reports on any column; its next run on the row replaces what it said
    var row = ValidationSession.HookSource.ROW;
    ImportSession.HookPage rows = flow.hookPage(null, 0, 2);
    assertEquals(List.of("first_name", "email"), rows.columns());
    assertEquals("Anna", rows.values()[0]);
    flow.applyHookResults(row, null, rows.rows(), List.of(
        new ImportSession.HookResult(1, "first_name", null, "NAME_MISMATCH",
            dev.sluice.core.schema.Severity.ERROR, "Name differs from the CRM")));
    assertEquals(1, session.summary().errorRows());
    flow.applyHookResults(row, null, rows.rows(), List.of());
    assertEquals(0, session.summary().errorRows());
  }

  /** Feeds a sheet's rows as the workbook reader gives them (no empty rows, no trailing blanks). */
  private static ImportSession.Loaded sheet(ImportSession flow, int headerIndex,
      List<List<String>> rows) {
    ImportSession.Loader loader = flow.beginLoad(headerIndex, null, '"', n -> "column " + n);
    try {
      for (int r = 0; r < rows.size(); r++) {
        String[] cells = rows.get(r).toArray(new String[0]);
        if (cells.length == 0) {
          continue; // the reader gives no empty row
        }
        loader.sheetRow(Arrays.copyOf(cells, cells.length + 3), cells.length, r + 1);
      }
    } catch (ImportSession.RowLimitReached stop) {
      // as the worker: the load says so
    }
    return flow.finishLoad();
  }

  @Test
  void aSheetsHeaderIsFoundBelowAReportsTitleAndBlankRowsAsInACsvFile() {
    List<List<String>> rows = new java.util.ArrayList<>(List.of(
        List.of("Contacts exported 2024-03-01"), List.of(), List.of("", "by the sales team"),
        List.of("Vorname", "E-Mail", "Tel"), List.of("Anna", "anna@example.com", "+41 44 000")));
    for (int r = 0; r < 120; r++) { // past the rows the header is looked for in
      rows.add(List.of("P" + r, "p" + r + "@example.com", "0" + r));
    }
    ImportSession flow = new ImportSession(CONTACTS, new PortableSha256());
    ImportSession.Loaded loaded = sheet(flow, ImportSession.HEADER_DETECTED, rows);
    assertEquals(2, loaded.headerIndex(), "the blank row is no row of the sheet's reader");
    assertEquals(List.of("Vorname", "E-Mail", "Tel"), loaded.headers());
    assertEquals(121, loaded.rows());
    assertArrayEquals(new String[] {"Anna", "anna@example.com", "+41 44 000"}, flow.sourceRow(0));
    assertArrayEquals(new String[] {"P119", "p119@example.com", "0119"}, flow.sourceRow(120));
    assertEquals(5, flow.sourceLine(0), "the row number in the sheet");
    assertEquals(List.of(1, 3, 4, 5), flow.sheetRowNumbers().subList(0, 4),
        "the first rows' numbers in the sheet: the empty row 2 is none of them");

    // a short sheet, found at the end; a given header row is taken as given
    ImportSession.Loaded shortSheet = sheet(flow, ImportSession.HEADER_DETECTED, rows.subList(0, 6));
    assertEquals(2, shortSheet.headerIndex());
    assertEquals(2, shortSheet.rows());
    ImportSession.Loaded given = sheet(flow, 0, rows.subList(0, 6));
    assertEquals(0, given.headerIndex());
    assertEquals(List.of("Contacts exported 2024-03-01", "column 2", "column 3"), given.headers(),
        "the title as the header: the table's other columns unnamed, none cut off");
  }

  @Test
  void aSheetOfNumbersAndDatesHasNoHeaderAndTheRowLimitHoldsWhileTheHeaderIsLookedFor() {
    List<List<String>> rows = new java.util.ArrayList<>();
    for (int r = 0; r < 80; r++) {
      rows.add(List.of(Integer.toString(r), "2024-01-" + (10 + r % 20), "19.99"));
    }
    ImportSession flow = new ImportSession(CONTACTS, new PortableSha256());
    ImportSession.Loaded loaded = sheet(flow, ImportSession.HEADER_DETECTED, rows);
    assertEquals(-1, loaded.headerIndex());
    assertEquals(List.of("column 1", "column 2", "column 3"), loaded.headers());
    assertEquals(80, loaded.rows());
    assertArrayEquals(new String[] {"0", "2024-01-10", "19.99"}, flow.sourceRow(0));

    flow.maxRows(10);
    ImportSession.Loaded limited = sheet(flow, ImportSession.HEADER_DETECTED, rows.subList(0, 30));
    assertTrue(limited.rowLimitHit());
    assertEquals(10, limited.rows());
  }

  @Test
  void aSheetsValuesRightOfItsHeaderAreKeptAsUnnamedColumnsOrReportedWithTheirRow() {
    List<List<String>> rows = new java.util.ArrayList<>(List.of(
        List.of("Vorname", "E-Mail", "Tel"),
        List.of("Anna", "anna@example.com", "+41 44 000", "call after 5")));
    for (int r = 0; r < 60; r++) {
      rows.add(List.of("P" + r, "p" + r + "@example.com", "0" + r));
    }
    rows.add(List.of("Zoe", "zoe@example.com", "", "", "late note"));
    ImportSession flow = new ImportSession(CONTACTS, new PortableSha256());
    ImportSession.Loaded loaded = sheet(flow, ImportSession.HEADER_DETECTED, rows);
    assertEquals(List.of("Vorname", "E-Mail", "Tel", "column 4"), loaded.headers(),
        "a note beside the table in the first rows: a column of its own");
    assertArrayEquals(new String[] {"Anna", "anna@example.com", "+41 44 000", "call after 5"},
        flow.sourceRow(0));
    assertEquals(1, loaded.parseIssueCount(), "the wider row past the first rows");
    dev.sluice.core.parse.ParseIssue issue = loaded.parseIssues().get(0);
    assertEquals("SHEET_ROW_WIDER", issue.code());
    assertEquals(63, issue.position().line(), "its row in the sheet");
    assertEquals(4, issue.arguments().get("expected"));
    assertEquals(5, issue.arguments().get("actual"));
    assertEquals("Row 63 of the sheet has values in 5 columns but the table has 4: the values "
        + "right of column 4 are not imported. Give those columns a header in the workbook, or "
        + "choose another header row.", MessageCatalog.english().format(issue.code(),
            issue.arguments()));

    // a stray value far right adds at most 64 unnamed columns
    List<String> far = new java.util.ArrayList<>(java.util.Collections.nCopies(16000, ""));
    far.set(0, "x");
    far.set(15999, "stray");
    ImportSession.Loaded stray = sheet(flow, 0, List.of(List.of("a", "b"), far));
    assertEquals(66, stray.headers().size());
    assertEquals(1, stray.parseIssueCount());
  }

  @Test
  void blankRowsASpreadsheetWritesBelowItsDataAreNoRowsOfTheImport() {
    String csv = "Vorname;E-Mail;Tel;\nAnna;anna@example.com;;\n;;;\n\"\";\"\";;\n"
        + "Bob;bob@example.com;;\n ;;;\n;;;\n;;;\n";
    for (boolean spans : new boolean[] {true, false}) {
      ImportSession flow = loaded(csv, 0, spans);
      ImportSession.Loaded loaded = flow.finishLoad();
      assertEquals(3, loaded.rows(), "Anna, Bob and the row holding a space");
      assertEquals(5, flow.sourceLine(1), "Bob keeps his line");
      assertEquals(" ", flow.sourceRow(2)[0], "a space is a value");
      assertEquals(0, loaded.parseIssueCount());
    }
  }

  @Test
  void aHeaderRepeatedWhereFilesWereJoinedIsLeftOutAndListedWithItsLine() {
    String part = "Vorname;E-Mail;Tel\nAnna;anna@example.com;1\n";
    String csv = part + "\uFEFF" + part.replace("Anna", "Bob") // a byte order mark at the join
        + "\n\"Vorname\";\"E-Mail\";Tel\nCem;cem@example.com;\n" // quoted this time
        + "Vorname;E-Mail;Telefon\nVorname;E-Mail\nVorname;E-Mail;Tel;x\n";
    for (boolean spans : new boolean[] {true, false}) {
      ImportSession flow = loaded(csv, 0, spans);
      ImportSession.Loaded loaded = flow.finishLoad();
      assertEquals(6, loaded.rows(), "Anna, Bob, Cem and three rows that differ from the header");
      assertArrayEquals(new String[] {"Bob", "anna@example.com", "1"}, flow.sourceRow(1));
      assertEquals(7, flow.sourceLine(2), "Cem keeps his line");
      assertArrayEquals(new String[] {"Vorname", "E-Mail", "Telefon"}, flow.sourceRow(3));
      assertEquals(List.of("REPEATED_HEADER 3", "REPEATED_HEADER 6", "RAGGED_ROW 9",
          "RAGGED_ROW 10"), loaded.parseIssues().stream()
          .map(i -> i.code() + " " + i.position().line()).toList());
      assertEquals("Line 3 repeats the header row and was left out: the file may be several "
          + "files joined together.", MessageCatalog.english().format("REPEATED_HEADER",
              loaded.parseIssues().get(0).arguments()));
    }

    // doubled quotes in the header; a one-column file; no header, nothing repeated
    String quoted = "\"say \"\"hi\"\"\";b\n1;2\n\"say \"\"hi\"\"\";b\n3;4\n";
    String oneColumn = "Email\na@x.org\nEmail\nb@x.org\n";
    for (boolean spans : new boolean[] {true, false}) {
      assertEquals(2, loaded(quoted, 0, spans).finishLoad().rows());
      assertEquals(2, loaded(oneColumn, 0, spans).finishLoad().rows());
      assertEquals(4, loaded(oneColumn, -1, spans).finishLoad().rows());
    }

    // a sheet's header repeated further down (two tables pasted one under the other)
    List<List<String>> rows = java.util.Arrays.asList(java.util.Arrays.asList("Vorname", null,
        "E-Mail"), List.of("Anna", "", "a@x.org"), java.util.Arrays.asList("Vorname", null,
        "E-Mail"), List.of("Bob", "", "b@x.org"), List.of("Vorname"));
    ImportSession flow = new ImportSession(CONTACTS, new PortableSha256());
    ImportSession.Loaded sheet = sheet(flow, 0, rows);
    assertEquals(3, sheet.rows());
    assertArrayEquals(new String[] {"Bob", "", "b@x.org"}, flow.sourceRow(1));
    assertEquals(3, sheet.parseIssues().get(0).position().line(), "its row in the sheet");
  }

  @Test
  void aColumnWithNoHeaderAndNoValueIsSuggestedAsNotImported() {
    String csv = "Vorname;E-Mail;;;\nAnna;anna@example.com;;note;\nBob;bob@example.com;;;\n";
    for (boolean spans : new boolean[] {true, false}) {
      ImportSession flow = loaded(csv, 0, spans);
      flow.finishLoad();
      List<dev.sluice.core.match.HeaderMatch> matches = flow.suggestMapping(null).matches();
      assertEquals(MatchKind.IGNORED, matches.get(2).kind(), "no header, no value");
      assertEquals(MatchKind.NONE, matches.get(3).kind(), "no header, a note: kept as an extra");
      assertEquals(MatchKind.IGNORED, matches.get(4).kind());
    }
  }
}
