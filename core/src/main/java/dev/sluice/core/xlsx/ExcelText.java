package dev.sluice.core.xlsx;

/**
 * A workbook's text as written in a cell: Excel writes a char that XML cannot hold (a carriage
 * return, a tab in some writers, other control chars) as {@code _xHHHH_}, and a literal text of
 * that shape with its underscore written so ({@code _x005F_x000D_}), ECMA-376 Part 1, 22.4.2.4.
 * A cell typed with a Windows line break is {@code line one_x000D_}, a line feed, {@code line two}
 * in the file; read without this, the six chars would reach the rows.
 */
public final class ExcelText {
  private ExcelText() {}

  /**
   * The text with every {@code _xHHHH_} (four hex digits) read as its char, left to right and
   * not overlapping, as Excel reads it; any other underscore is kept.
   */
  public static String unescape(String text) {
    int at = text.indexOf("_x");
    if (at < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int from = 0;
    for (; at >= 0; at = text.indexOf("_x", at)) {
      int code = at + 7 <= text.length() && text.charAt(at + 6) == '_' ? hex4(text, at + 2) : -1;
      if (code < 0) {
        at++;
        continue;
      }
      out.append(text, from, at).append((char) code);
      at += 7;
      from = at;
    }
    return out.append(text, from, text.length()).toString();
  }

  private static int hex4(String s, int from) {
    int code = 0;
    for (int i = from; i < from + 4; i++) {
      char c = s.charAt(i); // ASCII hex only (Character.digit also takes full-width digits)
      int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (d < 0) {
        return -1;
      }
      code = code * 16 + d;
    }
    return code;
  }
}
