package dev.sluice.core.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExcelNumbersTest {
  @Test
  void numbersStoredWithSeventeenDigitsReadAsExcelShowsThem() {
    assertEquals("19.99", ExcelNumbers.shown("19.989999999999998"));
    assertEquals("68.4", ExcelNumbers.shown("68.400000000000006"));
    assertEquals("0.3", ExcelNumbers.shown("0.30000000000000004"));
    assertEquals("0.0007", ExcelNumbers.shown("6.9999999999999999E-4"));
    assertEquals("0.0007", ExcelNumbers.shown("0.00069999999999999999"));
    assertEquals("0.005", ExcelNumbers.shown("5.0000000000000001E-3"));
    assertEquals("-1234.56", ExcelNumbers.shown("-1234.5599999999999"));
    assertEquals("12345678901234600000", ExcelNumbers.shown("1.2345678901234567E+19"));
    assertEquals("1e-7", ExcelNumbers.shown("9.9999999999999995E-8"));
  }

  @Test
  void numbersAlreadyShortAreUnchanged() {
    for (String s : List.of("0", "42", "-7", "1234.5", "0.1", "1000000", "999999999999999")) {
      assertEquals(s, ExcelNumbers.shown(s));
    }
  }

  @Test
  void textThatIsNotANumberAsExcelWritesOneIsKeptAsWritten() {
    List<String> kept = new ArrayList<>(List.of("", "abc", "1d", "0x1p3", " 12", "12 ", "1.",
        ".5", "+5", "1e", "1E+", "1,5", "NaN", "Infinity", "1E+9999", "--1"));
    for (String s : kept) {
      assertEquals(s, ExcelNumbers.shown(s), s);
    }
  }
}
