package dev.sluice.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.Pattern;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-written shapes against the regular expressions they stand for, run by RE2J. */
class CellShapeTest {
  private static final Pattern NUMBER = Pattern.compile(CellShape.NUMBER_SHAPE);
  private static final Pattern DATE = Pattern.compile(CellShape.DATE_SHAPE);

  @Test
  void numbersAreWhatTheirRegularExpressionMatches() {
    String[] pieces = {"1", "12", "123", "1234", "0", ".", ",", "'", " ", "\u00A0", "\t", "+",
        "-", "$", "€", "£", "¥", "%", "a", "\n", "\u000B", "000", "9"};
    int matched = compare(NUMBER, pieces, 400_000, 1, true);
    assertTrue(matched > 20_000, "numbers are exercised: " + matched);
  }

  @Test
  void datesAreWhatTheirRegularExpressionMatches() {
    String[] pieces = {"1", "12", "123", "2024", "20245", "-", ".", "/", " ", "T", ":", "Z", "+",
        "05", "30", "00", "9", "x", ":00", ".5"};
    int matched = compare(DATE, pieces, 400_000, 2, false);
    assertTrue(matched > 5_000, "dates are exercised: " + matched);
  }

  @Test
  void usualCellsKeepTheirShapes() {
    for (String n : new String[] {"1", "-1.5", "1,000", "1.000,50", "€ 12", "12 %", "1'234'567",
        "$1,234.56", "1\u00A0234", "+3"}) {
      assertTrue(CellShape.isNumber(n), n);
    }
    for (String d : new String[] {"2024-03-14", "14.3.2024", "3/14/24", "2024-03-14T09:30",
        "2024-03-14 09:30:00.125+01:00", "2024-03-14T09:30:00Z", "1/2/3-0530"}) {
      assertTrue(CellShape.isDate(d), d);
    }
  }

  private static int compare(Pattern pattern, String[] pieces, int cells, int seed,
      boolean number) {
    Random random = new Random(seed);
    int matched = 0;
    for (int i = 0; i < cells; i++) {
      StringBuilder sb = new StringBuilder();
      if (!number && random.nextBoolean()) {
        // date-like: digits, separators, a time and a zone, each part sometimes off by a char
        String[] parts = {"2024", "-", "03", "/", "14", "T", "09", ":", "30", ":", "00", ".125",
            "+", "01", ":", "00"};
        for (String part : parts) {
          if (random.nextInt(6) != 0) {
            sb.append(part.length() > 1 && random.nextInt(8) == 0
                ? part.substring(random.nextInt(part.length())) : part);
          }
        }
        if (random.nextInt(4) == 0) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
      } else {
        for (int k = random.nextInt(9); k > 0; k--) {
          sb.append(pieces[random.nextInt(pieces.length)]);
        }
      }
      String cell = sb.toString();
      boolean expected = pattern.matcher(cell).matches();
      assertEquals(expected, number ? CellShape.isNumber(cell) : CellShape.isDate(cell),
          "'" + cell + "'");
      matched += expected ? 1 : 0;
    }
    return matched;
  }
}
