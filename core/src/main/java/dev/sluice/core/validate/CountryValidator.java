package dev.sluice.core.validate;

import dev.sluice.core.country.Countries;

/** Country cells: ISO alpha-2, alpha-3 or an English name; the normal form is alpha-2. */
final class CountryValidator implements TypeValidator {
  @Override
  public CellResult check(String value) {
    String code = Countries.toAlpha2(value);
    return code == null ? CellResult.Invalid.of("COUNTRY_INVALID") : new CellResult.Valid(code);
  }
}
