package dev.sluice.core.text;

/**
 * Edit distance (Levenshtein with adjacent transpositions, "optimal string alignment"), for fuzzy
 * header and value matching; {@code emial} is one edit from {@code email}.
 */
public final class EditDistance {
  private EditDistance() {}

  /**
   * The number of single-char insertions, deletions, substitutions and swaps of neighbours
   * turning a into b.
   */
  public static int levenshtein(String a, String b) {
    return levenshtein(a, b, Math.max(a.length(), b.length()));
  }

  /**
   * {@link #levenshtein(String, String)} when it is at most {@code max}, else {@code max + 1}: the
   * fill of the table stops once two rows running exceed {@code max} (a swap spans two rows), and
   * within one edit no table is filled. Why: matching a wide file's headers against a wide schema
   * compares thousands of pairs, and only the close ones count.
   */
  public static int levenshtein(String a, String b, int max) {
    int n = a.length();
    int m = b.length();
    if (Math.abs(n - m) > max) {
      return max + 1; // the distance is at least the difference in length
    }
    if (n == 0 || m == 0) {
      return Math.max(n, m);
    }
    if (max <= 1) {
      return Math.min(withinOne(a, b, n, m), max + 1);
    }
    int cap = max + 1; // every entry above max is held at cap: beyond it, how far does not matter
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, cap);
    }
    int lastMin = 0;
    for (int i = 1; i <= n; i++) {
      current[0] = Math.min(i, cap);
      int rowMin = current[0];
      char ca = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        current[j] = Math.min(d, cap);
        rowMin = Math.min(rowMin, current[j]);
      }
      if (rowMin > max && lastMin > max) {
        return cap; // every path to the corner crosses one of the last two rows
      }
      lastMin = rowMin;
      int[] swap = before;
      before = previous;
      previous = current;
      current = swap;
    }
    return previous[m];
  }

  /**
   * The distance of two strings whose lengths differ by at most one, or 2 when it is more than
   * one: past their common start, one char replaced, added or removed, or two neighbours swapped.
   * No table: the words of headers are compared so, thousands of pairs for a wide file.
   */
  private static int withinOne(String a, String b, int n, int m) {
    int i = 0;
    while (i < n && i < m && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    if (i == n && i == m) {
      return 0;
    }
    int skipA = n >= m ? 1 : 0; // the char replaced or removed in a
    int skipB = m >= n ? 1 : 0;
    if (a.regionMatches(i + skipA, b, i + skipB, n - i - skipA)) {
      return 1;
    }
    return n == m && i + 1 < n && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.regionMatches(i + 2, b, i + 2, n - i - 2) ? 1 : 2;
  }
}
