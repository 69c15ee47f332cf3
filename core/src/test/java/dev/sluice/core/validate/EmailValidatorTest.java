package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EmailValidatorTest {
  private final EmailValidator validator = new EmailValidator();

  @Test
  void theSpanCheckTakesExactlyTheAddressesTheRulesAllowAndTheStringCheckFindsValid() {
    // addresses of the chars that matter (dots, at signs, specials, case, Latin-1, hyphens, digits)
    // at random, each also inside a longer text as a cell lies in a file's text
    Random random = new Random(3);
    String alphabet = "aZz09..@@-_+!~#'`{}|xé\u00C9ß\u00FF\u00D7 \"<>,:ю";
    int accepted = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      int length = 1 + random.nextInt(random.nextInt(10) == 0 ? 90 : 14);
      for (int i = 0; i < length; i++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      if (random.nextBoolean()) {
        sb.append(random.nextBoolean() ? "@example.com" : "@a-b.Example.ORG");
      }
      String s = sb.toString();
      if (SpanCheck.assertAccepts(validator, s, byTheRules(s))) {
        accepted++;
      }
    }
    assertTrue(accepted > 1000, "too few valid addresses drawn: " + accepted);
  }

  @Test
  void theSpanCheckHoldsTheLocalPartToSixtyFourCharsAndOneAtSign() {
    for (String s : new String[] {"a".repeat(64) + "@example.com", "a".repeat(65) + "@example.com",
        "a@b@example.com", "@example.com", "a.@example.com", ".a@example.com", "a..b@example.com",
        "a.b@example.com", "a@example", "a@1.2", "ab@exa_mple.com", "a_b+c@x-y.example.com"}) {
      assertEquals(byTheRules(s), validator.accepts(s, 0, s.length()), s);
    }
    assertTrue(validator.accepts("a".repeat(64) + "@example.com", 0, 76));
  }

  /**
   * The span check's rules spelled out one by one: exactly one {@code @}; a local part of 1-64
   * chars, no dot first, last or twice in a row, of ASCII letters, digits, the RFC 5322 specials
   * and Latin-1 letters lower-casing keeps; a domain the String path takes, in ASCII.
   */
  private static boolean byTheRules(String s) {
    int at = s.indexOf('@');
    if (at < 0 || at != s.lastIndexOf('@')) {
      return false;
    }
    String local = s.substring(0, at);
    if (local.isEmpty() || local.length() > 64 || local.startsWith(".") || local.endsWith(".")
        || local.contains("..")) {
      return false;
    }
    for (char c : local.toCharArray()) {
      boolean ok = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
          || c == '.' || "!#$%&'*+/=?^_`{|}~-".indexOf(c) >= 0
          || c >= 0x80 && c <= 0xFF && !(c >= 0xC0 && c <= 0xDE) && Character.isLetterOrDigit(c);
      if (!ok) {
        return false;
      }
    }
    return asciiHost(s.substring(at + 1));
  }

  /** A host name the String path's domain check takes, written in ASCII only. */
  static boolean asciiHost(String host) {
    return host.chars().allMatch(c -> c < 0x80) && EmailValidator.validDomain(host);
  }
}
