package dev.sluice.core.detect;

import dev.sluice.core.text.TextFold;

/**
 * The text encodings Sluice recognises in uploaded files, with their WHATWG / IANA names.
 *
 * <p>The labels are the ones the browser's {@code TextDecoder} accepts; {@link #charsetName} names
 * the JDK charset that decodes alike, so one detection result drives both decoders. Besides the
 * Unicode forms they are the legacy encodings Excel writes "CSV" in on Windows, one per group of
 * languages ({@link #legacyFor}), and Mac Roman.
 */
public enum Encoding {
  /** UTF-8, with or without a byte order mark. */
  UTF_8("UTF-8"),
  /** UTF-16 little endian, as Excel's "Unicode text" writes it. */
  UTF_16LE("UTF-16LE"),
  /** UTF-16 big endian. */
  UTF_16BE("UTF-16BE"),
  /**
   * Windows-1252, the single-byte fallback for Western European text; it agrees with ISO-8859-1 on
   * every printable character and adds € and typographic quotes in 0x80-0x9F.
   */
  WINDOWS_1252("windows-1252"),
  /** Shift_JIS, as Japanese Excel writes CSV. */
  SHIFT_JIS("Shift_JIS"),
  /**
   * Mac Roman, as Excel for Mac wrote "CSV (Macintosh)" files: accented letters in 0x80-0x9F,
   * where Windows-1252 has punctuation. The JDK names it x-MacRoman.
   */
  MAC_ROMAN("macintosh"),
  /**
   * Windows-1250, Central European (Polish, Czech, Slovak, Hungarian, Slovenian, Croatian,
   * Romanian).
   */
  WINDOWS_1250("windows-1250"),
  /** Windows-1251, Cyrillic (Russian, Ukrainian, Bulgarian, Serbian). */
  WINDOWS_1251("windows-1251"),
  /** Windows-1253, Greek. */
  WINDOWS_1253("windows-1253"),
  /** Windows-1254, Turkish. */
  WINDOWS_1254("windows-1254"),
  /** Windows-1255, Hebrew. */
  WINDOWS_1255("windows-1255"),
  /** Windows-1256, Arabic (and Persian, Urdu). */
  WINDOWS_1256("windows-1256"),
  /** Windows-1257, Baltic (Estonian, Latvian, Lithuanian). */
  WINDOWS_1257("windows-1257"),
  /** Windows-1258, Vietnamese. */
  WINDOWS_1258("windows-1258"),
  /** Windows-874, Thai. The JDK names it x-windows-874. */
  WINDOWS_874("windows-874"),
  /**
   * GBK, as Simplified Chinese Excel writes CSV (code page 936); decoded as its superset GB18030,
   * as the browser's {@code TextDecoder} does for this label.
   */
  GBK("GBK"),
  /** Big5, as Traditional Chinese Excel writes CSV (code page 950). */
  BIG5("Big5"),
  /**
   * EUC-KR, as Korean Excel writes CSV: code page 949 (Unified Hangul Code), its superset, which
   * is what the browser's {@code TextDecoder} decodes for this label. The JDK names it
   * x-windows-949.
   */
  EUC_KR("EUC-KR"),
  /** EUC-JP, Japanese as older Unix systems write it. */
  EUC_JP("EUC-JP"),
  /** KOI8-R, Russian as older Unix systems write it. */
  KOI8_R("KOI8-R"),
  /** IBM866, Russian as DOS programs write it. */
  IBM866("IBM866"),
  /** ISO-8859-5, Cyrillic. */
  ISO_8859_5("ISO-8859-5"),
  /**
   * Mac Cyrillic, as Excel for Mac wrote Russian "CSV (Macintosh)" files. The JDK names it
   * x-MacCyrillic.
   */
  MAC_CYRILLIC("x-mac-cyrillic");

  private final String label;

  Encoding(String label) {
    this.label = label;
  }

  /** The name that {@code TextDecoder} accepts, and the one Sluice reports. */
  public String label() {
    return label;
  }

  /**
   * The name that {@code java.nio.charset.Charset.forName} accepts, for the charset that decodes
   * as the browser's {@code TextDecoder} does for {@link #label}.
   */
  public String charsetName() {
    switch (this) {
      case MAC_ROMAN:
        return "x-MacRoman";
      case WINDOWS_874:
        return "x-windows-874";
      case GBK:
        return "GB18030";
      case BIG5:
        return "Big5-HKSCS";
      case EUC_KR:
        return "x-windows-949";
      case MAC_CYRILLIC:
        return "x-MacCyrillic";
      default:
        return label;
    }
  }

  /**
   * The encoding that Excel on Windows writes "CSV" files in for users of a language (its ANSI
   * code page), from a BCP 47 tag such as {@code pl}, {@code zh-Hant} or {@code pt-BR}: the
   * best guess for a file that is not Unicode. Windows-1252 for languages written in Western
   * European letters and for unknown tags. The table follows the WHATWG HTML standard's
   * locale defaults, with the Windows code page where it names an ISO one.
   */
  public static Encoding legacyFor(String languageTag) {
    if (languageTag == null) {
      return WINDOWS_1252;
    }
    String tag = TextFold.lower(languageTag.trim()).replace('_', '-');
    int dash = tag.indexOf('-');
    String language = dash < 0 ? tag : tag.substring(0, dash);
    if (language.equals("zh")) {
      // Traditional Chinese: zh-Hant, and Taiwan, Hong Kong and Macau without a script
      return tag.contains("hant") || !tag.contains("hans") && (tag.endsWith("-tw")
          || tag.endsWith("-hk") || tag.endsWith("-mo")) ? BIG5 : GBK;
    }
    for (int i = 0; i < CODE_PAGES.length; i++) {
      if (CODE_PAGE_LANGUAGES[i].contains(" " + language + " ")) {
        // Cyrillic languages written in Latin letters (sr-Latn) are Central European
        return CODE_PAGES[i] == WINDOWS_1251 && tag.contains("latn") ? WINDOWS_1250
            : CODE_PAGES[i];
      }
    }
    return WINDOWS_1252;
  }

  /**
   * The languages ({@link #legacyFor}) whose users' Excel writes CSV in each code page of {@link
   * #CODE_PAGES}, between spaces: a table, not a switch, which in the browser build was 9 KB of
   * the engine for this one lookup.
   */
  private static final String[] CODE_PAGE_LANGUAGES = {" ja ", " ko ",
      " cs sk pl hu sl hr bs ro sq ", " ru uk be bg mk sr kk ky tg tt ba sah mn ", " el ",
      " tr az ku ", " he iw yi ", " ar fa ur ", " et lv lt ", " vi ", " th "};
  private static final Encoding[] CODE_PAGES = {SHIFT_JIS, EUC_KR, WINDOWS_1250, WINDOWS_1251,
      WINDOWS_1253, WINDOWS_1254, WINDOWS_1255, WINDOWS_1256, WINDOWS_1257, WINDOWS_1258,
      WINDOWS_874};

  /** Finds an encoding by a name or common alias, ignoring case; null when unknown. */
  public static Encoding byName(String name) {
    String n = TextFold.lower(name.trim()).replace('_', '-');
    switch (n) {
      case "utf-8": case "utf8":
        return UTF_8;
      case "utf-16le": case "utf16le": case "utf-16": case "unicode":
        return UTF_16LE;
      case "utf-16be": case "utf16be":
        return UTF_16BE;
      case "windows-1252": case "cp1252": case "latin1": case "latin-1": case "iso-8859-1":
      case "iso8859-1": case "ansi":
        return WINDOWS_1252;
      case "shift-jis": case "shiftjis": case "sjis": case "windows-31j": case "ms932": case "cp932":
        return SHIFT_JIS;
      case "macintosh": case "mac": case "macroman": case "mac-roman": case "x-mac-roman":
      case "x-macroman":
        return MAC_ROMAN;
      case "windows-1250": case "cp1250": case "x-cp1250":
        return WINDOWS_1250;
      case "windows-1251": case "cp1251": case "x-cp1251":
        return WINDOWS_1251;
      case "windows-1253": case "cp1253": case "x-cp1253":
        return WINDOWS_1253;
      case "windows-1254": case "cp1254": case "x-cp1254": case "iso-8859-9": case "latin5":
        return WINDOWS_1254;
      case "windows-1255": case "cp1255": case "x-cp1255":
        return WINDOWS_1255;
      case "windows-1256": case "cp1256": case "x-cp1256":
        return WINDOWS_1256;
      case "windows-1257": case "cp1257": case "x-cp1257":
        return WINDOWS_1257;
      case "windows-1258": case "cp1258": case "x-cp1258":
        return WINDOWS_1258;
      case "windows-874": case "cp874": case "x-windows-874": case "tis-620": case "iso-8859-11":
        return WINDOWS_874;
      case "gbk": case "gb2312": case "gb18030": case "cp936": case "x-gbk": case "ms936":
        return GBK;
      case "big5": case "big5-hkscs": case "cp950": case "x-windows-950": case "ms950":
        return BIG5;
      case "euc-kr": case "cp949": case "ms949": case "x-windows-949": case "windows-949":
      case "ks-c-5601-1987": case "uhc":
        return EUC_KR;
      case "euc-jp": case "eucjp": case "x-euc-jp":
        return EUC_JP;
      case "koi8-r": case "koi8": case "cskoi8r":
        return KOI8_R;
      case "ibm866": case "cp866": case "866":
        return IBM866;
      case "iso-8859-5": case "iso8859-5": case "cyrillic":
        return ISO_8859_5;
      case "x-mac-cyrillic": case "x-maccyrillic": case "maccyrillic": case "mac-cyrillic":
        return MAC_CYRILLIC;
      default:
        return null;
    }
  }
}
