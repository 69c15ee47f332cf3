package dev.sluice.core.validate;

import dev.sluice.core.text.TextFold;
import dev.sluice.core.country.PhonePlans;
import java.util.Map;

/**
 * Phone cells normalised to E.164 ({@code +4930123456}): international numbers ({@code +} or
 * {@code 00}, {@code 011} from North America) and national numbers of the column's default country.
 * An extension ({@code ext. 12}, {@code x12}, {@code #12}) is kept as {@code ;ext=12}.
 */
final class PhoneValidator implements TypeValidator {
  private final String defaultCountry;

  PhoneValidator(String defaultCountry) {
    this.defaultCountry = defaultCountry;
  }

  @Override
  public CellResult check(String value) {
    String v = value;
    String extension = "";
    int ext = extensionStart(v);
    if (ext >= 0) {
      int digitsAt = ext;
      while (digitsAt < v.length() && !Character.isDigit(v.charAt(digitsAt))) {
        digitsAt++;
      }
      String extDigits = v.substring(digitsAt).trim();
      if (extDigits.isEmpty() || extDigits.length() > 7 || !allDigits(extDigits)) {
        return invalid();
      }
      extension = ";ext=" + extDigits;
      v = v.substring(0, ext).trim();
    }
    StringBuilder digits = new StringBuilder(v.length());
    boolean plus = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '+' && digits.length() == 0 && !plus) {
        plus = true;
      } else if (c == '\uFF0B' && digits.length() == 0 && !plus) {
        plus = true;
      } else if (c >= '\uFF10' && c <= '\uFF19') {
        digits.append((char) (c - '\uFF10' + '0'));
      } else if (c != ' ' && c != '-' && c != '.' && c != '(' && c != ')' && c != '/'
          && c != '\u00A0' && c != '\u2010' && c != '\u2011' && c != '\u2013') {
        return invalid();
      }
    }
    String d = digits.toString();
    if (d.isEmpty()) {
      return invalid();
    }
    String international = null;
    if (plus) {
      international = d;
    } else if (d.startsWith("00")) {
      international = d.substring(2);
    } else if (d.startsWith("011") && ("US".equals(defaultCountry)
        || "CA".equals(defaultCountry))) {
      international = d.substring(3);
    }
    if (international != null) {
      return internationalNumber(international, v, extension);
    }
    if (defaultCountry == null) {
      return CellResult.Invalid.of("PHONE_NO_COUNTRY");
    }
    PhonePlans.Plan plan = PhonePlans.forCountry(defaultCountry);
    String national = d;
    if (!plan.trunk().isEmpty() && national.startsWith(plan.trunk())) {
      national = national.substring(plan.trunk().length());
    }
    if (national.length() < plan.minLength() || national.length() > plan.maxLength()) {
      return wrongLength(plan);
    }
    if (!plausible(plan, national)) {
      return invalid();
    }
    return new CellResult.Valid("+" + plan.callingCode() + national + extension);
  }

  /** North American numbers start with 2-9 (area code); other plans are checked by length. */
  private static boolean plausible(PhonePlans.Plan plan, String national) {
    return !plan.callingCode().equals("1") || national.charAt(0) >= '2';
  }

  private CellResult internationalNumber(String digits, String written, String extension) {
    PhonePlans.Plan plan = PhonePlans.forInternational(digits);
    if (plan == null) {
      if (digits.length() < 8 || digits.length() > 15 || digits.startsWith("0")) {
        return invalid();
      }
      return new CellResult.Valid("+" + digits + extension);
    }
    String national = digits.substring(plan.callingCode().length());
    // "+44 (0)20 ..." writes the trunk prefix in brackets; drop it
    if (!plan.trunk().isEmpty() && national.startsWith(plan.trunk())
        && written.contains("(" + plan.trunk() + ")")) {
      national = national.substring(plan.trunk().length());
    }
    if (national.length() < plan.minLength() || national.length() > plan.maxLength()) {
      return wrongLength(plan);
    }
    if (!plausible(plan, national)) {
      return invalid();
    }
    return new CellResult.Valid("+" + plan.callingCode() + national + extension);
  }

  private static int extensionStart(String v) {
    String lower = TextFold.lower(v);
    String[] markers = {"extension", "ext.", "ext", " x", "#", "durchwahl", "poste"};
    for (String m : markers) {
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
    return new CellResult.Invalid("PHONE_WRONG_LENGTH", Map.of("country", plan.country(),
        "min", plan.minLength(), "max", plan.maxLength()));
  }
}
