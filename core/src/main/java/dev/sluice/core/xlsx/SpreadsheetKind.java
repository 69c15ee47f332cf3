package dev.sluice.core.xlsx;

/**
 * What a file is by its first bytes: text (CSV and friends), an xlsx workbook (a zip), an old
 * binary .xls, or a password-protected workbook (both are OLE2 compound files); plus the bounds
 * that keep a zip bomb from exhausting memory.
 */
public enum SpreadsheetKind {
  /** Not a workbook: read it as delimited text. */
  TEXT,
  /** An Office Open XML workbook. */
  XLSX,
  /** An Excel 97-2003 binary workbook, which the browser cannot read. */
  XLS,
  /** A workbook encrypted with a password (OOXML inside an OLE2 file). */
  ENCRYPTED;

  /** The most bytes one part may inflate to (a sheet of a million rows is a few hundred MiB). */
  public static final long MAX_PART_BYTES = 1L << 30;
  /** The highest inflated-to-compressed ratio accepted past the first MiB (as Apache POI). */
  public static final int MAX_RATIO = 100;

  /** The kind of a file from its first bytes (at least 8; the first 64 KiB find encryption). */
  public static SpreadsheetKind of(byte[] head) {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
      return XLSX;
    }
    if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1
        && (head[5] & 0xFF) == 0xB1 && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1) {
      return containsUtf16(head, "EncryptionInfo") || containsUtf16(head, "EncryptedPackage")
          ? ENCRYPTED : XLS;
    }
    return TEXT;
  }

  /**
   * Stops inflating a part that grows past {@link #MAX_PART_BYTES} or more than {@link
   * #MAX_RATIO} times its compressed size: the signature of a zip bomb.
   */
  public static void checkInflated(long inflated, long compressed) {
    if (inflated > MAX_PART_BYTES
        || inflated > (1 << 20) && inflated > MAX_RATIO * Math.max(compressed, 1)) {
      throw new XlsxException("XLSX_TOO_LARGE", "a part inflates " + inflated + " bytes from "
          + compressed);
    }
  }

  private static boolean containsUtf16(byte[] b, String s) {
    outer:
    for (int i = 0; i + s.length() * 2 <= b.length; i++) {
      for (int j = 0; j < s.length(); j++) {
        if (b[i + 2 * j] != s.charAt(j) || b[i + 2 * j + 1] != 0) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
