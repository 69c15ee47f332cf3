package dev.sluice.browser.regex;

import com.google.re2j.LinearShape;
import com.google.re2j.Pattern;
import com.google.re2j.WholeMatch;
import dev.sluice.core.text.PatternShape;
import dev.sluice.core.text.RegexSyntax;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSExport;

/**
 * The pattern module, {@code sluice-regex.js}: RE2J compiled by TeaVM on its own, called by the
 * engine's {@link Regex}. Patterns are kept here and named by their index.
 */
public final class RegexModule {
  private static final List<Pattern> PATTERNS = new ArrayList<>();

  private RegexModule() {}

  /** What is wrong with a pattern, told as the JVM tells it, or null when it is valid. */
  @JSExport
  public static String syntaxError(String pattern) {
    return RegexSyntax.errorOf(pattern);
  }

  /** Compiles a valid pattern and answers its index. */
  @JSExport
  public static int compile(String pattern) {
    PATTERNS.add(Pattern.compile(pattern));
    return PATTERNS.size() - 1;
  }

  /**
   * A valid pattern's shape ({@link LinearShape}) as {@link PatternShape#parse} reads it, or null
   * when it has none: the engine then matches its cells itself, with no call into this module.
   */
  @JSExport
  public static String shape(String pattern) {
    return PatternShape.write(LinearShape.of(pattern));
  }

  /** Whether a whole text matches the pattern of an index. */
  @JSExport
  public static boolean matches(int pattern, String text) {
    return WholeMatch.matches(PATTERNS.get(pattern), text);
  }
}
