package dev.sluice.core.xlsx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code xl/workbook.xml} and its relationships say: the sheets in tab order with the zip
 * path of each, and whether dates count from 1904.
 */
public final class Workbook {
  /** One sheet: its tab name, the zip entry holding it, and whether it is hidden. */
  public record Sheet(String name, String path, boolean hidden) {}

  private final List<Sheet> sheets;
  private final boolean date1904;

  private Workbook(List<Sheet> sheets, boolean date1904) {
    this.sheets = List.copyOf(sheets);
    this.date1904 = date1904;
  }

  /** The zip path of the workbook part. */
  public static final String PATH = "xl/workbook.xml";
  /** The zip path of the workbook's relationships. */
  public static final String RELS_PATH = "xl/_rels/workbook.xml.rels";
  /** The zip path of the shared strings. */
  public static final String SHARED_STRINGS_PATH = "xl/sharedStrings.xml";
  /** The zip path of the styles. */
  public static final String STYLES_PATH = "xl/styles.xml";

  /** Reads the workbook part and its relationships (either may be null when absent). */
  public static Workbook read(String workbookXml, String relsXml) {
    if (workbookXml == null) {
      // a zip with no workbook in it: most likely an archive (a CSV zipped to send it), told so
      throw new XlsxException("FILE_OTHER_FORMAT", "no " + PATH + " in the zip",
          Map.of("format", "ZIP"));
    }
    Map<String, String> targets = new HashMap<>();
    if (relsXml != null) {
      XmlScanner rels = new XmlScanner(new Handler() {
        @Override
        public void start(String name, XmlScanner.Attributes a) {
          if (name.equals("Relationship") && a.get("Id") != null && a.get("Target") != null) {
            targets.put(a.get("Id"), a.get("Target"));
          }
        }
      });
      rels.feed(relsXml);
      rels.finish();
    }
    List<Sheet> sheets = new ArrayList<>();
    boolean[] date1904 = {false};
    XmlScanner scanner = new XmlScanner(new Handler() {
      @Override
      public void start(String name, XmlScanner.Attributes a) {
        if (name.equals("workbookPr")) {
          String v = a.get("date1904");
          date1904[0] = "1".equals(v) || "true".equals(v) || "on".equals(v); // ST_OnOff
        } else if (name.equals("sheet")) {
          String target = targets.get(a.get("id"));
          String path = target == null ? "xl/worksheets/sheet" + (sheets.size() + 1) + ".xml"
              : target.startsWith("/") ? target.substring(1) : "xl/" + target;
          String state = a.get("state");
          sheets.add(new Sheet(a.get("name") == null ? "Sheet" + (sheets.size() + 1)
              : a.get("name"), path, state != null && !state.equals("visible")));
        }
      }
    });
    scanner.feed(workbookXml);
    scanner.finish();
    if (sheets.isEmpty()) {
      throw new XlsxException("XLSX_NO_SHEETS", "the workbook lists no sheet");
    }
    return new Workbook(sheets, date1904[0]);
  }

  /** The sheets in tab order. */
  public List<Sheet> sheets() {
    return sheets;
  }

  /**
   * The sheets in the order the first one with data is looked for when no sheet is named: the
   * visible ones in tab order, then the hidden ones. A template's hidden sheet of lists, or a
   * report's hidden helper sheet, is not what its user means to import.
   */
  public List<Sheet> searchOrder() {
    List<Sheet> order = new ArrayList<>();
    for (Sheet s : sheets) {
      if (!s.hidden()) {
        order.add(s);
      }
    }
    for (Sheet s : sheets) {
      if (s.hidden()) {
        order.add(s);
      }
    }
    return order;
  }

  /** Whether serial dates count from 1904-01-01 (old Mac workbooks) instead of 1900. */
  public boolean date1904() {
    return date1904;
  }

  /** The sheet with a name (case-insensitive), or the reason why not. */
  public Sheet sheet(String name) {
    for (Sheet s : sheets) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    throw new XlsxException("XLSX_SHEET_NOT_FOUND", "no sheet of that name");
  }

  /** A handler that only looks at start tags. */
  abstract static class Handler implements XmlScanner.Handler {
    @Override
    public void end(String name) {}

    @Override
    public void text(String text) {}
  }
}
