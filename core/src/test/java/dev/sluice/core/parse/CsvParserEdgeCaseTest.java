package dev.sluice.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvParserEdgeCaseTest {

  /** Rows and issue codes of a text fed in chunks of a given size. */
  private record Read(List<List<String>> rows, List<String> codes, List<Integer> lines) {}

  private static Read read(String text, CsvFormat format, int chunk) {
    List<List<String>> rows = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    CsvParser parser = new CsvParser(format, new CsvHandler() {
      @Override
      public void row(CsvRow row) {
        rows.add(List.of(row.toArray()));
        lines.add(row.line());
      }

      @Override
      public void issue(ParseIssue issue) {
        if (!(issue instanceof ParseIssue.RaggedRow)) {
          codes.add(issue.code());
        }
      }
    });
    for (int at = 0; at < text.length(); at += chunk) {
      parser.feed(text.substring(at, Math.min(text.length(), at + chunk)));
    }
    parser.finish();
    return new Read(rows, codes, lines);
  }

  private static void assertEveryChunking(String text, List<List<String>> rows,
      List<String> codes) {
    for (int chunk = 1; chunk <= text.length(); chunk++) {
      Read r = read(text, CsvFormat.RFC4180, chunk);
      assertEquals(rows, r.rows(), "chunks of " + chunk);
      assertEquals(codes, r.codes(), "chunks of " + chunk);
    }
  }

  @Test
  void spacesAfterAClosingQuoteAreDroppedAndTheQuotedValueKept() {
    String space = "SPACE_AFTER_CLOSING_QUOTE";
    assertEveryChunking("A,\"B\" ,C\n", List.of(List.of("A", "B", "C")), List.of(space));
    assertEveryChunking("\"B, b\" \t ,\"C\"\"\"\t\r\n1,2\n",
        List.of(List.of("B, b", "C\""), List.of("1", "2")), List.of(space, space));
    assertEveryChunking("\"x\"  \r\"y\"  ", List.of(List.of("x"), List.of("y")),
        List.of(space, space));
    assertEveryChunking("\"x\" \n\n\"y\"\n", List.of(List.of("x"), List.of("y")),
        List.of(space));
  }

  @Test
  void spacesBeforeAnOpeningQuoteAreDroppedAndTheFieldReadAsQuoted() {
    String space = "SPACE_BEFORE_OPENING_QUOTE";
    assertEveryChunking("\"name\", \"city\"\n\"Bob\", \"Paris, France\"\n",
        List.of(List.of("name", "city"), List.of("Bob", "Paris, France")),
        List.of(space, space));
    assertEveryChunking("a,\t \"two\nlines\" ,c\r\n1, \"say \"\"hi\"\"\"",
        List.of(List.of("a", "two\nlines", "c"), List.of("1", "say \"hi\"")),
        List.of(space, "SPACE_AFTER_CLOSING_QUOTE", space));
  }

  @Test
  void aFieldOpenedAfterSpacesThatEndsMalformedIsKeptAsWrittenFromItsFirstSpace() {
    assertEveryChunking("a, \"b\" x,c\n", List.of(List.of("a", " \"b\" x", "c")),
        List.of("TEXT_AFTER_CLOSING_QUOTE"));
    assertEveryChunking("a,  \"b,c\n1,2\n", List.of(List.of("a", "  \"b", "c"),
        List.of("1", "2")), List.of("UNCLOSED_QUOTE"));
    // a quote inside a field that does not start with spaces stays a stray quote
    assertEveryChunking("a, x \"b\"\n", List.of(List.of("a", " x \"b\"")),
        List.of("STRAY_QUOTE"));
  }

  @Test
  void strictParsingStopsAtSpacesBeforeAnOpeningQuote() {
    CsvFormat strict = CsvFormat.RFC4180.toBuilder().lenient(false).build();
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read("A,B\n1,\n2,  \"x\"\n", strict, 64));
    assertEquals("SPACE_BEFORE_OPENING_QUOTE", e.issue().code());
    assertEquals(3, e.issue().position().line());
    assertEquals(2, e.issue().position().column());
    assertEquals(9, e.issue().position().offset());
  }

  @Test
  void textOtherThanSpacesAfterAClosingQuoteKeepsTheFieldAsWritten() {
    assertEveryChunking("A,\"B\" x,C\n", List.of(List.of("A", "\"B\" x", "C")),
        List.of("TEXT_AFTER_CLOSING_QUOTE"));
  }

  @Test
  void strictParsingStopsAtSpacesAfterAClosingQuote() {
    CsvFormat strict = CsvFormat.RFC4180.toBuilder().lenient(false).build();
    CsvFormatException e = assertThrows(CsvFormatException.class,
        () -> read("A,\"B\" ,C\n", strict, 64));
    assertEquals("SPACE_AFTER_CLOSING_QUOTE", e.issue().code());
    assertEquals(1, e.issue().position().line());
    assertEquals(2, e.issue().position().column());
  }

  @Test
  void mixedLineBreaksEachEndARecordAndLinesAreCountedOnce() {
    String text = "a,b\r1,2\r\n3,4\n5,\"6\r7\"\r\n8,\"9\n\r\n10\"\r11,12";
    for (int chunk = 1; chunk <= text.length(); chunk++) {
      Read r = read(text, CsvFormat.RFC4180, chunk);
      assertEquals(List.of(List.of("a", "b"), List.of("1", "2"), List.of("3", "4"),
          List.of("5", "6\r7"), List.of("8", "9\n\r\n10"), List.of("11", "12")), r.rows(),
          "chunks of " + chunk);
      assertEquals(List.of(1, 2, 3, 4, 6, 9), r.lines(), "chunks of " + chunk);
    }
  }
}
