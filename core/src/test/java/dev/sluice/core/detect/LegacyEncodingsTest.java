package dev.sluice.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Files that are not Unicode, as Excel writes "CSV" on Windows in each language's code page: each
 * is read in its own, whatever the user's language where the bytes tell, and in the user's where
 * they read alike in several.
 */
class LegacyEncodingsTest {
  private static final String RUSSIAN = "Фамилия;Имя;Город\r\nПетров;Иван;Москва\r\n"
      + "Смирнова;Ольга;Санкт-Петербург\r\nЁлкин;Юрий;Новосибирск\r\n";
  /** Without ы, ь, э, ю, я: only the points Windows-1255 has at capitals tell it from Hebrew. */
  private static final String RUSSIAN_NAMES = "Иван Петров,Москва\r\nПетр Иванов,Омск\r\n";
  private static final String BULGARIAN = "Име,Фамилия,Град\r\nГеорги,Иванов,София\r\n"
      + "Мария,Петрова,Пловдив\r\nЪгъл,Тъмнев,Бургас\r\n";
  private static final String GREEK = "Όνομα,Επώνυμο,Πόλη\r\nΓιώργος,Παπαδόπουλος,Αθήνα\r\n"
      + "Μαρία,Νικολάου,Θεσσαλονίκη\r\n";
  private static final String HEBREW = "שם,משפחה,עיר\r\nדוד,כהן,תל אביב\r\nשרה,לוי,ירושלים\r\n";
  private static final String ARABIC = "الاسم,العائلة,المدينة\r\nمحمد,أحمد,القاهرة\r\n"
      + "فاطمة,علي,الرياض\r\n";
  private static final String POLISH = "Imię,Nazwisko,Miasto\r\nŁukasz,Wróbel,Łódź\r\n"
      + "Zofia,Szczęsna,Kraków\r\nŻaneta,Źródło,Świnoujście\r\n";
  private static final String THAI = "ชื่อ,เมือง\r\nสมชาย,กรุงเทพ\r\nสมหญิง,เชียงใหม่\r\n";
  private static final String CHINESE = "姓名,城市,公司\r\n王伟,北京,北京科技有限公司\r\n"
      + "李娜,上海,上海贸易有限公司\r\n张敏,广州,广州电子有限公司\r\n";
  private static final String TAIWANESE = "姓名,城市,公司\r\n王偉,臺北,臺北科技有限公司\r\n"
      + "李娜,高雄,高雄貿易股份有限公司\r\n陳小明,新竹市,新竹網路科技有限公司\r\n";
  private static final String KOREAN = "이름,도시,회사\r\n김민준,서울,서울전자 주식회사\r\n"
      + "이서연,부산,부산무역 주식회사\r\n최수아,인천광역시,인천물류\r\n";
  private static final String JAPANESE = "氏名,フリガナ,住所\r\n山田太郎,ヤマダタロウ,東京都千代田区\r\n"
      + "佐藤花子,サトウハナコ,大阪府大阪市\r\nすずき,スズキ,ほっかいどう\r\n";
  /** Read alike in Windows-1252 and Windows-1250 (Czech letters are letters in both). */
  private static final String CZECH = "Jméno,Příjmení,Město\r\nJiří,Dvořák,Brno\r\n"
      + "Eva,Černá,Ústí nad Labem\r\n";
  private static final String TURKISH = "Ad,Soyad,Şehir\r\nAyşe,Yılmaz,İstanbul\r\n"
      + "Gül,Doğan,İzmir\r\n";
  private static final String LITHUANIAN = "Vardas,Pavardė,Miestas\r\nRūta,Žukauskaitė,Klaipėda\r\n"
      + "Aušra,Petraitienė,Kaunas\r\n";
  private static final String VIETNAMESE = "Tên,Thành phố\r\nVăn Đức,Hà Nội\r\nƯng Thị Ơn,Huế\r\n";
  private static final List<String> WESTERN = List.of(
      "Name;Ort;Straße\r\nMüller;Köln;Hauptstraße 5\r\nBjörk;Málaga;Calle Mayor\r\n",
      "Nom,Ville\r\nHélène Béranger,Orléans\r\nJérôme Lefèvre,Besançon\r\nFrançois,Nîmes\r\n",
      "name,note\r\nO’Brien,don’t – won’t\r\nJosé,“quoted” …\r\n");

  private static Encoding detect(String text, Encoding encoding, Encoding preferred) {
    byte[] bytes = text.getBytes(Charset.forName(encoding.charsetName()));
    return EncodingDetector.detect(bytes, 0, bytes.length, true, preferred).encoding();
  }

  @Test
  void eachScriptIsReadInItsCodePageWhateverTheUsersLanguage() {
    record Case(String text, Encoding encoding) {}
    List<Case> cases = List.of(new Case(RUSSIAN, Encoding.WINDOWS_1251),
        new Case(BULGARIAN, Encoding.WINDOWS_1251), new Case(GREEK, Encoding.WINDOWS_1253),
        new Case(ARABIC, Encoding.WINDOWS_1256), new Case(POLISH, Encoding.WINDOWS_1250),
        new Case(THAI, Encoding.WINDOWS_874), new Case(CHINESE, Encoding.GBK),
        new Case(TAIWANESE, Encoding.BIG5), new Case(KOREAN, Encoding.EUC_KR),
        new Case(HEBREW, Encoding.WINDOWS_1255), new Case(RUSSIAN_NAMES, Encoding.WINDOWS_1251),
        new Case(RUSSIAN, Encoding.KOI8_R),
        new Case(BULGARIAN, Encoding.KOI8_R), new Case(JAPANESE, Encoding.EUC_JP));
    for (Case c : cases) {
      for (Encoding preferred : new Encoding[] {null, Encoding.WINDOWS_1252, c.encoding(),
          Encoding.SHIFT_JIS}) {
        assertEquals(c.encoding(), detect(c.text(), c.encoding(), preferred),
            c.text().substring(0, 8) + " for a user of " + preferred);
      }
    }
  }

  @Test
  void chineseKoreanAndJapaneseAreToldApartBeforeTheUsersLanguageIsAsked() {
    for (Encoding preferred : new Encoding[] {Encoding.GBK, Encoding.BIG5, Encoding.EUC_KR,
        Encoding.SHIFT_JIS}) {
      assertEquals(Encoding.EUC_JP, detect(JAPANESE, Encoding.EUC_JP, preferred));
      assertEquals(Encoding.GBK, detect(CHINESE, Encoding.GBK, preferred));
      assertEquals(Encoding.BIG5, detect(TAIWANESE, Encoding.BIG5, preferred));
      assertEquals(Encoding.EUC_KR, detect(KOREAN, Encoding.EUC_KR, preferred));
    }
  }

  @Test
  void japaneseWithMoreRareKanjiThanKanaIsStillShiftJis() {
    // most characters start with 0xE0-0xEA, where EncodingDetector's first test looks for few
    String names = "品名,産地\r\n漾澑濮の烙熕,燿県\r\n瓠甕畫の痼瘰,癶県\r\n磧祓秡の窶竦,笄県\r\n"
        + "紂絮總の縲辮,罌県\r\n隋膠臍の艢苣,茴県\r\n蕁蕷藾の蛟蜷,蝣県\r\n襦覬訌の諤謳,譬県\r\n";
    for (Encoding preferred : new Encoding[] {null, Encoding.GBK, Encoding.BIG5,
        Encoding.EUC_KR}) {
      assertEquals(Encoding.SHIFT_JIS, detect(names, Encoding.SHIFT_JIS, preferred));
    }
  }

  @Test
  void latinTextThatReadsAlikeInSeveralCodePagesIsReadInTheUsersOne() {
    assertEquals(Encoding.WINDOWS_1250, detect(CZECH, Encoding.WINDOWS_1250,
        Encoding.legacyFor("cs")));
    assertEquals(Encoding.WINDOWS_1254, detect(TURKISH, Encoding.WINDOWS_1254,
        Encoding.legacyFor("tr")));
    assertEquals(Encoding.WINDOWS_1257, detect(LITHUANIAN, Encoding.WINDOWS_1257,
        Encoding.legacyFor("lt")));
    assertEquals(Encoding.WINDOWS_1258, detect(VIETNAMESE, Encoding.WINDOWS_1258,
        Encoding.legacyFor("vi")));
    // with no language known, the Western code page, as before
    assertEquals(Encoding.WINDOWS_1252, detect(CZECH, Encoding.WINDOWS_1250, null));
  }

  @Test
  void westernTextDecodesAsWrittenForUsersOfOtherScripts() {
    Set<Encoding> others = Set.of(Encoding.WINDOWS_1251, Encoding.WINDOWS_1253,
        Encoding.WINDOWS_1255, Encoding.WINDOWS_1256, Encoding.WINDOWS_874, Encoding.SHIFT_JIS,
        Encoding.GBK, Encoding.BIG5, Encoding.EUC_KR, Encoding.KOI8_R, Encoding.EUC_JP);
    for (String text : WESTERN) {
      for (Encoding source : new Encoding[] {Encoding.WINDOWS_1252, Encoding.MAC_ROMAN}) {
        byte[] bytes = text.getBytes(Charset.forName(source.charsetName()));
        for (Encoding preferred : others) {
          Encoding found = EncodingDetector.detect(bytes, 0, bytes.length, true, preferred)
              .encoding();
          // Windows-1256 has the French letters where Windows-1252 has them: the same text
          assertEquals(text, new String(bytes, Charset.forName(found.charsetName())),
              source + " text for a user of " + preferred + " read as " + found);
        }
      }
    }
  }

  @Test
  void undefinedBytesOfTheChosenCodePageAreCounted() {
    byte[] bytes = (RUSSIAN + "Ошибка;\u0098;x\r\n").getBytes(Charset.forName("windows-1251"));
    bytes[bytes.length - 6] = (byte) 0x98; // the one byte Windows-1251 leaves undefined
    DetectedEncoding found = EncodingDetector.detect(bytes, 0, bytes.length, true, null);
    assertEquals(Encoding.WINDOWS_1251, found.encoding());
    assertEquals(1, found.invalidSequences());
  }

  @Test
  void theClassOfEveryByteIsWhatTheJdkDecodesItTo() {
    Set<Encoding> otherScripts = Set.of(Encoding.WINDOWS_1251, Encoding.WINDOWS_1253,
        Encoding.WINDOWS_1255, Encoding.WINDOWS_1256, Encoding.WINDOWS_874, Encoding.KOI8_R);
    String joiners = "\u2019\u2018\u201A\u2013\u2014\u2026\u2022\u2122\u00B7\u02BC";
    for (int k = 0; k < LegacyEncodings.SINGLE.length; k++) {
      Encoding e = LegacyEncodings.SINGLE[k];
      Charset charset = Charset.forName(e.charsetName());
      StringBuilder want = new StringBuilder();
      for (int b = 0x80; b < 0x100; b++) {
        String s = new String(new byte[] {(byte) b}, charset);
        char ch = s.charAt(0);
        int type = Character.getType(ch);
        boolean mark = type == Character.NON_SPACING_MARK
            || type == Character.COMBINING_SPACING_MARK;
        want.append(ch == '\uFFFD' || type == Character.CONTROL || type == Character.UNASSIGNED
            || type == Character.PRIVATE_USE ? 'x'
            : mark ? 'm'
            : !Character.isLetter(ch) ? (joiners.indexOf(ch) >= 0 ? '-' : '.')
            : otherScripts.contains(e)
                && Character.UnicodeScript.of(ch) == Character.UnicodeScript.LATIN ? 'a'
            : Character.isUpperCase(ch) || Character.isTitleCase(ch) ? 'U'
            : Character.isLowerCase(ch) ? 'l' : 'o');
      }
      assertEquals(want.toString(), LegacyEncodings.CLASSES[k], e.label());
    }
  }

  @Test
  void theUsersLanguageNamesItsLegacyEncoding() {
    assertEquals(Encoding.WINDOWS_1250, Encoding.legacyFor("pl"));
    assertEquals(Encoding.WINDOWS_1250, Encoding.legacyFor("sr-Latn"));
    assertEquals(Encoding.WINDOWS_1251, Encoding.legacyFor("ru-RU"));
    assertEquals(Encoding.WINDOWS_1251, Encoding.legacyFor("sr"));
    assertEquals(Encoding.WINDOWS_1253, Encoding.legacyFor("el"));
    assertEquals(Encoding.WINDOWS_1254, Encoding.legacyFor("tr"));
    assertEquals(Encoding.WINDOWS_1255, Encoding.legacyFor("he"));
    assertEquals(Encoding.WINDOWS_1256, Encoding.legacyFor("ar-EG"));
    assertEquals(Encoding.WINDOWS_1257, Encoding.legacyFor("lt"));
    assertEquals(Encoding.WINDOWS_1258, Encoding.legacyFor("vi"));
    assertEquals(Encoding.WINDOWS_874, Encoding.legacyFor("th"));
    assertEquals(Encoding.SHIFT_JIS, Encoding.legacyFor("ja-JP"));
    assertEquals(Encoding.EUC_KR, Encoding.legacyFor("ko"));
    assertEquals(Encoding.GBK, Encoding.legacyFor("zh-Hans"));
    assertEquals(Encoding.GBK, Encoding.legacyFor("zh-CN"));
    assertEquals(Encoding.GBK, Encoding.legacyFor("zh"));
    assertEquals(Encoding.BIG5, Encoding.legacyFor("zh-Hant"));
    assertEquals(Encoding.BIG5, Encoding.legacyFor("zh_TW"));
    assertEquals(Encoding.BIG5, Encoding.legacyFor("zh-Hant-HK"));
    assertEquals(Encoding.WINDOWS_1252, Encoding.legacyFor("pt-BR"));
    assertEquals(Encoding.WINDOWS_1252, Encoding.legacyFor("en"));
    assertEquals(Encoding.WINDOWS_1252, Encoding.legacyFor(null));
  }

  @Test
  void everyEncodingIsFoundByItsNameAndTheJdkHasItsCharset() {
    for (Encoding e : Encoding.values()) {
      assertEquals(e, Encoding.byName(e.label()));
      Charset.forName(e.charsetName()); // throws when the JDK has no such charset
    }
    assertEquals(Encoding.WINDOWS_1251, Encoding.byName("CP1251"));
    assertEquals(Encoding.GBK, Encoding.byName("gb2312"));
    assertEquals(Encoding.EUC_KR, Encoding.byName("ks_c_5601-1987"));
    assertEquals(Encoding.BIG5, Encoding.byName("cp950"));
    assertEquals(Encoding.WINDOWS_874, Encoding.byName("TIS-620"));
  }
}
