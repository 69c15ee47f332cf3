package dev.sluice.core.validate;

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

  @Override
  public boolean accepts(String text, int from, int to) {
    if (to - from != 2) {
      return false;
    }
    int a = text.charAt(from) - 'A';
    int b = text.charAt(from + 1) - 'A';
    return a >= 0 && a < 26 && b >= 0 && b < 26 && ALPHA2[a * 26 + b];
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    return accepts(text, from, to);
  }

  @Override
  public CellResult check(String value) {
    String code = Countries.toAlpha2(value);
    return code == null ? CellResult.Invalid.of("COUNTRY_INVALID") : new CellResult.Valid(code);
  }
}
