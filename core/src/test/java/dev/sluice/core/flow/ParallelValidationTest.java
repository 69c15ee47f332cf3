package dev.sluice.core.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.SchemaReader;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.validate.OutputText;
import dev.sluice.core.validate.ValidationSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A table validated in parts by several workers (each checks its rows' cells and rules, the main
 * worker joins the unique groups and checks every row that is not clean) ends exactly as one
 * worker's validation: the same issues on every row, the same summary, the same rows handed
 * over, with duplicates across parts, row rules, normal forms and escaped quotes.
 */
class ParallelValidationTest {
  private static final String SCHEMA = """
      {"version": 1, "name": "orders", "invalidRowPolicy": "exclude", "columns": [
        {"key": "id", "label": "Id", "type": "integer", "unique": true, "required": true},
        {"key": "name", "label": "Name", "required": true, "allowBlank": false},
        {"key": "email", "label": "Email", "type": "email", "unique": true,
         "transforms": ["trim", "normalize"]},
        {"key": "amount", "label": "Amount", "type": {"name": "decimal", "min": 0}},
        {"key": "ordered", "label": "Ordered", "type": "date", "transforms": ["normalize"]},
        {"key": "shipped", "label": "Shipped", "type": "date", "transforms": ["normalize"]},
        {"key": "plan", "label": "Plan", "type": {"name": "enum", "options": [
          {"value": "free"}, {"value": "pro"}]}, "transforms": ["normalize"]},
        {"key": "phone", "label": "Phone", "type": "phone"}
      ],
      "rowRules": [{"compare": {"left": "ordered", "operator": "<=", "right": "shipped"}}]}
      """;

  static Importer importer() throws Exception {
    return SchemaReader.read(new ObjectMapper().readValue(SCHEMA, Object.class));
  }

  /** Orders with a few errors of every kind, duplicates far apart, escaped quotes. */
  static String orders(int rows, long seed) {
    Random random = new Random(seed);
    StringBuilder sb = new StringBuilder("Id,Name,Email,Amount,Ordered,Shipped,Plan,Phone,Note\n");
    for (int i = 1; i <= rows; i++) {
      int id = random.nextInt(60) == 0 ? random.nextInt(i) + 1 : i;
      String email = random.nextInt(70) == 0 ? " Dup" + random.nextInt(20) + "@Example.com"
          : "u" + i + "@example.com";
      sb.append(id).append(',')
          .append(random.nextInt(40) == 0 ? "" : random.nextInt(9) == 0 ? "\"Lee, \"\"Sam\"\"\""
              : "Ann " + i).append(',')
          .append(random.nextInt(50) == 0 ? "not an email" : email).append(',')
          .append(random.nextInt(45) == 0 ? "-3" : random.nextInt(1000) + "." + random.nextInt(99))
          .append(',')
          // ambiguous dates, and day-first ones that tell how to read them (Conventions)
          .append(random.nextInt(30) == 0 ? "03/01/2024" : random.nextInt(25) == 0
              ? "2" + random.nextInt(9) + "/01/2024" : "2024-02-1" + random.nextInt(10))
          .append(',')
          .append("2024-02-1").append(random.nextInt(10)).append(',')
          .append(random.nextInt(20) == 0 ? "Gold" : random.nextBoolean() ? "FREE" : "pro")
          .append(',')
          .append(random.nextInt(35) == 0 ? "12" : "+1 415 555 0" + (100 + random.nextInt(800)))
          .append(',').append(random.nextInt(3) == 0 ? "\"a, b\"" : "x").append('\n');
    }
    return sb.toString();
  }

  static ImportSession loaded(String csv) throws Exception {
    ImportSession session = new ImportSession(importer(), new PortableSha256());
    SourceText text = new SourceText();
    CsvParser parser = new CsvParser(CsvFormat.RFC4180, session.beginLoad(0, text, '"',
        n -> "c" + n), text);
    for (int at = 0; at < csv.length(); at += 4096) { // chunks, so spans cross chunk ends
      parser.feed(csv.substring(at, Math.min(csv.length(), at + 4096)));
    }
    parser.finish();
    session.finishLoad();
    session.suggestMapping(null);
    return session;
  }

  /** Validates in parts as the workers do: the first here, the others from their parts alone. */
  private static ValidationSession inParts(ImportSession session, int parts) throws Exception {
    List<ImportSession.ValidationPart> cut = session.beginValidation(parts);
    assertNotNull(cut);
    int rows = cut.get(cut.size() - 1).to();
    int[] written = new int[rows];
    byte[] clean = new byte[rows];
    int hashed = session.hashedGroups();
    int[] keyHashes = new int[rows * hashed];
    for (int p = 0; p < cut.size(); p++) {
      ImportSession.ValidationPart part = cut.get(p);
      ValidationSession.PartVerdicts v = p == 0 ? session.checkPart(part.from(), part.to())
          : ImportSession.checkPart(importer(), new PortableSha256(), part);
      System.arraycopy(v.written(), 0, written, part.from(), v.written().length);
      System.arraycopy(v.clean(), 0, clean, part.from(), v.clean().length);
      System.arraycopy(v.keyHashes(), 0, keyHashes, part.from() * hashed,
          v.keyHashes().length);
    }
    return session.finishValidation(written, clean, keyHashes);
  }


  @Test
  void everyPartReadsAnAmbiguousDateAsTheWholeFileWritesIt() throws Exception {
    String csv = orders(3000, 9);
    ValidationSession one = validatedAtOnce(csv);
    assertTrue(one.allIssues().stream().noneMatch(i -> i.code().equals("DATE_AMBIGUOUS")),
        "03/01/2024 is read day-first, as the file's 2x/01/2024 dates show");
    assertSameValidation(one, inParts(loaded(csv), 3), "3 parts");
    // the part carries what the whole table narrowed: without it, a helper refuses those dates
    ImportSession session = loaded(csv);
    ImportSession.ValidationPart part = session.beginValidation(2).get(1);
    assertTrue(part.changes().containsKey("ordered"), part.changes().toString());
    ImportSession.ValidationPart bare = new ImportSession.ValidationPart(part.from(), part.to(),
        part.columns(), part.quote(), part.chunks(), part.spans(), java.util.Map.of());
    ValidationSession.PartVerdicts own = ImportSession.checkPart(importer(),
        new PortableSha256(), part);
    ValidationSession.PartVerdicts configured = ImportSession.checkPart(importer(),
        new PortableSha256(), bare);
    assertTrue(!java.util.Arrays.equals(own.clean(), configured.clean()),
        "the narrowing changes the helper's verdicts");
  }

  /** Equal lists, or the first difference (not the whole lists) in the message. */
  static void assertSame(List<String> expected, List<String> actual, String what) {
    for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
      assertEquals(expected.get(i), actual.get(i), what + ", element " + i);
    }
    assertEquals(expected.size(), actual.size(), what + ", size");
  }

  static List<String> handedOver(ValidationSession s) {
    List<String> out = new ArrayList<>();
    int[] rows = s.submittedRows();
    OutputText text = s.outputText(rows, 0, rows.length);
    String all = text.text();
    for (int i = 0; i < rows.length; i++) {
      out.add(String.join("|", s.output(rows[i])));
      out.add(String.join("|", text.row(all, i))); // the hand-over on spans
    }
    return out;
  }

  /** One worker's validation of a file, checked to have errors and duplicates to find. */
  static ValidationSession validatedAtOnce(String csv) throws Exception {
    ValidationSession one = loaded(csv).validate();
    assertTrue(one.summary().errorRows() > 100, "the file has errors to find");
    assertTrue(one.allIssues().stream().anyMatch(i -> i.code().equals("DUPLICATE_VALUE")));
    return one;
  }

  /** The same summary, issues and rows handed over. */
  static void assertSameValidation(ValidationSession expected, ValidationSession actual,
      String what) {
    assertEquals(expected.summary(), actual.summary(), what);
    assertEquals(expected.allIssues(), actual.allIssues(), what);
    assertSame(handedOver(expected), handedOver(actual), what);
  }

  @Test
  void partsCheckedApartGiveOneWorkersValidation() throws Exception {
    for (long seed = 1; seed <= 4; seed++) {
      String csv = orders(3000, seed);
      ValidationSession one = validatedAtOnce(csv);
      for (int parts = 2; parts <= 5; parts++) {
        assertSameValidation(one, inParts(loaded(csv), parts),
            "seed " + seed + ", " + parts + " parts");
      }
    }
  }

  @Test
  void rangesParsedApartAreCheckedByTheWorkersThatParsedThem() throws Exception {
    for (long seed = 1; seed <= 3; seed++) {
      String csv = orders(3000, seed);
      ValidationSession one = loaded(csv).validate();
      Random random = new Random(seed);
      for (int round = 0; round < 5; round++) {
        // cut at three random line starts; each range after the first parsed apart and kept, as
        // a helper keeps its range until the mapping is known
        List<Integer> cuts = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
          cuts.add(csv.indexOf('\n', random.nextInt(csv.length() - 1)) + 1);
        }
        cuts.removeIf(c -> c <= 0 || c >= csv.length());
        cuts = new ArrayList<>(new java.util.TreeSet<>(cuts));
        ImportSession session = new ImportSession(importer(), new PortableSha256());
        SourceText text = new SourceText();
        ImportSession.RangedLoad load = session.beginRangedLoad(0, text, CsvFormat.RFC4180,
            n -> "c" + n);
        List<List<String>> chunks = new ArrayList<>();
        List<dev.sluice.core.parse.CsvRange.Result> parses = new ArrayList<>();
        int from = 0;
        for (int r = 0; r <= cuts.size(); r++) {
          int to = r < cuts.size() ? cuts.get(r) : csv.length();
          if (r == 0) {
            load.feed(csv.substring(from, to));
          } else {
            dev.sluice.core.parse.CsvRange range = new dev.sluice.core.parse.CsvRange(
                CsvFormat.RFC4180, 9, 9);
            range.feed(csv.substring(from, to));
            dev.sluice.core.parse.CsvRange.Result parsed = range.finish(r == cuts.size());
            chunks.add(range.chunks());
            parses.add(parsed);
            load.add(range.chunks(), parsed);
          }
          from = to;
        }
        load.finish();
        int rows = session.finishLoad().rows();
        session.suggestMapping(null);
        ImportSession.Projection projection = session.beginValidationOfRanges();
        int[] written = new int[rows];
        byte[] clean = new byte[rows];
        int hashed = session.hashedGroups();
        int[] keyHashes = new int[rows * hashed];
        boolean[] covered = new boolean[rows];
        for (int[] taken : load.takenRanges()) {
          ValidationSession.PartVerdicts v = ImportSession.checkRange(importer(),
              new PortableSha256(), projection, chunks.get(taken[0] - 1), parses.get(taken[0] - 1));
          System.arraycopy(v.written(), 0, written, taken[1], taken[2]);
          System.arraycopy(v.clean(), 0, clean, taken[1], taken[2]);
          System.arraycopy(v.keyHashes(), 0, keyHashes, taken[1] * hashed, taken[2] * hashed);
          java.util.Arrays.fill(covered, taken[1], taken[1] + taken[2], true);
        }
        for (int r = 0; r < rows; ) {
          int end = r;
          while (end < rows && !covered[end]) {
            end++;
          }
          if (end > r) {
            ValidationSession.PartVerdicts v = session.checkPart(r, end);
            System.arraycopy(v.written(), 0, written, r, end - r);
            System.arraycopy(v.clean(), 0, clean, r, end - r);
            System.arraycopy(v.keyHashes(), 0, keyHashes, r * hashed, (end - r) * hashed);
          }
          r = Math.max(end, r + 1);
        }
        ValidationSession split = session.finishValidation(written, clean, keyHashes);
        String what = "seed " + seed + ", cuts " + cuts;
        assertSameValidation(one, split, what);
        assertTrue(load.takenRanges().size() >= 1 || cuts.isEmpty(), what);
      }
    }
  }

  @Test
  void aDuplicateAcrossPartsIsFoundAndAnEditThatRemovesItIsSeen() throws Exception {
    String csv = "Id,Name,Email\n1,Ann,same@example.com\n2,Bo,b@example.com\n3,Cy,c@example.com\n"
        + "4,Di,d@example.com\n5,Ed,SAME@example.com\n6,Fi,f@example.com\n";
    ImportSession session = loaded(csv);
    ValidationSession s = inParts(session, 3);
    assertEquals("DUPLICATE_VALUE", s.issues(0).get(0).code(), "row 1 in the first part");
    assertEquals("DUPLICATE_VALUE", s.issues(4).get(0).code(), "row 5 in the last part");
    session.edit(4, "email", "e@example.com");
    assertEquals(List.of(), s.issues(0), "the edit in one part clears the row in another");
    assertArrayEquals(new String[0], s.issues(4).stream().map(i -> i.code()).toArray());
  }

  @Test
  void aTableWithCellsOutsideTheFilesTextIsNotCut() throws Exception {
    ImportSession session = new ImportSession(importer(), new PortableSha256());
    ImportSession.Loader loader = session.beginLoad(0, null, '"', n -> "c" + n); // sheet rows
    loader.sheetRow(new String[] {"Id", "Name"}, 2, 1);
    loader.sheetRow(new String[] {"1", "Ann"}, 2, 2);
    loader.sheetRow(new String[] {"2", "Bo"}, 2, 3);
    session.finishLoad();
    session.suggestMapping(null);
    assertNull(session.beginValidation(2), "values added one by one: validated in one worker");
  }
}
