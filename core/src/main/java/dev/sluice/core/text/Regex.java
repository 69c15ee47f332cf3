package dev.sluice.core.text;

import com.google.re2j.LinearShape;
import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;

/**
 * A regular expression in RE2 syntax that a whole value must match, on RE2J: matching time is
 * linear in the value whatever the pattern (no backtracking), so a pattern such as
 * {@code ^(a|aa)+$} cannot hang a relay thread or the browser's worker.
 *
 * <p>The browser build replaces this class (its {@code META-INF/teavm.properties}) by one with the
 * same methods that runs this same RE2J code compiled into a module of its own, which the worker
 * loads only for a schema with patterns: RE2J is a quarter of the engine's size.
 */
public final class Regex {
  private final Pattern pattern;
  /** The pattern's shape, matched by a loop over the text, or null to ask RE2J. */
  private final PatternShape shape;

  private Regex(Pattern pattern, PatternShape shape) {
    this.pattern = pattern;
    this.shape = shape;
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException with {@link #syntaxError}'s text when it is not valid
   */
  public static Regex compile(String pattern) {
    try {
      return new Regex(Pattern.compile(pattern), PatternShape.of(LinearShape.of(pattern)));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(RegexSyntax.describe(e));
    }
  }

  /** What is wrong with a pattern ("missing closing ) near index 3"), or null when it is valid. */
  public static String syntaxError(String pattern) {
    return RegexSyntax.errorOf(pattern);
  }

  /** Whether the whole text matches. */
  public boolean matches(String text) {
    return shape != null ? shape.matches(text, 0, text.length()) : pattern.matcher(text).matches();
  }

  /** Whether the chars {@code [from, to)} of a text, all of them, match. */
  public boolean matches(String text, int from, int to) {
    return shape != null ? shape.matches(text, from, to) : matches(text.substring(from, to));
  }
}
