package dev.sluice.browser.regex;

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

  private Regex(int handle) {
    this.handle = handle;
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
    return new Regex(compile(RegexModuleLink.module(), pattern));
  }

  /** What is wrong with a pattern, or null when it is valid. */
  public static String syntaxError(String pattern) {
    return syntaxError(RegexModuleLink.module(), pattern);
  }

  /** Whether the whole text matches. */
  public boolean matches(String text) {
    return matches(RegexModuleLink.module(), handle, text);
  }

  /**
   * Whether the chars {@code [from, to)} of a text, all of them, match: the span is cut from the
   * JavaScript string, with no Java String made for it.
   */
  public boolean matches(String text, int from, int to) {
    return matches(RegexModuleLink.module(), handle, text, from, to);
  }

  @JSBody(params = {"module", "pattern"}, script = "return module.syntaxError(pattern);")
  private static native String syntaxError(JSObject module, String pattern);

  @JSBody(params = {"module", "pattern"}, script = "return module.compile(pattern);")
  private static native int compile(JSObject module, String pattern);

  @JSBody(params = {"module", "handle", "text"}, script = "return module.matches(handle, text);")
  private static native boolean matches(JSObject module, int handle, String text);

  @JSBody(params = {"module", "handle", "text", "from", "to"},
      script = "return module.matches(handle, text.substring(from, to));")
  private static native boolean matches(JSObject module, int handle, String text, int from, int to);
}
