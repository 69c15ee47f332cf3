package dev.sluice.core.xlsx;

import dev.sluice.core.detect.DetectedEncoding;
import dev.sluice.core.detect.Encoding;
import dev.sluice.core.detect.EncodingDetector;
import java.util.Map;

/**
 * What a file is by its first bytes: text (CSV and friends), an xlsx workbook (a zip), an old
 * binary .xls, a password-protected workbook (both are OLE2 compound files), or something with no
 * table in it at all (a PDF, an archive, an image, binary data); plus the bounds that keep a zip
 * bomb from exhausting memory.
 *
 * <p>Telling the last kind apart is what lets a person who picked the wrong file hear so, instead
 * of seeing its bytes read as rows of garbage.
 */
public enum SpreadsheetKind {
  /** Not a workbook: read it as delimited text. */
  TEXT,
  /** An Office Open XML workbook. */
  XLSX,
  /** An Excel 97-2003 binary workbook, which the browser cannot read. */
  XLS,
  /** A workbook encrypted with a password (OOXML inside an OLE2 file). */
  ENCRYPTED,
  /**
   * Not a table: a file of another format (PDF, an archive, an image, a word processor's document)
   * or binary data; {@link #refusal} says which and what to do.
   */
  OTHER;

  /** The most bytes one part may inflate to (a sheet of a million rows is a few hundred MiB). */
  public static final long MAX_PART_BYTES = 1L << 30;
  /** The highest inflated-to-compressed ratio accepted past the first MiB (as Apache POI). */
  public static final int MAX_RATIO = 100;

  /**
   * The kind of a file from its first bytes (at least 8; the first 64 KiB find encryption, and
   * tell binary data from text).
   */
  public static SpreadsheetKind of(byte[] head) {
    if (isZip(head)) {
      return zipFormat(head) == null ? XLSX : OTHER;
    }
    if (head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
        && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0 && (head[4] & 0xFF) == 0xA1
        && (head[5] & 0xFF) == 0xB1 && (head[6] & 0xFF) == 0x1A && (head[7] & 0xFF) == 0xE1) {
      return containsUtf16(head, "EncryptionInfo") || containsUtf16(head, "EncryptedPackage")
          ? ENCRYPTED : XLS;
    }
    return magicFormat(head) != null || looksBinary(head) ? OTHER : TEXT;
  }

  /**
   * Why a file of kind {@link #OTHER} has no rows to import, as a message code of the catalogue
   * and its arguments: {@code FILE_OTHER_FORMAT} with the format's name (PDF, gzip, PNG...) or
   * {@code FILE_NOT_TEXT} for binary data of no format named here. Null for any other kind.
   */
  public static Refusal refusal(byte[] head) {
    if (of(head) != OTHER) {
      return null;
    }
    String format = isZip(head) ? zipFormat(head) : magicFormat(head);
    return format != null ? new Refusal("FILE_OTHER_FORMAT", Map.of("format", format))
        : new Refusal("FILE_NOT_TEXT", Map.of());
  }

  /**
   * A message code of the catalogue and its arguments, saying why a file was not read.
   *
   * @param code      the code, such as {@code FILE_OTHER_FORMAT}
   * @param arguments the message's arguments (a format's name; never the file's content)
   */
  public record Refusal(String code, Map<String, Object> arguments) {}

  /**
   * The signatures of formats people pick by mistake, checked at the file's start: long enough
   * that no CSV header starts with them (two-letter ones such as BMP's {@code BM} are left to
   * {@link #looksBinary}). Each is its bytes (as chars under 0x100) and its name.
   */
  private static final String[][] MAGIC = {
    {"%PDF-", "PDF"},
    {"\u001F\u008B\u0008", "gzip"},
    {"BZh", "bzip2"}, // followed by a digit and the block magic, checked below
    {"\u00FD7zXZ\u0000", "xz"},
    {"(\u00B5/\u00FD", "Zstandard"},
    {"7z\u00BC\u00AF'\u001C", "7-Zip"},
    {"Rar!\u001A\u0007", "RAR"},
    {"\u0089PNG\r\n\u001A\n", "PNG"},
    {"\u00FF\u00D8\u00FF", "JPEG"},
    {"GIF87a", "GIF"},
    {"GIF89a", "GIF"},
    {"II*\u0000", "TIFF"},
    {"MM\u0000*", "TIFF"},
    {"SQLite format 3\u0000", "SQLite"},
    {"\u007FELF", "ELF"},
    {"{\\rtf", "RTF"},
  };

  private static boolean isZip(byte[] head) {
    return startsWith(head, 0, "PK\u0003\u0004");
  }

  /** The name of the format whose signature the file starts with, or null. */
  private static String magicFormat(byte[] head) {
    for (String[] magic : MAGIC) {
      if (startsWith(head, 0, magic[0])) {
        if (magic[1].equals("bzip2") && !(head.length >= 10 && head[3] >= '1' && head[3] <= '9'
            && startsWith(head, 4, "1AY&SY"))) {
          continue;
        }
        return magic[1];
      }
    }
    if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WEBP")) {
      return "WebP";
    }
    return null;
  }

  /**
   * The format of a zip that is no workbook, named by its first entries (an OpenDocument file
   * stores its mime type first, uncompressed; Word and PowerPoint files have parts under {@code
   * word/} and {@code ppt/}); null for a zip taken for a workbook (then read as one, and a zip
   * without a workbook in it is reported as such).
   */
  private static String zipFormat(byte[] head) {
    String odf = "mimetypeapplication/vnd.oasis.opendocument.";
    if (startsWith(head, 30, odf)) {
      return startsWith(head, 30 + odf.length(), "spreadsheet") ? "OpenDocument spreadsheet (.ods)"
          : startsWith(head, 30 + odf.length(), "text") ? "OpenDocument text (.odt)"
          : "OpenDocument";
    }
    // the local headers one after the other while their sizes are given (a writer that streams
    // puts them after the data instead: then only the entries before it are seen)
    for (int at = 0; at + 30 <= head.length && startsWith(head, at, "PK\u0003\u0004"); ) {
      int nameLength = u16(head, at + 26);
      long size = u16(head, at + 18) | (long) u16(head, at + 20) << 16;
      int flags = u16(head, at + 6);
      if (startsWith(head, at + 30, "word/")) {
        return "Word (.docx)";
      }
      if (startsWith(head, at + 30, "ppt/")) {
        return "PowerPoint (.pptx)";
      }
      if (startsWith(head, at + 30, "xl/") || (flags & 8) != 0 || size > head.length) {
        return null;
      }
      at += 30 + nameLength + u16(head, at + 28) + (int) size;
    }
    return null;
  }

  /**
   * Binary data rather than text: one byte in twenty or more is a control char that text does
   * not hold (tab, line feed, vertical tab, form feed and carriage return are text), and the bytes
   * are no well-formed UTF-8 or UTF-16. A file that is ASCII or UTF-8 throughout is text whatever
   * it holds (a legacy export padded with NULs is read, and its NULs shown).
   */
  private static boolean looksBinary(byte[] head) {
    int n = Math.min(head.length, EncodingDetector.SAMPLE_BYTES);
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i];
      if (b >= 0 && b < 0x20 && (b < 0x09 || b > 0x0D)) {
        controls++;
      }
    }
    if (controls < 16 || controls * 20 < n) {
      return false;
    }
    DetectedEncoding detected = EncodingDetector.detect(head, 0, n, false);
    boolean wellFormed = detected.basis() == DetectedEncoding.Basis.BOM
        || detected.encoding() == Encoding.UTF_16LE || detected.encoding() == Encoding.UTF_16BE
        || detected.encoding() == Encoding.UTF_8 && detected.invalidSequences() == 0;
    return !wellFormed;
  }

  private static boolean startsWith(byte[] b, int at, String s) {
    if (at < 0 || at + s.length() > b.length) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if ((b[at + i] & 0xFF) != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static int u16(byte[] b, int at) {
    return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
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
