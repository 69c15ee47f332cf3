package dev.sluice.core.match;

import dev.sluice.core.text.Spaces;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.text.EditDistance;
import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Matches file headers to importer columns: a remembered mapping first, then exact, normalised
 * (case, spaces, punctuation, accents), alias, synonym ({@link HeaderSynonyms}) and fuzzy
 * matches, each header to at most one column.
 *
 * <p>Candidates of every header and column are scored and taken strongest first, so a good match
 * elsewhere is never stolen by an earlier, weaker one.
 */
public final class ColumnMatcher {
  /** The lowest fuzzy score offered as a suggestion. */
  public static final double FUZZY_THRESHOLD = 0.7;
  /**
   * The confidence of a {@link MatchKind#SYNONYM} match: under an alias the importer lists, over
   * all but the closest fuzzy matches.
   */
  static final double SYNONYM = 0.85;
  /**
   * The confidence of a header whose last words are a synonym of a column's name ({@code Billing
   * Postal Code} for {@code zip}): a fuzzy match, under the whole header's synonym.
   */
  static final double SUFFIX_SYNONYM = 0.78;
  /** How far a fuzzy match's values move its rank: a sample all valid +0.05, none -0.05. */
  static final double FIT_WEIGHT = 0.1;

  private ColumnMatcher() {}

  /** Matches headers without a remembered mapping. */
  public static ColumnMapping match(Importer importer, List<String> headers) {
    return match(importer, headers, null);
  }

  /**
   * Matches headers; a remembered mapping is used as a whole when it was made for the same
   * importer and header set (columns since removed from the importer are matched afresh).
   */
  public static ColumnMapping match(Importer importer, List<String> headers,
      RememberedMapping remembered) {
    return match(importer, headers, remembered, ValueFit.NONE);
  }

  /**
   * {@link #match(Importer, List, RememberedMapping)}, with fuzzy matches ranked up or down by
   * how well the header's values suit the column ({@link ValueFit}): by at most {@value
   * #FIT_WEIGHT} / 2 either way, enough to decide between near ties, not to overturn a clearly
   * better name. A match's confidence stays that of its name.
   */
  public static ColumnMapping match(Importer importer, List<String> headers,
      RememberedMapping remembered, ValueFit fit) {
    List<Column> columns = importer.columns();
    List<double[]> candidates = new ArrayList<>();
    boolean useRemembered = remembered != null
        && remembered.fingerprint().equals(ColumnMapping.fingerprint(importer, headers));
    Set<Integer> decided = new HashSet<>();
    List<Integer> notImported = new ArrayList<>();
    if (useRemembered) {
      for (int h = 0; h < headers.size(); h++) {
        String key = remembered.columns().get(TextFold.fold(headers.get(h)));
        int c = key == null ? -1 : importer.indexOf(key);
        if (c >= 0) {
          candidates.add(new double[] {2.0, MatchKind.REMEMBERED.ordinal(), h, c, 1.0});
          decided.add(h);
        } else if (key == null || key.equals(RememberedMapping.NOT_IMPORTED)) {
          decided.add(h);
          if (key != null) {
            notImported.add(h);
          }
        }
      }
    }
    // the certain matches first: a remembered column (2.0) or a header equal to a column's key or
    // label (1.0) outranks every other kind (0.95 at most), so what they take stands whatever
    // else is scored; only the headers they leave open are folded and scored (none, in a file
    // made from the importer's own template, its headers the columns' labels)
    for (int h = 0; h < headers.size(); h++) {
      if (!decided.contains(h)) {
        String raw = Spaces.strip(headers.get(h));
        for (int c = 0; c < columns.size(); c++) {
          if (raw.equals(columns.get(c).key()) || raw.equals(columns.get(c).label())) {
            candidates.add(new double[] {1.0, MatchKind.EXACT.ordinal(), h, c, 1.0});
          }
        }
      }
    }
    HeaderMatch[] result = take(candidates, importer, headers);
    int taken = 0;
    for (int h = 0; h < result.length; h++) {
      if (result[h] != null) {
        decided.add(h);
        taken++;
      }
    }
    if (decided.size() < headers.size() && taken < columns.size()) {
      scoreNames(importer, headers, decided, candidates);
      rankByValues(candidates, columns.size(), headers.size(), fit);
      result = take(candidates, importer, headers);
    }
    for (int h = 0; h < result.length; h++) {
      if (result[h] == null) {
        result[h] = new HeaderMatch(h, headers.get(h), null, MatchKind.NONE, 0);
      }
    }
    ColumnMapping mapping = new ColumnMapping(importer, headers, Arrays.asList(result));
    for (int h : notImported) {
      mapping = mapping.withIgnored(h);
    }
    if (useRemembered && importer.allowCustomColumns()) {
      for (int h = 0; h < headers.size(); h++) {
        String name = remembered.custom().get(TextFold.fold(headers.get(h)));
        if (name != null && result[h].column() == null && mapping.customNameProblem(name) == null) {
          mapping = mapping.withCustom(h, name);
        }
      }
    }
    return mapping;
  }

  /** Adds every open header's best way of matching each column to the candidates. */
  private static void scoreNames(Importer importer, List<String> headers, Set<Integer> decided,
      List<double[]> candidates) {
    List<Column> columns = importer.columns();
    // each column's names folded once, not once a header (a hundred headers against a hundred
    // columns folded the same names ten thousand times)
    Header[][] names = new Header[columns.size()][];
    for (int c = 0; c < names.length; c++) {
      Column column = columns.get(c);
      List<String> aliases = column.aliases();
      names[c] = new Header[aliases.size() + 2];
      for (int n = 0; n < names[c].length; n++) {
        names[c][n] = new Header(n == 0 ? column.key() : n == 1 ? column.label()
            : aliases.get(n - 2));
      }
    }
    for (int h = 0; h < headers.size(); h++) {
      if (decided.contains(h)) {
        continue;
      }
      Header header = new Header(headers.get(h));
      for (int c = 0; c < columns.size(); c++) {
        double[] best = score(header, columns.get(c), names[c]);
        if (best != null) {
          candidates.add(new double[] {best[0], best[1], h, c, best[0]});
        }
      }
    }
  }

  /**
   * Takes candidates strongest first (by score, then kind, header and column), each header and
   * each column at most once; a header none is taken for is null.
   */
  private static HeaderMatch[] take(List<double[]> candidates, Importer importer,
      List<String> headers) {
    List<Column> columns = importer.columns();
    candidates.sort((x, y) -> {
      int cmp = Double.compare(y[0], x[0]);
      if (cmp == 0) {
        cmp = Double.compare(x[1], y[1]);
      }
      if (cmp == 0) {
        cmp = Double.compare(x[2], y[2]);
      }
      return cmp == 0 ? Double.compare(x[3], y[3]) : cmp;
    });
    HeaderMatch[] result = new HeaderMatch[headers.size()];
    boolean[] taken = new boolean[columns.size()];
    for (double[] cand : candidates) {
      int h = (int) cand[2];
      int c = (int) cand[3];
      if (result[h] == null && !taken[c]) {
        result[h] = new HeaderMatch(h, headers.get(h), columns.get(c).key(),
            MatchKind.values()[(int) cand[1]], Math.min(1.0, cand[4]));
        taken[c] = true;
      }
    }
    return result;
  }

  /**
   * Moves the rank of fuzzy candidates by their values' fit, asking only where it can change the
   * outcome: not for a column or header that a stronger kind of match claims, and not for a
   * candidate more than {@link #FIT_WEIGHT} below its column's best fuzzy one. Why: each answer
   * checks a sample of values, and a wide file scored against a wide schema has thousands of
   * fuzzy pairs.
   */
  private static void rankByValues(List<double[]> candidates, int columns, int headers,
      ValueFit fit) {
    if (fit == ValueFit.NONE) {
      return;
    }
    double fuzzy = MatchKind.FUZZY.ordinal();
    boolean[] strongColumn = new boolean[columns];
    boolean[] strongHeader = new boolean[headers];
    double[] bestFuzzy = new double[columns];
    for (double[] cand : candidates) {
      int c = (int) cand[3];
      if (cand[1] != fuzzy) {
        strongColumn[c] = true;
        strongHeader[(int) cand[2]] = true;
      } else {
        bestFuzzy[c] = Math.max(bestFuzzy[c], cand[0]);
      }
    }
    for (double[] cand : candidates) {
      int h = (int) cand[2];
      int c = (int) cand[3];
      if (cand[1] == fuzzy && !strongColumn[c] && !strongHeader[h]
          && cand[0] >= bestFuzzy[c] - FIT_WEIGHT) {
        double f = fit.of(h, c);
        if (f >= 0) {
          cand[0] += FIT_WEIGHT * (Math.min(1, f) - 0.5);
        }
      }
    }
  }

  /**
   * {score, kind ordinal} of the best way a header matches a column, or null; the column's key,
   * label and aliases given folded, in that order.
   */
  static double[] score(Header header, Column column, Header[] names) {
    if (header.raw.equals(column.key()) || header.raw.equals(column.label())) {
      return kind(1.0, MatchKind.EXACT);
    }
    if (header.compact.isEmpty()) {
      return null;
    }
    if (header.compact.equals(names[0].compact) || header.compact.equals(names[1].compact)) {
      return kind(0.95, MatchKind.NORMALIZED);
    }
    for (int a = 2; a < names.length; a++) {
      if (header.compact.equals(names[a].compact)) {
        return kind(0.9, MatchKind.ALIAS);
      }
    }
    if (header.synonyms >= 0) {
      for (Header name : names) {
        if (name.synonyms == header.synonyms) {
          return kind(SYNONYM, MatchKind.SYNONYM);
        }
      }
    }
    double best = 0;
    if (header.suffixSynonyms >= 0) {
      for (Header name : names) {
        if (name.synonyms == header.suffixSynonyms) {
          best = SUFFIX_SYNONYM; // "Billing Postal Code" for a column named zip
          break;
        }
      }
    }
    for (Header name : names) {
      best = Math.max(best, fuzzy(header, name));
    }
    return best >= FUZZY_THRESHOLD ? kind(best, MatchKind.FUZZY) : null;
  }

  /** A candidate's {score, kind ordinal}. */
  private static double[] kind(double score, MatchKind kind) {
    return new double[] {score, kind.ordinal()};
  }

  /** Similarity below the certain kinds: edit distance, shared words, or one name inside the other. */
  static double fuzzy(Header header, Header name) {
    String compact = name.compact;
    if (compact.isEmpty()) {
      return 0;
    }
    // an edit score under the threshold never decides a match (the other scores below give the
    // same maximum over it), so the distance is worked out only up to the most edits that keep
    // the score at the threshold (a hair over: one whose score is the threshold exactly counts)
    int longest = Math.max(compact.length(), header.compact.length());
    int most = (int) (longest * (1 - FUZZY_THRESHOLD / 0.88) + 1e-9);
    int distance = EditDistance.levenshtein(header.compact, compact, most);
    double score = distance > most ? 0 : 0.88 * (1.0 - (double) distance / longest);
    String[] tokens = name.tokens;
    int shared = 0;
    for (String t : tokens) {
      for (String ht : header.tokens) {
        if (t.equals(ht) || t.length() >= 4 && ht.length() >= 4
            && EditDistance.levenshtein(t, ht, 1) <= 1) {
          shared++;
          break;
        }
      }
    }
    double dice = 2.0 * shared / (tokens.length + header.tokens.length);
    score = Math.max(score, 0.88 * dice);
    String shorter = compact.length() <= header.compact.length() ? compact : header.compact;
    String longer = shorter == compact ? header.compact : compact;
    if (shorter.length() >= 4 && longer.contains(shorter)
        || shorter == compact && endsWithWords(header.tokens, tokens)) {
      score = Math.max(score, 0.7 + 0.18 * shorter.length() / longer.length());
    }
    return score;
  }

  /**
   * Whether a header's last words are a name's words ({@code Default Address Zip} and {@code
   * Zip}): exports put a group's name before each of its fields, and a name shorter than four
   * letters is contained only so (as a run of letters, {@code zip} is in {@code zipper} too).
   */
  static boolean endsWithWords(String[] headerWords, String[] nameWords) {
    int offset = headerWords.length - nameWords.length;
    if (nameWords.length == 0 || offset <= 0) {
      return false;
    }
    for (int i = 0; i < nameWords.length; i++) {
      if (!nameWords[i].equals(headerWords[offset + i])) {
        return false;
      }
    }
    return true;
  }

  /** A header (or a column's name) folded once for all columns (or headers). */
  static final class Header {
    final String raw;
    final String compact;
    final String[] tokens;
    /** Its group of {@link HeaderSynonyms}, or -1. */
    final int synonyms;
    /**
     * The group of its longest ending of one to three words that has one, when the whole header
     * has none ({@code Mailing Zip/Postal Code}: {@code postal code}), or -1.
     */
    final int suffixSynonyms;

    Header(String raw) {
      this.raw = Spaces.strip(raw);
      this.compact = TextFold.compact(raw);
      String folded = TextFold.fold(raw);
      this.tokens = TextFold.words(folded);
      // the first of a numbered group's fields is its main one: Google Contacts' "Organization 1 -
      // Name" is the organization name (a "2" is left as it is: "Address 2" is no address)
      String[] words = primary(tokens);
      int whole = HeaderSynonyms.groupOf(compact);
      this.synonyms = whole >= 0 || words == tokens ? whole
          : HeaderSynonyms.groupOf(String.join("", words));
      int suffix = -1;
      for (int k = Math.min(3, words.length - 1); k >= 1 && synonyms < 0 && suffix < 0; k--) {
        suffix = HeaderSynonyms.groupOf(String.join("", java.util.Arrays.copyOfRange(words,
            words.length - k, words.length)));
      }
      this.suffixSynonyms = suffix;
    }

    /** The words without a "1" between others, or the words themselves when they have none. */
    private static String[] primary(String[] words) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < words.length; i++) {
        if (!(words[i].equals("1") && i > 0 && i < words.length - 1)) {
          kept.add(words[i]);
        }
      }
      return kept.size() == words.length ? words : kept.toArray(new String[0]);
    }
  }
}
