package dev.sluice.core.validate;

import dev.sluice.core.country.PhonePlans;
import dev.sluice.core.message.NumberRange;
import dev.sluice.core.text.CharCategories;
import dev.sluice.core.text.TextFold;
import java.util.Map;

/**
 * Phone cells normalised to E.164 ({@code +4930123456}): international numbers ({@code +} or
 * {@code 00}, {@code 011} from North America) and national numbers of the column's default country.
 * An extension ({@code ext. 12}, {@code x12}, {@code #12}) is kept as {@code ;ext=12}; a
 * {@code tel:} before the number is dropped.
 */
final class PhoneValidator implements TypeValidator {
  private final String defaultCountry;
  /** Scratch for the digits of the number being checked (see {@link #number}). */
  private char[] digits = new char[32];
  /** The default country's plan, looked up once rather than per national number. */
  private final PhonePlans.Plan defaultPlan;

  PhoneValidator(String defaultCountry) {
    this.defaultCountry = defaultCountry;
    this.defaultPlan = defaultCountry == null ? null : PhonePlans.forCountry(defaultCountry);
  }

  @Override
  public CellResult check(String value) {
    return check(value, true);
  }

  /** As {@link #check}, without building the E.164 form (the cost of most valid cells). */
  @Override
  public CellResult verify(String value) {
    return check(value, false);
  }

  /** Writes the E.164 form of a valid number straight into the builder: no String per number. */
  @Override
  public boolean appendNormal(String value, StringBuilder out) {
    return check(value, true, out) instanceof CellResult.Valid;
  }

  private CellResult check(String value, boolean normal) {
    return check(value, normal, null);
  }

  /** With a sink, a valid number's normal form is appended to it instead of being returned. */
  private CellResult check(String value, boolean normal, StringBuilder sink) {
    String v = value;
    if (v.regionMatches(true, 0, "tel:", 0, 4)) {
      v = v.substring(4).trim(); // a tel: link (RFC 3966), as contact exports and web pages write it
    }
    String extension = "";
    int ext = onlyPhoneChars(v) ? -1 : extensionStart(v);
    if (ext >= 0) {
      int digitsAt = ext;
      while (digitsAt < v.length() && !CharCategories.isDigit(v.charAt(digitsAt))) {
        digitsAt++;
      }
      String extDigits = v.substring(digitsAt).trim();
      if (extDigits.isEmpty() || extDigits.length() > 7 || !allDigits(extDigits)) {
        return invalid();
      }
      extension = ";ext=" + extDigits;
      v = v.substring(0, ext).trim();
    }
    return number(v, 0, v.length(), value, extension, normal, sink, false);
  }

  /**
   * The span path: a number written with digits, one leading plus sign and the usual separators
   * only (no extension, no full-width digits; those take the String path), checked where it lies
   * in the text with nothing made but its digits.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    return number(text, from, to, null, "", false, null, true) == PROBED;
  }

  /** A plus sign and digits only: an accepted number written so is its own E.164 form. */
  @Override
  public boolean normalOnceAccepted(String text, int from, int to) {
    if (text.charAt(from) != '+') {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    // the cheap test first: most numbers are written with separators
    return normalOnceAccepted(text, from, to) && accepts(text, from, to);
  }

  /**
   * The E.164 form of a number validation holds valid, written with a plus sign and digits
   * apart by spaces or hyphens only ({@code +1 415 555 2671}): the plus and its digits, as {@link
   * #number} would write them (it drops a trunk prefix only in brackets, {@code +44 (0)20}). Any
   * other shape is left to {@link #appendNormalAt}. Handing a file's phones over read each
   * number's plan again, half of customers' hand-over.
   */
  @Override
  public int writeValidNormalAt(String text, int from, int to, byte[] out, int at) {
    if (text.charAt(from) != '+') {
      return -1;
    }
    int k = at;
    out[k++] = '+';
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out[k++] = (byte) c;
      } else if (c != ' ' && c != '-') {
        return -1;
      }
    }
    return k;
  }

  /** The E.164 form of a number {@link #accepts} takes, written from the span into the builder. */
  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    return number(text, from, to, "", "", true, out, true) instanceof CellResult.Valid;
  }

  /**
   * Checks the number written in {@code v[from, to)} (its extension already cut off). A null
   * {@code value} probes: a valid number answers {@link #PROBED} and nothing else is made. With
   * {@code asciiOnly} (the span path), a char beyond ASCII (a full-width digit, a Unicode hyphen)
   * fails the check, in the same pass, and leaves the cell to the String path.
   */
  private CellResult number(String v, int from, int to, String value, String extension,
      boolean normal, StringBuilder sink, boolean asciiOnly) {
    // The digits go to a char array and the normal form is built once at the end: in the browser
    // build every String made from chars costs a copy through String.fromCharCode. The array is
    // this validator's own, reused: in the browser build each new one is a typed array, whose
    // allocation cost more than the rest of checking a number (nothing keeps it past this call).
    if (digits.length < to - from) {
      digits = new char[Math.max(to - from, 2 * digits.length)];
    }
    if (to - from > 2 && v.charAt(to - 2) == '.') {
      // no number's last group is one digit after a dot: a number a data frame kept as a float
      // (4155552671.0, as pandas writes a column with blanks) is read without its ".0"
      if (v.charAt(to - 1) != '0') {
        return invalid();
      }
      for (int i = v.charAt(from) == '+' ? from + 1 : from; i < to - 2; i++) {
        if (v.charAt(i) < '0' || v.charAt(i) > '9') {
          return invalid();
        }
      }
      to -= 2;
    }
    char[] d = digits;
    int n = 0;
    boolean plus = false;
    for (int i = from; i < to; i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        d[n++] = c;
      } else if (asciiOnly && c >= 0x80) {
        return invalid();
      } else if ((c == '+' || c == '\uFF0B') && n == 0 && !plus) {
        plus = true;
      } else if (c >= '\uFF10' && c <= '\uFF19') {
        d[n++] = (char) (c - '\uFF10' + '0');
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/'
          && c != '\u00A0' && c != '\u2010' && c != '\u2011' && c != '\u2013') {
        return invalid();
      }
    }
    if (n == 0) {
      return invalid();
    }
    int international = -1;
    if (plus) {
      international = 0;
    } else if (n >= 2 && d[0] == '0' && d[1] == '0') {
      international = 2;
    } else if (n >= 3 && d[0] == '0' && d[1] == '1' && d[2] == '1'
        && ("US".equals(defaultCountry) || "CA".equals(defaultCountry))) {
      international = 3;
    }
    if (international >= 0) {
      return internationalNumber(d, international, n, value, v, from, to, extension, normal,
          sink);
    }
    if (defaultCountry == null) {
      return CellResult.Invalid.of("PHONE_NO_COUNTRY");
    }
    PhonePlans.Plan plan = defaultPlan;
    int national = startsWith(d, 0, n, plan.trunk()) ? plan.trunk().length() : 0;
    return national(plan, d, national, n, value, extension, normal, sink);
  }

  private CellResult internationalNumber(char[] d, int from, int to, String value, String written,
      int writtenFrom, int writtenTo, String extension, boolean normal, StringBuilder sink) {
    PhonePlans.Plan plan = PhonePlans.forInternational(d, from, to);
    if (plan == null) {
      // seven digits in all for the four-digit numbers of Saint Helena and Tristan da Cunha
      // (+290), Niue (+683) and Tokelau (+690)
      int length = to - from;
      int code = length < 3 ? 0
          : (d[from] - '0') * 100 + (d[from + 1] - '0') * 10 + d[from + 2] - '0';
      if (length < (code == 290 || code == 683 || code == 690 ? 7 : 8) || length > 15
          || d[from] == '0') {
        return invalid();
      }
      return valid(normal, "", d, from, to, value, extension, sink);
    }
    int national = from + plan.callingCode().length();
    // "+44 (0)20 ..." writes the trunk prefix in brackets; drop it
    if (startsWith(d, national, to, plan.trunk())
        && bracketed(written, writtenFrom, writtenTo, plan.trunk())) {
      national += plan.trunk().length();
    }
    return national(plan, d, national, to, value, extension, normal, sink);
  }

  private static CellResult national(PhonePlans.Plan plan, char[] d, int from, int to,
      String value, String extension, boolean normal, StringBuilder sink) {
    if (!plan.takesLength(from < to ? d[from] : '0', to - from)) {
      return wrongLength(plan);
    }
    // North American numbers start with 2-9 (area code); other plans are checked by length
    if (plan.callingCode().equals("1") && d[from] < '2') {
      return invalid();
    }
    return valid(normal, plan.callingCode(), d, from, to, value, extension, sink);
  }

  private static final CellResult APPENDED = new CellResult.Valid("");
  private static final CellResult PROBED = new CellResult.Valid("");

  /** Whether {@code "(" + trunk + ")"} is written in {@code s[from, to)}. */
  private static boolean bracketed(String s, int from, int to, String trunk) {
    int at = s.indexOf('(', from);
    while (at >= 0 && at + trunk.length() + 2 <= to) {
      if (s.startsWith(trunk, at + 1) && s.charAt(at + 1 + trunk.length()) == ')') {
        return true;
      }
      at = s.indexOf('(', at + 1);
    }
    return false;
  }

  private static CellResult valid(boolean normal, String callingCode, char[] d, int from, int to,
      String value, String extension, StringBuilder sink) {
    if (value == null) {
      return PROBED;
    }
    if (sink != null) {
      sink.append('+').append(callingCode);
      for (int i = from; i < to; i++) {
        sink.append(d[i]);
      }
      sink.append(extension);
      return APPENDED;
    }
    return new CellResult.Valid(normal ? e164(callingCode, d, from, to, value, extension) : value);
  }

  /** "+" calling code, digits and extension; the cell itself when it is written that way. */
  private static String e164(String callingCode, char[] d, int from, int to, String value,
      String extension) {
    int length = 1 + callingCode.length() + to - from;
    if (extension.isEmpty() && value.length() == length && value.charAt(0) == '+'
        && value.startsWith(callingCode, 1)) {
      boolean same = true;
      for (int i = from, j = 1 + callingCode.length(); i < to; i++, j++) {
        if (value.charAt(j) != d[i]) {
          same = false;
          break;
        }
      }
      if (same) {
        return value;
      }
    }
    // by hand, not with getChars and System.arraycopy: in the browser build each of those makes a
    // typed-array view per call, which cost more than the dozen chars copied
    char[] out = new char[length];
    out[0] = '+';
    int at = 1;
    for (int i = 0; i < callingCode.length(); i++) {
      out[at++] = callingCode.charAt(i);
    }
    for (int i = from; i < to; i++) {
      out[at++] = d[i];
    }
    String e164 = new String(out);
    return extension.isEmpty() ? e164 : e164 + extension;
  }

  private static boolean startsWith(char[] d, int from, int to, String prefix) {
    if (prefix.isEmpty() || to - from < prefix.length()) {
      return false;
    }
    for (int i = 0; i < prefix.length(); i++) {
      if (d[from + i] != prefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Digits, plus signs and separators only: no extension to look for. */
  private static boolean onlyPhoneChars(String v) {
    return onlyPhoneChars(v, 0, v.length());
  }

  /** Digits, plus signs and separators only in {@code v[from, to)}. */
  private static boolean onlyPhoneChars(String v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isPhoneChar(v.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPhoneChar(char c) {
    return c >= '0' && c <= '9' || c == ' ' || c == '+' || c == '-' || c == '.' || c == '('
        || c == ')' || c == '/';
  }

  // ";ext=" first: the normal form's own (RFC 3966), which must read back as it was written (the
  // relay checks the widget's output again)
  private static final String[] EXTENSION_MARKERS =
      {";ext=", "extension", "ext.", "ext", " x", "#", "durchwahl", "poste"};

  private static int extensionStart(String v) {
    String lower = TextFold.lower(v);
    for (String m : EXTENSION_MARKERS) {
      int i = lower.lastIndexOf(m);
      if (i > 0) {
        String after = lower.substring(i + m.length()).trim();
        if (after.startsWith(".") || after.startsWith(":")) {
          after = after.substring(1).trim();
        }
        if (!after.isEmpty() && allDigits(after)) {
          return m.charAt(0) == ' ' ? i + 1 : i;
        }
      }
    }
    return -1;
  }

  private static boolean allDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static CellResult invalid() {
    return CellResult.Invalid.of("PHONE_INVALID");
  }

  private static CellResult wrongLength(PhonePlans.Plan plan) {
    // digits: the range the messages show ("10" where there is one length, not "10 to 10");
    // min and max stay for hosts' own translations
    return new CellResult.Invalid("PHONE_WRONG_LENGTH", Map.of("country", plan.country(),
        "min", plan.minLength(), "max", plan.maxLength(),
        "digits", new NumberRange(plan.minLength(), plan.maxLength())));
  }
}
