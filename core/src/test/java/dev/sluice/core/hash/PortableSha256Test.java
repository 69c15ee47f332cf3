package dev.sluice.core.hash;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PortableSha256Test {

  private static String jdk(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void fipsVectorsMatch() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        PortableSha256.INSTANCE.hex(""));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        PortableSha256.INSTANCE.hex("abc"));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        PortableSha256.INSTANCE.hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
  }

  @Test
  void everyLengthAroundTheBlockBoundariesMatchesTheJdk() throws Exception {
    StringBuilder sb = new StringBuilder();
    for (int length = 0; length < 300; length++) {
      assertEquals(jdk(sb.toString()), PortableSha256.INSTANCE.hex(sb.toString()), "length " + length);
      sb.append((char) ('a' + length % 26));
    }
  }

  @Test
  void randomUnicodeTextMatchesTheJdkIncludingLoneSurrogates() throws Exception {
    Random random = new Random(7);
    char[] alphabet = "aZ09@.+ üßé€日本語\uD83D\uDE00\uD800\uDC00\uDFFF".toCharArray();
    for (int i = 0; i < 2000; i++) {
      char[] text = new char[random.nextInt(200)];
      for (int j = 0; j < text.length; j++) {
        text[j] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertEquals(jdk(s), PortableSha256.INSTANCE.hex(s), "case " + i);
    }
  }

  @Test
  void largeInputMatchesTheJdk() throws Exception {
    String big = "x".repeat(1 << 20) + "é";
    assertEquals(jdk(big), PortableSha256.INSTANCE.hex(big));
  }
}
