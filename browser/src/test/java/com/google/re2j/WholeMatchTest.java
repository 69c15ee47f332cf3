package com.google.re2j;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class WholeMatchTest {
  private static final String[] PATTERNS = {
    "^[0-9]{5}$", "[0-9]{5}", "[A-Z]{2}-\\d{4}", "\\d{5}(-\\d{4})?", "(a|aa)+", "^(a|ab)*b$",
    "a.c", "(?i)abc", "\\bab\\b", "x*", "", "^$", "[^,]+", "\\pL+", "(?s).*", "a$|^b", "[a-c]+?c",
    "(?:ab){2,3}", "ä+", "😀|x", "\\w+@\\w+\\.\\w{2,}", "(\\d+)-(\\d+)", "^\\s*$", "a{0}b",
  };
  private static final String ALPHABET = "0123456789abcxAB-_ @.\näé😀,";

  @Test
  void aWholeMatchWithoutGroupsAnswersAsTheMatcherDoes() {
    Random random = new Random(5);
    int matched = 0;
    for (String p : PATTERNS) {
      Pattern pattern = Pattern.compile(p);
      for (int k = 0; k < 3_000; k++) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(9);
        for (int i = 0; i < length; i++) {
          text.appendCodePoint(ALPHABET.codePointAt(
              ALPHABET.offsetByCodePoints(0, random.nextInt(ALPHABET.codePointCount(0,
                  ALPHABET.length())))));
        }
        String s = k % 7 == 0 ? "12345" : k % 11 == 0 ? "AB-1234" : text.toString();
        boolean expected = pattern.matcher(s).matches();
        assertEquals(expected, WholeMatch.matches(pattern, s), p + " on " + s);
        matched += expected ? 1 : 0;
      }
    }
    assertTrue(matched > 3_000, "both answers are seen: " + matched + " matches");
  }
}
