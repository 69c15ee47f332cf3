package dev.sluice.core.text;

import com.google.re2j.PatternSyntaxException;

/**
 * How a pattern's syntax error is told: RE2J's description and where it is. {@link Regex} and the
 * browser's pattern module both say it this way, so a schema error reads the same everywhere.
 */
public final class RegexSyntax {
  private RegexSyntax() {}

  /** "missing closing ) near index 3" for {@code (ab}. */
  public static String describe(PatternSyntaxException e) {
    return e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "");
  }
}
