package dev.sluice.core.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * The shared strings of a workbook ({@code xl/sharedStrings.xml}), read as a stream: each item's
 * text runs joined, phonetic guides left out, Excel's {@code _xHHHH_} escapes read ({@link
 * ExcelText}).
 */
public final class SharedStrings {
  private final List<String> strings = new ArrayList<>();
  private final StringBuilder item = new StringBuilder();
  private boolean inItem;
  private boolean inText;
  private int phonetic;
  private final XmlScanner scanner = new XmlScanner(new XmlScanner.Handler() {
    @Override
    public void start(String name, XmlScanner.Attributes a) {
      switch (name) {
        case "si" -> {
          inItem = true;
          item.setLength(0);
        }
        case "t" -> inText = inItem;
        case "rPh" -> phonetic++;
        default -> { }
      }
    }

    @Override
    public void end(String name) {
      switch (name) {
        case "si" -> {
          strings.add(ExcelText.unescape(item.toString())); // _x000D_: a carriage return
          inItem = false;
        }
        case "t" -> inText = false;
        case "rPh" -> phonetic--;
        default -> { }
      }
    }

    @Override
    public void text(String text) {
      if (inText && phonetic == 0) {
        item.append(text);
      }
    }
  });

  /** Reads the next chunk of the part. */
  public void feed(String chunk) {
    scanner.feed(chunk);
  }

  /** Ends the part. */
  public void finish() {
    scanner.finish();
  }

  /** The string at an index, or the reason why not. */
  public String get(int index) {
    if (index < 0 || index >= strings.size()) {
      throw new XlsxException("XLSX_CORRUPT", "a cell refers to shared string " + index
          + " of " + strings.size());
    }
    return strings.get(index);
  }

  /** How many strings there are. */
  public int size() {
    return strings.size();
  }
}
