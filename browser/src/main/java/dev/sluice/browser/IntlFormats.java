package dev.sluice.browser;

import dev.sluice.core.message.ArgumentFormats;
import org.teavm.jso.JSBody;

/**
 * Numbers and dates in messages as the user's language writes them, by the browser's
 * {@code Intl}: the same formats the page uses for its own counts.
 */
final class IntlFormats implements ArgumentFormats {
  private final String locale;

  IntlFormats(String locale) {
    this.locale = locale == null || locale.isEmpty() ? "en" : locale;
  }

  @Override
  public String number(long value) {
    return formatNumber(locale, (double) value);
  }

  @Override
  public String date(String iso) {
    return formatDate(locale, iso);
  }

  @JSBody(params = {"locale", "n"}, script = "try { return new Intl.NumberFormat(locale).format(n); }"
      + " catch (e) { return String(n); }")
  private static native String formatNumber(String locale, double n);

  // the wall time as written: its fields read as UTC and shown in UTC, the offset (if any) kept
  // as text, so no time zone of the user's machine moves the date
  @JSBody(params = {"locale", "iso"}, script = ""
      + "var m = /^(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?)?$/"
      + ".exec(iso);"
      + "if (!m) return iso;"
      + "try {"
      + "  var at = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] || 0), +(m[5] || 0), +(m[6] || 0));"
      + "  var options = m[4] ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }"
      + "      : { dateStyle: 'long', timeZone: 'UTC' };"
      + "  var text = new Intl.DateTimeFormat(locale, options).format(at);"
      + "  return m[7] ? text + ' ' + (m[7] === 'Z' ? 'UTC' : m[7]) : text;"
      + "} catch (e) { return iso; }")
  private static native String formatDate(String locale, String iso);
}
