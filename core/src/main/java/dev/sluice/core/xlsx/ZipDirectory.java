package dev.sluice.core.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The central directory of a zip file (an xlsx workbook is one), read from the file's last bytes,
 * so the browser can slice out and inflate only the parts it needs.
 *
 * <p>Hand-written for the browser build: TeaVM has no {@code java.util.zip}. The JVM reads
 * workbooks with {@code java.util.zip.ZipFile} and never uses this class; tests check both list
 * the same entries.
 */
public final class ZipDirectory {
  /** The longest tail that can hold the end record: 22 bytes plus a 65,535-byte comment. */
  public static final int MAX_TAIL = 22 + 0xFFFF;

  /** One stored file: where its local header starts and how its data is stored. */
  public record Entry(String name, int method, long compressedSize, long size,
      long localHeaderOffset, boolean encrypted) {}

  private ZipDirectory() {}

  /**
   * Reads the entries from the last bytes of a file.
   *
   * @param tail     the last {@code tail.length} bytes of the file (at most {@link #MAX_TAIL} are
   *                 needed to find the end record; the central directory must be inside too)
   * @param fileSize the size of the whole file
   * @return the entries, or the reason in an {@link XlsxException} when this is no zip file
   */
  public static List<Entry> read(byte[] tail, long fileSize) {
    long tailStart = fileSize - tail.length;
    int end = -1;
    for (int i = tail.length - 22; i >= 0 && i >= tail.length - MAX_TAIL; i--) {
      if (u32(tail, i) == 0x06054b50L) {
        end = i;
        break;
      }
    }
    if (end < 0) {
      throw new XlsxException("XLSX_CORRUPT", "no end of central directory record");
    }
    int count = u16(tail, end + 10);
    long dirSize = u32(tail, end + 12);
    long dirOffset = u32(tail, end + 16);
    if (dirOffset == 0xFFFFFFFFL || count == 0xFFFF) {
      throw new XlsxException("XLSX_TOO_LARGE", "zip64 workbooks are not supported");
    }
    long at = dirOffset - tailStart;
    if (at < 0 || at + dirSize > end) {
      throw new XlsxException("XLSX_CORRUPT", "the central directory is outside the file");
    }
    List<Entry> entries = new ArrayList<>();
    int p = (int) at;
    for (int i = 0; i < count; i++) {
      if (p + 46 > tail.length || u32(tail, p) != 0x02014b50L) {
        throw new XlsxException("XLSX_CORRUPT", "a damaged central directory entry");
      }
      int flags = u16(tail, p + 8);
      int method = u16(tail, p + 10);
      long compressed = u32(tail, p + 20);
      long size = u32(tail, p + 24);
      int nameLength = u16(tail, p + 28);
      int extraLength = u16(tail, p + 30);
      int commentLength = u16(tail, p + 32);
      long offset = u32(tail, p + 42);
      if (p + 46 + nameLength > tail.length) {
        throw new XlsxException("XLSX_CORRUPT", "a damaged central directory entry");
      }
      String name = utf8(tail, p + 46, nameLength);
      entries.add(new Entry(name, method, compressed, size, offset, (flags & 1) != 0));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  }

  /**
   * Where an entry's data starts, from the first 30 bytes of its local header (whose name and
   * extra lengths may differ from the central directory's).
   */
  public static long dataOffset(Entry entry, byte[] localHeader) {
    if (localHeader.length < 30 || u32(localHeader, 0) != 0x04034b50L) {
      throw new XlsxException("XLSX_CORRUPT", "a damaged local header");
    }
    return entry.localHeaderOffset() + 30 + u16(localHeader, 26) + u16(localHeader, 28);
  }

  private static int u16(byte[] b, int i) {
    return (b[i] & 0xFF) | (b[i + 1] & 0xFF) << 8;
  }

  private static long u32(byte[] b, int i) {
    return (u16(b, i) | (long) u16(b, i + 2) << 16);
  }

  private static String utf8(byte[] b, int from, int length) {
    StringBuilder sb = new StringBuilder(length);
    int i = from;
    int end = from + length;
    while (i < end) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
      } else if (c >= 0xC0 && c < 0xE0 && i + 1 < end) {
        sb.append((char) ((c & 0x1F) << 6 | b[i + 1] & 0x3F));
        i += 2;
      } else if (c >= 0xE0 && c < 0xF0 && i + 2 < end) {
        sb.append((char) ((c & 0x0F) << 12 | (b[i + 1] & 0x3F) << 6 | b[i + 2] & 0x3F));
        i += 3;
      } else if (c >= 0xF0 && i + 3 < end) {
        sb.appendCodePoint((c & 0x07) << 18 | (b[i + 1] & 0x3F) << 12 | (b[i + 2] & 0x3F) << 6
            | b[i + 3] & 0x3F);
        i += 4;
      } else {
        sb.append('\uFFFD');
        i++;
      }
    }
    return sb.toString();
  }
}
