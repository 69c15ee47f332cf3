package dev.sluice.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaGuardTest {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
      =1+1 => '=1+1
      =HYPERLINK("http://x") => '=HYPERLINK("http://x")
      +cmd|' /C calc'!A0 => '+cmd|' /C calc'!A0
      -2+3+cmd|' /C calc'!A0 => '-2+3+cmd|' /C calc'!A0
      @SUM(A1:A2) => '@SUM(A1:A2)
      `\t=1` => `'\t=1`
      ＝1+1 => '＝1+1
      -12.5 => -12.5
      +49 30 1234567 => +49 30 1234567
      -1,234.50 => -1,234.50
      plain => plain
      a=b => a=b
      `` => ``
      """)
  void riskyCellsGetAnApostropheAndNumbersStayIntact(String cell, String expected) {
    String in = cell == null ? "" : cell.replace("\\t", "\t");
    String out = expected == null ? "" : expected.replace("\\t", "\t");
    assertEquals(out, FormulaGuard.neutralize(in));
  }

  @ParameterizedTest
  @CsvSource({"'\r=1'", "'-'", "'+'", "'- 1'", "'-1 '"})
  void edgeCasesAreNeutralised(String cell) {
    assertEquals("'" + cell, FormulaGuard.neutralize(cell));
  }
}
