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

  /**
   * The span reader (the common shapes, read where they lie) never decides other than the full
   * parser: on random numbers and amounts in every configuration, check (which tries the reader
   * first) answers exactly what the full parser answers, and a cell the reader proves from its
   * span is handed over as the full parser's normal form.
   */
  @Test
  void theSpanReaderAgreesWithTheFullParserOnRandomNumbersAndAmounts() {
    Random random = new Random(3);
    int proven = 0;
    int amounts = 0;
    for (String separator : new String[] {".", ",", "auto"}) {
      for (boolean integer : new boolean[] {false, true}) {
        for (String currency : new String[] {null, "", "USD", "EUR", "CAD"}) {
          boolean isCurrency = currency != null;
          String code = currency == null || currency.isEmpty() ? null : currency;
          NumberValidator bounded =
              new NumberValidator(integer, -500.25, 1e9, separator, isCurrency, code);
          NumberValidator open =
              new NumberValidator(integer, null, null, separator, isCurrency, code);
          for (int k = 0; k < 6_000; k++) {
            String v = randomNumber(random, isCurrency);
            for (NumberValidator validator : new NumberValidator[] {bounded, open}) {
              CellResult full = full(validator, v);
              assertEquals(full, validator.check(v), v + " with " + separator + " " + currency);
              String text = "7" + v + "7";
              StringBuilder made = new StringBuilder();
              if (validator.accepts(text, 1, 1 + v.length())) {
                proven++;
                amounts += isCurrency ? 1 : 0;
                assertEquals(CellResult.Valid.class, full.getClass(), v);
                assertEquals(true, validator.appendNormalAt(text, 1, 1 + v.length(), made), v);
                assertEquals(((CellResult.Valid) full).value(), made.toString(), v);
                assertEquals(v.equals(made.toString()),
                    validator.acceptsAsNormal(text, 1, 1 + v.length()), v);
              }
            }
          }
        }
      }
    }
    assertNotNull(proven > 40_000 && amounts > 10_000 ? "" : null,
        "the span reader proves cells: " + proven + ", amounts " + amounts);
  }

  private static CellResult full(NumberValidator v, String value) {
    return v.checkFull(value);
  }

  private static final String[] SYMBOLS = {"$", "US$", "C$", "\u20ac", "\u00a3", "USD", "EUR",
    "CAD", "kr", "Fr.", "eur"};
  private static final String[] GROUPS = {",", ".", " ", "\u00a0", "'", "\u2019", "_"};
  private static final String[] SPACES = {"", "", " ", "\u00a0", "\u202f", "  "};

  /** Numbers and amounts as people write them, and near misses of each shape. */
  private static String randomNumber(Random r, boolean amount) {
    StringBuilder sb = new StringBuilder();
    if (r.nextInt(4) == 0) {
      sb.append(r.nextInt(10) == 0 ? "+" : "-");
    }
    int digits = 1 + r.nextInt(r.nextBoolean() ? 4 : 16);
    String group = r.nextInt(3) == 0 ? GROUPS[r.nextInt(GROUPS.length)] : null;
    for (int i = 0; i < digits; i++) {
      if (group != null && i > 0 && (digits - i) % 3 == 0) {
        sb.append(r.nextInt(30) == 0 ? GROUPS[r.nextInt(GROUPS.length)] : group);
      }
      sb.append((char) ('0' + (i == 0 && r.nextInt(3) > 0 ? 1 + r.nextInt(9) : r.nextInt(10))));
    }
    if (r.nextBoolean()) {
      sb.append(r.nextInt(3) == 0 ? ',' : '.');
      int fraction = r.nextInt(5);
      for (int i = 0; i < fraction; i++) {
        sb.append((char) ('0' + r.nextInt(10)));
      }
    }
    if (r.nextInt(20) == 0) {
      sb.insert(r.nextInt(sb.length() + 1), "-.,0 e%".charAt(r.nextInt(7)));
    }
    if (!amount && r.nextInt(4) == 0) {
      sb.append(new String[] {"%", "%", " %", "\u00a0%", "%%"}[r.nextInt(5)]);
    }
    if (amount && r.nextInt(4) > 0) {
      String symbol = SYMBOLS[r.nextInt(SYMBOLS.length)];
      String space = SPACES[r.nextInt(SPACES.length)];
      if (r.nextBoolean()) {
        sb.insert(sb.length() > 0 && sb.charAt(0) == '-' && r.nextBoolean() ? 1 : 0,
            symbol + space);
      } else {
        sb.append(space).append(symbol);
      }
      if (r.nextInt(8) == 0) {
        sb.insert(0, '-');
      }
    }
    return sb.toString();
  }
}
