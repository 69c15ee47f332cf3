package dev.sluice.core.xlsx;

import dev.sluice.core.text.CharCategories;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a worksheet part as a stream of rows, the same shape the CSV parser gives: one String per
 * cell in column order, blanks for missing cells, numbers as Excel stored them, dates (by their
 * style) as ISO text, booleans as TRUE/FALSE, formulas as their cached value.
 *
 * <p>Rows are numbered as in Excel (1-based); empty rows are skipped, as empty lines are in CSV.
 * Merged ranges are listed at the end of a sheet and given by {@link #merges()}.
 */
public final class SheetReader {
  /** Receives each row; the array is the reader's own until the call returns. */
  public interface RowHandler {
    /** A row with its Excel row number. */
    void row(String[] cells, int count, int rowNumber);
  }

  /** A merged range, 0-based and inclusive: rows as Excel numbers minus one. */
  public record Merge(int firstRow, int firstColumn, int lastRow, int lastColumn) {}

  /** The most columns a sheet has in Excel (column XFD). */
  public static final int MAX_COLUMNS = 16384;

  private final SharedStrings shared;
  private final Styles styles;
  private final boolean date1904;
  private final RowHandler handler;
  private final List<Merge> merges = new ArrayList<>();
  private final StringBuilder value = new StringBuilder();
  private String[] cells = new String[16];
  private int count;
  private int rowNumber;
  private int column;
  private String type;
  private int style;
  private boolean inValue;
  private boolean inInline;
  private boolean inInlineText;
  private int phonetic;
  private boolean inRow;
  private final XmlScanner scanner;

  /** A reader of one sheet. */
  public SheetReader(SharedStrings shared, Styles styles, boolean date1904, RowHandler handler) {
    this.shared = shared;
    this.styles = styles;
    this.date1904 = date1904;
    this.handler = handler;
    this.scanner = new XmlScanner(new XmlScanner.Handler() {
      @Override
      public void start(String name, XmlScanner.Attributes a) {
        startElement(name, a);
      }

      @Override
      public void end(String name) {
        endElement(name);
      }

      @Override
      public void text(String text) {
        if (inValue || inInlineText && phonetic == 0) {
          value.append(text);
        }
      }
    });
  }

  /** Reads the next chunk of the sheet's XML. */
  public void feed(String chunk) {
    scanner.feed(chunk);
  }

  /** Ends the sheet. */
  public void finish() {
    scanner.finish();
  }

  /** The merged ranges of the sheet (known once it is finished). */
  public List<Merge> merges() {
    return List.copyOf(merges);
  }

  private void startElement(String name, XmlScanner.Attributes a) {
    switch (name) {
      case "row" -> {
        String r = a.get("r");
        rowNumber = r == null ? rowNumber + 1 : parseInt(r, rowNumber + 1);
        count = 0;
        column = 0;
        inRow = true;
      }
      case "c" -> {
        String ref = a.get("r");
        if (ref != null) {
          int c = columnOf(ref);
          column = c >= 0 ? c : column;
        }
        type = a.get("t");
        String s = a.get("s");
        style = s == null ? 0 : parseInt(s, 0);
        value.setLength(0);
      }
      case "v" -> inValue = inRow;
      case "is" -> inInline = true;
      case "t" -> inInlineText = inInline;
      case "rPh" -> phonetic++;
      case "mergeCell" -> merge(a.get("ref"));
      default -> { }
    }
  }

  private void endElement(String name) {
    switch (name) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "is" -> inInline = false;
      case "rPh" -> phonetic--;
      case "c" -> {
        if (inRow) {
          put(column, cellText());
          column++;
        }
      }
      case "row" -> {
        inRow = false;
        if (count > 0) {
          handler.row(cells, count, rowNumber);
        }
      }
      default -> { }
    }
  }

  private String cellText() {
    String v = value.toString();
    if (type == null || type.equals("n")) {
      if (v.isEmpty()) {
        return "";
      }
      Styles.Kind kind = styles.kind(style);
      if (kind != Styles.Kind.NUMBER) {
        String iso = ExcelDates.toIso(v, kind, date1904);
        return iso == null ? v : iso;
      }
      // 19.989999999999998 as stored, 19.99 as shown; a ZIP code 2134 as 02134
      return styles.shown(style, ExcelNumbers.shown(v));
    }
    switch (type) {
      case "s":
        return v.isEmpty() ? "" : shared.get(parseInt(v.trim(), -1));
      case "b":
        return v.equals("1") || v.equalsIgnoreCase("true") ? "TRUE"
            : v.isEmpty() ? "" : "FALSE";
      case "inlineStr", "str": // text in the cell, a formula's text: _x000D_ is a carriage return
        return ExcelText.unescape(v);
      default: // e (error such as #N/A), d (ISO date)
        return v;
    }
  }

  private void put(int at, String text) {
    if (at >= MAX_COLUMNS) {
      throw new XlsxException("XLSX_CORRUPT", "a cell beyond column XFD");
    }
    if (text.isEmpty()) {
      return; // a styled but empty cell adds no width
    }
    if (at >= cells.length) {
      String[] grown = new String[Math.max(at + 1, cells.length * 2)];
      System.arraycopy(cells, 0, grown, 0, cells.length);
      cells = grown;
    }
    for (int i = count; i < at; i++) {
      cells[i] = "";
    }
    cells[at] = text;
    count = Math.max(count, at + 1);
  }

  private void merge(String ref) {
    if (ref == null || ref.indexOf(':') < 0) {
      return;
    }
    String from = ref.substring(0, ref.indexOf(':'));
    String to = ref.substring(ref.indexOf(':') + 1);
    int c1 = columnOf(from);
    int c2 = columnOf(to);
    int r1 = rowOf(from);
    int r2 = rowOf(to);
    if (c1 >= 0 && c2 >= c1 && r1 >= 1 && r2 >= r1) {
      merges.add(new Merge(r1 - 1, c1, r2 - 1, c2));
    }
  }

  /** The 0-based column of a reference such as {@code AB12}, or -1. */
  static int columnOf(String ref) {
    int c = 0;
    int i = 0;
    while (i < ref.length()) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        c = c * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        c = c * 26 + (ch - 'a' + 1);
      } else {
        break;
      }
      i++;
      if (c > MAX_COLUMNS) {
        return -1;
      }
    }
    return i == 0 ? -1 : c - 1;
  }

  private static int rowOf(String ref) {
    int i = 0;
    while (i < ref.length() && CharCategories.isLetter(ref.charAt(i))) {
      i++;
    }
    return parseInt(ref.substring(i), -1);
  }

  private static int parseInt(String s, int otherwise) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
