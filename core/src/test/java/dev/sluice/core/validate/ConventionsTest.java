package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaReader;
import dev.sluice.core.schema.Transform;
import dev.sluice.core.table.ImportTable;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConventionsTest {
  private static final String SCHEMA = """
      {"version": 1, "name": "t", "columns": [
        {"key": "when", "label": "When", "type": "date", "transforms": ["normalize"]},
        {"key": "at", "label": "At", "type": "datetime", "transforms": ["normalize"]},
        {"key": "amount", "label": "Amount", "type": "currency", "transforms": ["normalize"]},
        {"key": "rate", "label": "Rate", "type": "decimal", "transforms": ["normalize"]},
        {"key": "count", "label": "Count", "type": "integer"}
      ]}
      """;

  private static Importer importer() throws Exception {
    return SchemaReader.read(new ObjectMapper().readValue(SCHEMA, Object.class));
  }

  /** A table of the schema's columns: each row's cells, a blank where a row has fewer. */
  private static ImportTable table(Importer importer, String[]... rows) {
    ImportTable table = ImportTable.forImporter(importer, List.of());
    int line = 2;
    for (String[] row : rows) {
      String[] cells = new String[importer.columns().size()];
      for (int c = 0; c < cells.length; c++) {
        cells[c] = c < row.length ? row[c] : "";
      }
      table.addRow(cells, line++);
    }
    return table;
  }

  private static ValidationSession validated(Importer importer, ImportTable table) {
    return ValidationSession.validate(Conventions.narrow(importer, table), table,
        new PortableSha256());
  }

  private static List<String> codes(ValidationSession s) {
    List<String> out = new ArrayList<>();
    s.allIssues().forEach(i -> out.add(i.row() + ":" + i.column() + ":" + i.code()));
    return out;
  }

  @Test
  void aColumnWhoseDaysPastTheTwelfthComeFirstReadsItsAmbiguousDatesDayFirst() throws Exception {
    Importer importer = importer();
    ImportTable table = table(importer, new String[] {"25/04/2024"}, new String[] {"03/04/2024"},
        new String[] {"13/01/2024"}, new String[] {"01/02/2024"}, new String[] {"30/01/2024"},
        new String[] {"2024-05-06"});
    ValidationSession s = validated(importer, table);
    assertEquals(List.of(), codes(s));
    assertEquals("2024-04-03", s.output(1)[0]);
    assertEquals("2024-02-01", s.output(3)[0]);
    assertFalse(((ColumnType.Date) s.importer().columns().get(0).type()).formats()
        .contains("M/d/uuuu"), "the month-first format is ruled out");
    assertEquals(List.of(new Conventions.Note("when", "03/04/2024", "2024-04-03", "25/04/2024")),
        Conventions.narrowed(importer, table).notes(), "what the person is told");
    // without the narrowing the same cells are ambiguous
    ValidationSession plain = ValidationSession.validate(importer, table, new PortableSha256());
    assertEquals(List.of("1:when:DATE_AMBIGUOUS", "3:when:DATE_AMBIGUOUS"), codes(plain));
  }

  @Test
  void aColumnWhoseMonthsComeFirstReadsItsAmbiguousDatesMonthFirst() throws Exception {
    Importer importer = importer();
    ImportTable table = table(importer, new String[] {"04/25/2024"}, new String[] {"03/04/2024"},
        new String[] {"01/13/2024"}, new String[] {"12/31/2024"}, new String[] {"02/14/2024"});
    ValidationSession s = validated(importer, table);
    assertEquals(List.of(), codes(s));
    assertEquals("2024-03-04", s.output(1)[0]);
  }

  @Test
  void tooLittleEvidenceOrEvidenceBothWaysLeavesTheColumnAsItIs() throws Exception {
    Importer importer = importer();
    // two cells day-first: fewer than three
    ImportTable few = table(importer, new String[] {"25/04/2024"}, new String[] {"13/01/2024"},
        new String[] {"03/04/2024"});
    assertSame(importer, Conventions.narrow(importer, few));
    // four day-first against one month-first: not twenty times as many
    ImportTable both = table(importer, new String[] {"25/04/2024"}, new String[] {"13/01/2024"},
        new String[] {"14/01/2024"}, new String[] {"15/01/2024"}, new String[] {"01/16/2024"},
        new String[] {"03/04/2024"});
    assertSame(importer, Conventions.narrow(importer, both));
    // no ambiguous cell: nothing to narrow
    ImportTable clear = table(importer, new String[] {"25/04/2024"}, new String[] {"13/01/2024"},
        new String[] {"14/01/2024"}, new String[] {"15/01/2024"});
    assertSame(importer, Conventions.narrow(importer, clear));
  }

  @Test
  void aTypoDoesNotTurnAColumnThatShowsTwentyTimesAsManyTheOtherWay() throws Exception {
    Importer importer = importer();
    List<String[]> rows = new ArrayList<>();
    for (int day = 13; day <= 28; day++) {
      rows.add(new String[] {"04/" + day + "/2024"});
      rows.add(new String[] {"05/" + day + "/2024"});
    }
    rows.add(new String[] {"13/04/2024"}); // a day-first date (or a typo) among 32 month-first
    rows.add(new String[] {"03/04/2024"});
    ImportTable table = table(importer, rows.toArray(new String[0][]));
    ValidationSession s = validated(importer, table);
    assertEquals(List.of(rows.size() - 2 + ":when:DATE_INVALID"), codes(s),
        "read month-first, the typo is no date; the ambiguous one is March 4");
    assertEquals("2024-03-04", s.output(rows.size() - 1)[0]);
  }

  @Test
  void aCellBothWaysReadAlikeIsEvidenceForNeither() throws Exception {
    Importer importer = importer();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      rows.add(new String[] {"0" + (1 + i % 9) + "/0" + (1 + i % 9) + "/2024"}); // 05/05/2024
    }
    rows.add(new String[] {"25/04/2024"});
    rows.add(new String[] {"26/04/2024"});
    rows.add(new String[] {"27/04/2024"});
    rows.add(new String[] {"03/04/2024"});
    ValidationSession s = validated(importer, table(importer, rows.toArray(new String[0][])));
    assertEquals(List.of(), codes(s));
    assertEquals("2024-04-03", s.output(rows.size() - 1)[0]);
  }

  @Test
  void dateTimesAreNarrowedAsDatesAre() throws Exception {
    Importer importer = importer();
    ImportTable table = table(importer, new String[] {"", "25/04/2024 10:00"},
        new String[] {"", "03/04/2024 10:00"}, new String[] {"", "13/01/2024 08:30"},
        new String[] {"", "30/01/2024 23:59"});
    ValidationSession s = validated(importer, table);
    assertEquals(List.of(), codes(s));
    assertEquals("2024-04-03T10:00:00", s.output(1)[1]);
  }

  @Test
  void amountsWithTwoDecimalsAfterAPointMakeTheColumnsSingleCommaGrouping() throws Exception {
    Importer importer = importer();
    ImportTable table = table(importer, new String[] {"", "", "$1,234", "1,500"},
        new String[] {"", "", "$12.50", "0.25"}, new String[] {"", "", "$1,234.56", "1.75"},
        new String[] {"", "", "$5.25", "2.5"}, new String[] {"", "", "$2,000", "3,000"});
    ValidationSession s = validated(importer, table);
    assertEquals(List.of(), codes(s));
    assertEquals("1234", s.output(0)[2]);
    assertEquals("1500", s.output(0)[3]);
    assertEquals("2000", s.output(4)[2]);
    assertEquals(".", ((ColumnType.Currency) s.importer().columns().get(2).type())
        .decimalSeparator());
    assertEquals(List.of(new Conventions.Note("amount", "$1,234", "1234", "$12.50"),
        new Conventions.Note("rate", "1,500", "1500", "0.25")),
        Conventions.narrowed(importer, table).notes());
  }

  @Test
  void amountsWithADecimalCommaMakeTheColumnsSinglePointGrouping() throws Exception {
    Importer importer = importer();
    ImportTable table = table(importer, new String[] {"", "", "1.234 €"},
        new String[] {"", "", "12,50 €"}, new String[] {"", "", "1.234,56 €"},
        new String[] {"", "", "5,25 €"}, new String[] {"", "", "€ 0,99"});
    ValidationSession s = validated(importer, table);
    assertEquals(List.of(), codes(s));
    assertEquals("1234", s.output(0)[2]);
    assertEquals("12.50", s.output(1)[2]);
  }

  @Test
  void aNumbersVoteIsTheSeparatorTheAutoReadingTellsFromItsSeparators() {
    assertEquals('.', Conventions.decimalOf("$1,234.56"));
    assertEquals('.', Conventions.decimalOf("(12.50)"));
    assertEquals('.', Conventions.decimalOf("4,244,608"), "a comma written twice groups");
    assertEquals(',', Conventions.decimalOf("26 212,74 €"));
    assertEquals(',', Conventions.decimalOf("12,5 %"));
    assertEquals(',', Conventions.decimalOf("5,-"), "no cents after a decimal comma");
    assertEquals(NumberParser.EITHER, Conventions.decimalOf("$1,234"));
    assertEquals(-1, Conventions.decimalOf("1 234"), "no separator: no vote");
    assertEquals(-1, Conventions.decimalOf("n/a"));
  }

  @Test
  void aColumnThatNamesItsOwnWayIsNotNarrowed() throws Exception {
    Importer importer = SchemaReader.read(new ObjectMapper().readValue("""
        {"version": 1, "name": "t", "columns": [
          {"key": "when", "label": "When", "type": {"name": "date", "formats": ["M/d/uuuu"]}},
          {"key": "amount", "label": "Amount",
           "type": {"name": "decimal", "decimalSeparator": ","}}]}
        """, Object.class));
    ImportTable table = table(importer, new String[] {"04/25/2024", "1,5"},
        new String[] {"04/26/2024", "12.50"}, new String[] {"04/27/2024", "1.25"},
        new String[] {"04/28/2024", "3.75"}, new String[] {"03/04/2024", "0.5"});
    assertSame(importer, Conventions.narrow(importer, table));
  }

  @Test
  void theSampleOfALargeTableReachesItsLastRows() throws Exception {
    Importer importer = importer();
    List<String[]> rows = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      // evidence only past the sample's first half: every 7th row, day-first
      rows.add(new String[] {i > 10_000 && i % 7 == 0 ? "25/04/2024" : "03/04/2024"});
    }
    ImportTable table = table(importer, rows.toArray(new String[0][]));
    int[] sample = Conventions.sampleRows(table);
    assertEquals(Conventions.SAMPLE, sample.length);
    assertEquals(0, sample[0]);
    assertTrue(sample[sample.length - 1] > 19_990, "the spread reaches the end");
    Importer narrowed = Conventions.narrow(importer, table);
    assertFalse(((ColumnType.Date) narrowed.columns().get(0).type()).formats()
        .contains("M/d/uuuu"));
  }

  @Test
  void aTextColumnWhoseCellsNearlyAllStartWithAnApostropheHasItDroppedAsASpreadsheetsMark()
      throws Exception {
    // Shopify writes every postal code with an apostrophe in front, so that Excel keeps it text
    Importer importer = SchemaReader.read(new ObjectMapper().readValue("""
        {"version": 1, "name": "t", "columns": [
          {"key": "zip", "label": "Zip"}, {"key": "city", "label": "City"}]}
        """, Object.class));
    ImportTable table = table(importer, new String[] {"'02134", "'s-Hertogenbosch"},
        new String[] {"'75001", "Paris"}, new String[] {"", "Rome"},
        new String[] {" 'M5C 1N7", "Toronto"});
    Conventions.Narrowed narrowed = Conventions.narrowed(importer, table);
    // the zips all carry it; one city of three is no evidence
    assertEquals(List.of(Transform.UNMARK), narrowed.importer().columns().get(0).transforms());
    assertEquals(List.of(), narrowed.importer().columns().get(1).transforms());
    assertEquals(List.of(new Conventions.Note("zip", "'M5C 1N7", "M5C 1N7", "'02134")),
        narrowed.notes());
    ValidationSession s = ValidationSession.validate(narrowed.importer(), table,
        new PortableSha256());
    assertArrayEquals(new String[] {"02134", "'s-Hertogenbosch"}, s.output(0));
    assertArrayEquals(new String[] {"M5C 1N7", "Toronto"}, s.output(3));
    // as another worker is told
    assertEquals(java.util.Map.of("zip", java.util.Map.of("unmark", "true")),
        Conventions.changes(importer, narrowed.importer()));
    assertEquals(narrowed.importer(), Conventions.apply(importer,
        Conventions.changes(importer, narrowed.importer())));
    // two marked cells are too few, and a column of another type is not a text column
    ImportTable few = table(importer, new String[] {"'02134"}, new String[] {"'75001"});
    assertSame(importer, Conventions.narrow(importer, few));
  }

  @Test
  void theChangesMadeOnOneWorkerNarrowTheSameImporterOnAnotherAndNothingElse() throws Exception {
    Importer importer = importer();
    ImportTable table = table(importer, new String[] {"25/04/2024", "", "$12.50"},
        new String[] {"03/04/2024", "", "$1,234"}, new String[] {"13/01/2024", "", "$5.25"},
        new String[] {"30/01/2024", "", "$1.00"});
    Importer narrowed = Conventions.narrow(importer, table);
    java.util.Map<String, Object> changes = Conventions.changes(importer, narrowed);
    assertEquals(java.util.Set.of("when", "amount"), changes.keySet());
    assertEquals(narrowed, Conventions.apply(importer, changes));
    // what narrowing may not do is left out: a format the column does not have, a separator
    // the column names itself, a column's type changed
    Importer applied = Conventions.apply(importer, java.util.Map.of(
        "when", java.util.Map.of("formats", List.of("uuuu-dd-MM")),
        "count", java.util.Map.of("decimalSeparator", ","),
        "rate", java.util.Map.of("decimalSeparator", ";"),
        "amount", java.util.Map.of("unmark", "true")));
    assertSame(importer, applied);
  }
}
