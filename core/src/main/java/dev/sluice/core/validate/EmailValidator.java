package dev.sluice.core.validate;

import dev.sluice.core.text.CharCategories;
import dev.sluice.core.text.TextFold;
import java.util.Map;

/**
 * Email cells: {@code addr@example.com}, {@code Name <addr@example.com>} and
 * {@code "Name, Jr." <addr@example.com>}, with internationalised local parts and domains
 * (RFC 6531, IDN in Unicode form). The normal form is the address with the domain in lower case.
 *
 * <p>Hand-written rather than one large regular expression: it says which part is wrong, and it
 * runs in linear time on hostile input.
 */
final class EmailValidator implements TypeValidator {
  private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-";

  @Override
  public CellResult check(String value) {
    String address = value;
    int open = value.lastIndexOf('<');
    if (open >= 0) {
      if (!value.endsWith(">")) {
        return invalid("display");
      }
      address = value.substring(open + 1, value.length() - 1).trim();
      String name = value.substring(0, open).trim();
      if (name.indexOf('<') >= 0 || name.indexOf('>') >= 0) {
        return invalid("display");
      }
    } else if (value.indexOf('>') >= 0) {
      return invalid("display");
    }
    int at = address.lastIndexOf('@');
    if (at < 0) {
      return invalid("at");
    }
    if (address.startsWith("mailto:")) {
      address = address.substring(7);
      at -= 7;
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.isEmpty() || local.length() > 64 || !validLocal(local)) {
      return invalid("local");
    }
    if (!validDomain(domain)) {
      return invalid("domain");
    }
    String lowerDomain = TextFold.lower(domain);
    if (lowerDomain == domain && address == value) {
      return new CellResult.Valid(value); // already in normal form: no copy
    }
    return new CellResult.Valid(local + "@" + lowerDomain);
  }

  /**
   * Writes the normal form of an address {@link #accepts} takes (the local part as written, the
   * ASCII domain lower-cased) into the builder; any other shape is left to {@link #check}.
   */
  @Override
  public boolean appendNormal(String value, StringBuilder out) {
    if (!accepts(value, 0, value.length())) {
      return false;
    }
    int at = value.indexOf('@');
    out.append(value, 0, at + 1);
    for (int i = at + 1; i < value.length(); i++) {
      char c = value.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return true;
  }

  /** {@link #appendNormal} of an address {@link #accepts} takes, from its span. */
  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    if (!accepts(text, from, to)) {
      return false;
    }
    int at = text.indexOf('@', from);
    out.append(text, from, at + 1);
    for (int i = at + 1; i < to; i++) {
      char c = text.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    return true;
  }

  /** {@link #appendNormalAt} of an ASCII address, written as bytes. */
  @Override
  public int writeValidNormalAt(String text, int from, int to, byte[] out, int at) {
    if (!accepts(text, from, to)) {
      return -1;
    }
    boolean domain = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        return -1; // a local part such as josé: UTF-8, left to the builder
      }
      domain |= c == '@';
      out[at++] = (byte) (domain && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return at;
  }

  /**
   * A {@code local@domain} whose parts pass the same rules as in {@link #check}, the domain ASCII
   * and the local part ASCII or lower-case Latin-1 letters; display names, {@code mailto:}, other
   * scripts and anything unusual are left to check.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    int at = localPartEnd(text, from, to);
    return at >= 0 && asciiHostEnd(text, at + 1, to, false) == to;
  }

  /**
   * {@link #accepts}, and whether the address is then its own normal form (its domain has no
   * upper case letter: {@link #normalOnceAccepted}), in one pass: {@link TypeValidators#REJECTED},
   * {@link TypeValidators#ACCEPTED} or {@link TypeValidators#NORMAL}.
   */
  int acceptance(String text, int from, int to) {
    int at = localPartEnd(text, from, to);
    if (at < 0) {
      return TypeValidators.REJECTED;
    }
    int end = hostScan(text, at + 1, to, false);
    return end == to ? TypeValidators.NORMAL
        : end < -1 && ~end == to ? TypeValidators.ACCEPTED : TypeValidators.REJECTED;
  }

  /**
   * Reads the local part {@link #accepts} takes, in one pass up to the first '@' (a second one
   * fails the domain's check), and returns where that '@' is, or -1.
   */
  private static int localPartEnd(String text, int from, int to) {
    int at = from;
    char previous = '.'; // as if a dot came before: a local part may not start with one
    for (; at < to; at++) {
      char c = text.charAt(at);
      if (c == '@') {
        break;
      }
      if (c == '.') {
        if (previous == '.') {
          return -1;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
          || LOCAL_SPECIALS.indexOf(c) >= 0 || c >= 0x80 && lowerLatin1Letter(c))) {
        return -1;
      }
      previous = c;
    }
    return at < to && at > from && at - from <= 64 && previous != '.' ? at : -1;
  }

  /**
   * A Latin-1 letter that lower-casing keeps ({@code é}, {@code ß}, not {@code É}): local parts
   * such as {@code josé} stay on the span path, and the address's unique key is still the text
   * with only its ASCII letters lowered ({@link TextFold#lower} changes nothing else in it).
   */
  private static boolean lowerLatin1Letter(char c) {
    return c <= 0xFF && !(c >= 0xC0 && c <= 0xDE) && CharCategories.isLetterOrDigit(c);
  }

  /** Accepted, and the domain has no upper case letter for the normal form to lower. */
  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    return accepts(text, from, to) && normalOnceAccepted(text, from, to);
  }

  /** An accepted address is its normal form when its domain has no upper case letter. */
  @Override
  public boolean normalOnceAccepted(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      char c = text.charAt(i);
      if (c == '@') {
        return true;
      }
      if (c >= 'A' && c <= 'Z') {
        return false;
      }
    }
    return false;
  }

  /**
   * Reads an ASCII host name that {@link #validDomain} accepts (two or more labels of 1-63
   * letters, digits and inner hyphens, the last not all digits) from {@code from}, its labels
   * checked as they are read, up to {@code to} or, for a URL's host ({@code urlHost}), the first
   * slash, question mark or hash; returns where it ends, or -1 when it is not one. URLs share it so
   * that their span check reads the host once.
   */
  static int asciiHostEnd(String text, int from, int to, boolean urlHost) {
    int end = hostScan(text, from, to, urlHost);
    return end < -1 ? ~end : end;
  }

  /**
   * {@link #asciiHostEnd}, and whether the host has an upper case letter: its end when it has
   * none, {@code ~end} (below -1) when it has one, -1 when it is not a host name.
   */
  private static int hostScan(String text, int from, int to, boolean urlHost) {
    int i = from;
    int labels = 0;
    int label = from;
    boolean allDigits = true;
    boolean upper = false;
    for (; i < to; i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (!label(text, label, i)) {
          return -1;
        }
        labels++;
        allDigits = true;
        label = i + 1;
      } else if (c >= 'a' && c <= 'z' || c == '-') {
        allDigits = false;
      } else if (c >= 'A' && c <= 'Z') {
        allDigits = false;
        upper = true;
      } else if (urlHost && (c == '/' || c == '?' || c == '#')) {
        break;
      } else if (c < '0' || c > '9') {
        return -1;
      }
    }
    if (!(i - from >= 3 && i - from <= 253 && label(text, label, i) && labels >= 1 && !allDigits)) {
      return -1;
    }
    return upper ? ~i : i;
  }

  /** Whether {@code [from, to)} is a host name's label: 1-63 chars, no hyphen at either end. */
  private static boolean label(String text, int from, int to) {
    return to > from && to - from <= 63 && text.charAt(from) != '-' && text.charAt(to - 1) != '-';
  }

  private static CellResult invalid(String part) {
    return new CellResult.Invalid("EMAIL_INVALID", Map.of("part", part));
  }

  private static boolean validLocal(String local) {
    if (local.charAt(0) == '.' || local.charAt(local.length() - 1) == '.') {
      return false;
    }
    for (int i = 0; i < local.length(); i++) {
      char c = local.charAt(i);
      if (c == '.') {
        if (local.charAt(i - 1) == '.') {
          return false;
        }
      } else if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || LOCAL_SPECIALS.indexOf(c) >= 0 || (c >= 0x80 && (CharCategories.isLetterOrDigit(c)
          || CharCategories.isMark(c))) // vowel signs of Indic scripts and Thai, é as e + U+0301
          || Character.isSurrogate(c))) {
        return false;
      }
    }
    return true;
  }

  /** Host names with two or more labels; a label is 1-63 letters, digits, hyphens inside. */
  static boolean validDomain(String domain) {
    if (domain.isEmpty() || domain.length() > 253) {
      return false;
    }
    int labels = 0;
    int start = 0;
    boolean lastAllDigits = false;
    while (start <= domain.length()) {
      int end = domain.indexOf('.', start);
      if (end < 0) {
        end = domain.length();
      }
      int length = end - start;
      if (length < 1 || length > 63 || domain.charAt(start) == '-'
          || domain.charAt(end - 1) == '-') {
        return false;
      }
      boolean allDigits = true;
      for (int i = start; i < end; i++) {
        char c = domain.charAt(i);
        boolean ascii = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
            || c == '-';
        if (!ascii && !(c >= 0x80 && (CharCategories.isLetterOrDigit(c) || Character.isSurrogate(c)
            || CharCategories.isMark(c)))) {
          return false;
        }
        allDigits &= c >= '0' && c <= '9';
      }
      lastAllDigits = allDigits;
      labels++;
      start = end + 1;
      if (end == domain.length()) {
        break;
      }
    }
    return labels >= 2 && !lastAllDigits;
  }
}
