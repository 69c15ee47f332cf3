package dev.sluice.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.detect.Encoding;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JvmChunkDecoderTest {
  private static final String TEXT = "Zoë,Jürgen Weiß;€5 “quoted” – 日本語のテキスト,カタカナ,山田\r\n";

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void multibyteSequencesSplitAtEveryChunkBoundaryDecodeCorrectly(Encoding encoding) {
    Charset charset = Charset.forName(encoding.charsetName());
    String text = java.util.stream.Stream.of(TEXT, "Zoë,Jürgen Weiß;€5 “quoted” –\r\n",
            "日本語のテキスト,カタカナ;山田 ｶﾀｶﾅ「引用」\r\n",
            // the legacy encodings of other scripts: each one's own letters
            "Иван Петров;Ёлкин €5 – «цитата»\r\n", "Γιώργος Παπαδόπουλος;€5 – Αθήνα\r\n",
            "שלום עולם;€5 – תל אביב\r\n", "مرحبا بالعالم;€5 – القاهرة\r\n",
            "สวัสดี;€5 – กรุงเทพ\r\n", "김민준,서울전자 주식회사;「인용」\r\n",
            "王伟,北京科技有限公司;「引用」\r\n", "王偉,臺北科技有限公司;「引用」\r\n",
            "Šiauliai, Klaipėda; ąčęėįšųūž €5 – „citata“\r\n", "Văn Đức; ơ ư ă €5 –\r\n",
            "Иван Петров;Ёлкин, Москва\r\n")
        .filter(t -> charset.newEncoder().canEncode(t)).findFirst().orElseThrow();
    byte[] bytes = text.getBytes(charset);
    for (int a = 0; a <= bytes.length; a++) {
      for (int b = a; b <= bytes.length; b += 3) {
        JvmChunkDecoder decoder = new JvmChunkDecoder(encoding);
        String out = decoder.decode(bytes, 0, a) + decoder.decode(bytes, a, b - a)
            + decoder.decode(bytes, b, bytes.length - b) + decoder.finish();
        assertEquals(text, out, encoding + " split at " + a + ", " + b);
        assertEquals(0, decoder.malformed());
      }
    }
  }

  @Test
  void brokenBytesBecomeReplacementCharactersAndAreCounted() {
    byte[] bytes = {'a', (byte) 0xC3, 'b', (byte) 0xE2, (byte) 0x82};
    JvmChunkDecoder decoder = new JvmChunkDecoder(Encoding.UTF_8);
    String out = decoder.decode(bytes, 0, bytes.length) + decoder.finish();
    assertEquals("a\uFFFDb\uFFFD", out);
    assertEquals(2, decoder.malformed());
  }
}
