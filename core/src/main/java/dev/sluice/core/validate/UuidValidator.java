package dev.sluice.core.validate;

/**
 * UUID cells in 8-4-4-4-12 hex form, also with braces, a {@code urn:uuid:} prefix or without
 * hyphens, in either case; the normal form is lower-case 8-4-4-4-12.
 *
 * <p>Read where the cell lies in the file's text: a column of UUIDs makes no String per cell
 * (upper-case GUIDs, as SQL Server and .NET write them, included).
 */
final class UuidValidator implements TypeValidator {
  @Override
  public CellResult check(String value) {
    StringBuilder out = new StringBuilder(36);
    return appendNormalAt(value, 0, value.length(), out) ? new CellResult.Valid(out.toString())
        : CellResult.Invalid.of("UUID_INVALID");
  }

  @Override
  public boolean accepts(String text, int from, int to) {
    return bodyAt(text, from, to) >= 0;
  }

  /** The text is its normal form when written lower-case 8-4-4-4-12 with nothing around it. */
  @Override
  public boolean normalOnceAccepted(String text, int from, int to) {
    if (to - from != 36) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 'A' && c <= 'F') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    return accepts(text, from, to) && normalOnceAccepted(text, from, to);
  }

  @Override
  public boolean appendNormal(String value, StringBuilder out) {
    return appendNormalAt(value, 0, value.length(), out);
  }

  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    int start = bodyAt(text, from, to);
    if (start < 0) {
      return false;
    }
    int n = text.charAt(start + 8) == '-' ? 36 : 32;
    int digits = 0;
    for (int i = start; i < start + n; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        continue;
      }
      if (digits == 8 || digits == 12 || digits == 16 || digits == 20) {
        out.append('-');
      }
      out.append(c >= 'A' && c <= 'F' ? (char) (c + ('a' - 'A')) : c);
      digits++;
    }
    return true;
  }

  /**
   * Where the UUID's 36 chars (8-4-4-4-12) or 32 hex digits start in {@code [from, to)}, after
   * an optional {@code urn:uuid:} and inside optional braces; -1 when it is none.
   */
  private static int bodyAt(String t, int from, int to) {
    if (to - from >= 9 && t.regionMatches(true, from, "urn:uuid:", 0, 9)) {
      from += 9;
    }
    if (to - from >= 2 && t.charAt(from) == '{' && t.charAt(to - 1) == '}') {
      from++;
      to--;
    }
    int n = to - from;
    if (n != 36 && n != 32) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = t.charAt(from + i);
      boolean dash = n == 36 && (i == 8 || i == 13 || i == 18 || i == 23);
      if (dash ? c != '-' : !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f'
          || c >= 'A' && c <= 'F')) {
        return -1;
      }
    }
    return from;
  }
}
