package dev.sluice.core.xlsx;

import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cell styles of a workbook ({@code xl/styles.xml}) show numbers as dates, date-times or
 * times, or as digits among text ({@link DigitFormat}: a ZIP code's leading zero): Excel stores a
 * date or a ZIP code as a number and only the style's number format says how it is shown.
 */
public final class Styles {
  /**
   * How a numeric cell of a style is shown; {@code ELAPSED} is a duration in hours that may pass
   * 24 ({@code [h]:mm}, as timesheets sum hours), not a time of day.
   */
  public enum Kind { NUMBER, DATE, DATE_TIME, TIME, ELAPSED }

  private final List<Kind> kinds;
  /** Per style, the digit template its numbers are shown with, or null. */
  private final List<DigitFormat> digits;

  private Styles(List<Kind> kinds, List<DigitFormat> digits) {
    this.kinds = kinds;
    this.digits = digits;
  }

  /** No styles part: every number is a number. */
  public static Styles none() {
    return new Styles(List.of(), List.of());
  }

  /** Reads the styles part. */
  public static Styles read(String xml) {
    if (xml == null) {
      return none();
    }
    Map<Integer, String> formats = new HashMap<>();
    List<Kind> kinds = new ArrayList<>();
    List<DigitFormat> digits = new ArrayList<>();
    boolean[] inCellXfs = {false};
    XmlScanner scanner = new XmlScanner(new XmlScanner.Handler() {
      @Override
      public void start(String name, XmlScanner.Attributes a) {
        if (name.equals("numFmt") && a.get("numFmtId") != null) {
          formats.put(toInt(a.get("numFmtId")), a.get("formatCode"));
        } else if (name.equals("cellXfs")) {
          inCellXfs[0] = true;
        } else if (name.equals("xf") && inCellXfs[0]) {
          int id = a.get("numFmtId") == null ? 0 : toInt(a.get("numFmtId"));
          Kind kind = kindOf(id, formats.get(id));
          kinds.add(kind);
          digits.add(kind == Kind.NUMBER ? DigitFormat.parse(formats.get(id)) : null);
        }
      }

      @Override
      public void end(String name) {
        if (name.equals("cellXfs")) {
          inCellXfs[0] = false;
        }
      }

      @Override
      public void text(String text) {}
    });
    scanner.feed(xml);
    scanner.finish();
    return new Styles(kinds, digits);
  }

  /** How numbers of a style index are shown. */
  public Kind kind(int style) {
    return style >= 0 && style < kinds.size() ? kinds.get(style) : Kind.NUMBER;
  }

  /**
   * A {@link Kind#NUMBER} cell's text as its style shows it, from the number as shown in general
   * ({@link ExcelNumbers#shown}): 2134 is 02134 under a Zip Code format; unchanged under any other.
   */
  public String shown(int style, String number) {
    DigitFormat format = style >= 0 && style < digits.size() ? digits.get(style) : null;
    String text = format == null ? null : format.apply(number);
    return text == null ? number : text;
  }

  /** The kind of a number format: the built-in ids, else the date letters outside quotes. */
  static Kind kindOf(int id, String code) {
    if (id >= 14 && id <= 17 || id == 30 || id == 36 || id >= 50 && id <= 58) {
      return Kind.DATE;
    }
    if (id == 22) {
      return Kind.DATE_TIME;
    }
    if (id >= 18 && id <= 21 || id >= 45 && id <= 47) {
      return Kind.TIME;
    }
    if (code == null) {
      return Kind.NUMBER;
    }
    boolean date = false;
    boolean time = false;
    boolean elapsed = false;
    boolean month = false;
    boolean quoted = false;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quoted) {
        quoted = c != '"';
        continue;
      }
      switch (c) {
        case '"' -> quoted = true;
        case '\\', '_', '*' -> i++; // escaped or padding char
        case '[' -> {
          int end = code.indexOf(']', i);
          String inside = end < 0 ? "" : TextFold.lower(code.substring(i + 1, end));
          if (inside.equals("h") || inside.equals("hh") || inside.equals("m")
              || inside.equals("mm") || inside.equals("s") || inside.equals("ss")) {
            elapsed = true; // [h]:mm, a duration; [Red], [$-407] and [<=100] are no date
          }
          i = end < 0 ? code.length() : end;
        }
        case 'y', 'Y', 'd', 'D' -> date = true;
        case 'h', 'H', 's', 'S' -> time = true;
        case 'm', 'M' -> month = true; // a month, or minutes beside h or s
        case ';' -> i = code.length(); // only the first section decides
        default -> { }
      }
    }
    if (elapsed && !date) {
      return Kind.ELAPSED;
    }
    if (date && (time || elapsed)) {
      return Kind.DATE_TIME;
    }
    if (date) {
      return Kind.DATE;
    }
    if (time) {
      return Kind.TIME;
    }
    // "mm" alone (minutes or months) with no other date or time letter: a month-only format;
    // an m in quotes ("0 \"km\"", "0,0 \"Mio.\"") or brackets ([Magenta]) is no month
    return month ? Kind.DATE : Kind.NUMBER;
  }

  private static int toInt(String s) {
    try {
      return Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
