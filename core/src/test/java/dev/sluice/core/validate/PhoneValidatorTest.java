package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class PhoneValidatorTest {
  @Test
  void aNumberOfTheWrongLengthSaysHowManyDigitsItsCountryHas() {
    CellResult result = new PhoneValidator("US").check("415 555 267");
    CellResult.Invalid invalid = (CellResult.Invalid) result;
    assertEquals("PHONE_WRONG_LENGTH", invalid.code());
    java.util.Map<String, Object> arguments = new java.util.HashMap<>(invalid.arguments());
    arguments.put("column", "Phone");
    assertEquals("Phone: a phone number in US has 10 digits after the country code.",
        dev.sluice.core.message.MessageCatalog.english().format(invalid.code(), arguments));
  }

  @Test
  void theSpanPathTakesTheAsciiNumbersTheStringPathFindsValidAndWritesTheSameE164() {
    // numbers of digits, separators and plus signs at random, with full-width digits and plus,
    // Unicode hyphens and no-break spaces (the String path's alone) and letters mixed in
    Random random = new Random(11);
    String chars = "0123456789012345678901234567890123456789  ++--..()/"
        + "\uFF10\uFF11\uFF0B\u00A0\u2010\u2011\u2013xé";
    String[] starts = {"+1 ", "+44 ", "+49 ", "00", "011 ", "0", "", "+", "(415) "};
    int accepted = 0;
    for (String country : new String[] {"US", "GB", "DE", null}) {
      PhoneValidator validator = new PhoneValidator(country);
      for (int n = 0; n < 50_000; n++) {
        StringBuilder sb = new StringBuilder(starts[random.nextInt(starts.length)]);
        int length = 4 + random.nextInt(12);
        for (int i = 0; i < length; i++) {
          sb.append(random.nextInt(4) == 0 ? chars.charAt(random.nextInt(chars.length()))
              : (char) ('0' + random.nextInt(10)));
        }
        String s = sb.toString();
        String text = "x,\"" + s + "\",y";
        boolean ascii = s.chars().allMatch(c -> c >= '0' && c <= '9' || " +-.()/".indexOf(c) >= 0);
        boolean valid = validator.check(s) instanceof CellResult.Valid;
        assertEquals(ascii && valid, validator.accepts(text, 3, 3 + s.length()), s);
        StringBuilder span = new StringBuilder();
        boolean written = validator.appendNormalAt(text, 3, 3 + s.length(), span);
        assertEquals(ascii && valid, written, s);
        if (written) {
          accepted++;
          StringBuilder string = new StringBuilder();
          assertTrue(validator.appendNormal(s, string), s);
          assertEquals(string.toString(), span.toString(), s);
        }
      }
    }
    assertTrue(accepted > 10_000, "too few valid numbers drawn: " + accepted);
  }
}
