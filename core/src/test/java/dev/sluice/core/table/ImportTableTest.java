package dev.sluice.core.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImportTableTest {
  @Test
  void everyCellReadsBackExactlyWhateverItsCharactersAfterEditsAndTrimming() {
    Random random = new Random(11);
    String alphabet = "abcXYZ019 ,\"\n\tßéÿ\u0100€日本\uD83D\uDE00";
    ImportTable table = ImportTable.withColumns(List.of("a", "b", "c"));
    List<String[]> expected = new ArrayList<>();
    for (int r = 0; r < 5000; r++) {
      String[] row = new String[3];
      for (int c = 0; c < 3; c++) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        row[c] = sb.toString();
      }
      table.addRow(row, r + 2);
      expected.add(row.clone());
    }
    for (int i = 0; i < 2000; i++) {
      int r = random.nextInt(5000);
      int c = random.nextInt(3);
      String value = i % 2 == 0 ? "edit" + i : "édit€" + i;
      table.set(r, c, value);
      expected.get(r)[c] = value;
    }
    table.trimToSize();
    table.set(0, 0, "after trim 日本");
    expected.get(0)[0] = "after trim 日本";
    for (int r = 0; r < 5000; r++) {
      assertArrayEquals(expected.get(r), table.row(r), "row " + r);
      assertEquals(r + 2, table.line(r));
    }
  }

  @Test
  void cellsOfAnyLengthReadBackIncludingThoseTooLongForTheShortLengthAndQuotedOnes() {
    // lengths are kept in 15 bits; longer cells (and their doubled quotes) are held apart
    String[] sizes = {"", "x", "y".repeat(0x7FFE), "z".repeat(0x7FFF), "w".repeat(200_000)};
    ImportTable table = ImportTable.withColumns(List.of("a", "b"));
    for (int r = 0; r < sizes.length; r++) {
      table.addRow(new String[] {sizes[r], "short " + r}, r + 2);
    }
    for (int r = 0; r < sizes.length; r++) {
      assertEquals(sizes[r], table.get(r, 0), "length " + sizes[r].length());
      assertEquals(sizes[r].isEmpty(), table.isEmpty(r, 0));
      assertEquals(sizes[r].length(), table.spanEnd(r, 0) - table.spanStart(r, 0));
    }
    table.set(4, 0, "now short");
    table.set(1, 0, "q".repeat(70_000));
    assertEquals("now short", table.get(4, 0));
    assertEquals(70_000, table.get(1, 0).length());

    // spans with doubled quotes, short and long, read as single quotes
    SourceText text = new SourceText();
    String longQuoted = "\"\"".repeat(40_000);
    int at = text.append("ab\"\"c," + longQuoted);
    ImportTable parsed = ImportTable.over(text, '"', List.of("a", "b"));
    parsed.addSpans(new int[] {at, at + 6}, new int[] {~(at + 5), ~(at + 6 + longQuoted.length())},
        2, 2);
    assertEquals("ab\"c", parsed.get(0, 0));
    assertEquals("\"".repeat(40_000), parsed.get(0, 1));
    assertEquals(~(at + 6 + longQuoted.length()), parsed.spanEnd(0, 1));

    // a mapped table shares long cells with its source until either side writes
    ImportTable mapped = ImportTable.withColumns(List.of("x"));
    mapped.addRowsFrom(table, new int[] {0});
    mapped.set(3, 0, "mapped edit");
    table.set(2, 0, "source edit");
    assertEquals("z".repeat(0x7FFF), table.get(3, 0));
    assertEquals("mapped edit", mapped.get(3, 0));
    assertEquals("y".repeat(0x7FFE), mapped.get(2, 0));
    assertEquals(70_000, mapped.get(1, 0).length());
  }

  @Test
  void shortRowsArePaddedWithBlanksAndLongRowsCutToTheColumns() {
    ImportTable table = ImportTable.withColumns(List.of("a", "b"));
    table.addRow(new String[] {"x"}, 2);
    table.addRow(new String[] {"1", "2", "3"}, 3);
    assertArrayEquals(new String[] {"x", ""}, table.row(0));
    assertArrayEquals(new String[] {"1", "2"}, table.row(1));
  }

  @Test
  void aCapacityHintTooSmallOrTooLargeLosesNoRowAndTrimmingKeepsThem() {
    for (int hint : new int[] {10, 2500, 100_000}) {
      ImportTable table = ImportTable.withColumns(List.of("a", "b"));
      table.addRow(new String[] {"first", "1"}, 2);
      table.ensureCapacity(hint);
      for (int r = 1; r < 2500; r++) {
        table.addRow(new String[] {"v" + r, r % 3 == 0 ? "" : "é" + r}, r + 2);
      }
      table.trimToSize();
      table.addRow(new String[] {"after", "trim"}, 9999);
      assertEquals(2501, table.rowCount(), "hint " + hint);
      assertArrayEquals(new String[] {"first", "1"}, table.row(0));
      for (int r = 1; r < 2500; r++) {
        assertArrayEquals(new String[] {"v" + r, r % 3 == 0 ? "" : "é" + r}, table.row(r));
        assertEquals(r + 2, table.line(r));
      }
      assertArrayEquals(new String[] {"after", "trim"}, table.row(2500));
    }
  }

  @Test
  void deletedRowsKeepTheirIndexAndAreCountedApart() {
    ImportTable table = ImportTable.withColumns(List.of("a"));
    table.addRow(new String[] {"x"}, 2);
    table.addRow(new String[] {"y"}, 3);
    assertTrue(table.setDeleted(0, true));
    assertEquals(2, table.rowCount());
    assertEquals(1, table.liveRowCount());
    assertEquals("x", table.get(0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> table.get(2, 0));
  }

  @Test
  void rowsAddedFromAnotherTableTakeTheChosenColumnsInAnyOrderAndLeaveTheSourceUntouched() {
    ImportTable file = ImportTable.withColumns(List.of("c0", "c1", "c2"));
    for (int r = 0; r < 3000; r++) {
      file.addRow(new String[] {"a" + r, "b€" + r, r % 7 == 0 ? "" : "c" + r}, r + 2);
    }
    file.setDeleted(5, true);
    ImportTable mapped = ImportTable.withColumns(List.of("x", "y", "z", "w"));
    mapped.addRow(new String[] {"first", "", "", ""}, 1);
    mapped.addRowsFrom(file, new int[] {2, 0, -1, 0});
    assertEquals(3001, mapped.rowCount());
    assertEquals(3001 - 1, mapped.liveRowCount());
    assertArrayEquals(new String[] {"first", "", "", ""}, mapped.row(0));
    for (int r = 0; r < 3000; r++) {
      assertArrayEquals(new String[] {file.get(r, 2), "a" + r, "", "a" + r}, mapped.row(r + 1));
      assertEquals(r + 2, mapped.line(r + 1));
    }
    assertTrue(mapped.isDeleted(6));
    mapped.set(1, 1, "edited");
    assertEquals("a0", file.get(0, 0), "editing the mapped table leaves the file's table as it was");
    assertEquals("edited", mapped.get(1, 1));
    assertEquals("a0", mapped.get(1, 3));
  }

  @Test
  void aMappedTableSharesTheSourcesSpansUntilEitherSideWrites() {
    ImportTable file = ImportTable.withColumns(List.of("c0", "c1"));
    for (int r = 0; r < 100; r++) {
      file.addRow(new String[] {"a" + r, "b" + r}, r + 2);
    }
    file.setDeleted(3, true);
    ImportTable mapped = ImportTable.withColumns(List.of("x", "y", "z"));
    mapped.addRowsFrom(file, new int[] {1, -1, 1});
    assertEquals(100, mapped.rowCount());
    assertEquals(99, mapped.liveRowCount());
    assertTrue(mapped.isDeleted(3));
    assertArrayEquals(new String[] {"b7", "", "b7"}, mapped.row(7));

    mapped.set(7, 0, "edited");
    mapped.set(8, 1, "filled");
    file.set(9, 1, "changed at the source");
    mapped.setDeleted(4, true);
    file.addRow(new String[] {"new", "row"}, 200);
    mapped.addRow(new String[] {"m", "n", "o"}, 300);

    assertArrayEquals(new String[] {"edited", "", "b7"}, mapped.row(7), "the edit stays in its cell");
    assertArrayEquals(new String[] {"b8", "filled", "b8"}, mapped.row(8));
    assertArrayEquals(new String[] {"b9", "", "b9"}, mapped.row(9), "the source's edit stays there");
    assertArrayEquals(new String[] {"a7", "b7"}, file.row(7));
    assertArrayEquals(new String[] {"a9", "changed at the source"}, file.row(9));
    assertEquals(false, file.isDeleted(4));
    assertArrayEquals(new String[] {"new", "row"}, file.row(100));
    assertArrayEquals(new String[] {"m", "n", "o"}, mapped.row(100));
    assertEquals(101, file.rowCount());
    assertEquals(101, mapped.rowCount());
    assertEquals(200, file.line(100), "rows added on each side keep their own lines");
    assertEquals(300, mapped.line(100));
    assertEquals(11, mapped.line(9));
    assertEquals(true, mapped.isDeleted(4));

    // a second mapping of the same file: a row deleted on either side stays deleted there only
    ImportTable again = ImportTable.withColumns(List.of("x"));
    again.addRowsFrom(file, new int[] {0});
    file.setDeleted(5, true);
    again.setDeleted(6, true);
    assertEquals(true, file.isDeleted(5));
    assertEquals(false, again.isDeleted(5));
    assertEquals(false, file.isDeleted(6));
    assertEquals(true, again.isDeleted(6));
    assertEquals(true, again.isDeleted(3), "the source's deleted marks come along");
    assertEquals(99, again.liveRowCount());
    assertEquals(99, file.liveRowCount());
    assertEquals(12, again.line(10));
  }

  @Test
  void everyRowKeepsItsSourceLineWhetherTheLinesRunOnOrJump() {
    ImportTable table = ImportTable.withColumns(List.of("a"));
    int[] lines = {2, 3, 4, 5, 9, 10, 0, 12};
    for (int r = 0; r < 5000; r++) {
      table.addRow(new String[] {"v" + r}, r < 3000 ? r + 2 : 4000 + 3 * r);
    }
    for (int r = 0; r < 5000; r++) {
      assertEquals(r < 3000 ? r + 2 : 4000 + 3 * r, table.line(r), "row " + r);
    }
    ImportTable small = ImportTable.withColumns(List.of("a"));
    for (int line : lines) {
      small.addRow(new String[] {"x"}, line);
    }
    ImportTable mapped = ImportTable.withColumns(List.of("b"));
    mapped.addRowsFrom(small, new int[] {0});
    mapped.addRow(new String[] {"y"}, 40);
    small.addRow(new String[] {"z"}, 13);
    for (int r = 0; r < lines.length; r++) {
      assertEquals(lines[r], small.line(r));
      assertEquals(lines[r], mapped.line(r));
    }
    assertEquals(13, small.line(8));
    assertEquals(40, mapped.line(8));
  }

  @Test
  void aTableOverParsedTextReadsEveryFieldAsTheParserMakesItWhateverTheChunking() {
    Random random = new Random(5);
    String[] pieces = {"a", "bc", "é", "日本", "\uD83D\uDE00", " ", ",", "\"", "\"\"", "\n", "\r\n",
        "x y"};
    for (int doc = 0; doc < 300; doc++) {
      StringBuilder csv = new StringBuilder();
      int rows = 1 + random.nextInt(20);
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < 3; c++) {
          if (c > 0) {
            csv.append(',');
          }
          int n = random.nextInt(5);
          if (random.nextBoolean()) {
            csv.append('"');
            for (int i = 0; i < n; i++) {
              String p = pieces[random.nextInt(pieces.length)];
              csv.append(p.equals("\"") ? "\"\"" : p);
            }
            csv.append('"');
          } else {
            for (int i = 0; i < n; i++) {
              String p = pieces[random.nextInt(pieces.length)];
              if (p.indexOf(',') < 0 && p.indexOf('"') < 0 && p.indexOf('\n') < 0) {
                csv.append(p);
              }
            }
          }
        }
        csv.append(random.nextBoolean() ? "\n" : "\r\n");
      }
      String text = csv.toString();
      List<String[]> expected = new ArrayList<>();
      dev.sluice.core.parse.CsvParser.parse(text, dev.sluice.core.parse.CsvFormat.RFC4180,
          row -> expected.add(row.toArray()));

      SourceText kept = new SourceText();
      kept.add("text from before"); // the parser's offsets start where the text stands
      ImportTable table = ImportTable.over(kept, '"', List.of("a", "b", "c"));
      // the loader's way: the parser's spans go in uncopied
      ImportTable direct = ImportTable.over(kept, '"', List.of("a", "b", "c"));
      int[] starts = new int[3];
      int[] ends = new int[3];
      dev.sluice.core.parse.CsvParser parser = new dev.sluice.core.parse.CsvParser(
          dev.sluice.core.parse.CsvFormat.RFC4180, row -> {
            int n = Math.min(3, row.size());
            for (int i = 0; i < n; i++) {
              starts[i] = row.start(i);
              ends[i] = row.isEscaped(i) ? ~row.end(i) : row.end(i);
            }
            table.addSpans(starts, ends, n, row.line());
            row.addTo(direct, n);
          }, kept);
      for (int at = 0; at < text.length(); ) {
        int to = Math.min(text.length(), at + 1 + random.nextInt(9));
        parser.feed(text.substring(at, to));
        at = to;
      }
      parser.finish();
      assertEquals(expected.size(), table.rowCount(), text);
      for (int r = 0; r < expected.size(); r++) {
        String[] want = java.util.Arrays.copyOf(expected.get(r), 3);
        for (int c = 0; c < 3; c++) {
          if (want[c] == null) {
            want[c] = "";
          }
          assertEquals(want[c].isEmpty(), table.isEmpty(r, c));
        }
        assertArrayEquals(want, table.row(r), "row " + r + " of " + text);
        assertArrayEquals(want, direct.row(r), "row " + r + " added directly, of " + text);
        assertEquals(table.line(r), direct.line(r));
      }
      table.set(0, 0, "edited after parsing");
      assertEquals("edited after parsing", table.get(0, 0));
    }
  }

  @Test
  void cellsFarFromTheirRowsStartAndColumnsOfManyEditsReadBackThroughEveryAccessor() {
    // a row of more than 64 K chars puts its later cells far from where the row starts, an edited
    // cell's value lies at the end of the text, and a column with more such cells than its map
    // keeps holds its starts as offsets of their own: every way of reading a cell must agree
    ImportTable file = ImportTable.withColumns(List.of("a", "b", "c"));
    String wide = "w".repeat(70_000);
    List<String[]> model = new ArrayList<>();
    for (int r = 0; r < 10_000; r++) {
      String[] row = r == 5 ? new String[] {wide, "after a wide cell", wide}
          : new String[] {"a" + r, "b" + r, "c" + r};
      file.addRow(row, r + 2);
      model.add(row.clone());
    }
    for (int r = 0; r < 10_000; r++) { // more than the map of far cells keeps
      file.set(r, 1, "edit " + r);
      model.get(r)[1] = "edit " + r;
    }
    for (int r = 0; r < 100; r++) { // a few: they stay in the map
      file.set(r * 7, 2, "second edit " + r);
      model.get(r * 7)[2] = "second edit " + r;
    }
    file.set(14, 2, "c14"); // a far cell edited again
    model.get(14)[2] = "c14";
    assertReadsBack(model, file);

    // the parser's spans: a field past 64 K chars of its row
    SourceText text = new SourceText();
    int at = text.append(wide + "," + "after" + "," + "x");
    ImportTable parsed = ImportTable.over(text, '"', List.of("a", "b", "c"));
    parsed.addSpans(new int[] {at, at + 70_001, at + 70_007},
        new int[] {at + 70_000, at + 70_006, at + 70_008}, 3, 2);
    assertReadsBack(List.<String[]>of(new String[] {wide, "after", "x"}), parsed);

    ImportTable mapped = ImportTable.withColumns(List.of("x", "y", "z"));
    mapped.addRowsFrom(file, new int[] {2, 1, 0});
    List<String[]> mappedModel = new ArrayList<>();
    for (String[] row : model) {
      mappedModel.add(new String[] {row[2], row[1], row[0]});
    }
    assertReadsBack(mappedModel, mapped);

    mapped.set(3, 1, "mapped edit"); // a shared column of offsets of its own: copied first
    mappedModel.get(3)[1] = "mapped edit";
    mapped.set(5, 0, "short now");
    mappedModel.get(5)[0] = "short now";
    file.addRow(new String[] {"x", "y", "z"}, 20_000);
    model.add(new String[] {"x", "y", "z"});
    assertReadsBack(model, file);
    assertReadsBack(mappedModel, mapped);
  }

  @Test
  void columnsHeldInTwoBytesACellWidenWhenACellNoLongerFitsAndLoseNothing() {
    // a cell fits two bytes while it starts under 256 chars into its row and is under 128 long;
    // the first that does not (mid-load, by an edit, in a shared column) moves its column to ints
    SourceText text = new SourceText();
    ImportTable parsed = ImportTable.over(text, '"', List.of("a", "b", "c"));
    List<String[]> model = new ArrayList<>();
    int[] lengths = {0, 1, 126, 127, 128, 300};
    int[] pads = {0, 1, 120, 253, 254, 255, 256, 400};
    for (int r = 0; r < 3000; r++) {
      // b's length and where c starts vary only after row 2000: until then all three fit
      int bLength = r < 2000 ? r % 100 : lengths[r % lengths.length];
      int pad = r < 2000 ? r % 50 : pads[r % pads.length];
      String a = "p".repeat(pad);
      String b = (r % 3 == 0 ? "q\"\"" : "q").repeat(Math.max(1, bLength / 3));
      String written = a + ",\"" + b + "\",c" + r + "\n";
      int at = text.append(written);
      int bStart = at + a.length() + 2;
      int bEnd = bStart + b.length();
      parsed.addSpans(new int[] {at, ~bStart, bEnd + 2},
          new int[] {at + a.length(), r % 3 == 0 ? ~bEnd : bEnd, bEnd + 2 + ("c" + r).length()},
          3, r + 2);
      model.add(new String[] {a, b.replace("\"\"", "\""), "c" + r});
    }
    assertReadsBack(model, parsed);

    ImportTable mapped = ImportTable.withColumns(List.of("x", "y"));
    mapped.addRowsFrom(parsed, new int[] {2, 0});
    List<String[]> mappedModel = new ArrayList<>();
    for (String[] row : model) {
      mappedModel.add(new String[] {row[2], row[0]});
    }
    parsed.set(7, 2, "an edit lies at the text's end, far from its row");
    model.get(7)[2] = "an edit lies at the text's end, far from its row";
    mapped.set(9, 0, "y".repeat(200));
    mappedModel.get(9)[0] = "y".repeat(200);
    assertReadsBack(model, parsed);
    assertReadsBack(mappedModel, mapped);
    assertEquals("c7", mapped.get(7, 0), "the source's edit stays there");
    assertEquals("c9", parsed.get(9, 2), "the mapped table's edit stays there");
  }

  /** Every cell as get, row, the span accessors and the bulk spans read it, against a model. */
  private static void assertReadsBack(List<String[]> model, ImportTable table) {
    assertEquals(model.size(), table.rowCount());
    int n = table.rowCount();
    int[] starts = new int[n];
    int[] ends = new int[n];
    for (int c = 0; c < table.columns().size(); c++) {
      table.spans(c, 0, n, starts, ends);
      for (int r = 0; r < n; r++) {
        String expected = model.get(r)[c];
        assertEquals(expected, table.get(r, c), "row " + r + ", column " + c);
        assertEquals(table.spanStart(r, c), starts[r], "start, row " + r + ", column " + c);
        assertEquals(table.spanEnd(r, c), ends[r], "end, row " + r + ", column " + c);
        String read = ends[r] < 0 ? table.text().unescape(starts[r], ~ends[r], table.quote())
            : table.text().slice(starts[r], ends[r]);
        assertEquals(expected, read, "the span of row " + r + ", column " + c);
      }
    }
    assertArrayEquals(model.get(n - 1), table.row(n - 1));
  }
}
