package dev.sluice.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.hash.PortableSha256;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JdkSha256Test {

  @Test
  void agreesWithThePortableImplementationThatTheBrowserUses() {
    Random random = new Random(3);
    // one instance for every case: it reuses its buffers, long messages and short ones in turn
    PortableSha256 portable = new PortableSha256();
    for (int i = 0; i < 500; i++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(i % 7 == 0 ? 1000 : 150);
      for (int j = 0; j < length; j++) {
        sb.append((char) (random.nextBoolean() ? 'a' + random.nextInt(26) : random.nextInt(0x3000)));
      }
      String s = sb.toString();
      assertEquals(JdkSha256.INSTANCE.hex(s), portable.hex(s), "case " + i);
    }
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        JdkSha256.INSTANCE.hex("abc"));
  }
}
