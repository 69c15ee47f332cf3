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
        new PortableSha256().hex(""));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        new PortableSha256().hex("abc"));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        new PortableSha256().hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
  }

  @Test
  void everyLengthAroundTheBlockBoundariesMatchesTheJdk() throws Exception {
    StringBuilder sb = new StringBuilder();
    PortableSha256 reused = new PortableSha256();
    for (int length = 0; length < 300; length++) {
      assertEquals(jdk(sb.toString()), new PortableSha256().hex(sb.toString()), "length " + length);
      assertEquals(jdk(sb.toString()), reused.hex(sb.toString()), "length " + length + ", reused");
      sb.append((char) ('a' + length % 26));
    }
  }

  @Test
  void randomUnicodeTextMatchesTheJdkIncludingLoneSurrogates() throws Exception {
    Random random = new Random(7);
    PortableSha256 reused = new PortableSha256(); // buffers left from longer messages before
    char[] alphabet = "aZ09@.+ üßé€日本語\uD83D\uDE00\uD800\uDC00\uDFFF".toCharArray();
    for (int i = 0; i < 2000; i++) {
      char[] text = new char[random.nextInt(200)];
      for (int j = 0; j < text.length; j++) {
        text[j] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(text);
      assertEquals(jdk(s), reused.hex(s), "case " + i);
      StringBuilder appended = new StringBuilder("x");
      reused.appendHex(s, appended);
      assertEquals("x" + jdk(s), appended.toString(), "case " + i + ", appended");
      // a span of a longer text, as the hand-over hashes a cell where it lies
      String around = "ab,\u00E9" + s + ",c";
      StringBuilder span = new StringBuilder("y");
      reused.appendHex(around, 4, 4 + s.length(), span);
      assertEquals("y" + jdk(s), span.toString(), "case " + i + ", a span");
    }
  }

  @Test
  void largeInputMatchesTheJdk() throws Exception {
    String big = "x".repeat(1 << 20) + "é";
    assertEquals(jdk(big), new PortableSha256().hex(big));
  }

  @Test
  void hexWrittenAsBytesWhereACellLiesIsTheHexOfTheCell() throws Exception {
    Random random = new Random(9);
    PortableSha256 portable = new PortableSha256();
    // the interface's own way (any Sha256 that does not write bytes itself) beside the portable one
    Sha256 byString = text -> new PortableSha256().hex(text);
    byte[] out = new byte[200];
    for (int k = 0; k < 2_000; k++) {
      StringBuilder cell = new StringBuilder();
      int length = random.nextInt(k % 10 == 0 ? 200 : 60);
      for (int i = 0; i < length; i++) {
        cell.append(random.nextInt(8) == 0 ? (char) (0xA0 + random.nextInt(0x3000))
            : (char) (' ' + random.nextInt(95)));
      }
      String text = "x,\"" + cell + "\",y";
      int at = random.nextInt(100);
      for (Sha256 sha : new Sha256[] {portable, byString}) {
        java.util.Arrays.fill(out, (byte) '#');
        sha.writeHex(text, 3, 3 + cell.length(), out, at);
        assertEquals(jdk(cell.toString()),
            new String(out, at, 64, StandardCharsets.US_ASCII), "cell " + k);
        assertEquals('#', out[at - 1 < 0 ? at + 64 : at - 1], "nothing before");
        assertEquals('#', out[at + 64], "nothing after");
      }
    }
  }
}
