package dev.sluice.browser.regex;

import dev.sluice.core.text.PatternShape;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * The browser build's {@code dev.sluice.core.text.Regex} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): the same methods, answered by the same RE2J code compiled
 * into a module of its own ({@code sluice-regex.js}, see {@link RegexModule}) that the worker loads
 * only for a schema with patterns. RE2J is a quarter of the engine; most schemas have no pattern.
 */
public final class Regex {
  private final int handle;
  /** The pattern's shape: its cells are matched here, with no call into the module. */
  private final PatternShape shape;

  private Regex(int handle, PatternShape shape) {
    this.handle = handle;
    this.shape = shape;
  }

  /**
   * Compiles a pattern.
   *
   * @throws IllegalArgumentException with {@link #syntaxError}'s text when it is not valid
   */
  public static Regex compile(String pattern) {
    String error = syntaxError(pattern);
    if (error != null) {
      throw new IllegalArgumentException(error);
    }
    JSObject module = RegexModuleLink.module();
    return new Regex(compile(module, pattern), PatternShape.parse(shape(module, pattern)));
  }

  /** What is wrong with a pattern, or null when it is valid. */
  public static String syntaxError(String pattern) {
    return syntaxError(RegexModuleLink.module(), pattern);
  }

  /** Whether the whole text matches. */
  public boolean matches(String text) {
    if (shape != null) {
      return shape.matches(text, 0, text.length());
    }
    return matches(RegexModuleLink.module(), handle, text);
  }

  /**
   * Whether the chars {@code [from, to)} of a text, all of them, match: by the pattern's shape
   * where it has one, else the span is cut from the JavaScript string, with no Java String made
   * for it, and matched in the module.
   */
  public boolean matches(String text, int from, int to) {
    if (shape != null) {
      return shape.matches(text, from, to);
    }
    return matches(RegexModuleLink.module(), handle, text, from, to);
  }

  @JSBody(params = {"module", "pattern"}, script = "return module.syntaxError(pattern);")
  private static native String syntaxError(JSObject module, String pattern);

  @JSBody(params = {"module", "pattern"}, script = "return module.shape(pattern);")
  private static native String shape(JSObject module, String pattern);

  @JSBody(params = {"module", "pattern"}, script = "return module.compile(pattern);")
  private static native int compile(JSObject module, String pattern);

  @JSBody(params = {"module", "handle", "text"}, script = "return module.matches(handle, text);")
  private static native boolean matches(JSObject module, int handle, String text);

  @JSBody(params = {"module", "handle", "text", "from", "to"},
      script = "return module.matches(handle, text.substring(from, to));")
  private static native boolean matches(JSObject module, int handle, String text, int from, int to);
}
