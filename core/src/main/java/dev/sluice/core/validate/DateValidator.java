package dev.sluice.core.validate;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Date and datetime cells: every accepted format is tried, and a value that two formats read as
 * different dates (such as {@code 03/04/2024} with both {@code dd/MM/uuuu} and {@code MM/dd/uuuu})
 * is reported as ambiguous rather than guessed. The normal form is ISO 8601.
 *
 * <p>Patterns use java.time letters; {@code y} is read as {@code u} (proleptic year) so that strict
 * resolving works without an era, and month names are matched ignoring case, in English.
 */
final class DateValidator implements TypeValidator {
  /** The formats tried when a date column lists none: ISO, then common European and US ones. */
  static final List<String> DEFAULT_DATE_FORMATS = List.of(
      "uuuu-MM-dd", "uuuu/MM/dd", "d.M.uuuu", "d/M/uuuu", "M/d/uuuu", "d-M-uuuu", "d MMM uuuu",
      "d MMMM uuuu", "MMM d, uuuu", "MMMM d, uuuu", "uuuuMMdd");
  /** The formats tried when a datetime column lists none. */
  static final List<String> DEFAULT_DATETIME_FORMATS = List.of(
      "uuuu-MM-dd'T'HH:mm[:ss][.SSS][XXX]", "uuuu-MM-dd HH:mm[:ss][.SSS][XXX]",
      "d.M.uuuu H:mm[:ss]", "d/M/uuuu H:mm[:ss]", "M/d/uuuu H:mm[:ss]", "M/d/uuuu h:mm[:ss] a");

  private final boolean withTime;
  private final List<DateTimeFormatter> formatters = new ArrayList<>();
  private final String formatList;

  DateValidator(List<String> formats, boolean withTime) {
    this.withTime = withTime;
    List<String> patterns = formats.isEmpty()
        ? (withTime ? DEFAULT_DATETIME_FORMATS : DEFAULT_DATE_FORMATS) : formats;
    for (String pattern : patterns) {
      formatters.add(new DateTimeFormatterBuilder().parseCaseInsensitive()
          .appendPattern(strictYear(pattern)).toFormatter(Locale.ENGLISH)
          .withResolverStyle(ResolverStyle.STRICT));
    }
    this.formatList = String.join(", ", patterns);
  }

  @Override
  public CellResult check(String value) {
    String found = null;
    String other = null;
    for (int i = 0; i < formatters.size() && other == null; i++) {
      String iso = parse(formatters.get(i), value);
      if (iso == null) {
        continue;
      }
      if (found == null) {
        found = iso;
      } else if (!found.equals(iso)) {
        other = iso;
      }
    }
    if (found == null) {
      return new CellResult.Invalid(withTime ? "DATETIME_INVALID" : "DATE_INVALID",
          Map.of("formats", formatList));
    }
    if (other != null) {
      return new CellResult.Invalid("DATE_AMBIGUOUS", Map.of("first", found, "second", other));
    }
    return new CellResult.Valid(found);
  }

  private String parse(DateTimeFormatter formatter, String value) {
    try {
      if (!withTime) {
        return formatter.parse(value, LocalDate::from).toString();
      }
      TemporalAccessor t = formatter.parseBest(value, OffsetDateTime::from, LocalDateTime::from);
      if (t instanceof OffsetDateTime odt) {
        return odt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      }
      return ((LocalDateTime) t).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Replaces unquoted {@code y} by {@code u}. */
  static String strictYear(String pattern) {
    StringBuilder sb = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      sb.append(!quoted && c == 'y' ? 'u' : c);
    }
    return sb.toString();
  }
}
