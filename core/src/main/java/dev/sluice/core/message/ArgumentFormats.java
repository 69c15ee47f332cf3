package dev.sluice.core.message;

/**
 * How a message shows numbers and dates to its reader: grouped digits and a long date in the
 * reader's language.
 *
 * <p>A platform gap: the browser asks {@code Intl}, the JVM {@code java.text} and
 * {@code java.time}; core's own {@link #PLAIN} writes digits and ISO dates as they are.
 */
public interface ArgumentFormats {
  /** Digits without grouping and dates as ISO text, the same in every language. */
  ArgumentFormats PLAIN = new ArgumentFormats() {
    @Override
    public String number(long value) {
      return Long.toString(value);
    }

    @Override
    public String date(String iso) {
      return iso;
    }
  };

  /** A whole number as its reader writes it, such as {@code 1,234} or {@code 1.234}. */
  String number(long value);

  /**
   * A date ({@code 2024-03-31}) or date and time ({@code 2024-03-31T14:05}) as its reader writes
   * it, such as {@code 31 March 2024}; the ISO text itself when it is neither.
   */
  String date(String iso);
}
