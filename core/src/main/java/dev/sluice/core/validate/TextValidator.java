package dev.sluice.core.validate;

import dev.sluice.core.text.Regex;
import java.util.Map;

/**
 * Text cells: length in code points and a regular expression the whole value must match.
 *
 * <p>Patterns run on RE2J ({@link Regex}), whose matching time is linear in the cell whatever the pattern (no
 * backtracking), in the browser build and on the relay alike: {@code ^(a|aa)+$} or "up to 40
 * words" on a long cell cannot hang a thread or overflow its stack.
 */
final class TextValidator implements TypeValidator {
  private final Integer minLength;
  private final Integer maxLength;
  private final Regex pattern;
  private final String patternText;

  TextValidator(Integer minLength, Integer maxLength, String pattern) {
    this.minLength = minLength;
    this.maxLength = maxLength;
    this.pattern = pattern == null ? null : Regex.compile(pattern);
    this.patternText = pattern;
  }

  /**
   * A value within the length bounds counted in chars (at most {@code max} chars are at most
   * {@code max} code points, and at least {@code 2 * min} chars at least {@code min}) that matches
   * the pattern, if any, where it lies: a pattern column's cells (a zip code, an SKU) make no
   * String each.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    return withinLength(to - from) && (pattern == null || pattern.matches(text, from, to));
  }

  /** {@link #accepts} of a value of this many chars, for a column without a pattern. */
  boolean acceptsLength(int chars) {
    return pattern == null && withinLength(chars);
  }

  private boolean withinLength(int chars) {
    return (maxLength == null || chars <= maxLength)
        && (minLength == null || minLength <= 1 || chars >= 2 * minLength);
  }

  /**
   * The most chars {@link #accepts} takes whatever they are, or -1 when it looks at more than
   * their count (a pattern, a minimum length over one).
   */
  int plainLimit() {
    if (pattern != null || minLength != null && minLength > 1) {
      return -1;
    }
    return maxLength == null ? Integer.MAX_VALUE : Math.max(0, maxLength);
  }

  @Override
  public boolean normalOnceAccepted(String text, int from, int to) {
    return true;
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    return accepts(text, from, to);
  }

  @Override
  public CellResult check(String value) {
    if (minLength != null || maxLength != null) {
      int length = value.codePointCount(0, value.length());
      if (minLength != null && length < minLength) {
        return new CellResult.Invalid("TEXT_TOO_SHORT", Map.of("min", minLength));
      }
      if (maxLength != null && length > maxLength) {
        return new CellResult.Invalid("TEXT_TOO_LONG", Map.of("max", maxLength));
      }
    }
    if (pattern != null && !pattern.matches(value)) {
      return new CellResult.Invalid("TEXT_PATTERN", Map.of("pattern", patternText));
    }
    return new CellResult.Valid(value);
  }
}
