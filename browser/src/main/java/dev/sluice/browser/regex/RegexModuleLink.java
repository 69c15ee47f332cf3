package dev.sluice.browser.regex;

import org.teavm.jso.JSObject;

/**
 * The pattern module the worker loaded ({@code sluice-regex.js}), for {@link Regex}. A class of
 * its own: {@link Regex} is compiled under core's name, so a field of it could not be reached
 * from the worker's API by this package's name.
 */
public final class RegexModuleLink {
  private static JSObject module;

  private RegexModuleLink() {}

  /** Called by the worker before it starts an import whose schema has patterns. */
  public static void use(JSObject loaded) {
    module = loaded;
  }

  static JSObject module() {
    if (module == null) {
      throw new IllegalStateException("this schema has patterns, and the worker did not load "
          + "sluice-regex.js before starting the import");
    }
    return module;
  }
}
