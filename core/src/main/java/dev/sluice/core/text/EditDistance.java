package dev.sluice.core.text;

/**
 * Edit distance (Levenshtein with adjacent transpositions, "optimal string alignment") and a
 * similarity derived from it, for fuzzy header and value matching; {@code emial} is one edit from
 * {@code email}.
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The number of single-char insertions, deletions, substitutions and swaps of neighbours
   * turning a into b.
   */
  public static int levenshtein(String a, String b) {
    int n = a.length();
    int m = b.length();
    if (n == 0) {
      return m;
    }
    if (m == 0) {
      return n;
    }
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= n; i++) {
      current[0] = i;
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] swap = before;
      before = previous;
      previous = current;
      current = swap;
    }
    return previous[m];
  }

  /** 1 minus the distance over the longer length: 1 for equal strings, 0 for nothing in common. */
  public static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1.0 : 1.0 - (double) levenshtein(a, b) / longer;
  }
}
