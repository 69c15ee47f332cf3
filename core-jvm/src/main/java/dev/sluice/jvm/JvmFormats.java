package dev.sluice.jvm;

import dev.sluice.core.message.ArgumentFormats;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and dates in messages as a locale writes them, with {@code java.text} and {@code java.time}. */
public final class JvmFormats implements ArgumentFormats {
  private final Locale locale;
  private final DateTimeFormatter date;
  private final DateTimeFormatter dateTime;

  /** The formats of a language tag such as {@code de} or {@code pt-BR}. */
  public JvmFormats(String languageTag) {
    this.locale = Locale.forLanguageTag(languageTag);
    this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
    this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
        .withLocale(locale);
  }

  @Override
  public String number(long value) {
    return NumberFormat.getIntegerInstance(locale).format(value); // not thread-safe: one per call
  }

  @Override
  public String date(String iso) {
    try {
      if (iso.indexOf('T') < 0) {
        return date.format(LocalDate.parse(iso));
      }
      int zone = Math.max(iso.indexOf('Z'), Math.max(iso.lastIndexOf('+'), iso.indexOf('-', 11)));
      if (zone > 0) {
        OffsetDateTime at = OffsetDateTime.parse(iso);
        return dateTime.format(at.toLocalDateTime()) + " " + at.getOffset().getId();
      }
      return dateTime.format(LocalDateTime.parse(iso));
    } catch (java.time.DateTimeException e) {
      return iso; // not an ISO date: shown as the validator wrote it
    }
  }
}
