package dev.sluice.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.parse.CsvDocument;
import dev.sluice.core.parse.CsvFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

  @Test
  void ourParserReadsBackEveryRowExactlyAndFormulasAreDefused() {
    Random random = new Random(5);
    String alphabet = "ab,\"\r\n ;é日";
    CsvWriter writer = new CsvWriter(',');
    String[][] rows = new String[300][];
    for (int r = 0; r < rows.length; r++) {
      rows[r] = new String[1 + random.nextInt(4)];
      for (int c = 0; c < rows[r].length; c++) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        rows[r][c] = sb.toString();
      }
      writer.row(rows[r]);
    }
    writer.row("=1+2", "-5");
    {
      List<String[]> back = CsvDocument.parse(writer.text(),
          CsvFormat.RFC4180.toBuilder().skipEmptyLines(false).build()).rows();
      for (int r = 0; r < rows.length; r++) {
        String[] expected = rows[r].clone();
        for (int c = 0; c < expected.length; c++) {
          expected[c] = FormulaGuard.neutralize(expected[c]);
        }
        assertArrayEquals(expected, back.get(r), "row " + r);
      }
      assertArrayEquals(new String[] {"'=1+2", "-5"}, back.get(rows.length));
      assertEquals(rows.length + 1, back.size());
    }
  }
}
