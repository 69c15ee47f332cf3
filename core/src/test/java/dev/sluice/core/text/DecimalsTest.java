package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DecimalsTest {
  @Test
  void decimalTextsReadAsTheJdkReadsThem() {
    Random random = new Random(9);
    for (int i = 0; i < 100_000; i++) {
      String text = (random.nextBoolean() ? "-" : "") + random.nextInt(1_000_000) + "."
          + random.nextInt(1000) + (random.nextInt(4) == 0 ? "e" + (random.nextInt(40) - 20) : "");
      assertEquals(Double.parseDouble(text), Decimals.parse(text), text);
    }
    NumberFormatException e =
        assertThrows(NumberFormatException.class, () -> Decimals.parse("12 apples"));
    assertFalse(e.getMessage().contains("apples"), "no cell content in the message");
  }

  @Test
  void wholeNumbersArePrintedWithoutAFraction() {
    assertEquals("100", Decimals.format(100.0));
    assertEquals("-3", Decimals.format(-3.0));
    assertEquals("0.5", Decimals.format(0.5));
    assertEquals("999999999999999", Decimals.format(999_999_999_999_999.0));
  }

  @Test
  void significantDigitsAreRoundedHalfAwayFromZeroAndWrittenAsJavaScriptWritesNumbers() {
    assertEquals("19.99", Decimals.significant(19.989999999999998, 15));
    assertEquals("0.3", Decimals.significant(0.1 + 0.2, 15));
    assertEquals("1", Decimals.significant(0.99999999999999989, 15));
    assertEquals("0.333333333333333", Decimals.significant(1.0 / 3, 15));
    assertEquals("-1234.56", Decimals.significant(-1234.5599999999999, 15));
    assertEquals("12345678901234600000", Decimals.significant(1.2345678901234567E19, 15));
    assertEquals("1e+21", Decimals.significant(1e21, 15));
    assertEquals("1.5e+300", Decimals.significant(1.5e300, 15));
    assertEquals("0.000001", Decimals.significant(0.000001, 15));
    assertEquals("1e-7", Decimals.significant(9.9999999999999995E-8, 15));
    assertEquals("-2.5e-10", Decimals.significant(-2.5e-10, 15));
    assertEquals("0", Decimals.significant(0.0, 15));
    assertEquals("0", Decimals.significant(-0.0, 15));
    assertEquals("1234567890123460", Decimals.significant(1234567890123455.0, 15), "a half: up");
    assertEquals("-1234567890123460", Decimals.significant(-1234567890123455.0, 15));
    assertEquals("1000", Decimals.significant(999.96, 4));
    assertEquals("Infinity", Decimals.significant(Double.POSITIVE_INFINITY, 15));
    assertEquals("NaN", Decimals.significant(Double.NaN, 15));
  }

  @Test
  void seventeenDigitsOfADoubleRoundedToFifteenReadBackAsTheDoubleTheyRoundTo() {
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      double d = Double.longBitsToDouble(random.nextLong());
      if (!Double.isFinite(d)) {
        continue;
      }
      String shown = Decimals.significant(d, 15);
      double back = Double.parseDouble(shown);
      assertEquals(new java.math.BigDecimal(d).round(new java.math.MathContext(15,
          java.math.RoundingMode.HALF_UP)).doubleValue(), back, shown);
      String mantissa = shown.split("e")[0];
      assertFalse(mantissa.contains(".") && mantissa.endsWith("0"), "no trailing zero: " + shown);
    }
  }
}
