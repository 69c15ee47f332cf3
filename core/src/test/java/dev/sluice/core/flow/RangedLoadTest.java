package dev.sluice.core.flow;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvFormatException;
import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.parse.CsvRange;
import dev.sluice.core.parse.CsvRow;
import dev.sluice.core.parse.CsvSpecCorpusTest;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A file loaded in ranges parsed apart (as the workers of a parallel import parse them) gives the
 * same table, lines, parse issues and errors as one parse of the whole file, wherever it is cut:
 * every case of the spec corpus and a generated file with quoted line breaks, doubled quotes and
 * multibyte text, cut at hundreds of random line starts, inside quoted fields too.
 */
class RangedLoadTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Importer IMPORTER = Importer.builder("t").column(Column.builder("a"))
      .build();

  /** What a load gave: the answer, each row's cells and line, or the error that stopped it. */
  private record Outcome(ImportSession.Loaded loaded, List<List<String>> rows, List<Integer> lines,
      String error) {}

  static Stream<Path> specCases() throws Exception {
    Path dir = Path.of(RangedLoadTest.class.getResource("/spec").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".csv")).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("specCases")
  void everySpecCaseLoadsTheSameInRangesCutAnywhere(Path csv) throws Exception {
    String text = Files.readString(csv, StandardCharsets.UTF_8);
    CsvFormat format = CsvSpecCorpusTest.format(JSON.readTree(
        csv.resolveSibling(csv.getFileName().toString().replace(".csv", ".json")).toFile())
        .path("format"));
    for (int maxRows : new int[] {Integer.MAX_VALUE, 2}) {
      Outcome whole = whole(text, format, maxRows);
      Random random = new Random(csv.getFileName().toString().hashCode());
      for (int round = 0; round < 60; round++) {
        assertEquals(whole, ranged(text, format, maxRows, random), csv.getFileName() + " round "
            + round + " maxRows " + maxRows);
      }
    }
  }

  @Test
  void aFileWithQuotedLineBreaksAndMultibyteTextLoadsTheSameCutAtEveryLineStart() {
    StringBuilder sb = new StringBuilder("id,name,note,city\r\n");
    Random random = new Random(7);
    for (int i = 1; i <= 300; i++) {
      sb.append(i).append(',');
      sb.append(random.nextInt(5) == 0 ? "\"Müller, \"\"Ä\"\"\"" : "Zoë 東京 " + i).append(',');
      sb.append(random.nextInt(4) == 0 ? "\"line one\nline two\r\nline three\"" : "plain")
          .append(',');
      sb.append(random.nextInt(9) == 0 ? "Köln,extra" : "Köln"); // some ragged rows
      sb.append(random.nextInt(3) == 0 ? "\n" : "\r\n");
      if (random.nextInt(12) == 0) { // blank rows, as spreadsheets write them below formatted cells
        sb.append(random.nextBoolean() ? ",,,\r\n" : "\"\",,\"\",\n");
      }
    }
    String text = sb.toString();
    CsvFormat format = CsvFormat.RFC4180;
    Outcome whole = whole(text, format, Integer.MAX_VALUE);
    assertTrue(whole.loaded().parseIssueCount() > 0, "the file has ragged rows to count on");
    assertEquals(300, whole.loaded().rows(), "blank rows are no rows");
    // one cut at every line start, inside quoted fields included
    for (int cut = text.indexOf('\n') + 1; cut > 0 && cut < text.length();
        cut = text.indexOf('\n', cut) + 1) {
      assertEquals(whole, ranged(text, format, Integer.MAX_VALUE, new int[] {cut},
          new Random(cut)), "cut at " + cut);
    }
    Random cuts = new Random(11);
    for (int round = 0; round < 200; round++) {
      assertEquals(whole, ranged(text, format, Integer.MAX_VALUE, cuts), "round " + round);
    }
  }

  @Test
  void aHeaderRepeatedWhereFilesWereJoinedIsLeftOutWhereverTheFileIsCut() {
    String header = "id,\"name\",note\r\n";
    StringBuilder sb = new StringBuilder(header);
    Random random = new Random(5);
    int repeats = 0;
    for (int i = 1; i <= 200; i++) {
      // rows as long as the header's fields (\"ab\",xyzw,abcd) and one like it in two fields
      sb.append(i % 7 == 0 ? "ab,\"xyzw\",abcd"
          : i % 11 == 0 ? "id,name,nope" : i + ",n" + i + ",x");
      sb.append("\r\n");
      if (random.nextInt(15) == 0) {
        sb.append(random.nextBoolean() ? "\uFEFF" + header : "id,name,note\n");
        repeats++;
      }
    }
    String text = sb.toString();
    Outcome whole = whole(text, CsvFormat.RFC4180, Integer.MAX_VALUE);
    assertEquals(200, whole.loaded().rows());
    assertEquals(repeats, whole.loaded().parseIssueCount());
    assertTrue(repeats > 5, "the file repeats its header " + repeats + " times");
    for (int cut = text.indexOf('\n') + 1; cut > 0 && cut < text.length();
        cut = text.indexOf('\n', cut) + 1) {
      assertEquals(whole, ranged(text, CsvFormat.RFC4180, Integer.MAX_VALUE, new int[] {cut},
          new Random(cut)), "cut at " + cut);
    }
    Random cuts = new Random(13);
    for (int round = 0; round < 100; round++) {
      assertEquals(whole, ranged(text, CsvFormat.RFC4180, Integer.MAX_VALUE, cuts),
          "round " + round);
    }
  }

  @Test
  void rangesEndingBetweenRecordsAreTakenAndOnlyACutInsideAQuotedFieldIsParsedAgain() {
    String text = "a,b\n1,x\n2,\"y\nz\"\n3,w\n4,v\n";
    ImportSession session = new ImportSession(IMPORTER, null);
    SourceText kept = new SourceText();
    ImportSession.RangedLoad load = session.beginRangedLoad(0, kept, CsvFormat.RFC4180, n -> "c");
    load.feed(text.substring(0, 8)); // header and record 1
    int inside = text.indexOf("z\"");
    addRange(load, text.substring(8, inside), 2, false); // ends inside the quoted field
    addRange(load, text.substring(inside, text.indexOf("4,")), 2, false); // its guess was wrong
    addRange(load, text.substring(text.indexOf("4,")), 2, true); // after "3,w\n": taken
    load.finish();
    assertEquals(2, load.rangesTaken());
    ImportSession.Loaded loaded = session.finishLoad();
    assertEquals(4, loaded.rows());
    assertArrayEquals(new String[] {"2", "y\nz"}, session.sourceRow(1));
    assertEquals(5, session.sourceLine(2), "record 3 on line 5, after the quoted line break");
    assertArrayEquals(new String[] {"4", "v"}, session.sourceRow(3));
  }

  private static void addRange(ImportSession.RangedLoad load, String text, int width,
      boolean last) {
    CsvRange range = new CsvRange(CsvFormat.RFC4180, width, width);
    range.feed(text);
    load.add(range.chunks(), range.finish(last));
  }

  private static Outcome whole(String text, CsvFormat format, int maxRows) {
    ImportSession session = new ImportSession(IMPORTER, null);
    session.maxRows(maxRows);
    SourceText kept = new SourceText();
    ImportSession.Loader loader = session.beginLoad(format.headerIndex(), kept,
        format.escapeRule(), n -> "column " + n);
    String error = null;
    try {
      CsvParser parser = new CsvParser(format, loader, kept);
      parser.feed(text);
      parser.finish();
    } catch (CsvFormatException e) {
      error = e.issue().toString();
    } catch (ImportSession.RowLimitReached e) {
      error = "row limit";
    }
    return outcome(session, error);
  }

  private static Outcome ranged(String text, CsvFormat format, int maxRows, Random random) {
    TreeSet<Integer> starts = new TreeSet<>();
    for (int i = text.indexOf('\n'); i >= 0 && i + 1 < text.length(); i = text.indexOf('\n', i + 1)) {
      starts.add(i + 1);
    }
    List<Integer> all = new ArrayList<>(starts);
    int count = all.isEmpty() ? 0 : random.nextInt(Math.min(5, all.size()) + 1);
    TreeSet<Integer> cuts = new TreeSet<>();
    for (int i = 0; i < count; i++) {
      cuts.add(all.get(random.nextInt(all.size())));
    }
    return ranged(text, format, maxRows, cuts.stream().mapToInt(Integer::intValue).toArray(),
        random);
  }

  /** Range 0 parsed by the load itself, the others apart; each fed in random chunks. */
  private static Outcome ranged(String text, CsvFormat format, int maxRows, int[] cuts,
      Random random) {
    ImportSession session = new ImportSession(IMPORTER, null);
    session.maxRows(maxRows);
    SourceText kept = new SourceText();
    ImportSession.RangedLoad load = session.beginRangedLoad(format.headerIndex(), kept, format,
        n -> "column " + n);
    int[] widths = headerWidths(text, format);
    String error = null;
    try {
      int from = 0;
      for (int r = 0; r <= cuts.length; r++) {
        int to = r < cuts.length ? cuts[r] : text.length();
        String part = text.substring(from, to);
        if (r == 0) {
          for (String chunk : chunks(part, random)) {
            load.feed(chunk);
          }
        } else {
          CsvRange range = new CsvRange(format, widths[0], widths[1]);
          for (String chunk : chunks(part, random)) {
            range.feed(chunk);
          }
          load.add(range.chunks(), range.finish(r == cuts.length));
        }
        from = to;
      }
      load.finish();
    } catch (CsvFormatException e) {
      error = e.issue().toString();
    } catch (ImportSession.RowLimitReached e) {
      error = "row limit";
    }
    return outcome(session, error);
  }

  /**
   * The header record's width, and its width without trailing empty fields (as the main worker
   * reads them from the file's head).
   */
  private static int[] headerWidths(String text, CsvFormat format) {
    int[] widths = {-1, -1};
    int header = Math.max(format.headerIndex(), 0);
    try {
      CsvParser.parse(text, format.toBuilder().lenient(true).build(), new CsvHandler() {
        @Override
        public void row(CsvRow row) {
          if (row.record() - 1 == header) {
            widths[0] = row.size();
            widths[1] = (int) IntStream.range(0, row.size())
                .filter(i -> !row.field(i).isEmpty()).map(i -> i + 1).max().orElse(0);
          }
        }
      });
    } catch (CsvFormatException e) {
      // a file that stops parsing: the widths read so far
    }
    return widths;
  }

  private static List<String> chunks(String text, Random random) {
    List<String> out = new ArrayList<>();
    int at = 0;
    while (at < text.length()) {
      int n = 1 + random.nextInt(Math.max(1, Math.min(text.length() - at, 40)));
      out.add(text.substring(at, at + n));
      at += n;
    }
    return out;
  }

  private static Outcome outcome(ImportSession session, String error) {
    ImportSession.Loaded loaded = session.finishLoad();
    List<List<String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int r = 0; r < loaded.rows(); r++) {
      rows.add(List.of(session.sourceRow(r)));
      lines.add(session.sourceLine(r));
    }
    return new Outcome(loaded, rows, lines, error);
  }
}
