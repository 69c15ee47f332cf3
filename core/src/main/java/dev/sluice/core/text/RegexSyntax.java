package dev.sluice.core.text;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * Whether a pattern is valid RE2 syntax, and if not what is wrong and where, as RE2J tells it:
 * {@link Regex} and the browser's pattern module both ask here, so a schema error reads the same
 * everywhere.
 */
public final class RegexSyntax {
  private RegexSyntax() {}

  /** What is wrong with a pattern ("missing closing ) near index 3"), or null when it is valid. */
  public static String errorOf(String pattern) {
    try {
      Pattern.compile(pattern);
      return null;
    } catch (PatternSyntaxException e) {
      return describe(e);
    }
  }

  /** "missing closing ) near index 3" for {@code (ab}. */
  public static String describe(PatternSyntaxException e) {
    return e.getDescription() + (e.getIndex() >= 0 ? " near index " + e.getIndex() : "");
  }
}
