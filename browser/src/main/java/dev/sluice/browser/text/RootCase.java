package dev.sluice.browser.text;

import org.teavm.jso.JSBody;

/**
 * The browser build's {@code dev.sluice.core.text.RootCase} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): JavaScript's own case mapping, which follows the Unicode
 * rules of no language as {@code Locale.ROOT} does on the JVM, without TeaVM's {@code Locale}.
 */
public final class RootCase {
  private RootCase() {}

  /** {@code s} in lower case. */
  @JSBody(params = "s", script = "return s.toLowerCase();")
  public static native String lower(String s);

  /** {@code s} in upper case. */
  @JSBody(params = "s", script = "return s.toUpperCase();")
  public static native String upper(String s);
}
