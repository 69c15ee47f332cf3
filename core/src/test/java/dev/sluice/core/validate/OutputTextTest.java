package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OutputTextTest {

  private static byte[] utf8(OutputText.MadeBytes made, StringBuilder chars) {
    made.clear();
    made.append(chars);
    return Arrays.copyOf(made.bytes, made.length);
  }

  @Test
  void madeCharsAreTheirUtf8WithLoneSurrogatesAsReplacementChars() {
    String chars = "\uFEFFplain é ß 東京 \uD83D\uDE00 end\uD800 \uDC00x\uD83D";
    String expected = "\uFEFFplain é ß 東京 \uD83D\uDE00 end\uFFFD \uFFFDx\uFFFD";
    OutputText.MadeBytes made = new OutputText.MadeBytes();
    made.append(new StringBuilder("a longer run of rows before, which left its bytes behind"));
    made.clear();
    made.append(new StringBuilder(chars));
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8),
        Arrays.copyOf(made.bytes, made.length));
    // the text a row is read from keeps every value where its bounds say (one char for one)
    OutputText text = new OutputText(List.of("ab"), made.bytes, made.length,
        new int[] {0, 2, 2, 2 + chars.length()}, 1, 2);
    assertArrayEquals(new String[] {"ab", expected}, text.row(text.text(), 0));
  }

  @Test
  void randomCharsEncodeAsTheJdkEncodesThemWhenNoSurrogateIsAlone() {
    Random random = new Random(5);
    OutputText.MadeBytes made = new OutputText.MadeBytes(); // one buffer for all, as a session
    String alphabet = "a~\u007F\u0080\u00FF\u0100\u07FF\u0800\uFFFF\uFEFF";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(40); k > 0; k--) {
        if (random.nextInt(8) == 0) {
          sb.appendCodePoint(0x10000 + random.nextInt(0x100000)); // a pair
        } else {
          sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
      }
      String s = sb.toString();
      byte[] bytes = utf8(made, sb);
      assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), bytes, s);
      assertEquals(s, new String(bytes, StandardCharsets.UTF_8));
    }
  }

  @Test
  void charsAndAsciiWrittenInTurnAreOneTextCountedInChars() {
    Random random = new Random(8);
    OutputText.MadeBytes made = new OutputText.MadeBytes();
    StringBuilder expected = new StringBuilder();
    StringBuilder chars = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      if (random.nextBoolean()) {
        // a value of a builder: é, a pair and ASCII; the builder is emptied
        chars.append("é").appendCodePoint(0x1F600).append(i);
        expected.append(chars);
        made.append(chars);
        assertEquals(0, chars.length());
      } else {
        // a hash's digits, written as ASCII where the bytes end
        String digits = Integer.toHexString(random.nextInt()) + "-" + i;
        int at = made.length;
        byte[] out = made.reserveAscii(digits.length());
        for (int k = 0; k < digits.length(); k++) {
          out[at + k] = (byte) digits.charAt(k);
        }
        expected.append(digits);
      }
      assertEquals(expected.length(), made.chars, "chars after value " + i);
    }
    assertEquals(expected.toString(), new String(made.bytes, 0, made.length,
        StandardCharsets.UTF_8));
  }
}
