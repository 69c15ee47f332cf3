package dev.sluice.jvm;

import dev.sluice.core.xlsx.SharedStrings;
import dev.sluice.core.xlsx.SheetReader;
import dev.sluice.core.xlsx.SpreadsheetKind;
import dev.sluice.core.xlsx.Styles;
import dev.sluice.core.xlsx.Workbook;
import dev.sluice.core.xlsx.XlsxException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a sheet of an xlsx workbook from disk with the same core readers the browser runs
 * ({@link SheetReader}, {@link SharedStrings}, {@link Styles}), unzipping with the JDK's {@link
 * ZipFile}; every part is inflated as a stream under {@link SpreadsheetKind#checkInflated}.
 */
public final class XlsxFileReader {
  private static final int CHUNK_CHARS = 64 * 1024;

  private XlsxFileReader() {}

  /**
   * What was read.
   *
   * @param sheets every sheet in tab order
   * @param sheet  the sheet read
   * @param rows   how many non-empty rows it had
   * @param merges its merged ranges
   */
  public record Result(List<Workbook.Sheet> sheets, Workbook.Sheet sheet, int rows,
                       List<SheetReader.Merge> merges) {}

  /** The sheets of a workbook. */
  public static List<Workbook.Sheet> sheets(Path file) throws IOException {
    try (ZipFile zip = open(file)) {
      return workbook(zip).sheets();
    }
  }

  /**
   * Reads one sheet (by name, case-insensitive; null for the first sheet with a row, visible
   * sheets before hidden ones: {@link Workbook#searchOrder}), pushing
   * each row to the handler.
   */
  public static Result read(Path file, String sheetName, SheetReader.RowHandler handler)
      throws IOException {
    try (ZipFile zip = open(file)) {
      Workbook workbook = workbook(zip);
      Styles styles = Styles.read(text(zip, Workbook.STYLES_PATH));
      SharedStrings shared = new SharedStrings();
      stream(zip, Workbook.SHARED_STRINGS_PATH, shared::feed);
      shared.finish();
      List<Workbook.Sheet> candidates = sheetName == null ? workbook.searchOrder()
          : List.of(sheet(workbook, sheetName));
      for (Workbook.Sheet sheet : candidates) {
        int[] rows = {0};
        SheetReader reader = new SheetReader(shared, styles, workbook.date1904(),
            (cells, count, rowNumber) -> {
              rows[0]++;
              handler.row(cells, count, rowNumber);
            });
        if (!stream(zip, sheet.path(), reader::feed)) {
          throw new XlsxException("XLSX_CORRUPT", "a sheet listed in the workbook is missing");
        }
        reader.finish();
        if (rows[0] > 0 || sheetName != null) {
          return new Result(workbook.sheets(), sheet, rows[0], reader.merges());
        }
      }
      throw new XlsxException("XLSX_NO_SHEETS", "every sheet is empty");
    }
  }

  private static Workbook.Sheet sheet(Workbook workbook, String name) {
    try {
      return workbook.sheet(name);
    } catch (XlsxException e) {
      throw new SheetNotFound(name, workbook.sheets());
    }
  }

  /** The sheet asked for is not in the workbook; says which there are. */
  public static final class SheetNotFound extends RuntimeException {
    private final transient List<Workbook.Sheet> sheets;

    SheetNotFound(String name, List<Workbook.Sheet> sheets) {
      super("XLSX_SHEET_NOT_FOUND");
      this.sheets = sheets;
    }

    /** The sheets there are. */
    public List<Workbook.Sheet> sheets() {
      return sheets;
    }
  }

  private static ZipFile open(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(64 * 1024);
    }
    switch (SpreadsheetKind.of(head)) {
      case ENCRYPTED -> throw new XlsxException("XLSX_ENCRYPTED", "an encrypted workbook");
      case XLS -> throw new XlsxException("XLS_UNSUPPORTED", "a binary .xls workbook");
      case TEXT -> throw new XlsxException("XLSX_CORRUPT", "not a zip file");
      case OTHER -> throw XlsxException.refusing(SpreadsheetKind.refusal(head));
      default -> { }
    }
    try {
      return new ZipFile(file.toFile(), StandardCharsets.UTF_8);
    } catch (ZipException e) {
      throw new XlsxException("XLSX_CORRUPT", "not a readable zip file");
    }
  }

  private static Workbook workbook(ZipFile zip) throws IOException {
    return Workbook.read(text(zip, Workbook.PATH), text(zip, Workbook.RELS_PATH));
  }

  private static String text(ZipFile zip, String path) throws IOException {
    StringBuilder sb = new StringBuilder();
    return stream(zip, path, sb::append) ? sb.toString() : null;
  }

  /** Streams a part's text in chunks; false when the part is absent. */
  private static boolean stream(ZipFile zip, String path, Consumer<String> sink)
      throws IOException {
    ZipEntry entry = zip.getEntry(path);
    if (entry == null) {
      return false;
    }
    long compressed = Math.max(entry.getCompressedSize(), 1);
    // the inflated bytes are counted as they are read, so the zip bomb bound is the same as the
    // browser's (which counts DecompressionStream's output)
    long[] inflated = {0};
    InputStream counted = new java.io.FilterInputStream(zip.getInputStream(entry)) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          count(1);
        }
        return b;
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
          count(n);
        }
        return n;
      }

      private void count(int n) {
        inflated[0] += n;
        SpreadsheetKind.checkInflated(inflated[0], compressed);
      }
    };
    try (Reader reader = new InputStreamReader(counted, StandardCharsets.UTF_8)) {
      char[] buf = new char[CHUNK_CHARS];
      int n;
      while ((n = reader.read(buf)) > 0) {
        sink.accept(new String(buf, 0, n));
      }
    } catch (ZipException e) {
      throw new XlsxException("XLSX_CORRUPT", "a part cannot be inflated");
    }
    return true;
  }
}
