package dev.sluice.core.detect;

/**
 * Decides which encoding a file's bytes are in, from a sample of its first bytes.
 *
 * <p>Core only decides; decoding is done by the platform (java.nio.charset on the JVM, TextDecoder in
 * the browser), since TeaVM has no charset tables. Order of evidence: byte order mark, UTF-16 zero
 * byte pattern, well-formed UTF-8, Shift_JIS when its lead bytes look Japanese, else the legacy
 * encoding the text reads best in ({@link LegacyEncodings}: the Windows code pages, GBK, Big5,
 * EUC-KR; the one of the user's language where several read alike), or Mac Roman when its high
 * bytes read as letters inside words only there.
 */
public final class EncodingDetector {
  /** How many bytes of a file the detector looks at; more does not change its answers. */
  public static final int SAMPLE_BYTES = 64 * 1024;

  private EncodingDetector() {}

  /**
   * Detects the encoding of a sample.
   *
   * @param bytes    the sample
   * @param offset   where the sample starts in the array
   * @param length   how many bytes it has
   * @param complete whether the sample is the whole file (a multibyte sequence cut at its end is
   *                 then invalid rather than cut by sampling)
   */
  public static DetectedEncoding detect(byte[] bytes, int offset, int length, boolean complete) {
    return detect(bytes, offset, length, complete, null);
  }

  /**
   * Detects the encoding of a sample written, if not in Unicode, most likely in {@code
   * preferred}: the legacy encoding of the user's language ({@link Encoding#legacyFor}), which
   * wins where the text reads as well in another.
   *
   * @param preferred the user's legacy encoding, or null when not known
   */
  public static DetectedEncoding detect(byte[] bytes, int offset, int length, boolean complete,
      Encoding preferred) {
    int end = offset + length;
    if (length >= 3 && u(bytes[offset]) == 0xEF && u(bytes[offset + 1]) == 0xBB
        && u(bytes[offset + 2]) == 0xBF) {
      return new DetectedEncoding(Encoding.UTF_8, 3, DetectedEncoding.Basis.BOM,
          utf8Invalid(bytes, offset + 3, end, complete));
    }
    if (length >= 2 && u(bytes[offset]) == 0xFF && u(bytes[offset + 1]) == 0xFE) {
      return new DetectedEncoding(Encoding.UTF_16LE, 2, DetectedEncoding.Basis.BOM, 0);
    }
    if (length >= 2 && u(bytes[offset]) == 0xFE && u(bytes[offset + 1]) == 0xFF) {
      return new DetectedEncoding(Encoding.UTF_16BE, 2, DetectedEncoding.Basis.BOM, 0);
    }
    Encoding utf16 = utf16ByZeros(bytes, offset, end);
    if (utf16 != null) {
      return new DetectedEncoding(utf16, 0, DetectedEncoding.Basis.HEURISTIC, 0);
    }
    boolean ascii = true;
    for (int i = offset; i < end; i++) {
      if (bytes[i] < 0) {
        ascii = false;
        break;
      }
    }
    if (ascii) {
      return new DetectedEncoding(Encoding.UTF_8, 0, DetectedEncoding.Basis.ASCII, 0);
    }
    int[] utf8 = utf8Counts(bytes, offset, end, complete);
    int valid = utf8[0];
    int invalid = utf8[1];
    if (invalid == 0) {
      return new DetectedEncoding(Encoding.UTF_8, 0, DetectedEncoding.Basis.VALID, 0);
    }
    if (looksShiftJis(bytes, offset, end, complete)) {
      return new DetectedEncoding(Encoding.SHIFT_JIS, 0, DetectedEncoding.Basis.VALID, 0);
    }
    if (valid >= 20 * invalid) {
      // Mostly UTF-8 with a few broken bytes (a file pasted together from sources): decoding it as
      // Windows-1252 would garble every accented letter, so keep UTF-8 and say how much is broken.
      return new DetectedEncoding(Encoding.UTF_8, 0, DetectedEncoding.Basis.HEURISTIC, invalid);
    }
    DetectedEncoding legacy = LegacyEncodings.guess(bytes, offset, end, complete, preferred);
    if (legacy.encoding() == Encoding.WINDOWS_1252 && looksMacRoman(bytes, offset, end)) {
      return new DetectedEncoding(Encoding.MAC_ROMAN, 0, DetectedEncoding.Basis.HEURISTIC, 0);
    }
    return legacy;
  }

  /**
   * Mac Roman rather than Windows-1252: more high bytes inside words (an ASCII letter on both
   * sides) are Mac Roman's common accented letters in 0x80-0x9F ("Müller" is 4D 9F 6C...) than
   * Windows-1252's letters in 0xC0-0xFF ("Müller" is 4D FC 6C...). The bytes that are punctuation
   * in Windows-1252 and may sit between letters there (typographic quotes and apostrophes as in
   * "don’t", dashes as in "yes—no", the ellipsis, the bullet, ™, and the ligatures Œ œ) count
   * for neither, though Mac Roman has letters there too (ñ, ó, í...).
   */
  private static boolean looksMacRoman(byte[] bytes, int from, int end) {
    int mac = 0;
    int windows = 0;
    for (int i = from + 1; i + 1 < end; i++) {
      int b = u(bytes[i]);
      if (b < 0x80 || !asciiLetter(bytes[i - 1]) || !asciiLetter(bytes[i + 1])) {
        continue;
      }
      if (b <= 0x9F) {
        mac += MAC_LETTER[b - 0x80];
      } else if (b >= 0xC0) {
        windows++;
      }
    }
    return mac > windows;
  }

  /**
   * Per byte 0x80-0x9F, 1 where Mac Roman has a letter and Windows-1252 nothing that sits inside
   * words in its usual text: Ä Å É Ü á à â ä ç é è ê ò ö ù û ü.
   */
  private static final byte[] MAC_LETTER = {
    1, 1, 0, 1, 0, 0, 1, 1, 1, 1, 1, 0, 0, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 1, 1, 1
  };

  private static boolean asciiLetter(byte b) {
    return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z';
  }

  /** Detects the encoding of a whole small file or of a sample of a large one. */
  public static DetectedEncoding detect(byte[] bytes, boolean complete) {
    return detect(bytes, complete, null);
  }

  /**
   * Detects the encoding of a whole small file or of a sample of a large one, for a user whose
   * legacy encoding is {@code preferred} (or null).
   */
  public static DetectedEncoding detect(byte[] bytes, boolean complete, Encoding preferred) {
    return detect(bytes, 0, Math.min(bytes.length, SAMPLE_BYTES),
        complete && bytes.length <= SAMPLE_BYTES, preferred);
  }

  private static int u(byte b) {
    return b & 0xFF;
  }

  /**
   * UTF-16 without BOM: its ASCII chars (a CSV's delimiters and line breaks at least) have a zero
   * in every other byte, and text in any 8-bit encoding or UTF-8 has no zero byte at all. Taken
   * where one byte in fifty of one parity is zero and hardly any of the other, and the text reads
   * as text: at most one unit in a hundred a control char other than tab and line breaks, or half
   * a surrogate pair. Cyrillic, Greek or CJK text has zeros only where it has ASCII chars, far
   * fewer than Western text has.
   */
  private static Encoding utf16ByZeros(byte[] bytes, int offset, int end) {
    int n = Math.min(end - offset, 4096) & ~1;
    if (n < 4) {
      return null;
    }
    int evenZeros = 0;
    int oddZeros = 0;
    for (int i = 0; i < n; i += 2) {
      if (bytes[offset + i] == 0) {
        evenZeros++;
      }
      if (bytes[offset + i + 1] == 0) {
        oddZeros++;
      }
    }
    int pairs = n / 2;
    Encoding e = null;
    if (oddZeros * 50 >= pairs && evenZeros * 20 <= oddZeros) {
      e = Encoding.UTF_16LE;
    } else if (evenZeros * 50 >= pairs && oddZeros * 20 <= evenZeros) {
      e = Encoding.UTF_16BE;
    }
    if (e == null || !readsAsText(bytes, offset, n, e == Encoding.UTF_16BE)) {
      return null;
    }
    // zeros in under a quarter of the units: Cyrillic or CJK text, whose units without a zero are
    // letters of its script; when nearly all of them are two ASCII chars instead, the zeros are
    // stray bytes in a short 8-bit text ("a,b\n1,2\03" read as UTF-16 is six CJK-like chars)
    int zeros = e == Encoding.UTF_16LE ? oddZeros : evenZeros;
    return zeros * 4 >= pairs || !asciiPairsMostly(bytes, offset, n) ? e : null;
  }

  /**
   * Whether nine in ten or more of the byte pairs without a zero are two printable ASCII chars or
   * line breaks (true of 8-bit text, not of UTF-16 in any script but Latin, whose ASCII letters
   * each have a zero byte).
   */
  private static boolean asciiPairsMostly(byte[] bytes, int offset, int n) {
    int pairs = 0;
    int ascii = 0;
    for (int i = 0; i < n; i += 2) {
      int a = bytes[offset + i] & 0xFF;
      int b = bytes[offset + i + 1] & 0xFF;
      if (a == 0 || b == 0) {
        continue;
      }
      pairs++;
      if (asciiText(a) && asciiText(b)) {
        ascii++;
      }
    }
    return pairs > 0 && ascii * 10 >= pairs * 9;
  }

  private static boolean asciiText(int b) {
    return b >= 0x20 && b < 0x7F || b == '\n' || b == '\r' || b == '\t';
  }

  /** Whether UTF-16 units read as text: see {@link #utf16ByZeros}. */
  private static boolean readsAsText(byte[] bytes, int offset, int n, boolean bigEndian) {
    int odd = 0;
    int units = n / 2;
    boolean afterHighHalf = false; // the unit before was the first half of a surrogate pair
    for (int i = 0; i < n; i += 2) {
      int a = bytes[offset + i] & 0xFF;
      int b = bytes[offset + i + 1] & 0xFF;
      int unit = bigEndian ? a << 8 | b : b << 8 | a;
      boolean control = unit < 0x20 && unit != '\t' && unit != '\n' && unit != '\r';
      // a second half alone, or a first half not followed by one
      boolean unpaired = (unit >= 0xDC00 && unit <= 0xDFFF) != afterHighHalf;
      if (control || unpaired) {
        odd++;
      }
      afterHighHalf = unit >= 0xD800 && unit <= 0xDBFF;
    }
    return odd * 100 <= units;
  }

  private static int utf8Invalid(byte[] bytes, int from, int end, boolean complete) {
    return utf8Counts(bytes, from, end, complete)[1];
  }

  /** Counts well-formed multibyte sequences and invalid ones (overlongs and surrogates included). */
  private static int[] utf8Counts(byte[] bytes, int from, int end, boolean complete) {
    int valid = 0;
    int invalid = 0;
    int i = from;
    while (i < end) {
      int b = u(bytes[i]);
      if (b < 0x80) {
        i++;
        continue;
      }
      int need;
      int min;
      if (b >= 0xC2 && b <= 0xDF) {
        need = 1;
        min = 0x80;
      } else if (b >= 0xE0 && b <= 0xEF) {
        need = 2;
        min = 0x800;
      } else if (b >= 0xF0 && b <= 0xF4) {
        need = 3;
        min = 0x10000;
      } else {
        invalid++;
        i++;
        continue;
      }
      if (!complete && i + need >= end) {
        break; // the sequence runs past the sample: cut by sampling, not broken
      }
      int cp = b & (0x3F >> need);
      boolean ok = true;
      for (int k = 1; k <= need; k++) {
        if (i + k >= end) {
          ok = false;
          break;
        }
        int c = u(bytes[i + k]);
        if ((c & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (c & 0x3F);
      }
      if (ok && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))) {
        ok = false;
      }
      if (ok) {
        valid++;
        i += need + 1;
      } else {
        invalid++;
        i++;
      }
    }
    return new int[] {valid, invalid};
  }

  /**
   * Shift_JIS when every high byte is part of a well-formed sequence and most double-byte
   * characters start with a lead byte of kana, punctuation or level-1 kanji (0x81-0x9F). Western
   * text in Windows-1252 can be well-formed Shift_JIS by accident ("Käse" is E4 73), but its high
   * bytes are accented letters in 0xC0-0xFF, so the lead byte test tells them apart.
   */
  private static boolean looksShiftJis(byte[] bytes, int from, int end, boolean complete) {
    int doubles = 0;
    int lowLeads = 0;
    // a "character" between ASCII letters whose second byte is one too: an accented letter of a
    // Western word in a single-byte encoding (Mac Roman's "Müller" is well-formed Shift_JIS)
    int insideWords = 0;
    int i = from;
    while (i < end) {
      int b = u(bytes[i]);
      if (b < 0x80 || (b >= 0xA1 && b <= 0xDF)) {
        i++;
        continue;
      }
      boolean lead = (b >= 0x81 && b <= 0x9F) || (b >= 0xE0 && b <= 0xFC);
      if (!lead) {
        return false;
      }
      if (i + 1 >= end) {
        if (complete) {
          return false;
        }
        break;
      }
      int t = u(bytes[i + 1]);
      if (t < 0x40 || t == 0x7F || t > 0xFC) {
        return false;
      }
      doubles++;
      if (b <= 0x9F) {
        lowLeads++;
      }
      if (i > from && asciiLetter(bytes[i - 1]) && asciiLetter(bytes[i + 1])
          && (i + 2 >= end || asciiLetter(bytes[i + 2]))) {
        insideWords++;
      }
      i += 2;
    }
    return doubles > 0 && lowLeads * 2 >= doubles && insideWords * 2 < doubles;
  }
}
