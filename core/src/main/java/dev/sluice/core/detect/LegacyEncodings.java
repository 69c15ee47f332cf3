package dev.sluice.core.detect;

/**
 * Picks the legacy encoding a sample that is not Unicode was written in, among the ones Excel
 * writes "CSV" files in on Windows: the Windows code pages and Mac Roman, and the double-byte
 * encodings of Chinese, Korean and Japanese (most Shift_JIS is found before, by {@link
 * EncodingDetector}'s own test); and KOI8-R and EUC-JP, Russian and Japanese as older Unix
 * systems write them. (IBM866, ISO-8859-5 and Mac Cyrillic read too much like these to be told
 * apart: a user picks them.)
 *
 * <p>A single-byte code page decodes any byte, so the choice rests on what the text would read
 * as. Each code page is counted against for every byte it leaves undefined, every symbol it puts
 * between two letters, every upper case letter it puts after a lower case one in a word, every
 * letter of a script other than Latin it puts next to a Latin letter, and (a Latin code page)
 * every fourth and later letter of a run of non-ASCII letters: Western words have an accent here
 * and there, while a Cyrillic, Greek or Arabic word read in a Latin code page is all accented
 * letters ("Èâàí"); and every mark (a Hebrew point, a Thai vowel) with no letter before it. A
 * double-byte encoding must be well-formed, and Chinese, Korean and Japanese are told apart by
 * where their common characters lie. Where the text reads as well in several, the
 * legacy encoding of the user's language ({@link Encoding#legacyFor}) wins.
 */
final class LegacyEncodings {
  private LegacyEncodings() {}

  /**
   * The single-byte code pages tried, in the order ties go when the user's is not among them.
   * Hebrew goes before Cyrillic: text that reads as well in both uses only the 27 bytes of
   * Hebrew's letters, which in Cyrillic would be lower case words without ы, ь, э, ю or я. KOI8-R
   * goes before Thai, whose letters have no case: Russian in KOI8-R without the eight letters
   * Windows-874 leaves undefined reads in it as well.
   */
  static final Encoding[] SINGLE = {
    Encoding.WINDOWS_1252, Encoding.WINDOWS_1250, Encoding.WINDOWS_1255, Encoding.WINDOWS_1251,
    Encoding.WINDOWS_1254, Encoding.WINDOWS_1253, Encoding.WINDOWS_1257, Encoding.WINDOWS_1256,
    Encoding.WINDOWS_1258, Encoding.KOI8_R, Encoding.WINDOWS_874, Encoding.MAC_ROMAN
  };

  /**
   * Per code page of {@link #SINGLE}, what each byte 0x80-0xFF decodes to: {@code U} an upper
   * case letter, {@code l} a lower case one, {@code o} a letter without case, {@code m} a mark
   * that goes on the letter before it (Hebrew points, Arabic vowels, Thai vowels and tones,
   * Vietnamese tones), {@code a} a
   * Latin letter in a code page of another script (the French letters of Windows-1256), {@code -}
   * punctuation that sits between letters in ordinary text (’ – — … • ™ ·), {@code .} another
   * symbol, {@code x} nothing (undefined, or a control char). Made from the JDK's charsets and
   * {@link Character}'s categories, and checked against them by the tests.
   */
  static final String[] CLASSES = {
    // windows-1252
    ".x-l.-..o.U.UxUxx--..---.-l.lxlU..........l..........l.-..l....."
        + "UUUUUUUUUUUUUUUUUUUUUUU.UUUUUUUllllllllllllllllllllllll.llllllll",
    // windows-1250
    ".x-x.-..x.U.UUUUx--..---x-l.llll.o.U.U....U....U...l.l.-.ll.U.ll"
        + "UUUUUUUUUUUUUUUUUUUUUUU.UUUUUUUllllllllllllllllllllllll.lllllll.",
    // windows-1255
    ".x-a.-..o.x.xxxxx--..---.-x.xxxx.....................l.-........"
        + "mmmmmmmmmmxmmm.m.mm.ooo..xxxxxxxoooooooooooooooooooooooooooxx..x",
    // windows-1251
    "UU-l.-....U.UUUUl--..---x-l.llll.UlU.U..U.U....U..Ulll.-l.l.lUll"
        + "UUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUllllllllllllllllllllllllllllllll",
    // windows-1254
    ".x-l.-..o.U.Uxxxx--..---.-l.lxxU..........l..........l.-..l....."
        + "UUUUUUUUUUUUUUUUUUUUUUU.UUUUUUUllllllllllllllllllllllll.llllllll",
    // windows-1253
    ".x-a.-..x.x.xxxxx--..---x-x.xxxx..U.......x..........l.-UUU.U.UU"
        + "lUUUUUUUUUUUUUUUUUxUUUUUUUUUlllllllllllllllllllllllllllllllllllx",
    // windows-1257
    ".x-x.-..x.x.x.o.x--..---x-x.x..x.x...x..U.U....U.....l.-l.l....l"
        + "UUUUUUUUUUUUUUUUUUUUUUU.UUUUUUUllllllllllllllllllllllll.lllllll.",
    // windows-1256
    ".o-a.-..o.o.aoooo--..---o-o.a..o..........o..........l.-........"
        + "ooooooooooooooooooooooo.ooooooooaoaooooaaaaaooaammmmamm.mamaa..o",
    // windows-1258
    ".x-l.-..o.x.Uxxxx--..---.-x.lxxU..........l..........l.-..l....."
        + "UUUUUUUUUUUUmUUUUUmUUUU.UUUUUUmlllllllllllllmlllllmllll.llllll.l",
    // KOI8-R
    "..............................-....l...............U............"
        + "llllllllllllllllllllllllllllllllUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUUU",
    // windows-874
    ".xxxx-xxxxxxxxxxx--..---xxxxxxxx.ooooooooooooooooooooooooooooooo"
        + "ooooooooooooooooomoommmmmmmxxxx.ooooooommmmmmmm.............xxxx",
    // macintosh
    "UUUUUUUlllllllllllllllllllllllll.....-.l..-...UU.....l...l.llUll"
        + "....l....-.UUUUl--..--..lU....ll.--..UUUUUUUUUUUxUUUUlo........o"
  };

  /** {@link #CLASSES} as arrays, read a byte at a time. */
  private static final char[][] TABLES = new char[CLASSES.length][];

  static {
    for (int k = 0; k < CLASSES.length; k++) {
      TABLES[k] = CLASSES[k].toCharArray();
    }
  }

  /** Whether a byte can be part of a word: an ASCII letter, or any non-ASCII byte. */
  private static boolean wordByte(byte b) {
    return b < 0 || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }

  /** The code pages of {@link #SINGLE} whose letters are Latin ones. */
  private static boolean latin(Encoding e) {
    return e == Encoding.WINDOWS_1252 || e == Encoding.WINDOWS_1250
        || e == Encoding.WINDOWS_1254 || e == Encoding.WINDOWS_1257
        || e == Encoding.WINDOWS_1258 || e == Encoding.MAC_ROMAN;
  }

  /** What counts against a code page: a byte it leaves undefined. */
  private static final int UNDEFINED = 4;
  /** A symbol between two letters ("M³ller"). */
  private static final int SYMBOL_IN_WORD = 2;
  /** A letter of another script than Latin next to a Latin one ("Mьller"). */
  private static final int MIXED_SCRIPTS = 2;
  /** An upper case letter after a lower case one in a word, one of them not ASCII. */
  private static final int CASE_INSIDE_WORD = 1;
  /** A mark with no letter before it to go on ("Иван" in Windows-1255 starts with a point). */
  private static final int MARK_ALONE = 2;
  /** A fourth or later non-ASCII letter in a row, in a Latin code page ("Ïåòðîâ"). */
  private static final int LONG_ACCENTED_RUN = 1;

  /**
   * The legacy encoding of a sample that is not Unicode, and how many of its bytes (single-byte)
   * or sequences (double-byte) that encoding cannot decode.
   *
   * @param preferred the legacy encoding of the user's language, or null
   */
  static DetectedEncoding guess(byte[] bytes, int from, int end, boolean complete,
      Encoding preferred) {
    // only the words that hold a non-ASCII byte can count against a code page: found once, they
    // are all each code page reads (a few per cent of a Western file)
    int[] words = new int[64];
    int count = 0;
    int high = 0;
    for (int i = from; i < end;) {
      if (bytes[i] >= 0) {
        i++;
        continue;
      }
      int start = i;
      while (start > from && wordByte(bytes[start - 1])) {
        start--;
      }
      int stop = i;
      while (stop < end && wordByte(bytes[stop])) {
        high += bytes[stop] < 0 ? 1 : 0;
        stop++;
      }
      if (count + 2 > words.length) {
        words = java.util.Arrays.copyOf(words, words.length * 2);
      }
      words[count++] = start; // after the last word's end: a byte that is not a word's is between
      words[count++] = stop;
      i = stop;
    }
    int best = 0;
    int[] penalties = new int[SINGLE.length];
    for (int k = 0; k < SINGLE.length; k++) {
      for (int w = 0; w < count; w += 2) {
        penalties[k] += penalty(bytes, words[w], words[w + 1], TABLES[k], latin(SINGLE[k]));
      }
      if (penalties[k] < penalties[best]) {
        best = k;
      }
    }
    int tolerance = high / 100;
    for (int k = 0; k < SINGLE.length; k++) {
      if (SINGLE[k] == preferred && penalties[k] <= penalties[best] + tolerance) {
        best = k;
      }
    }
    if (penalties[best] * 50 <= high) {
      return found(SINGLE[best], undefined(bytes, from, end, TABLES[best]));
    }
    // no code page reads it as words: Chinese, Korean or Japanese, whose characters are two bytes
    Encoding[] doubles = {Encoding.GBK, Encoding.BIG5, Encoding.EUC_KR, Encoding.SHIFT_JIS,
        Encoding.EUC_JP};
    int[][] stats = new int[doubles.length][];
    for (int k = 0; k < doubles.length; k++) {
      stats[k] = pairs(bytes, from, end, complete, doubles[k]);
    }
    int[] big5 = stats[1];
    int[] eucKr = stats[2];
    int[] shiftJis = stats[3];
    if (wellFormed(shiftJis) && shiftJis[LOW_LEADS] * 5 >= shiftJis[PAIRS]) {
      // Japanese with more kanji than EncodingDetector's first test takes: its kana and
      // punctuation start with 0x81-0x9F, where Chinese and Korean characters hardly ever do
      return found(Encoding.SHIFT_JIS, shiftJis[INVALID]);
    }
    int[] eucJp = stats[4];
    if (wellFormed(eucJp) && eucJp[KANA] * 5 >= eucJp[PAIRS]) {
      // Japanese in EUC-JP: hiragana and katakana lie in rows 0xA4 and 0xA5, which Chinese and
      // Korean text hardly use (GB2312 has kana there too, but Chinese has no use for them)
      return found(Encoding.EUC_JP, eucJp[INVALID]);
    }
    if (wellFormed(big5) && big5[LOW_TRAILS] * 10 >= big5[PAIRS]) {
      // a third of Big5's characters end in 0x40-0x7E; GBK's common ones (GB2312) never do
      return found(Encoding.BIG5, big5[INVALID]);
    }
    if (wellFormed(eucKr) && eucKr[EUC_PAIRS] > 0 && eucKr[HANGUL] * 10 >= eucKr[EUC_PAIRS] * 9) {
      // Hangul syllables lie in rows 0xB0-0xC8, where GB2312's common characters only begin
      return found(Encoding.EUC_KR, eucKr[INVALID]);
    }
    if (preferred == Encoding.BIG5 && wellFormed(big5)
        && (big5[EUC_PAIRS] - big5[HANGUL]) * 5 < big5[EUC_PAIRS]) {
      // Chinese in the two bytes' upper halves, for a user of Traditional Chinese, unless many
      // characters lie past row 0xC8, where Big5 has only its rare ones and GB2312 common ones
      return found(Encoding.BIG5, big5[INVALID]);
    }
    for (int k = 0; k < doubles.length; k++) {
      if (wellFormed(stats[k])) {
        return found(doubles[k], stats[k][INVALID]);
      }
    }
    return found(SINGLE[best], undefined(bytes, from, end, TABLES[best]));
  }

  private static DetectedEncoding found(Encoding e, int invalid) {
    return new DetectedEncoding(e, 0, DetectedEncoding.Basis.HEURISTIC, invalid);
  }

  /**
   * The penalty of reading {@code [from, end)} of a sample in a single-byte code page (see the
   * class comment), with {@code from} at the start of a word.
   */
  static int penalty(byte[] bytes, int from, int end, char[] classes, boolean latin) {
    int penalty = 0;
    int run = 0; // non-ASCII letters in a row
    char previous = ' '; // the class of the last byte of the word so far, ' ' at a word's start
    boolean previousHigh = false;
    boolean previousLatin = false;
    for (int i = from; i < end; i++) {
      int b = bytes[i] & 0xFF;
      boolean isHigh = b >= 0x80;
      char k = isHigh ? classes[b - 0x80] : ascii(b);
      if (k == 'x') {
        penalty += UNDEFINED;
      } else if (k == '.' || k == '-') {
        if (k == '.' && isHigh && previous != ' ' && i + 1 < end
            && letter(bytes[i + 1] & 0xFF, classes)) {
          penalty += SYMBOL_IN_WORD;
        }
      } else if (k != ' ') {
        if (isHigh) {
          run++;
          if (latin && run >= 4) {
            penalty += LONG_ACCENTED_RUN;
          }
        } else {
          run = 0;
        }
        boolean latinLetter = !isHigh || k == 'a';
        if (!latin && previous != ' ' && latinLetter != previousLatin) {
          penalty += MIXED_SCRIPTS; // a Latin letter beside a letter of the code page's script
        }
        if (k == 'm' && previous == ' ') {
          penalty += MARK_ALONE;
        }
        if (k == 'U' && (previous == 'l' || previous == 'a') && (isHigh || previousHigh)) {
          penalty += CASE_INSIDE_WORD;
        }
        previous = k;
        previousHigh = isHigh;
        previousLatin = latinLetter;
        continue;
      }
      previous = ' ';
      previousHigh = false;
      run = 0;
    }
    return penalty;
  }

  /** The class of an ASCII byte: an upper or lower case letter, or ' ' for anything else. */
  private static char ascii(int b) {
    return b >= 'a' && b <= 'z' ? 'l' : b >= 'A' && b <= 'Z' ? 'U' : ' ';
  }

  private static boolean letter(int b, char[] classes) {
    char k = b >= 0x80 ? classes[b - 0x80] : ascii(b);
    return k != ' ' && k != '.' && k != '-' && k != 'x';
  }

  private static int undefined(byte[] bytes, int from, int end, char[] classes) {
    int n = 0;
    for (int i = from; i < end; i++) {
      int b = bytes[i] & 0xFF;
      n += b >= 0x80 && classes[b - 0x80] == 'x' ? 1 : 0;
    }
    return n;
  }

  private static final int PAIRS = 0;
  private static final int INVALID = 1;
  /** Pairs whose second byte is below 0xA1 (outside the EUC form both bytes of GB2312 have). */
  private static final int LOW_TRAILS = 2;
  /** Pairs in the EUC form with a first byte from 0xB0 (characters, not symbols). */
  private static final int EUC_PAIRS = 3;
  /** Of those, the ones in rows 0xB0-0xC8: Hangul syllables in EUC-KR. */
  private static final int HANGUL = 4;
  /** Pairs whose first byte is below 0xA1 (Shift_JIS's kana, punctuation, common kanji). */
  private static final int LOW_LEADS = 5;
  /** Pairs in rows 0xA4-0xA5: EUC-JP's hiragana and katakana. */
  private static final int KANA = 6;

  /** At most one sequence in a hundred that the encoding cannot decode, and some characters. */
  private static boolean wellFormed(int[] stats) {
    return stats[PAIRS] > 0 && stats[INVALID] * 100 <= stats[PAIRS];
  }

  /**
   * Reads a sample as a double-byte encoding: its characters of two bytes (and GB18030's of
   * four) and the sequences it cannot decode, with where the pairs lie.
   */
  static int[] pairs(byte[] bytes, int from, int end, boolean complete, Encoding e) {
    int[] stats = new int[7];
    int i = from;
    while (i < end) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80 || b == 0x80 && e == Encoding.GBK
          || e == Encoding.SHIFT_JIS && b >= 0xA1 && b <= 0xDF) {
        i++; // ASCII, GBK's euro sign, Shift_JIS's half-width katakana
        continue;
      }
      if (e == Encoding.EUC_JP && b == 0x8F) {
        b = i + 1 < end ? bytes[++i] & 0xFF : 0; // JIS X 0212: read as a pair of the two after
      }
      if (b == 0x80 || b == 0xFF || e == Encoding.SHIFT_JIS && (b == 0xA0 || b >= 0xFD)
          || e == Encoding.EUC_JP && (b < 0xA1 && b != 0x8E)) {
        stats[INVALID]++;
        i++;
        continue;
      }
      if (i + 1 >= end) {
        stats[INVALID] += complete ? 1 : 0; // else cut by sampling
        break;
      }
      int t = bytes[i + 1] & 0xFF;
      if (e == Encoding.GBK && t >= 0x30 && t <= 0x39) {
        // GB18030's four-byte form: lead, digit, lead, digit
        if (i + 3 >= end) {
          stats[INVALID] += complete ? 1 : 0;
          break;
        }
        int c = bytes[i + 2] & 0xFF;
        int d = bytes[i + 3] & 0xFF;
        if (c >= 0x81 && c <= 0xFE && d >= 0x30 && d <= 0x39) {
          stats[PAIRS]++;
          i += 4;
        } else {
          stats[INVALID]++;
          i++;
        }
        continue;
      }
      if (!trail(e, t)) {
        stats[INVALID]++;
        i++; // an ASCII byte after a lead is read again on its own, as decoders do
        continue;
      }
      stats[PAIRS]++;
      stats[LOW_LEADS] += b < 0xA1 ? 1 : 0;
      stats[KANA] += b == 0xA4 || b == 0xA5 ? 1 : 0;
      if (t < 0xA1) {
        stats[LOW_TRAILS]++;
      } else if (b >= 0xB0) {
        stats[EUC_PAIRS]++;
        stats[HANGUL] += b <= 0xC8 ? 1 : 0;
      }
      i += 2;
    }
    return stats;
  }

  /** Whether a byte can be the second of a double-byte character. */
  private static boolean trail(Encoding e, int t) {
    switch (e) {
      case GBK:
        return t >= 0x40 && t <= 0xFE && t != 0x7F;
      case BIG5:
        return t >= 0x40 && t <= 0x7E || t >= 0xA1 && t <= 0xFE;
      case SHIFT_JIS:
        return t >= 0x40 && t <= 0xFC && t != 0x7F;
      case EUC_JP:
        return t >= 0xA1 && t <= 0xFE;
      default: // EUC-KR as code page 949
        return t >= 0x41 && t <= 0x5A || t >= 0x61 && t <= 0x7A || t >= 0x81 && t <= 0xFE;
    }
  }
}
