package dev.sluice.core.table;

import dev.sluice.core.text.CharSearch;

/**
 * The text of one import, kept once and addressed by {@code int} offsets, so that a table holds its
 * cells as spans (start and end offsets) into it rather than as an object per cell.
 *
 * <p>Text arrives in two ways. A file's decoded slices are {@link #append appended} whole, as the
 * parser is fed them, so a parsed field is a span of the very chunk it came in (in the browser
 * build a String wraps a native JavaScript string, and reading a cell is a native slice). Single
 * values (rows added one by one, edited cells) are {@link #add added} to a builder that is sealed
 * into a chunk every {@value #PAGE} chars, so they cost no object each either. Append-only: an
 * edit adds its new value and the old text stays until the import ends.
 *
 * <p>Not thread-safe; one import owns its text.
 */
public final class SourceText {
  /** Chars gathered from single values before they are sealed into one chunk. */
  static final int PAGE = 1 << 16;
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

  private String[] chunks = new String[16];
  /** Where each chunk starts; {@code starts[count]} is where the pending builder starts. */
  private int[] starts = new int[17];
  private int count;
  private final StringBuilder pending = new StringBuilder();
  /** The chunk the last read fell in: reads go mostly in order, so it is tried first. */
  private int last;

  /** The number of chars held. */
  public int length() {
    return starts[count] + pending.length();
  }

  /**
   * Appends a chunk of a file's text as it is and returns the offset of its first char: offsets
   * of the text fed to a parser are then the parser's positions plus that offset.
   */
  public int append(String chunk) {
    int at = length();
    room(chunk.length());
    if (chunk.isEmpty()) {
      return at;
    }
    seal();
    push(chunk);
    return at;
  }

  /** Adds one value and returns the offset of its first char; it ends at that plus its length. */
  public int add(String value) {
    int n = value.length();
    int at = length();
    if (n == 0) {
      return at;
    }
    room(n);
    if (n >= PAGE) {
      seal();
      push(value);
      return at;
    }
    if (pending.length() + n > PAGE) {
      seal();
    }
    pending.append(value);
    return at;
  }

  /** The chars from {@code start} (inclusive) to {@code end} (exclusive). */
  public String slice(int start, int end) {
    if (start >= end) {
      return "";
    }
    int base = starts[count];
    if (start >= base) {
      return pending.substring(start - base, end - base);
    }
    int i = chunkOf(start);
    int chunkEnd = starts[i + 1];
    if (end <= chunkEnd) {
      return chunks[i].substring(start - starts[i], end - starts[i]);
    }
    // a span across chunks: a field split between two slices of the file (one per slice at most)
    StringBuilder sb = new StringBuilder(end - start);
    int at = start;
    while (at < end) {
      if (at >= base) {
        sb.append(pending, at - base, end - base);
        break;
      }
      int c = chunkOf(at);
      int to = Math.min(end, starts[c + 1]);
      sb.append(chunks[c], at - starts[c], to - starts[c]);
      at = to;
    }
    return sb.toString();
  }

  /**
   * The chars of a span read by an escape rule ({@link #unescape(String, char)}): a quoted CSV
   * field that held escaped quotes.
   */
  public String unescape(int start, int end, char rule) {
    return unescape(slice(start, end), rule);
  }

  /**
   * A field's raw chars read by the escape rule of its file ({@code CsvFormat.escapeRule}): with
   * the quote char, each doubled quote reads as one ({@link CharSearch#undouble}: JavaScript's own
   * string operations in the browser build); with a backslash, each backslash escapes the char
   * after it ({@code \"} is {@code "}, {@code \\} is a backslash, {@code \t} a tab).
   */
  public static String unescape(String raw, char rule) {
    if (rule == '\\') {
      return unbackslash(raw);
    }
    return raw.indexOf(rule) < 0 ? raw : CharSearch.undouble(raw, rule);
  }

  /**
   * Reads backslash escapes as MySQL's {@code LOAD DATA} and PostgreSQL's {@code COPY} do: {@code
   * \t}, {@code \n}, {@code \r}, {@code \b}, {@code \f} and {@code \v} are the control chars
   * they name (PostgreSQL writes a tab or a line break in a value so), any other char after a
   * backslash is itself (a quote, the delimiter, a line break as MySQL writes them, a backslash).
   */
  private static String unbackslash(String raw) {
    int at = raw.indexOf('\\');
    if (at < 0) {
      return raw;
    }
    StringBuilder sb = new StringBuilder(raw.length());
    int from = 0;
    for (; at >= 0 && at + 1 < raw.length(); at = raw.indexOf('\\', from)) {
      sb.append(raw, from, at).append(escaped(raw.charAt(at + 1)));
      from = at + 2;
    }
    return sb.append(raw, from, raw.length()).toString();
  }

  private static char escaped(char c) {
    int named = "tnrbfv".indexOf(c);
    return named < 0 ? c : "\t\n\r\b\f\u000B".charAt(named);
  }

  /**
   * The chunk that holds the whole span {@code [start, end)}, or -1 when it runs across chunks or
   * lies in text added since the last chunk was sealed: readers of spans then read {@link
   * #chunk}{@code (i)} from {@code start - }{@link #chunkStart}{@code (i)} on, without a copy.
   */
  public int locate(int start, int end) {
    if (end > starts[count] || start >= end) {
      return -1;
    }
    int i = chunkOf(start);
    return end <= starts[i + 1] ? i : -1;
  }

  /**
   * The index of the chunk that holds an offset, or -1 when the offset lies in text added since
   * the last chunk was sealed (or past the end).
   */
  public int chunkIndex(int at) {
    return at < 0 || at >= starts[count] ? -1 : chunkOf(at);
  }

  /** A chunk by index (see {@link #locate}). */
  public String chunk(int index) {
    return chunks[index];
  }

  /** Where a chunk starts in the text. */
  public int chunkStart(int index) {
    return starts[index];
  }

  /** Where a chunk ends in the text (exclusive). */
  public int chunkEnd(int index) {
    return starts[index + 1];
  }

  /** The char at an offset. */
  public char charAt(int at) {
    int base = starts[count];
    if (at >= base) {
      return pending.charAt(at - base);
    }
    int i = chunkOf(at);
    return chunks[i].charAt(at - starts[i]);
  }

  /** Gives back the spare room of the builder; reads and later additions still work. */
  public void trimToSize() {
    pending.trimToSize();
  }

  private int chunkOf(int at) {
    int i = last;
    if (i < count && starts[i] <= at && at < starts[i + 1]) {
      return i;
    }
    if (i + 1 < count && starts[i + 1] <= at && at < starts[i + 2]) {
      last = i + 1;
      return i + 1;
    }
    int lo = 0;
    int hi = count - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (starts[mid] <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    last = lo;
    return lo;
  }

  private void room(int n) {
    if (n > MAX_LENGTH - length()) {
      throw new IllegalStateException("an import holds at most 2^31 characters; split the file");
    }
  }

  private void seal() {
    if (pending.length() > 0) {
      String page = pending.toString();
      pending.setLength(0);
      push(page);
    }
  }

  /** Adds a chunk; the builder must be empty. */
  private void push(String chunk) {
    if (count + 1 == chunks.length) {
      String[] grown = new String[chunks.length * 2];
      System.arraycopy(chunks, 0, grown, 0, count);
      chunks = grown; // grown by hand: Arrays.copyOf on Object[] is reflection under TeaVM
      starts = java.util.Arrays.copyOf(starts, grown.length + 1);
    }
    chunks[count] = chunk;
    starts[count + 1] = starts[count] + chunk.length();
    count++;
  }
}
