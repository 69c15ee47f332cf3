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
   * {@link #levenshtein(String, String)} when it is at most {@code max}, else {@code max + 1}: only
   * the diagonal band of the table within {@code max} of the corner is filled, and the fill stops
   * once two rows running exceed {@code max} (a swap spans two rows). Why: matching a wide file's
   * headers against a wide schema compares thousands of pairs, and only the close ones count.
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
    int cap = max + 1; // every entry above max is held at cap: beyond it, how far does not matter
    int[] before = new int[m + 1];
    int[] previous = new int[m + 1];
    int[] current = new int[m + 1];
    for (int j = 0; j <= m; j++) {
      previous[j] = Math.min(j, cap);
    }
    int lastMin = 0;
    for (int i = 1; i <= n; i++) {
      // an entry off the band is at least its distance from the diagonal, so above max
      int lo = Math.max(1, i - max);
      int hi = Math.min(m, i + max);
      current[0] = Math.min(i, cap);
      current[lo - 1] = lo == 1 ? current[0] : cap;
      int rowMin = lo == 1 ? current[0] : cap;
      char ca = a.charAt(i - 1);
      for (int j = lo; j <= hi; j++) {
        int cost = ca == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && ca == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, before[j - 2] + 1);
        }
        d = Math.min(d, cap);
        current[j] = d;
        rowMin = Math.min(rowMin, d);
      }
      if (hi < m) {
        current[hi + 1] = cap;
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
}
