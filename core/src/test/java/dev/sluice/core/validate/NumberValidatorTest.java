package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberValidatorTest {
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
