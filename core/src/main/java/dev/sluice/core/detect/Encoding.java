package dev.sluice.core.detect;

/**
 * The text encodings Sluice recognises in uploaded files, with their WHATWG / IANA names.
 *
 * <p>The labels are the ones the browser's {@code TextDecoder} accepts, and but for Mac Roman
 * also {@code java.nio.charset.Charset.forName} ({@link #charsetName}), so one detection result
 * drives both decoders.
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
  MAC_ROMAN("macintosh");

  private final String label;

  Encoding(String label) {
    this.label = label;
  }

  /** The name that {@code TextDecoder} accepts, and the one Sluice reports. */
  public String label() {
    return label;
  }

  /** The name that {@code java.nio.charset.Charset.forName} accepts. */
  public String charsetName() {
    return this == MAC_ROMAN ? "x-MacRoman" : label;
  }

  /** Finds an encoding by a name or common alias, ignoring case; null when unknown. */
  public static Encoding byName(String name) {
    String n = name.trim().toLowerCase().replace('_', '-');
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
      default:
        return null;
    }
  }
}
