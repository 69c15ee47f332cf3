package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class UrlValidatorTest {
  private final UrlValidator validator = new UrlValidator();

  @Test
  void theSpanCheckTakesExactlyTheUrlsItsRulesAllowAndTheStringCheckFindsValid() {
    // hosts and paths of the chars that matter (dots, hyphens, digits, case, delimiters, chars a
    // URL may not hold, credentials and ports) at random, each also inside a longer text
    Random random = new Random(5);
    String host = "ab-Z09...-@:_é";
    String path = "/?#a%20Z9-._~:@!$&'()*+,;= \"<>\\`é\u007F";
    int accepted = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder(random.nextInt(8) == 0 ? "ftp://"
          : random.nextBoolean() ? "https://" : "http://");
      int hostLength = random.nextInt(random.nextInt(20) == 0 ? 300 : 14);
      for (int i = 0; i < hostLength; i++) {
        sb.append(host.charAt(random.nextInt(host.length())));
      }
      if (random.nextBoolean()) {
        sb.append(random.nextBoolean() ? ".example.com" : ".a1.ORG");
      }
      int pathLength = random.nextInt(3) == 0 ? 0 : random.nextInt(12);
      for (int i = 0; i < pathLength; i++) {
        sb.append(path.charAt(random.nextInt(path.length())));
      }
      String s = sb.toString();
      if (SpanCheck.assertAccepts(validator, s, byTheRules(s))) {
        accepted++;
      }
    }
    assertTrue(accepted > 1000, "too few valid URLs drawn: " + accepted);
  }

  @Test
  void theSpanCheckHoldsAHostTo253CharsAndALabelTo63() {
    String three = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + ".";
    for (String s : new String[] {"https://" + three + "d".repeat(61),
        "https://" + three + "d".repeat(62), "http://" + "e".repeat(63) + ".com/x",
        "http://" + "e".repeat(64) + ".com/x", "http://a.b", "http://ab.c1", "http://ab.12",
        "https://-a.com", "https://a-.com", "https://a.com.", "https://a..com"}) {
      assertEquals(byTheRules(s), validator.accepts(s, 0, s.length()), s);
    }
    assertTrue(validator.accepts("https://" + three + "d".repeat(61), 0, 8 + 253));
  }

  /**
   * The span check's rules spelled out: http or https, an ASCII host name as emails' domains take
   * it up to the first slash, question mark or hash, and no char a URL may not hold after it.
   */
  private static boolean byTheRules(String s) {
    String rest = s.startsWith("http://") ? s.substring(7)
        : s.startsWith("https://") ? s.substring(8) : null;
    if (rest == null) {
      return false;
    }
    int end = rest.length();
    for (char c : new char[] {'/', '?', '#'}) {
      int at = rest.indexOf(c);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    for (char c : rest.toCharArray()) {
      if (c <= ' ' || c >= 0x7f || "\"<>\\`".indexOf(c) >= 0) {
        return false;
      }
    }
    return EmailValidatorTest.asciiHost(rest.substring(0, end));
  }
}
