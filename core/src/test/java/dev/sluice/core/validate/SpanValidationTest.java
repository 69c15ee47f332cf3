package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.EnumOption;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.RowRule;
import dev.sluice.core.schema.Transform;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.table.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Validation of a table whose cells are spans of parsed text (the span path proves most cells
 * valid and keys unique columns where the cells lie) against the same rows added as values and
 * checked as Strings: the same issues, duplicates, summary and handed-over values.
 */
class SpanValidationTest {
  private static final String[][] POOLS = {
    {"1", "2", "7", "007", "-0", "12", "x", "", " 3", "3 "},
    {"a@example.com", "A@example.com", "a@EXAMPLE.com", "b@example.com", "bad@", "c@ex.com",
        "\"Ann\" <a@example.com>", "d@example.com", "josé@example.com", "José@example.com",
        "JOSÉ@Example.com", "josÉ@example.com", "straße@example.com", "STRASSE@example.com",
        "ÿ@example.com", "µ@example.com", "Ÿ@example.com", "дима@example.com", "a×b@example.com",
        "jos\u00E9@exämple.com"},
    {"DE", "de", "XX", "GBR", "Germany", "US"},
    {"https://www.example.org/a", "HTTP://example.org", "https://a.b:8080/x", "javascript:x",
        "example.com/path", "https://bad host"},
    {"2024-01-01", "2024-02-30", "01/02/2024", "2024-1-1", "2023-12-31"},
    {"15808.53", "1.50", "0.5", "-1", "1,000.5", "007", "abc"},
    {"free", "pro", "PRO", "gold", "Free "},
    {"Müller GmbH", "a", "quite a long text of more than twenty chars", "\"quoted, comma\"",
        "say \"\"hi\"\""},
    {"+1 415 555 0123", "555-0123", "+49 30 1234567", "abc", "+14155550123",
        "+44 (0)20 7946 0958", "0044 20 7946 0958", "(415) 555-0123", "415.555.0123",
        "+1 415 555 0123 ext. 12", "+1 015 555 0123", "1-415-555-0123", "011 49 30 1234567"},
    {"", "Gold", "silver", " Bronze ", "\"x, y\""},
    {"secret", "", "Secret ", "s3"},
    {"+442079460958", "020 7946 0958", "+44 20 7946 0958", "+44 (0)20 7946 0958", "07946 095",
        "+33 1 23 45 67 89", "+331234567 89"},
    {"2024-01-05", "5.1.2024", "Jan 5, 2024", "03/04/2024", "13/04/2024", "2024-02-30",
        "jan 5, 2024", "31.12.1999", "2024-13-01", "1999-12-31", "5.1.24", "0999-01-02"},
    {"2024-01-05", "5.1.2024", "Jan 5, 2024", "03/04/2024", "13/04/2024", "2024-02-30",
        "Feb 30, 2024", "31.12.1999", "1999-12-31", "12/31/1999"},
    {"Ines O'Brien", "Ines  O'Brien", "Ines\tO'Brien", "Ines\u00A0O'Brien", " Ines ", "Ines ",
        "José García", "A", "", "Ines O'Brien", "Ines \u2003O'Brien", "Ines O'Brien", "Émile",
        "\u2003Émile", "Zoë\u3000", "Łukasz ", "Øyvind Åsen", "東京",
        // spaces to collapse: 12 chars once collapsed (the most), 13, and 3 (too short)
        "Ines   OBrien", "Ines  O'Briens", "A  B", "Zoë \t Åsen"},
    {"Ines O'Brien", "Ines  O'Brien", "ines o'brien", "José García", "A", "B", "\"x,  y\"",
        "Émile  Zola", "Ødegård", "\u00A0Ødegård"},
    {"2024-01-05", "2024-05-01", "2024-13-01", "5.1.2024", "2024-31-12", "2024-12-31"},
    // plain text of at most 8 chars, trimmed and unique: proven by its ends alone when they are
    // visible ASCII and it is short enough (ColumnValidator.plainTextLimit)
    {"short", "exactly8", "ninechars", " padded ", "Émile", "tab\t", "x", "", "\u0001ctl",
        "Short", "\"q\"\"x\"", "a,b", "日本"},
    // plain text without a type or transform; doubled quotes in some (proven where they lie)
    {"anything", " spaced ", "", "\"x, y\"", "ß", "trailing ", "a\u00A0", "z", "say \"hi\"",
        "a \"\"b"},
    // an enum and a country handed over in normal form: the option's value, the alpha-2 code
    {"Free", "PRO", "pro", "gold", " pro", "Pro", "Team plan", "team", ""},
    {"DE", "de", "XX", "GBR", "gbr", "Germany", "GERMANY", "germany", " Germany", "United Kingdom",
        "US", "usa", "Côte d'Ivoire", ""},
    // booleans: usual spellings (proven on their spans), others that only check folds, invalid
    {"TRUE", "true", "False", "no", "Nein", "SÍ", "Si", "Aktiv", "ja!", "Vrai", "maybe", "1", ""},
    {"true", "TRUE", "False", "no", "Nein", "SÍ", "Si", "Aktiv", "ja!", "Vrai", "maybe", "1", ""},
    // a pattern, unique, at most 7 chars: proven on the span when it matches there
    {"AB-1234", "ab-1234", "AB-12345", "ÄB-1234", "CD-0000", " AB-1234", "AB-1234 ", "", "A-1",
        "\"EF-9876\"", "GH-12\u00A04"},
    // plain text of at most 6 chars with quotes: written doubled, the raw span is longer than the
    // value (a"b: 4 chars raw, proven; x"y"z: 7 raw for 5, left to the String check; a"bcdef: 7)
    {"ab", "a\"b", "x\"y\"z", "a\"bcdef", "plain6", "seven77", "", "\u00E9\"\u00E9"},
    // text of at least 3 chars whose default for a blank cell is too short: blank is invalid
    {"", "abc", "ab", "gold"},
    // text whose spreadsheet mark is dropped (unmark), as written and as a unique key
    {"'02134", "02134", " '02134", "'", "''x", "'s-Hertogenbosch", "", "M5C 1N7", "'M5C 1N7",
        "\"'q\"\"\"", "x'"},
    {"'02134", "02134", " '02134", "'", "''x", "'s-Hertogenbosch", "", "M5C 1N7", "'M5C 1N7",
        "\"'q\"\"\"", "x'"},
  };

  private static Importer importer() {
    return importerBuilder().build();
  }

  private static Importer.Builder importerBuilder() {
    return Importer.builder("spans")
        .column(Column.builder("id").type(new ColumnType.IntegerType(0.0, null, null)).unique())
        .column(Column.builder("email").type(new ColumnType.Email()).unique()
            .transforms(Transform.TRIM, Transform.NORMALIZE))
        .column(Column.builder("country").type(new ColumnType.CountryCode()))
        .column(Column.builder("site").type(new ColumnType.Url()))
        .column(Column.builder("day").type(new ColumnType.Date(List.of("uuuu-MM-dd")))
            .transforms(Transform.NORMALIZE))
        .column(Column.builder("amount").type(new ColumnType.DecimalType(0.0, null, ".")))
        .column(Column.builder("plan").type(new ColumnType.EnumType(List.of(
            new EnumOption("free", null, List.of()), new EnumOption("pro", null, List.of())))))
        .column(Column.builder("note").type(new ColumnType.Text(2, 20, null)).unique())
        .column(Column.builder("phone").type(new ColumnType.Phone("US"))
            .transforms(Transform.NORMALIZE))
        .column(Column.builder("tier").defaultValue("none").transforms(Transform.LOWER))
        .column(Column.builder("token").transforms(Transform.TRIM, Transform.HASH))
        .column(Column.builder("mobile").type(new ColumnType.Phone("GB")).unique()
            .transforms(Transform.NORMALIZE))
        .column(Column.builder("since").type(new ColumnType.Date(List.of("uuuu-MM-dd",
            "d.M.uuuu", "MMM d, uuuu", "d/M/uuuu", "M/d/uuuu"))).unique()
            .transforms(Transform.NORMALIZE))
        .column(Column.builder("renewal").type(new ColumnType.Date(List.of("uuuu-MM-dd",
            "d.M.uuuu", "MMM d, uuuu", "d/M/uuuu", "M/d/uuuu"))).transforms(Transform.NORMALIZE))
        .column(Column.builder("name").type(new ColumnType.Text(2, 12, null)).allowBlank(false)
            .transforms(Transform.TRIM, Transform.COLLAPSE_SPACES))
        .column(Column.builder("alias").unique().transforms(Transform.COLLAPSE_SPACES))
        .column(Column.builder("legacy").type(new ColumnType.Date(List.of("uuuu-dd-MM",
            "d.M.uuuu"))).transforms(Transform.NORMALIZE))
        .column(Column.builder("label").type(new ColumnType.Text(null, 8, null)).unique()
            .transforms(Transform.TRIM))
        .column(Column.builder("memo"))
        .column(Column.builder("tier2").type(new ColumnType.EnumType(List.of(
            new EnumOption("free", "Free", List.of()), new EnumOption("pro", "Pro", List.of()),
            new EnumOption("team", "Team plan", List.of("Teams"))))).transforms(Transform.NORMALIZE))
        .column(Column.builder("land").type(new ColumnType.CountryCode())
            .transforms(Transform.TRIM, Transform.NORMALIZE))
        .column(Column.builder("active").type(new ColumnType.BooleanType(List.of("Aktiv"),
            List.of("si"))).transforms(Transform.NORMALIZE))
        .column(Column.builder("flag").type(new ColumnType.BooleanType(List.of(), List.of())))
        .column(Column.builder("code").type(new ColumnType.Text(null, 7, "[A-Z]{2}-\\d{4}"))
            .unique().transforms(Transform.TRIM))
        .column(Column.builder("title").type(new ColumnType.Text(null, 6, null)))
        .column(Column.builder("grade").type(new ColumnType.Text(3, null, null)).defaultValue("no"))
        .column(Column.builder("zip").transforms(Transform.UNMARK))
        .column(Column.builder("zipkey").unique().transforms(Transform.TRIM, Transform.UNMARK));
  }

  @Test
  void checkingABlockOfRowsAColumnAtATimeFindsWhatCheckingRowByRowFinds() {
    // columns of the pools that can be proven on their spans, blank cells with a default (tier,
    // grade: too short) and hashed (token), and two that are never blank: a row rule that reads those two (and
    // never fires) makes the session check row by row; without rules it checks blocks of rows
    // column by column (ValidationSession.columnsFirst)
    int[] pools = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14, 15, 17, 18, 19, 20, 21, 22, 23, 24, 25};
    Importer all = importer();
    Importer.Builder byColumnsBuilder = Importer.builder("blocks");
    Importer.Builder byRowsBuilder = Importer.builder("rows");
    for (int c : pools) {
      byColumnsBuilder.column(all.columns().get(c));
      byRowsBuilder.column(all.columns().get(c));
    }
    Importer byColumns = byColumnsBuilder.column(Column.builder("always"))
        .column(Column.builder("also")).build();
    Importer byRows = byRowsBuilder.column(Column.builder("always"))
        .column(Column.builder("also"))
        .rule(new RowRule.AtLeastOneOf(List.of("always", "also"), null, null)).build();
    Random random = new Random(7);
    int rows = 2_600; // two blocks of 1,024 rows and part of a third
    ImportTable table = ImportTable.forImporter(byColumns, List.of());
    for (int r = 0; r < rows; r++) {
      String[] row = new String[pools.length + 2];
      for (int i = 0; i < pools.length; i++) {
        String[] pool = POOLS[pools[i]];
        // mostly the first value of each pool, valid: rows all of whose cells are proven
        row[i] = random.nextInt(10) < 8 ? pool[0] : pool[random.nextInt(pool.length)];
      }
      if (random.nextInt(4) > 0) {
        row[0] = String.valueOf(r + 1);
        row[1] = "u" + random.nextInt(rows) + "@example.com";
        row[7] = "note " + random.nextInt(rows);
      }
      row[pools.length] = "x";
      row[pools.length + 1] = "y";
      table.addRow(row, r + 2);
    }
    for (int i = 0; i < 40; i++) {
      table.setDeleted(random.nextInt(rows), true);
    }
    ValidationSession expected = ValidationSession.validate(byRows, table, new PortableSha256());
    ValidationSession actual = ValidationSession.validate(byColumns, table, new PortableSha256());
    assertTrue(expected.summary().errors() > 0, "the pools hold invalid values");
    assertTrue(expected.summary().byCode().containsKey("DUPLICATE_VALUE"), "and duplicates");
    assertEquals(expected.allIssues(), actual.allIssues());
    assertEquals(expected.summary(), actual.summary());
    for (int r = 0; r < rows; r++) {
      if (!table.isDeleted(r)) {
        assertArrayEquals(expected.output(r), actual.output(r), "output of row " + r);
      }
    }
    assertOutputTextIsOutput(actual, random);

    // a part checked for another worker: the same verdicts, and the same as-written bits but
    // for the columns the rule reads (their cells are not checked on their spans there)
    int always = 3 << pools.length;
    ValidationSession.PartVerdicts byRow = expected.checkPart(100, 2_300);
    ValidationSession.PartVerdicts byColumn = actual.checkPart(100, 2_300);
    assertArrayEquals(byRow.clean(), byColumn.clean());
    assertArrayEquals(byRow.keyHashes(), byColumn.keyHashes());
    for (int i = 0; i < byRow.written().length; i++) {
      assertEquals(byRow.written()[i] & ~always, byColumn.written()[i] & ~always, "row " + i);
    }
  }

  @Test
  void spansOfParsedTextValidateExactlyAsTheSameRowsAddedAsValues() {
    for (long seed = 1; seed <= 6; seed++) {
      Random random = new Random(seed);
      Importer importer = importer();
      int rows = 200 + random.nextInt(300);
      StringBuilder csv = new StringBuilder();
      List<String[]> values = new ArrayList<>();
      for (int r = 0; r < rows; r++) {
        String[] row = new String[POOLS.length];
        for (int c = 0; c < row.length; c++) {
          String v = POOLS[c][random.nextInt(POOLS[c].length)];
          if (c == 1 && random.nextInt(3) == 0) {
            v = "u" + random.nextInt(rows) + "@example.com"; // mostly unique, some repeats
          }
          csv.append(c == 0 ? "" : ",");
          if (v.startsWith("\"") && v.endsWith("\"")) {
            csv.append(v); // written quoted: its value is the text inside, doubled quotes single
            v = v.substring(1, v.length() - 1).replace("\"\"", "\"");
          } else if (v.contains(",") || v.contains("\"")) {
            csv.append('"').append(v.replace("\"", "\"\"")).append('"');
          } else {
            csv.append(v);
          }
          row[c] = v;
        }
        csv.append(random.nextBoolean() ? "\n" : "\r\n");
        values.add(row);
      }
      ImportTable asValues = ImportTable.forImporter(importer, List.of());
      for (String[] row : values) {
        asValues.addRow(row, 0);
      }
      SourceText text = new SourceText();
      List<String> keys = asValues.columns();
      ImportTable asSpans = ImportTable.over(text, '"', keys);
      int[] starts = new int[keys.size()];
      int[] ends = new int[keys.size()];
      CsvParser parser = new CsvParser(CsvFormat.RFC4180, row -> {
        for (int i = 0; i < row.size(); i++) {
          starts[i] = row.start(i);
          ends[i] = row.isEscaped(i) ? ~row.end(i) : row.end(i);
        }
        asSpans.addSpans(starts, ends, row.size(), 0);
      }, text);
      String all = csv.toString();
      for (int at = 0; at < all.length(); ) {
        int to = Math.min(all.length(), at + 1 + random.nextInt(4096));
        parser.feed(all.substring(at, to));
        at = to;
      }
      parser.finish();
      for (int r = 0; r < rows; r++) {
        assertArrayEquals(asValues.row(r), asSpans.row(r), "row " + r);
      }

      ValidationSession expected = ValidationSession.validate(importer, asValues,
          new PortableSha256());
      ValidationSession actual = ValidationSession.validate(importer, asSpans,
          new PortableSha256());
      assertTrue(expected.summary().errors() > 0, "the pools hold invalid values");
      assertTrue(expected.summary().byCode().containsKey("DUPLICATE_VALUE"), "and duplicates");
      assertEquals(expected.allIssues(), actual.allIssues(), "seed " + seed);
      assertEquals(expected.summary(), actual.summary(), "seed " + seed);
      for (int r = 0; r < rows; r++) {
        assertArrayEquals(expected.output(r), actual.output(r), "output of row " + r);
      }

      // edits after loading keep both in step (edited cells leave the span path)
      for (int i = 0; i < 50; i++) {
        int r = random.nextInt(rows);
        int c = random.nextInt(POOLS.length);
        String v = POOLS[c][random.nextInt(POOLS[c].length)];
        assertArrayEquals(expected.setCell(r, c, v), actual.setCell(r, c, v));
      }
      assertEquals(expected.allIssues(), actual.allIssues(), "seed " + seed + " after edits");
      assertOutputTextIsOutput(expected, random);
      assertOutputTextIsOutput(actual, random);
    }
  }

  @Test
  void valuesOfRowsFarApartAreHandedOverWithoutTheTextBetweenThem() {
    ValidationSession session = notes(Integer.MAX_VALUE);
    session.setCell(5, 1, "edited");

    OutputText near = session.outputText(new int[] {3, 4, 5, 6}, 0, 4);
    assertArrayEquals(new String[] {"5", "edited"}, near.row(near.text(), 2));
    assertTrue(near.text().length() < 200, "a slice of the rows and the edit");

    OutputText far = session.outputText(new int[] {0, 19_999}, 0, 2);
    String joined = far.text();
    assertArrayEquals(session.output(0), far.row(joined, 0));
    assertArrayEquals(session.output(19_999), far.row(joined, 1));
    assertTrue(joined.length() < 100, "not the 600,000 chars between the rows: " + joined.length());
  }

  @Test
  void aRunOfRowsOverManySmallChunksIsHandedOverAsSlicesOfEveryChunk() {
    // fed in pieces, as the worker feeds a file (64 KiB or less): 43 of them for these 20,000
    // rows, more than a run of rows had room for before (16 chunks; the rest were copied)
    ValidationSession session = notes(16_384);
    int[] rows = new int[20_000];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = r;
    }
    OutputText all = session.outputText(rows, 0, rows.length);
    // every value as written, a slice of its chunk: none made but the fields split between two
    // pieces (a row's two values at most, under 100 bytes)
    assertTrue(all.slices().size() >= 40, all.slices().size() + " slices");
    assertTrue(all.madeLength() < 100 * all.slices().size(), all.madeLength() + " bytes made");
    String joined = all.text();
    for (int r = 0; r < rows.length; r += 997) {
      assertArrayEquals(session.output(r), all.row(joined, r));
    }
  }

  /**
   * 20,000 rows of an id and a note, parsed into spans of a text fed to the parser in pieces of
   * {@code piece} chars, validated.
   */
  private static ValidationSession notes(int piece) {
    Importer importer = Importer.builder("notes")
        .column(Column.builder("id").type(new ColumnType.IntegerType(null, null, null)))
        .column(Column.builder("note"))
        .build();
    StringBuilder csv = new StringBuilder();
    for (int r = 0; r < 20_000; r++) {
      csv.append(r).append(",note number ").append(r).append(" of a long file\n");
    }
    SourceText text = new SourceText();
    ImportTable table = ImportTable.over(text, '"', List.of("id", "note"));
    int[] starts = new int[2];
    int[] ends = new int[2];
    CsvParser parser = new CsvParser(CsvFormat.RFC4180, row -> {
      for (int i = 0; i < row.size(); i++) {
        starts[i] = row.start(i);
        ends[i] = row.end(i);
      }
      table.addSpans(starts, ends, row.size(), 0);
    }, text);
    for (int at = 0; at < csv.length();) {
      int end = (int) Math.min(csv.length(), (long) at + piece);
      parser.feed(csv.substring(at, end));
      at = end;
    }
    parser.finish();
    return ValidationSession.validate(importer, table, new PortableSha256());
  }

  /** {@link ValidationSession#outputText} of random runs of rows gives what {@code output} does. */
  private static void assertOutputTextIsOutput(ValidationSession session, Random random) {
    int rows = session.table().rowCount();
    int[] all = new int[rows];
    for (int r = 0; r < rows; r++) {
      all[r] = r; // rows that follow one another: each column's spans read in one loop
    }
    assertOutputTextIsOutput(session, random, all, rows);
    int[] order = new int[rows];
    int count = 0;
    for (int r = 0; r < rows; r++) {
      if (random.nextInt(4) != 0) {
        order[count++] = r; // some rows left out, as the policy leaves out rows with errors
      }
    }
    assertOutputTextIsOutput(session, random, order, count);
  }

  private static void assertOutputTextIsOutput(ValidationSession session, Random random,
      int[] order, int count) {
    for (int from = 0; from < count; ) {
      int to = Math.min(count, from + 1 + random.nextInt(60));
      OutputText out = session.outputText(order, from, to);
      String joined = out.text();
      assertEquals(to - from, out.rows());
      for (int i = from; i < to; i++) {
        assertArrayEquals(session.output(order[i]), out.row(joined, i - from), "row " + order[i]);
      }
      from = to;
    }
  }
}
