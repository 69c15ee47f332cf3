package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberValidatorTest {
  @Test
  void exponentsAreWrittenOutAsBigDecimalWritesThem() {
    Random random = new Random(11);
    for (int k = 0; k < 100_000; k++) {
      StringBuilder n = new StringBuilder(random.nextBoolean() ? "-" : "");
      int whole = random.nextInt(6);
      n.append(whole == 0 ? "0" : Integer.toString(1 + random.nextInt(9)));
      for (int i = 1; i < whole; i++) {
        n.append(random.nextInt(10));
      }
      if (random.nextBoolean()) {
        n.append('.');
        int fraction = 1 + random.nextInt(6);
        for (int i = 0; i < fraction; i++) {
          n.append(random.nextInt(3) == 0 ? '0' : (char) ('0' + random.nextInt(10)));
        }
      }
      String canonical = n.toString().equals("-0") ? "0" : n.toString();
      int exponent = random.nextInt(41) - 20;
      String expected = new java.math.BigDecimal(canonical + "e" + exponent).stripTrailingZeros()
          .toPlainString();
      assertEquals(expected, NumberParser.plain(canonical, exponent), canonical + "e" + exponent);
    }
  }

  @Test
  void theFastPathAgreesWithTheFullParserOnRandomNumbers() {
    Random random = new Random(3);
    int fast = 0;
    for (String separator : new String[] {".", ",", "auto"}) {
      for (boolean integer : new boolean[] {false, true}) {
        NumberValidator bounded = new NumberValidator(integer, -500.25, 1e9, separator, false, null);
        NumberValidator open = new NumberValidator(integer, null, null, separator, false, null);
        for (int k = 0; k < 20_000; k++) {
          String v = randomNumber(random);
          for (NumberValidator validator : new NumberValidator[] {bounded, open}) {
            CellResult viaPlain = validator.plain(v);
            if (viaPlain != null) {
              fast++;
              assertEquals(full(validator, v), viaPlain, v + " with " + separator);
            }
          }
        }
      }
    }
    assertNotNull(fast > 10_000 ? "" : null, "the fast path is taken: " + fast);
  }

  private static CellResult full(NumberValidator v, String value) {
    return v.checkFull(value);
  }

  private static String randomNumber(Random r) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(4) == 0) {
      sb.append('-');
    }
    int digits = 1 + r.nextInt(r.nextBoolean() ? 4 : 16);
    for (int i = 0; i < digits; i++) {
      sb.append((char) ('0' + r.nextInt(10)));
    }
    if (r.nextBoolean()) {
      sb.append(r.nextInt(5) == 0 ? ',' : '.');
      int fraction = r.nextInt(4);
      for (int i = 0; i < fraction; i++) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
    }
    return sb.toString();
  }
}
