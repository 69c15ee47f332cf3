package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EditDistanceTest {
  @ParameterizedTest
  @CsvSource({"email,emial,1", "email,e-mail,1", "kitten,sitting,3", "abc,abc,0", ",abc,3",
      "ca,abc,3", "abcdef,badcfe,3"})
  void editDistanceCountsSwapsAsOneEdit(String a, String b, int distance) {
    assertEquals(distance, EditDistance.levenshtein(a == null ? "" : a, b));
  }

  @ParameterizedTest
  @CsvSource({"email,emial,1,1", "email,emial,0,1", "kitten,sitting,2,3", "kitten,sitting,3,3",
      "abc,abcdef,2,3", ",ab,2,2", "fieldnumber12,feldnummer12,2,2", "fieldnumber12,feldnummer13,2,3"})
  void aBoundedDistanceIsTheDistanceUpToTheBoundAndOneMoreBeyondIt(String a, String b, int max,
      int expected) {
    assertEquals(expected, EditDistance.levenshtein(a == null ? "" : a, b, max));
  }

  @Test
  void aBoundedDistanceAgreesWithTheWholeTableOnRandomPairs() {
    // a small alphabet makes matches, swaps and near misses common; lengths up to 14 cover bands
    // narrower and wider than the strings
    Random random = new Random(18);
    for (int k = 0; k < 40_000; k++) {
      String a = word(random);
      String b = random.nextInt(3) == 0 ? mutate(a, random) : word(random);
      int distance = wholeTable(a, b);
      assertEquals(distance, EditDistance.levenshtein(a, b), "'" + a + "' '" + b + "'");
      for (int max = 0; max <= 6; max++) {
        assertEquals(Math.min(distance, max + 1), EditDistance.levenshtein(a, b, max),
            "'" + a + "' '" + b + "' within " + max);
      }
    }
  }

  /** The textbook table, every entry filled: the oracle the banded, bounded one is checked by. */
  private static int wholeTable(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  private static String word(Random random) {
    StringBuilder sb = new StringBuilder();
    for (int i = random.nextInt(15); i > 0; i--) {
      sb.append((char) ('a' + random.nextInt(3)));
    }
    return sb.toString();
  }

  /** A few random edits of a word: substitutions, insertions, deletions and swaps. */
  private static String mutate(String word, Random random) {
    StringBuilder sb = new StringBuilder(word);
    for (int edits = random.nextInt(4); edits > 0; edits--) {
      int at = sb.length() == 0 ? 0 : random.nextInt(sb.length());
      switch (random.nextInt(4)) {
        case 0 -> sb.insert(at, (char) ('a' + random.nextInt(3)));
        case 1 -> { if (sb.length() > 0) sb.deleteCharAt(at); }
        case 2 -> { if (sb.length() > 0) sb.setCharAt(at, (char) ('a' + random.nextInt(3))); }
        default -> {
          if (at + 1 < sb.length()) {
            char c = sb.charAt(at);
            sb.setCharAt(at, sb.charAt(at + 1));
            sb.setCharAt(at + 1, c);
          }
        }
      }
    }
    return sb.toString();
  }
}
