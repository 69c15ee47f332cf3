package dev.sluice.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EncodingDetectorTest {
  private static final String GERMAN = "Name;Stadt\nJürgen Weiß;Köln\nÄnne Müller;Düsseldorf\nKäse;Größe\n";
  private static final String JAPANESE = "氏名,フリガナ,都道府県\n山田太郎,ヤマダタロウ,東京都\n佐藤花子,サトウハナコ,大阪府\n";

  private static DetectedEncoding detect(byte[] bytes) {
    return EncodingDetector.detect(bytes, true);
  }

  @Test
  void byteOrderMarksWin() {
    byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        GERMAN.getBytes(StandardCharsets.UTF_8));
    assertEquals(new DetectedEncoding(Encoding.UTF_8, 3, DetectedEncoding.Basis.BOM, 0),
        detect(utf8));
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
        GERMAN.getBytes(StandardCharsets.UTF_16LE));
    assertEquals(Encoding.UTF_16LE, detect(le).encoding());
    assertEquals(2, detect(le).bomLength());
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
        GERMAN.getBytes(StandardCharsets.UTF_16BE));
    assertEquals(Encoding.UTF_16BE, detect(be).encoding());
  }

  @Test
  void utf16WithoutBomIsFoundByItsZeroBytes() {
    assertEquals(Encoding.UTF_16LE, detect(GERMAN.getBytes(StandardCharsets.UTF_16LE)).encoding());
    assertEquals(Encoding.UTF_16BE, detect(GERMAN.getBytes(StandardCharsets.UTF_16BE)).encoding());
    // text of other scripts has zeros only at its ASCII chars: the delimiters and line breaks
    String russian = "Фамилия;Имя;Город\r\nПетров;Иван;Москва\r\nСмирнова;Ольга;Санкт-Петербург\r\n";
    String chinese = "姓名,城市,公司\r\n王伟,北京,北京科技有限公司\r\n李娜,上海,上海贸易有限公司\r\n";
    for (String text : new String[] {russian, chinese, JAPANESE}) {
      assertEquals(Encoding.UTF_16LE, detect(text.getBytes(StandardCharsets.UTF_16LE)).encoding());
      assertEquals(Encoding.UTF_16BE, detect(text.getBytes(StandardCharsets.UTF_16BE)).encoding());
    }
  }

  @Test
  void zeroBytesThatDoNotReadAsUtf16AreNotTakenForIt() {
    // ASCII padded with NULs on both parities, and units that would be control chars
    byte[] padded = "id,name\n1,Anna\u0000\u0000\u0000\n2,Bo\u0000\u0000\n"
        .getBytes(StandardCharsets.US_ASCII);
    assertEquals(Encoding.UTF_8, detect(padded).encoding());
    byte[] controls = new byte[400];
    for (int i = 0; i < controls.length; i += 2) {
      controls[i] = (byte) (i % 7 + 1); // units 0x0001-0x0007
    }
    assertEquals(Encoding.UTF_8, detect(controls).encoding());
  }

  @Test
  void aStrayZeroByteInAShortAsciiFileDoesNotMakeItUtf16() {
    // one zero in six pairs, on one parity: read as UTF-16LE it was six CJK-like chars, no comma
    // and no line break among them
    assertEquals(Encoding.UTF_8, detect("a,b\n1,2\u00003\n".getBytes(StandardCharsets.US_ASCII))
        .encoding());
    assertEquals(Encoding.UTF_8, detect("id;x\r\n7;\u0000\r\n".getBytes(StandardCharsets.US_ASCII))
        .encoding());
    // short UTF-16 files still are, by their separators or their many zeros
    assertEquals(Encoding.UTF_16LE, detect("a,b".getBytes(StandardCharsets.UTF_16LE)).encoding());
    assertEquals(Encoding.UTF_16LE, detect("名前,年\n".getBytes(StandardCharsets.UTF_16LE))
        .encoding());
    assertEquals(Encoding.UTF_16BE, detect("abc".getBytes(StandardCharsets.UTF_16BE)).encoding());
  }

  @Test
  void asciiIsUtf8() {
    DetectedEncoding d = detect("a,b\n1,2\n".getBytes(StandardCharsets.US_ASCII));
    assertEquals(Encoding.UTF_8, d.encoding());
    assertEquals(DetectedEncoding.Basis.ASCII, d.basis());
  }

  @Test
  void wellFormedUtf8IsUtf8() {
    assertEquals(Encoding.UTF_8, detect(GERMAN.getBytes(StandardCharsets.UTF_8)).encoding());
    assertEquals(Encoding.UTF_8, detect(JAPANESE.getBytes(StandardCharsets.UTF_8)).encoding());
  }

  @Test
  void westernSingleByteTextIsWindows1252() {
    Charset cp1252 = Charset.forName("windows-1252");
    assertEquals(Encoding.WINDOWS_1252, detect(GERMAN.getBytes(cp1252)).encoding());
    assertEquals(Encoding.WINDOWS_1252,
        detect("a,b\n“smart” quotes – and €5,café\n".getBytes(cp1252)).encoding());
    assertEquals(Encoding.WINDOWS_1252,
        detect("nom,ville\nHélène,Besançon\nÉlodie,Orléans\n".getBytes(cp1252)).encoding());
  }

  @Test
  void japaneseShiftJisIsShiftJis() {
    assertEquals(Encoding.SHIFT_JIS, detect(JAPANESE.getBytes(Charset.forName("Shift_JIS")))
        .encoding());
    assertEquals(Encoding.SHIFT_JIS, detect("名前,年齢\n田中,30\n".getBytes(Charset.forName("Shift_JIS")))
        .encoding());
  }

  @Test
  void macRomanTextIsMacRomanThoughItIsWellFormedShiftJis() {
    Charset mac = Charset.forName("x-MacRoman");
    assertEquals(Encoding.MAC_ROMAN, detect(GERMAN.getBytes(mac)).encoding());
    assertEquals(Encoding.MAC_ROMAN, detect("Name;Ort\rMüller;Köln\rBjörk;Málaga\r"
        .getBytes(mac)).encoding());
    assertEquals(Encoding.MAC_ROMAN,
        detect("nom,ville\nHélène,Besançon\nÉlodie,Orléans\n".getBytes(mac)).encoding());
    // the same words in Windows-1252, and Windows-1252's punctuation in 0x80-0x9F, stay so
    Charset cp1252 = Charset.forName("windows-1252");
    assertEquals(Encoding.WINDOWS_1252, detect("Name;Ort\rMüller;Köln\rBjörk;Málaga\r"
        .getBytes(cp1252)).encoding());
    assertEquals(Encoding.WINDOWS_1252,
        detect("note\n“Œuvre” – le cœur, Škoda €5\nma sœur, café, élève\n".getBytes(cp1252))
            .encoding());
    assertEquals(Encoding.WINDOWS_1252,
        detect("name,note\nO’Brien,don’t – won’t\n".getBytes(cp1252)).encoding());
    assertEquals(Encoding.WINDOWS_1252,
        detect("note\nyes—no, this…that, Brand™s\n".getBytes(cp1252)).encoding());
  }

  @Test
  void aSequenceCutAtTheEndOfASampleIsNotHeldAgainstUtf8() {
    byte[] all = "ab,cd\nüü,€€\n".getBytes(StandardCharsets.UTF_8);
    int cut = all.length - 2; // inside the last €
    assertEquals(Encoding.UTF_8, EncodingDetector.detect(all, 0, cut, false).encoding());
    assertEquals(DetectedEncoding.Basis.VALID, EncodingDetector.detect(all, 0, cut, false).basis());
  }

  @Test
  void mostlyUtf8WithAFewBrokenBytesStaysUtf8AndCountsThem() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 30; i++) {
      sb.append("Müller,Zürich\n");
    }
    byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = concat(good, new byte[] {'x', (byte) 0xE9, 'y', '\n'});
    DetectedEncoding d = detect(bad);
    assertEquals(Encoding.UTF_8, d.encoding());
    assertEquals(1, d.invalidSequences());
  }

  @Test
  void encodingNamesAndAliasesResolve() {
    assertEquals(Encoding.WINDOWS_1252, Encoding.byName("latin1"));
    assertEquals(Encoding.SHIFT_JIS, Encoding.byName("Windows-31J"));
    assertEquals(Encoding.MAC_ROMAN, Encoding.byName("x-mac-roman"));
    assertEquals(Charset.forName("x-MacRoman"), Charset.forName(Encoding.MAC_ROMAN.charsetName()));
    assertEquals(Encoding.UTF_8, Encoding.byName(" utf8 "));
    assertEquals(null, Encoding.byName("ebcdic"));
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
