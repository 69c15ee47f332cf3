package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.re2j.LinearShape;
import com.google.re2j.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PatternShapeTest {
  /** Patterns a loop matches: fixed steps, and at most one repeated. */
  private static final String[] SHAPED = {
      "^[0-9]{5}$", "[0-9]{5}", "[A-Z]{2}-\\d{4}", "^\\d{3}-\\d{4}$", "[A-Za-z ]+", "^[a-z]*$",
      "\\w+@x", "ab?c", "(?i)k[a-c]", "(?i)s+", "(?i)[k-l]{2}", "(ab)", "a.c", "(?s)a.c",
      "^(?:[0-9]){2,4}x$", "[^0-9]{3}", "\\pL{2}", "\\p{Greek}+", "x\\x{1F600}?y", "(?m)^ab$",
      "[0-9]{2,}", "a{0}b", "\\Qa.b\\E", "\\d{1,3}", "[🙂-🙃]\\d", "^$", "", "..", "\\s*",
      "[\\x{D800}-\\x{DFFF}]a",
  };
  /** Patterns RE2J keeps: alternatives, groups repeated, two repeated steps, inner anchors. */
  private static final String[] UNSHAPED = {
      "a|bc", "(ab)+", "a*b*", "\\bab", "a^b", "a$b", "(?m)a$\\nb", "[0-9]+-[0-9]+", "(a|b)c|d",
      "(\\d{2}){2,3}", "a\\Bb", "[",
  };
  /** What the texts are made of: ASCII, case orbits (k, K, KELVIN SIGN; s, long s), a line feed,
   * letters beyond ASCII, a pair and lone halves. */
  private static final String[] PIECES = {
      "0", "5", "9", "a", "b", "c", "k", "K", "\u212A", "s", "S", "\u017F", "x", "y", "A", "Z",
      "-", " ", "\n", "@", "_", "é", "λ", "Ω", "\uD83D\uDE00", "\uD83D\uDE42", "\uD800", "\uDC00",
      "\t",
  };

  @Test
  void aShapedPatternMatchesEveryTextAsRe2jDoes() {
    Random random = new Random(18);
    List<String> texts = texts(random, 6_000);
    for (String pattern : SHAPED) {
      PatternShape shape = PatternShape.of(LinearShape.of(pattern));
      assertNotNull(shape, pattern);
      Pattern re2j = Pattern.compile(pattern);
      int matched = 0;
      for (String text : texts) {
        boolean expected = re2j.matcher(text).matches();
        assertEquals(expected, shape.matches(text, 0, text.length()), pattern + " on " + text);
        matched += expected ? 1 : 0;
      }
      // the texts made for a pattern also match it now and then: both answers are tried
      for (String text : matchesOf(pattern, random)) {
        assertEquals(re2j.matcher(text).matches(), shape.matches(text, 0, text.length()),
            pattern + " on " + text);
        matched += re2j.matcher(text).matches() ? 1 : 0;
      }
      assertTrue(matched > 0, pattern + " matched none of the texts");
    }
  }

  @Test
  void aSpanIsMatchedAsIfItWereTheWholeText() {
    PatternShape zip = PatternShape.of(LinearShape.of("^[0-9]{5}$"));
    String line = "x12345,9876,\uD83D\uDE00ab";
    assertTrue(zip.matches(line, 1, 6));
    assertFalse(zip.matches(line, 0, 5));
    assertFalse(zip.matches(line, 1, 7));
    assertFalse(zip.matches(line, 7, 11));
    // a pair cut at the span's end is a lone half there, as in the text RE2J would be given
    PatternShape half = PatternShape.of(LinearShape.of("a[\\x{D800}-\\x{DBFF}]"));
    assertTrue(half.matches("a\uD83D\uDE00", 0, 2));
    assertFalse(half.matches("a\uD83D\uDE00", 0, 3));
  }

  @Test
  void patternsBeyondOneRepeatedStepHaveNoShape() {
    for (String pattern : UNSHAPED) {
      assertNull(LinearShape.of(pattern), pattern);
    }
  }

  @Test
  void aShapeReadsBackAsWritten() {
    Random random = new Random(7);
    List<String> texts = texts(random, 2_000);
    for (String pattern : SHAPED) {
      int[] shape = LinearShape.of(pattern);
      PatternShape direct = PatternShape.of(shape);
      PatternShape read = PatternShape.parse(PatternShape.write(shape));
      for (String text : texts) {
        assertEquals(direct.matches(text, 0, text.length()), read.matches(text, 0, text.length()),
            pattern + " on " + text);
      }
    }
    assertNull(PatternShape.parse(PatternShape.write(null)));
  }

  @Test
  void regexAnswersAsRe2jWithOrWithoutAShape() {
    Random random = new Random(11);
    List<String> texts = texts(random, 2_000);
    List<String> patterns = new ArrayList<>(List.of(SHAPED));
    patterns.addAll(List.of(UNSHAPED).subList(0, UNSHAPED.length - 1)); // "[" is no pattern
    for (String pattern : patterns) {
      Regex regex = Regex.compile(pattern);
      Pattern re2j = Pattern.compile(pattern);
      for (String text : texts) {
        String line = "<" + text + ">";
        assertEquals(re2j.matcher(text).matches(), regex.matches(line, 1, line.length() - 1),
            pattern + " on " + text);
      }
    }
  }

  private static List<String> texts(Random random, int n) {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      texts.add(text.toString());
    }
    return texts;
  }

  /**
   * Texts spelled from a pattern's own shape, half of them then changed at one char (replaced,
   * dropped or one added): matches, and near misses.
   */
  private static List<String> matchesOf(String pattern, Random random) {
    int[] shape = LinearShape.of(pattern);
    int steps = shape[0];
    int[] stepAt = new int[steps];
    for (int s = 0, at = 4; s < steps; s++) {
      stepAt[s] = at;
      at += 1 + 2 * shape[at];
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 4_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < steps; s++) {
        int times = 1;
        if (s == shape[1]) {
          int most = shape[3] < 0 ? shape[2] + 3 : Math.min(shape[3], shape[2] + 3);
          times = shape[2] + random.nextInt(most - shape[2] + 1);
        }
        for (int t = 0; t < times; t++) {
          int ranges = shape[stepAt[s]];
          if (ranges == 0) {
            continue;
          }
          int r = stepAt[s] + 1 + 2 * random.nextInt(ranges);
          text.appendCodePoint(shape[r] + random.nextInt(Math.min(shape[r + 1] - shape[r] + 1, 50)));
        }
      }
      if (random.nextBoolean() && text.length() > 0) {
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0 -> text.replace(at, at + 1, PIECES[random.nextInt(PIECES.length)]);
          case 1 -> text.deleteCharAt(at);
          default -> text.insert(at, PIECES[random.nextInt(PIECES.length)]);
        }
      }
      texts.add(text.toString());
    }
    return texts;
  }
}
