package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class ExcelTextTest {
  @Test
  void escapesExcelWritesForCharsXmlCannotHoldAreRead() {
    assertEquals("line one\r\nline two", ExcelText.unescape("line one_x000D_\nline two"));
    assertEquals("a\tb", ExcelText.unescape("a_x0009_b"));
    assertEquals("\u0008", ExcelText.unescape("_x0008_"));
    assertEquals("\uD83D\uDE00", ExcelText.unescape("_xD83D__xDE00_"), "a surrogate pair");
    assertEquals("é", ExcelText.unescape("_x00e9_"), "lower case hex");
  }

  @Test
  void aLiteralEscapeWrittenWithItsUnderscoreEscapedReadsBackAsTyped() {
    assertEquals("_x000D_", ExcelText.unescape("_x005F_x000D_"));
    assertEquals("SKU_x0041_B", ExcelText.unescape("SKU_x005F_x0041_B"));
    assertEquals("_\r", ExcelText.unescape("_x005F__x000D_"));
  }

  @Test
  void underscoresOfOtherShapesAreKept() {
    String plain = "first_name x_y";
    assertSame(plain, ExcelText.unescape(plain), "no escape: no copy");
    for (String s : new String[] {"_x", "_x00", "_x000D", "_xd_", "_x00G0_", "_X000D_",
        "_x\uFF10\uFF10\uFF10\uFF10_", "__x", "a_x000"}) {
      assertEquals(s, ExcelText.unescape(s), s);
    }
    assertEquals("_\r", ExcelText.unescape("__x000D_"), "the escape starts at the second");
  }
}
