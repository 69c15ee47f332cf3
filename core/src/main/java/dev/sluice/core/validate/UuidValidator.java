package dev.sluice.core.validate;

/**
 * UUID cells in 8-4-4-4-12 hex form, also with braces, a {@code urn:uuid:} prefix or without
 * hyphens; the normal form is lower-case 8-4-4-4-12.
 */
final class UuidValidator implements TypeValidator {
  @Override
  public CellResult check(String value) {
    String v = value;
    if (v.regionMatches(true, 0, "urn:uuid:", 0, 9)) {
      v = v.substring(9);
    }
    if (v.length() >= 2 && v.charAt(0) == '{' && v.charAt(v.length() - 1) == '}') {
      v = v.substring(1, v.length() - 1);
    }
    StringBuilder hex = new StringBuilder(32);
    if (v.length() == 36) {
      for (int i = 0; i < 36; i++) {
        char c = v.charAt(i);
        boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (c == '-')) {
          return CellResult.Invalid.of("UUID_INVALID");
        }
        if (!dash) {
          hex.append(c);
        }
      }
    } else if (v.length() == 32) {
      hex.append(v);
    } else {
      return CellResult.Invalid.of("UUID_INVALID");
    }
    StringBuilder out = new StringBuilder(36);
    for (int i = 0; i < 32; i++) {
      char c = Character.toLowerCase(hex.charAt(i));
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return CellResult.Invalid.of("UUID_INVALID");
      }
      if (i == 8 || i == 12 || i == 16 || i == 20) {
        out.append('-');
      }
      out.append(c);
    }
    return new CellResult.Valid(out.toString());
  }
}
