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
}
