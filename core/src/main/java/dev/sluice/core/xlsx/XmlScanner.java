package dev.sluice.core.xlsx;

import java.util.ArrayList;
import java.util.List;

/**
 * A streaming scanner for the XML of a workbook's parts: feed text in chunks of any size, get
 * start tags with their attributes, end tags and text, in order.
 *
 * <p>Hand-written because the browser build cannot use the JDK's XML parsers (TeaVM compiles
 * neither SAX nor StAX) and a sheet of a million rows must not become a DOM. It reads what
 * spreadsheet writers produce: elements, attributes, the five named entities and numeric
 * references, CDATA; it skips the declaration, comments, processing instructions and DOCTYPE.
 * Prefixes are dropped from names ({@code x:c} is {@code c}).
 */
public final class XmlScanner {
  /** Receives what the scanner finds. */
  public interface Handler {
    /** A start tag; {@code attributes} is valid only during the call. */
    void start(String name, Attributes attributes);

    /** An end tag, also sent right after {@link #start} for an empty element. */
    void end(String name);

    /** Text between tags, entities decoded; may arrive in several pieces. */
    void text(String text);
  }

  /** The attributes of a start tag. */
  public static final class Attributes {
    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    /** The value of an attribute (prefix dropped from its name), or null. */
    public String get(String name) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).equals(name)) {
          return values.get(i);
        }
      }
      return null;
    }

    void clear() {
      names.clear();
      values.clear();
    }

    void add(String name, String value) {
      names.add(name);
      values.add(value);
    }
  }

  private final Handler handler;
  private final Attributes attributes = new Attributes();
  private final StringBuilder pending = new StringBuilder();
  private boolean finished;

  /** A scanner reporting to a handler. */
  public XmlScanner(Handler handler) {
    this.handler = handler;
  }

  /** Scans the next chunk; markup cut at the end of a chunk waits for the next one. */
  public void feed(String chunk) {
    pending.append(chunk);
    int consumed = scan(false);
    pending.delete(0, consumed);
  }

  /** Ends the input; markup left open is an error. */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    int consumed = scan(true);
    if (consumed < pending.length()) {
      throw new XlsxException("XLSX_CORRUPT", "unfinished markup at the end of a part");
    }
    pending.setLength(0);
  }

  private int scan(boolean last) {
    String s = pending.toString();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int lt = s.indexOf('<', i);
      if (lt < 0) {
        // text up to the end; keep a possible cut entity for the next chunk
        int amp = s.lastIndexOf('&');
        int end = !last && amp >= i && s.indexOf(';', amp) < 0 ? amp : n;
        if (end > i) {
          handler.text(decode(s, i, end));
        }
        return end;
      }
      if (lt > i) {
        handler.text(decode(s, i, lt));
        i = lt;
      }
      int next = markup(s, lt, last);
      if (next < 0) {
        return lt; // cut: wait for more
      }
      i = next;
    }
    return n;
  }

  /** Handles the markup at {@code lt}; returns where scanning goes on, or -1 when it is cut. */
  private int markup(String s, int lt, boolean last) {
    if (s.startsWith("<!--", lt)) {
      int end = s.indexOf("-->", lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith("<![CDATA[", lt)) {
      int end = s.indexOf("]]>", lt + 9);
      if (end < 0) {
        return -1;
      }
      handler.text(s.substring(lt + 9, end));
      return end + 3;
    }
    if (s.startsWith("<?", lt)) {
      int end = s.indexOf("?>", lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (s.startsWith("<!", lt)) {
      int end = s.indexOf('>', lt + 2);
      return end < 0 ? -1 : end + 1;
    }
    int gt = tagEnd(s, lt + 1);
    if (gt < 0) {
      return -1;
    }
    if (s.charAt(lt + 1) == '/') {
      handler.end(localName(s, lt + 2, nameEnd(s, lt + 2, gt)));
      return gt + 1;
    }
    boolean empty = s.charAt(gt - 1) == '/';
    int limit = empty ? gt - 1 : gt;
    int nameEnd = nameEnd(s, lt + 1, limit);
    String name = localName(s, lt + 1, nameEnd);
    attributes.clear();
    int i = nameEnd;
    while (i < limit) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        i++;
        continue;
      }
      int eq = s.indexOf('=', i);
      if (eq < 0 || eq >= limit) {
        throw new XlsxException("XLSX_CORRUPT", "an attribute without a value in <" + name + ">");
      }
      String attr = localName(s, i, trimEnd(s, i, eq));
      int q = eq + 1;
      while (q < limit && s.charAt(q) != '"' && s.charAt(q) != '\'') {
        q++;
      }
      int close = q < limit ? s.indexOf(s.charAt(q), q + 1) : -1;
      if (close < 0 || close > limit) {
        throw new XlsxException("XLSX_CORRUPT", "an unquoted attribute in <" + name + ">");
      }
      attributes.add(attr, decode(s, q + 1, close));
      i = close + 1;
    }
    handler.start(name, attributes);
    if (empty) {
      handler.end(name);
    }
    return gt + 1;
  }

  /** The '>' closing a tag, skipping any inside quoted attribute values; -1 when cut. */
  private static int tagEnd(String s, int from) {
    char quote = 0;
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  private static int nameEnd(String s, int from, int limit) {
    int i = from;
    while (i < limit) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' || c == '>') {
        break;
      }
      i++;
    }
    return i;
  }

  private static int trimEnd(String s, int from, int end) {
    while (end > from && s.charAt(end - 1) <= ' ') {
      end--;
    }
    return end;
  }

  private static String localName(String s, int from, int end) {
    int colon = s.lastIndexOf(':', end - 1);
    return s.substring(colon >= from ? colon + 1 : from, end);
  }

  /** The text of {@code s[from..to)} with entities and character references decoded. */
  static String decode(String s, int from, int to) {
    int amp = s.indexOf('&', from);
    if (amp < 0 || amp >= to) {
      return s.substring(from, to);
    }
    StringBuilder sb = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (c != '&') {
        sb.append(c);
        i++;
        continue;
      }
      int semi = s.indexOf(';', i);
      if (semi < 0 || semi >= to) {
        sb.append(c);
        i++;
        continue;
      }
      String entity = s.substring(i + 1, semi);
      switch (entity) {
        case "amp" -> sb.append('&');
        case "lt" -> sb.append('<');
        case "gt" -> sb.append('>');
        case "quot" -> sb.append('"');
        case "apos" -> sb.append('\'');
        default -> {
          int code = -1;
          try {
            if (entity.startsWith("#x") || entity.startsWith("#X")) {
              code = Integer.parseInt(entity.substring(2), 16);
            } else if (entity.startsWith("#")) {
              code = Integer.parseInt(entity.substring(1));
            }
          } catch (NumberFormatException e) {
            code = -1;
          }
          if (code >= 0 && code <= 0x10FFFF) {
            sb.appendCodePoint(code);
          } else {
            sb.append(s, i, semi + 1);
          }
        }
      }
      i = semi + 1;
    }
    return sb.toString();
  }
}
