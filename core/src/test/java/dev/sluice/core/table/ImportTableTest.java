package dev.sluice.core.table;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ImportTableTest {
  @AfterEach
  void backToTheDefault() {
    ImportTable.useStorage(ImportTable.Storage.PACKED);
  }


  @ParameterizedTest
  @EnumSource(ImportTable.Storage.class)
  void everyCellReadsBackExactlyWhateverItsCharactersAfterEditsAndTrimming(ImportTable.Storage storage) {
    ImportTable.useStorage(storage);
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

  @ParameterizedTest
  @EnumSource(ImportTable.Storage.class)
  void shortRowsArePaddedWithBlanksAndLongRowsCutToTheColumns(ImportTable.Storage storage) {
    ImportTable.useStorage(storage);
    ImportTable table = ImportTable.withColumns(List.of("a", "b"));
    table.addRow(new String[] {"x"}, 2);
    table.addRow(new String[] {"1", "2", "3"}, 3);
    assertArrayEquals(new String[] {"x", ""}, table.row(0));
    assertArrayEquals(new String[] {"1", "2"}, table.row(1));
  }

  @ParameterizedTest
  @EnumSource(ImportTable.Storage.class)
  void aCapacityHintTooSmallOrTooLargeLosesNoRowAndTrimmingKeepsThem(ImportTable.Storage storage) {
    ImportTable.useStorage(storage);
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

  @ParameterizedTest
  @EnumSource(ImportTable.Storage.class)
  void deletedRowsKeepTheirIndexAndAreCountedApart(ImportTable.Storage storage) {
    ImportTable.useStorage(storage);
    ImportTable table = ImportTable.withColumns(List.of("a"));
    table.addRow(new String[] {"x"}, 2);
    table.addRow(new String[] {"y"}, 3);
    assertTrue(table.setDeleted(0, true));
    assertEquals(2, table.rowCount());
    assertEquals(1, table.liveRowCount());
    assertEquals("x", table.get(0, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> table.get(2, 0));
  }

  @ParameterizedTest
  @EnumSource(ImportTable.Storage.class)
  void rowsAddedFromAnotherTableTakeTheChosenColumnsInAnyOrderAndLeaveTheSourceUntouched(
      ImportTable.Storage storage) {
    ImportTable.useStorage(storage);
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
}
