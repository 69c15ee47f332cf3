package dev.sluice.core.country;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbering plans of the countries whose national phone numbers can be normalised: calling code,
 * trunk prefix and the lengths of a national significant number.
 *
 * <p>A small table rather than libphonenumber, which TeaVM cannot compile and which would dwarf the
 * widget bundle; numbers in international form from other countries are still accepted by length.
 */
public final class PhonePlans {

  /**
   * One country's plan.
   *
   * @param country     ISO alpha-2 code
   * @param callingCode the country calling code, digits
   * @param trunk       the national trunk prefix dropped in international form, or ""
   * @param minLength   the shortest national significant number
   * @param maxLength   the longest national significant number
   * @param serviceFirst the first digits of national numbers that may have other lengths than
   *     the plan's numbers by area: toll-free, shared-cost and national-rate numbers (Australia's
   *     1300 and 1800, India's 1800, Brazil's 0800), "" for none
   * @param serviceMin  the shortest such number
   * @param serviceMax  the longest such number
   */
  public record Plan(String country, String callingCode, String trunk, int minLength,
      int maxLength, String serviceFirst, int serviceMin, int serviceMax) {

    Plan(String country, String callingCode, String trunk, int minLength, int maxLength) {
      this(country, callingCode, trunk, minLength, maxLength, "", 0, 0);
    }

    /**
     * Whether a national significant number of {@code length} digits whose first digit is {@code
     * first} has a length this plan gives its numbers.
     */
    public boolean takesLength(char first, int length) {
      return length >= minLength && length <= maxLength
          || serviceFirst.indexOf(first) >= 0 && length >= serviceMin && length <= serviceMax;
    }
  }

  private static final Plan[] PLANS = {
    new Plan("US", "1", "1", 10, 10),
    new Plan("CA", "1", "1", 10, 10),
    new Plan("GB", "44", "0", 9, 10),
    new Plan("DE", "49", "0", 6, 13),
    new Plan("FR", "33", "0", 9, 9),
    new Plan("ES", "34", "", 9, 9),
    new Plan("IT", "39", "", 6, 11),
    new Plan("JP", "81", "0", 9, 10),
    new Plan("NL", "31", "0", 9, 9, "89", 7, 10),
    new Plan("BE", "32", "0", 8, 9),
    new Plan("CH", "41", "0", 9, 9),
    new Plan("AT", "43", "0", 4, 13),
    new Plan("SE", "46", "0", 7, 13),
    new Plan("NO", "47", "", 8, 8),
    new Plan("DK", "45", "", 8, 8),
    new Plan("FI", "358", "0", 5, 12),
    new Plan("PL", "48", "", 9, 9),
    new Plan("PT", "351", "", 9, 9),
    new Plan("IE", "353", "0", 7, 9, "1", 7, 10),
    new Plan("AU", "61", "0", 9, 9, "1", 6, 10),
    new Plan("NZ", "64", "0", 8, 10),
    new Plan("IN", "91", "0", 10, 10, "1", 10, 13),
    new Plan("CN", "86", "0", 10, 11),
    new Plan("BR", "55", "0", 10, 11, "48", 8, 11),
    new Plan("MX", "52", "", 10, 10),
    new Plan("KR", "82", "0", 8, 10),
    new Plan("SG", "65", "", 8, 8, "1", 8, 11),
    new Plan("ZA", "27", "0", 9, 9),
    new Plan("RU", "7", "8", 10, 10),
    new Plan("TR", "90", "0", 10, 10, "4", 7, 10),
    new Plan("IL", "972", "0", 8, 9, "1", 8, 10),
    new Plan("AE", "971", "0", 8, 9),
  };

  private PhonePlans() {}

  /** The plan of a country, or null. */
  public static Plan forCountry(String country) {
    for (Plan p : PLANS) {
      if (p.country.equals(country)) {
        return p;
      }
    }
    return null;
  }

  /** The plan whose calling code starts an international number's digits (first listed wins). */
  public static Plan forInternational(String digits) {
    int code = 0;
    Plan best = null;
    for (int i = 0; i < Math.min(3, digits.length()); i++) {
      char c = digits.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      code = code * 10 + (c - '0');
      best = BY_CODE[code] != null && BY_CODE[code].callingCode.length() == i + 1
          ? BY_CODE[code] : best;
    }
    return best;
  }

  /**
   * The plan for the international digits {@code digits[from..to)}, as {@link
   * #forInternational(String)} but without making a String of them.
   */
  public static Plan forInternational(char[] digits, int from, int to) {
    int code = 0;
    Plan best = null;
    for (int i = from; i < Math.min(from + 3, to); i++) {
      char c = digits[i];
      if (c < '0' || c > '9') {
        break;
      }
      code = code * 10 + (c - '0');
      best = BY_CODE[code] != null && BY_CODE[code].callingCode.length() == i - from + 1
          ? BY_CODE[code] : best;
    }
    return best;
  }

  /**
   * The first plan of each calling code, by the code's digits read as a number; codes have one to
   * three digits, and read so "1", "01" and "001" would meet, hence the length check of the
   * lookups. A table: the lookup is made for every international number validated.
   */
  private static final Plan[] BY_CODE = new Plan[1000];

  static {
    for (Plan p : PLANS) {
      int code = Integer.parseInt(p.callingCode);
      if (BY_CODE[code] == null) {
        BY_CODE[code] = p;
      }
    }
  }

  /** Whether national numbers of a country can be normalised. */
  public static boolean supports(String country) {
    return forCountry(country) != null;
  }

  /** The countries with a plan. */
  public static List<String> countries() {
    List<String> result = new ArrayList<>();
    for (Plan p : PLANS) {
      result.add(p.country);
    }
    return result;
  }
}
