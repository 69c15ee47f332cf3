package dev.sluice.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random input never crashes or hangs the parser: the only outcomes are rows, positioned issues, or
 * (strict mode, limits) a positioned {@link CsvFormatException}. In lenient mode nothing is lost:
 * every character that is not structure (delimiter, quote, CR, LF) comes out in some field, in order.
 */
class CsvParserFuzzTest {
  private static final int DOCUMENTS = 5000;

  @Test
  void randomInputGivesRowsOrPositionedIssuesAndLenientModeLosesNoContent() {
    Random random = new Random(42);
    for (int doc = 0; doc < DOCUMENTS; doc++) {
      String text = randomText(random);
      CsvFormat lenient = CsvFormat.builder().maxFieldChars(64).build();
      CsvDocument.Collector collector = new CsvDocument.Collector(Integer.MAX_VALUE);
      try {
        CsvSpecCorpusTest.feed(text, lenient, collector, 1 + random.nextInt(9));
      } catch (CsvFormatException e) {
        // only limits stop a lenient parse
        assertTrue(e.issue() instanceof ParseIssue.FieldTooLarge
            || e.issue() instanceof ParseIssue.TooManyFields, e.issue().code());
        assertPositioned(e.issue(), text);
        continue;
      }
      CsvDocument parsed = collector.document();
      for (ParseIssue issue : parsed.issues()) {
        assertPositioned(issue, text);
      }
      StringBuilder fields = new StringBuilder();
      for (String[] row : parsed.rows()) {
        for (String f : row) {
          fields.append(f);
        }
      }
      String input = text.startsWith("\uFEFF") ? text.substring(1) : text;
      assertEquals(content(input), content(fields), "content lost in document " + doc);

      CsvFormat strict = CsvFormat.builder().lenient(false).build();
      try {
        CsvSpecCorpusTest.feed(text, strict, new CsvDocument.Collector(0), 1 + random.nextInt(9));
      } catch (CsvFormatException e) {
        assertPositioned(e.issue(), text);
      }
    }
  }

  private static void assertPositioned(ParseIssue issue, String text) {
    Position p = issue.position();
    assertTrue(p.record() >= 1 && p.line() >= 1 && p.column() >= 0, issue.toString());
    assertTrue(p.offset() >= 0 && p.offset() <= text.length(), issue.toString());
  }

  /** The characters that are not CSV structure, in order. */
  private static String content(CharSequence s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != ',' && c != '"' && c != '\r' && c != '\n') {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String randomText(Random random) {
    int len = random.nextInt(120);
    StringBuilder sb = new StringBuilder(len);
    if (random.nextInt(10) == 0) {
      sb.append('\uFEFF');
    }
    String structure = ",\"\r\n";
    for (int i = 0; i < len; i++) {
      int kind = random.nextInt(10);
      if (kind < 4) {
        sb.append(structure.charAt(random.nextInt(structure.length())));
      } else if (kind < 9) {
        sb.append((char) ('a' + random.nextInt(26)));
      } else {
        sb.append((char) random.nextInt(0x3000)); // any char, raw bytes decoded as Latin-1 included
      }
    }
    return sb.toString();
  }

  @Test
  void everySplitPositionOfATrickyDocumentGivesTheSameRows() {
    String text = "\uFEFFid,\"note\"\r\n1,\"a \"\"quoted\"\"\r\nline\"\r\n2,\"x,y\"\r3,\"\"\n4,plain";
    List<List<String>> whole = rows(text, new int[0]);
    assertEquals(List.of(List.of("id", "note"), List.of("1", "a \"quoted\"\r\nline"),
        List.of("2", "x,y"), List.of("3", ""), List.of("4", "plain")), whole);
    for (int a = 0; a <= text.length(); a++) {
      for (int b = a; b <= text.length(); b++) {
        assertEquals(whole, rows(text, new int[] {a, b}), "split at " + a + " and " + b);
      }
    }
  }

  private static List<List<String>> rows(String text, int[] splits) {
    CsvDocument.Collector collector = new CsvDocument.Collector(Integer.MAX_VALUE);
    CsvSpecCorpusTest.feedSplit(new CsvParser(CsvFormat.RFC4180, collector), text, splits);
    assertTrue(collector.document().issues().isEmpty(), collector.document().issues().toString());
    List<List<String>> out = new ArrayList<>();
    collector.document().rows().forEach(r -> out.add(List.of(r)));
    return out;
  }
}
