package dev.sluice.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.table.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parser reads a text alike whether it scans its char buffer alone (chunks fed as char
 * arrays), scans it and skips the insides of quotes with the chunk String's {@code indexOf}
 * (chunks fed as Strings on the JVM), or finds fields with the platform's native search and copies
 * only what its state machine reads (the browser build): the same records, fields, spans, lines,
 * offsets, issues and failures, however the text is cut into chunks.
 */
class CsvParserNativeSearchTest {

  /** How the chunks reach the parser. */
  private enum Feed { CHAR_ARRAYS, STRINGS, NATIVE_SEARCH }

  @Test
  void randomDocumentsReadTheSameWithNativeSearchInAnyChunking() {
    Random random = new Random(7);
    int compared = 0;
    for (int doc = 0; doc < 20_000; doc++) {
      String text = randomCsv(random);
      CsvFormat format = randomFormat(random);
      int chunk = 1 + random.nextInt(random.nextBoolean() ? 8 : 300);
      List<String> scanned = events(text, format, chunk, Feed.CHAR_ARRAYS);
      String where = "document " + escape(text) + " in chunks of " + chunk + ", " + format;
      assertSame(scanned, events(text, format, chunk, Feed.STRINGS), where);
      assertSame(scanned, events(text, format, chunk, Feed.NATIVE_SEARCH), where);
      compared += scanned.size();
    }
    assertTrue(compared > 100_000, "the documents made too few events: " + compared);
  }

  @Test
  void everySplitOfATrickyDocumentReadsTheSameWithNativeSearch() {
    String text = "\uFEFFid,\"note\",n\r\n1,\"a \"\"quoted\"\"\r\nline\"\r\n2,\"x,y\" ,z\r3,\"\"\n"
        + "\n4,pl\"ain,\"q\"x\n5,,\r\n\"\"\"\",\"\n\",\"last";
    assertEverySplitReadsTheSame(text, CsvFormat.RFC4180, CsvFormat.builder().lenient(false)
        .build(), CsvFormat.builder().skipEmptyLines(false).build());
  }

  @Test
  void everySplitOfADocumentWithBackslashEscapesReadsTheSameWithNativeSearch() {
    String text = "id,\"note\",n\r\n1,\"say \\\"hi\\\"\",x\n2,\"C:\\\\dir\\\\\",y\r\n"
        + "3,\"two\\\nlines\",\"\\\\\\\"\"\n4,\"a\\\"\"b\",\"end\\";
    assertEverySplitReadsTheSame(text, CsvFormat.builder().backslashEscapes(true).build(),
        CsvFormat.builder().backslashEscapes(true).lenient(false).build());
  }

  @Test
  void everySplitOfADocumentWithExcelTextFormulasReadsTheSameWithNativeSearch() {
    String text = "id,zip\r\n1,=\"00123\"\n2,\"=\"\"0123\"\"\",=\"\"\r3,=\"a\"b,=\"x\"\"y\"\n"
        + "4,=\"a,b\",\"=\"\"q\"\"\"\"r\"\"\"\n5,=\"007\"";
    assertEverySplitReadsTheSame(text, CsvFormat.RFC4180, CsvFormat.builder().lenient(false)
        .build());
  }

  /** A text cut in three at every pair of places reads alike both ways, in each format. */
  private static void assertEverySplitReadsTheSame(String text, CsvFormat... formats) {
    for (CsvFormat format : formats) {
      for (int a = 0; a <= text.length(); a++) {
        for (int b = a; b <= text.length(); b++) {
          int[] splits = {a, b};
          List<String> scanned = events(text, format, splits, Feed.CHAR_ARRAYS);
          String where = "split at " + a + " and " + b + ", " + format;
          assertSame(scanned, events(text, format, splits, Feed.STRINGS), where);
          assertSame(scanned, events(text, format, splits, Feed.NATIVE_SEARCH), where);
        }
      }
    }
  }

  @Test
  void fieldsLongerThanTheLimitFailAtTheSamePlaceWithNativeSearch() {
    CsvFormat format = CsvFormat.builder().maxFieldChars(300).build();
    String longQuoted = "a,\"" + "x".repeat(400) + "\",b\n";
    String longPlain = "a," + "y".repeat(400) + ",b\n";
    String unclosed = "a,\"" + "z".repeat(1000) + "\n1,2\n";
    for (String text : List.of(longQuoted, longPlain, unclosed)) {
      for (int chunk : new int[] {7, 100, 4096}) {
        List<String> scanned = events(text, format, chunk, Feed.CHAR_ARRAYS);
        assertEquals(scanned, events(text, format, chunk, Feed.STRINGS),
            text.substring(0, 4) + chunk);
        assertEquals(scanned, events(text, format, chunk, Feed.NATIVE_SEARCH),
            text.substring(0, 4) + chunk);
        assertTrue(scanned.get(scanned.size() - 1).startsWith("fail")
            || scanned.stream().anyMatch(e -> e.startsWith("issue")), scanned.toString());
      }
    }
  }

  /** Equal event lists, or a failure naming the first event that differs. */
  private static void assertSame(List<String> scanned, List<String> searched, String what) {
    for (int i = 0; i < Math.min(scanned.size(), searched.size()); i++) {
      assertEquals(scanned.get(i), searched.get(i), "event " + i + " of " + what);
    }
    assertEquals(scanned.size(), searched.size(), "events of " + what);
  }

  private static List<String> events(String text, CsvFormat format, int chunk, Feed feed) {
    List<Integer> splits = new ArrayList<>();
    for (int i = chunk; i < text.length(); i += chunk) {
      splits.add(i);
    }
    return events(text, format, splits.stream().mapToInt(Integer::intValue).toArray(), feed);
  }

  /** Everything a handler sees of a text fed in pieces cut at {@code splits}, as text. */
  private static List<String> events(String text, CsvFormat format, int[] splits, Feed feed) {
    List<String> out = new ArrayList<>();
    SourceText kept = new SourceText();
    CsvParser parser = new CsvParser(format, new CsvHandler() {
      @Override
      public void row(CsvRow row) {
        StringBuilder sb = new StringBuilder("row ").append(row.record()).append(" line ")
            .append(row.line()).append(" at ").append(row.offset()).append(':');
        int[] starts = new int[row.size()];
        int[] ends = new int[row.size()];
        row.spans(row.size(), starts, ends);
        for (int i = 0; i < row.size(); i++) {
          sb.append(" [").append(escape(row.field(i))).append("] ").append(starts[i]).append('-')
              .append(ends[i]).append(row.isQuoted(i) ? "q" : "").append(row.isEmpty(i) ? "e" : "");
        }
        out.add(sb.toString());
      }

      @Override
      public void issue(ParseIssue issue) {
        out.add("issue " + issue);
      }
    }, kept);
    parser.nativeSearch = feed == Feed.NATIVE_SEARCH;
    try {
      if (feed == Feed.CHAR_ARRAYS) {
        int from = 0;
        for (int to : splits) {
          parser.feed(text.toCharArray(), from, to - from);
          from = to;
        }
        parser.feed(text.toCharArray(), from, text.length() - from);
        parser.finish();
      } else {
        CsvSpecCorpusTest.feedSplit(parser, text, splits);
      }
      out.add("end " + parser.records() + " records, line " + parser.line() + ", between records "
          + parser.betweenRecords());
    } catch (CsvFormatException e) {
      out.add("fail " + e.issue());
    }
    return out;
  }

  private static CsvFormat randomFormat(Random random) {
    CsvFormat.Builder b = CsvFormat.builder().lenient(random.nextInt(4) != 0)
        .skipEmptyLines(random.nextBoolean());
    if (random.nextInt(5) == 0) {
      b.maxFieldChars(5 + random.nextInt(40));
    }
    if (random.nextInt(6) == 0) {
      b.delimiter(';');
    }
    if (random.nextInt(10) == 0) {
      b.maxFields(2 + random.nextInt(5));
    }
    if (random.nextInt(3) == 0) {
      b.backslashEscapes(true);
    }
    return b.build();
  }

  /** CSV-like text: fields plain, quoted, with doubled quotes, spaces, and every kind of break. */
  private static String randomCsv(Random random) {
    StringBuilder sb = new StringBuilder();
    if (random.nextInt(20) == 0) {
      sb.append('\uFEFF');
    }
    int rows = random.nextInt(12);
    String[] breaks = {"\n", "\n", "\r\n", "\r", "\n\n", "\r\n\r\n"};
    for (int r = 0; r < rows; r++) {
      int fields = 1 + random.nextInt(5);
      for (int f = 0; f < fields; f++) {
        if (f > 0) {
          sb.append(random.nextInt(30) == 0 ? ";" : ",");
        }
        switch (random.nextInt(15)) {
          case 0 -> { }
          case 1, 2 -> sb.append('"').append(word(random)).append('"');
          case 3 -> sb.append('"').append(word(random)).append("\"\"").append(word(random))
              .append('"');
          case 4 -> sb.append('"').append(word(random)).append(breaks[random.nextInt(6)])
              .append(word(random)).append('"');
          case 5 -> sb.append('"').append(word(random)).append('"')
              .append(random.nextBoolean() ? " " : "x");
          case 6 -> sb.append(word(random)).append(random.nextInt(4) == 0 ? "\"" : "")
              .append(word(random));
          // backslashes before quotes, line breaks, each other and the field's end
          case 7 -> sb.append('"').append(word(random)).append("\\\"").append(word(random))
              .append(random.nextBoolean() ? "\\\\" : "\\").append('"');
          case 8 -> sb.append('"').append(word(random)).append('\\')
              .append(breaks[random.nextInt(6)]).append(word(random)).append("\\\"\"");
          // Excel's text formula, unquoted and quoted, and shapes close to it
          case 9 -> sb.append("=\"").append(word(random)).append(random.nextInt(4) == 0 ? "\"x" : "\"");
          case 10 -> sb.append("\"=\"\"").append(word(random))
              .append(random.nextInt(4) == 0 ? "\"\"\"\"" : "").append("\"\"\"");
          // spaces before an opening quote ("a, "b, c""), the field closed well or not
          case 11 -> sb.append(random.nextBoolean() ? " " : " \t").append('"').append(word(random))
              .append(random.nextInt(3) == 0 ? ",\n" : "").append(word(random))
              .append(random.nextInt(4) == 0 ? "\"x" : "\"");
          default -> sb.append(word(random));
        }
      }
      if (r < rows - 1 || random.nextBoolean()) {
        sb.append(breaks[random.nextInt(breaks.length)]);
      }
    }
    if (random.nextInt(15) == 0) {
      sb.append("\"").append(word(random)); // unclosed at the end
    }
    return sb.toString();
  }

  private static String word(Random random) {
    int n = random.nextInt(random.nextInt(10) == 0 ? 60 : 8);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int k = random.nextInt(30);
      sb.append(k < 26 ? (char) ('a' + k) : k == 26 ? ' ' : k == 27 ? 'é' : k == 28 ? '\t' : ',');
    }
    return sb.toString();
  }

  private static String escape(String s) {
    return s.replace("\r", "\\r").replace("\n", "\\n");
  }
}
