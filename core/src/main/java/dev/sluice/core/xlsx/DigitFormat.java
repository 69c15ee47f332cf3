package dev.sluice.core.xlsx;

import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.List;

/**
 * A number format that places a whole number's digits among literal text, as Excel's special
 * formats do: {@code 00000} (Zip Code), {@code 00000-0000} (Zip Code + 4), {@code 000-00-0000}
 * (Social Security Number), {@code [<=9999999]###-####;(###) ###-####} (Phone Number).
 *
 * <p>Why: such a cell stores 2134 and shows 02134. Handing over the stored number loses the
 * leading zero a ZIP code or an id needs, and differs from the CSV Excel saves of the same sheet,
 * which holds the shown text. Other formats (decimals, grouping, percent, currency, scientific) are
 * not applied: the stored number is what their columns read, as in Excel's formula bar.
 */
final class DigitFormat {
  /** A digit placeholder that shows 0 where the number has no digit left. */
  private static final char ZERO = '\uE000';
  /** A digit placeholder that shows nothing where the number has no digit left. */
  private static final char HASH = '\uE001';
  /** Literal chars Excel shows without quotes that a digit template may hold. */
  private static final String LITERALS = " -()/:+";

  /** One or two sections: placeholders and literal chars. */
  private final String[] sections;
  /** The first section's condition ({@code <=}, {@code <}, {@code >=}, ...), or null. */
  private final String operator;
  /** The digits the condition compares with. */
  private final String bound;

  private DigitFormat(String[] sections, String operator, String bound) {
    this.sections = sections;
    this.operator = operator;
    this.bound = bound;
  }

  /**
   * The digit template a format code is, or null when it is anything else: one section, or two
   * whose first has a condition ({@code [<=9999999]}); digit placeholders {@code 0} and {@code #},
   * separators (space {@code - ( ) / : +}, bare, quoted or escaped) and colors. A unit or other
   * text ({@code 0 "km"}) makes no digit template: its number is read as a number.
   */
  static DigitFormat parse(String code) {
    if (code == null || code.isEmpty()) {
      return null;
    }
    List<String> sections = new ArrayList<>();
    String operator = null;
    String bound = null;
    StringBuilder section = new StringBuilder();
    boolean placeholder = false;
    boolean changes = false; // whether it shows other than the stored digits
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '"') {
        int end = code.indexOf('"', i + 1);
        if (end < 0) {
          return null;
        }
        for (int k = i + 1; k < end; k++) {
          if (LITERALS.indexOf(code.charAt(k)) < 0) {
            return null; // a unit ("0 \"km\"") is not a digit template
          }
          section.append(code.charAt(k));
        }
        changes |= end > i + 1;
        i = end;
      } else if (c == '\\') {
        if (i + 1 >= code.length() || LITERALS.indexOf(code.charAt(i + 1)) < 0) {
          return null;
        }
        section.append(code.charAt(++i));
        changes = true;
      } else if (c == '[') {
        int end = code.indexOf(']', i);
        if (end < 0) {
          return null;
        }
        String inside = code.substring(i + 1, end);
        if (!inside.isEmpty() && "<>=".indexOf(inside.charAt(0)) >= 0) {
          if (!sections.isEmpty() || operator != null) {
            return null; // a condition in the second section
          }
          int digitsAt = inside.startsWith("<=") || inside.startsWith(">=")
              || inside.startsWith("<>") ? 2 : 1;
          operator = inside.substring(0, digitsAt);
          bound = inside.substring(digitsAt);
          if (!allDigits(bound)) {
            return null;
          }
        } else if (!isColor(inside)) {
          return null; // a currency or locale ([$€-407]), an elapsed time
        }
        i = end;
      } else if (c == '0' || c == '#') {
        section.append(c == '0' ? ZERO : HASH);
        changes |= c == '0' && placeholder; // a second 0 pads
        placeholder = true;
      } else if (LITERALS.indexOf(c) >= 0) {
        section.append(c);
        changes = true;
      } else if (c == ';') {
        if (!placeholder) {
          return null;
        }
        sections.add(section.toString());
        section.setLength(0);
        placeholder = false;
      } else {
        return null; // . , % E ? @ * _ letters: not a digit template
      }
    }
    if (!placeholder) {
      return null;
    }
    sections.add(section.toString());
    if (sections.size() > 2 || sections.size() == 2 && operator == null
        || sections.size() == 1 && operator != null || !changes) {
      return null;
    }
    return new DigitFormat(sections.toArray(new String[0]), operator, bound);
  }

  /**
   * A number as this format shows it, from the number as Excel shows it in general ({@link
   * ExcelNumbers#shown}): 2134 under {@code 00000} is 02134. Null when the number is not whole, or
   * negative under a condition: then it is shown as in general.
   */
  String apply(String shown) {
    boolean negative = shown.startsWith("-");
    String digits = negative ? shown.substring(1) : shown;
    if (!allDigits(digits) || negative && operator != null) {
      return null;
    }
    if (digits.equals("0")) {
      digits = ""; // a # shows nothing for zero, a 0 shows 0
    }
    String section = operator == null || holds(digits) ? sections[0] : sections[1];
    int first = 0;
    while (section.charAt(first) != ZERO && section.charAt(first) != HASH) {
      first++;
    }
    char[] out = new char[section.length() + digits.length()];
    int at = out.length;
    int left = digits.length();
    for (int i = section.length() - 1; i >= 0; i--) {
      char c = section.charAt(i);
      if (c != ZERO && c != HASH) {
        out[--at] = c;
      } else if (i == first && left > 0) { // the leftmost placeholder takes every digit left
        while (left > 0) {
          out[--at] = digits.charAt(--left);
        }
      } else if (left > 0) {
        out[--at] = digits.charAt(--left);
      } else if (c == ZERO) {
        out[--at] = '0';
      }
    }
    String text = new String(out, at, out.length - at);
    return negative ? "-" + text : text;
  }

  /** Whether a whole number's digits meet the first section's condition. */
  private boolean holds(String digits) {
    int cmp = compare(digits, bound);
    return switch (operator) {
      case "<" -> cmp < 0;
      case "<=" -> cmp <= 0;
      case ">" -> cmp > 0;
      case ">=" -> cmp >= 0;
      case "=" -> cmp == 0;
      default -> cmp != 0; // <>
    };
  }

  /** Compares two whole numbers written in digits (any leading zeros; "" is 0). */
  private static int compare(String a, String b) {
    String x = withoutLeadingZeros(a);
    String y = withoutLeadingZeros(b);
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }

  private static String withoutLeadingZeros(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) == '0') {
      i++;
    }
    return s.substring(i);
  }

  private static boolean allDigits(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Excel's color names and {@code Color1} to {@code Color56}. */
  private static boolean isColor(String inside) {
    String name = TextFold.lower(inside);
    return switch (name) {
      case "black", "blue", "cyan", "green", "magenta", "red", "white", "yellow" -> true;
      default -> name.startsWith("color") && name.length() > 5 && allDigits(name.substring(5));
    };
  }
}
