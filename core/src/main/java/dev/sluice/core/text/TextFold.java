package dev.sluice.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Folds text for loose comparison: accents removed, lower case, camelCase and punctuation turned
 * into single spaces, full-width forms made ASCII. {@code "E-Mail Adresse"}, {@code "eMail_adresse"}
 * and {@code "É-mail  adresse"} all fold to {@code "e mail adresse"}.
 *
 * <p>A small table for Latin letters instead of {@code java.text.Normalizer}, so that the browser
 * build carries no Unicode decomposition data.
 */
public final class TextFold {
  // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) to their base letters; '\0' = drop
  private static final String LATIN =
      "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuyty"
      + "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRrSsSsSs"
      + "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZzs";

  private TextFold() {}

  /**
   * Lower case by {@code Locale.ROOT} rules; the same instance when nothing changes. Most cells are
   * already lower case, and this spares the copy (costly in the browser build).
   */
  public static String lower(String s) {
    boolean upper = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0xFF) {
        return RootCase.lower(s);
      }
      upper |= c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0xDE && c != 0xD7;
    }
    return upper ? latin1Lower(s) : s;
  }

  /**
   * A Latin-1 string in lower case: A-Z and U+00C0-U+00DE (but U+00D7) are the only upper case
   * letters there, each one below its lower case form by 0x20.
   */
  private static String latin1Lower(String s) {
    char[] chars = new char[s.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = s.charAt(i);
      chars[i] = c >= 'A' && c <= 'Z' || c >= 0xC0 && c <= 0xDE && c != 0xD7 ? (char) (c + 0x20)
          : c;
    }
    return new String(chars);
  }

  /**
   * The title case form of a letter, as {@code Character.toTitleCase} on the JVM: its upper case,
   * but for the four Latin digraphs that have a title case of their own (U+01C5 Dž, U+01C8 Lj,
   * U+01CB Nj, U+01F2 Dz) and Georgian letters, which stay as they are. The browser build's {@code
   * toTitleCase} gives their upper case ("DŽemal" where the JVM gives "Džemal").
   */
  public static char titleCase(char c) {
    if (c >= '\u10D0' && c <= '\u10FF') {
      return c; // Mkhedruli: its capitals (Mtavruli) are not used to start a word
    }
    if (c >= '\u01C4' && c <= '\u01CC') {
      return (char) (c - (c - 0x01C4) % 3 + 1);
    }
    if (c >= '\u01F1' && c <= '\u01F3') {
      return '\u01F2';
    }
    return Character.toUpperCase(c);
  }

  /** Upper case by {@code Locale.ROOT} rules; the same instance when nothing changes. */
  public static String upper(String s) {
    boolean lower = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return RootCase.upper(s);
      }
      lower |= c >= 'a' && c <= 'z';
    }
    return lower ? asciiCase(s, 'a', 'z', 'A' - 'a') : s;
  }

  /**
   * An ASCII string with the letters {@code from..to} shifted: the Locale.ROOT result without the
   * Unicode tables and the language-tag building that {@code toLowerCase(Locale)} costs in the
   * browser build.
   */
  private static String asciiCase(String s, char from, char to, int shift) {
    char[] chars = new char[s.length()];
    for (int i = 0; i < chars.length; i++) {
      char c = s.charAt(i);
      chars[i] = c >= from && c <= to ? (char) (c + shift) : c;
    }
    return new String(chars);
  }

  /**
   * The words of a folded text, split at its spaces: {@code String.split(" ")} without the regular
   * expression that the browser build compiles on every call (header matching splits each name
   * once per schema column).
   */
  public static String[] words(String folded) {
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= folded.length(); i++) {
      if (i == folded.length() || folded.charAt(i) == ' ') {
        if (i > start) {
          words.add(folded.substring(start, i));
        }
        start = i + 1;
      }
    }
    return words.toArray(new String[0]);
  }

  /** The folded form: lower case ASCII where possible, words separated by one space. */
  public static String fold(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 4);
    boolean space = true;
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      String expanded = null;
      if (c >= '\u00C0' && c <= '\u017F') {
        switch (c) {
          case '\u00DF':
            expanded = "ss";
            break;
          case '\u00C6':
          case '\u00E6':
            expanded = "ae";
            break;
          case '\u0152':
          case '\u0153':
            expanded = "oe";
            break;
          case '\u00DE':
          case '\u00FE':
            expanded = "th";
            break;
          case '\u00D8':
          case '\u00F8':
            expanded = "o";
            break;
          default:
            char base = LATIN.charAt(c - '\u00C0');
            if (base == '\0') {
              c = ' ';
            } else {
              c = base;
            }
        }
      }
      if (expanded != null) {
        sb.append(expanded);
        space = false;
        previous = 'a';
        continue;
      }
      if (CharCategories.isLetterOrDigit(c)) {
        if (!space && CharCategories.isUpperCase(c) && CharCategories.isLowerCase(previous)) {
          sb.append(' ');
        }
        sb.append(Character.toLowerCase(c));
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
      previous = c;
    }
    int length = sb.length();
    if (length > 0 && sb.charAt(length - 1) == ' ') {
      sb.setLength(length - 1);
    }
    return sb.toString();
  }

  /** The folded form without spaces, so that {@code "e mail"} and {@code "email"} compare equal. */
  public static String compact(String text) {
    String folded = fold(text);
    StringBuilder sb = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c != ' ') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
