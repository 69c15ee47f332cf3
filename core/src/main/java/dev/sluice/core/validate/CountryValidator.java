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
      java.util.Map<String, String> valid = new java.util.LinkedHashMap<>();
      for (String s : Countries.spellings()) {
        for (String v : new String[] {s, TextFold.upper(s), TextFold.lower(s)}) {
          String code = Countries.toAlpha2(v);
          if (code != null) {
            valid.putIfAbsent(v, code);
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
      if (a >= 0 && a < 26 && b >= 0 && b < 26 && ALPHA2[a * 26 + b]) {
        return true;
      }
    }
    return Spellings.VALID.contains(text, from, to); // UK and the names
  }

  /** The alpha-2 code of a spelling {@link #accepts} takes, appended from the span. */
  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    String code = Spellings.VALID.valueOf(text, from, to);
    if (code == null && acceptsAsNormal(text, from, to)) {
      code = text.substring(from, to); // an alpha-2 code outside the spellings: itself
    }
    if (code == null) {
      return false;
    }
    out.append(code);
    return true;
  }

  /** {@link #appendNormalAt}'s code, written as bytes. */
  @Override
  public int writeValidNormalAt(String text, int from, int to, byte[] out, int at) {
    String code = Spellings.VALID.valueOf(text, from, to);
    return code == null ? -1 : TypeValidators.writeAscii(code, out, at);
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
