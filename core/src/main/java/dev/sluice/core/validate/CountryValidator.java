package dev.sluice.core.validate;

import dev.sluice.core.text.SpanSet;
import dev.sluice.core.text.TextFold;
import dev.sluice.core.country.Countries;

/** Country cells: ISO alpha-2, alpha-3 or an English name; the normal form is alpha-2. */
final class CountryValidator implements TypeValidator {
  /** Known alpha-2 codes by {@code (first - 'A') * 26 + (second - 'A')}: the span path's table. */
  private static final boolean[] ALPHA2 = new boolean[26 * 26];

  static {
    for (String code : Countries.alpha2Codes()) {
      if (Countries.isAlpha2(code)) {
        ALPHA2[(code.charAt(0) - 'A') * 26 + code.charAt(1) - 'A'] = true;
      }
    }
  }

  /**
   * Spellings accepted where they lie: the tables' codes, names and aliases as written, in upper
   * and lower case too, each kept only if {@link #check} finds it valid. Made once, when the
   * first country column is.
   */
  private static final class Spellings {
    static final SpanSet VALID;

    static {
      java.util.List<String> valid = new java.util.ArrayList<>();
      for (String s : Countries.spellings()) {
        for (String v : new String[] {s, TextFold.upper(s), TextFold.lower(s)}) {
          if (Countries.toAlpha2(v) != null) {
            valid.add(v);
          }
        }
      }
      VALID = new SpanSet(valid);
    }
  }

  @Override
  public boolean accepts(String text, int from, int to) {
    if (to - from == 2) {
      int a = text.charAt(from) - 'A';
      int b = text.charAt(from + 1) - 'A';
      if (a >= 0 && a < 26 && b >= 0 && b < 26) {
        return ALPHA2[a * 26 + b];
      }
    }
    return Spellings.VALID.contains(text, from, to);
  }

  /** Only an alpha-2 code in upper case is its own normal form (names become their code). */
  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    if (to - from != 2) {
      return false;
    }
    int a = text.charAt(from) - 'A';
    int b = text.charAt(from + 1) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 && ALPHA2[a * 26 + b];
  }

  @Override
  public CellResult check(String value) {
    String code = Countries.toAlpha2(value);
    return code == null ? CellResult.Invalid.of("COUNTRY_INVALID") : new CellResult.Valid(code);
  }
}
