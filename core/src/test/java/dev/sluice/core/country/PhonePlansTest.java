package dev.sluice.core.country;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PhonePlansTest {
  private static final String[] COUNTRIES = {"US", "CA", "GB", "DE", "FR", "ES", "IT", "JP", "NL",
      "BE", "CH", "AT", "SE", "NO", "DK", "FI", "PL", "PT", "IE", "AU", "NZ", "IN", "CN", "BR", "MX",
      "KR", "SG", "ZA", "RU", "TR", "IL", "AE"};

  @Test
  void anInternationalNumberFindsThePlanOfTheLongestCallingCodeThatStartsIt() {
    for (String country : COUNTRIES) {
      PhonePlans.Plan plan = PhonePlans.forCountry(country);
      String digits = plan.callingCode() + "2345678901";
      PhonePlans.Plan found = PhonePlans.forInternational(digits);
      // a shared calling code answers with the first country listed with it
      assertEquals(plan.callingCode(), found.callingCode(), country);
      assertEquals(found, PhonePlans.forInternational(digits.toCharArray(), 0, digits.length()));
      char[] padded = ("99" + digits).toCharArray();
      assertEquals(found, PhonePlans.forInternational(padded, 2, padded.length), country);
    }
    assertEquals("US", PhonePlans.forInternational("14155550123").country());
    assertEquals("RU", PhonePlans.forInternational("74951234567").country());
    // 358 is Finland's; 35 and 3 are nobody's in the table
    assertEquals("FI", PhonePlans.forInternational("358401234567").country());
    assertEquals("PT", PhonePlans.forInternational("351912345678").country());
    assertNull(PhonePlans.forInternational("3591234567"));
    assertNull(PhonePlans.forInternational("3".toCharArray(), 0, 1));
    assertNull(PhonePlans.forInternational(""));
    // the digits end before a three-digit code does: only shorter codes can match
    assertEquals("FR", PhonePlans.forInternational("33".toCharArray(), 0, 2).country());
    assertNull(PhonePlans.forInternational("9725".toCharArray(), 0, 2));
  }
}
