package dev.sluice.core.text;

import java.util.Locale;

/**
 * Upper and lower case by the rules of no language ({@link Locale#ROOT}), whatever the default
 * locale. The browser build puts JavaScript's {@code toLowerCase} and {@code toUpperCase} in its
 * place (the same Unicode rules), so that the engine carries no {@code java.util.Locale}, whose
 * constants and default locale TeaVM builds at the first case change.
 */
public final class RootCase {
  private RootCase() {}

  /** {@code s} in lower case. */
  public static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** {@code s} in upper case. */
  public static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
