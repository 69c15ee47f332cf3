package dev.sluice.core.parse;

import dev.sluice.core.table.SourceText;
import dev.sluice.core.text.CharSearch;

/**
 * A streaming RFC 4180 parser: feed it text in chunks of any size, then {@link #finish()}.
 *
 * <p>Built to be fast both on the JVM and compiled to JavaScript by TeaVM: it scans a char buffer on
 * offsets with {@code int} arithmetic only, keeps no per-row collections, and makes a String for a
 * field only when the handler asks for it. The unfinished tail of a chunk is kept and scanning goes
 * on where it stopped, so a record, quote pair or CRLF may be split at any position.
 *
 * <p>Where the platform searches a String natively ({@link CharSearch#isNative}: the browser
 * build), a chunk fed as a String is not copied into the buffer: whole fields are found in it with
 * that search ({@link #scanNative}), and only what the state machine must read (lone CRs, stray
 * quotes, a record cut by the chunk's end) is copied, a window at a time; a field with doubled
 * quotes is read back from the chunk. On the JVM the chunk is copied and scanned, but the inside
 * of a quoted field is skipped with the JDK's {@code String.indexOf} ({@link #quotedRunEnd}).
 *
 * <p>Not thread-safe; one parser reads one text.
 */
public final class CsvParser {
  private static final int FIELD_START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;

  // a field's kind, two bits that endField marks its start and its end with
  private static final byte QUOTED_BIT = 1;
  private static final byte ESCAPED_BIT = 2;
  private static final byte PLAIN = 0;
  private static final byte QUOTED_PLAIN = QUOTED_BIT;
  /** An unquoted field with backslash escapes in it (only with {@link #backslash}). */
  private static final byte UNQUOTED_ESCAPED = ESCAPED_BIT;
  private static final byte ESCAPED = QUOTED_BIT | ESCAPED_BIT;

  private final CsvFormat format;
  private final CsvHandler handler;
  private final CsvRow row = new CsvRow(this);
  private final char delimiter;
  private final char quote;
  /** {@link CsvFormat#backslashEscapes}: a backslash escapes the next char in quoted fields. */
  private final boolean backslash;
  /** {@link CsvFormat#escapeRule}: how an escaped field reads. */
  private final char escapeRule;
  private final boolean lenient;
  private final int maxFieldChars;
  private final boolean skipEmptyLines;
  /** The highest char that means something in an unquoted field, and in a quoted one. */
  private final char plainMax;
  private final char quotedMax;

  char[] buf = new char[8192];
  /**
   * The last chunk fed as a String, and where it starts in {@link #buf}: fields inside it are cut
   * from it with {@code substring}, which in the browser build is a native slice instead of a
   * string built char by char from the buffer (the biggest cost of parsing there).
   */
  private String text;
  private int textAt;
  /**
   * Under native search, {@link #buf} holds the text from where the state machine reads up to
   * here (before {@link #textAt}: all of it); {@link #len} otherwise.
   */
  private int filled;
  /**
   * Whether fields are found in a chunk String with {@link CharSearch} rather than by scanning
   * {@link #buf} ({@link CharSearch#isNative}; tests turn it on to prove both ways read alike).
   */
  boolean nativeSearch = CharSearch.isNative();
  private final String delimiterText;
  private final String quoteText;
  /**
   * Under native search, the next line feed, carriage return, quote and delimiter in {@link #text}
   * at or after where the search last looked ({@code text.length()} when none, -1 not yet looked);
   * on the JVM, the line feed and carriage return so for {@link #quotedRunEnd}.
   */
  private int nextLf;
  private int nextCr;
  private int nextQuote;
  private int nextDelimiter;
  /** With backslash escapes, the next backslash in the same way. */
  private int nextBackslash;
  private int len;
  private int pos;
  private int state = FIELD_START;
  private boolean started;
  private boolean finished;

  /** Characters dropped from the front of {@link #buf} so far. */
  long base;
  /**
   * The offset in {@link #keep} of {@code buf[0]}: {@link #base} as an {@code int} (long is
   * emulated in the browser build) plus where the kept text stood when parsing began.
   */
  int keepBase;
  private final SourceText keep;
  int rowStart;
  int rowLine = 1;
  int rowRecord;

  private int line = 1;
  private int records;
  private int fieldStart;
  private boolean fieldEscaped;
  private boolean strayReported;
  private int quoteStart;
  private int quoteLine;
  /**
   * Where the quoted field being read began as written: its opening quote, or the spaces before
   * it ({@link #openAfterSpaces}); a field that turns out malformed is kept from there.
   */
  private int rawStart;
  /** Where the spaces before the open quoted field's quote are, reported once it closes. */
  private Position spacedOpen;
  private int expectedWidth = -1;
  /**
   * The header's width without its trailing empty fields ({@code "a,b,"} is 3 wide, 2 named); a
   * record as short as that lacks only fields under no name. -1 before the header is read.
   */
  private int namedWidth = -1;
  /** Whether this parser began at a record boundary inside a file (see {@link #continuing}). */
  private boolean continued;

  int fieldCount;
  /**
   * Where each field starts, written {@code ~start} for a quoted field: with {@link #fieldEnds}
   * the field's whole shape in two ints, stored in two writes per field.
   */
  int[] fieldStarts;
  /**
   * Where each field ends, written {@code ~end} for a field with doubled quotes: the form {@link
   * dev.sluice.core.table.ImportTable#addSpans} takes, so that a row's spans go there uncopied.
   */
  int[] fieldEnds;

  /** Creates a parser that reports to a handler. */
  public CsvParser(CsvFormat format, CsvHandler handler) {
    this(format, handler, null);
  }

  /**
   * Creates a parser that also appends every chunk it is fed to a text, so that a handler can
   * keep fields as spans of it ({@link CsvRow#start}, {@link CsvRow#end}) instead of Strings.
   */
  public CsvParser(CsvFormat format, CsvHandler handler, SourceText keep) {
    this.keep = keep;
    this.keepBase = keep == null ? 0 : keep.length();
    this.format = format;
    this.handler = handler;
    this.delimiter = format.delimiter();
    this.quote = format.quote();
    this.backslash = format.backslashEscapes();
    this.escapeRule = format.escapeRule();
    this.delimiterText = String.valueOf(delimiter);
    this.quoteText = String.valueOf(quote);
    this.lenient = format.lenient();
    this.maxFieldChars = format.maxFieldChars();
    this.skipEmptyLines = format.skipEmptyLines();
    this.plainMax = (char) Math.max(Math.max(delimiter, Math.max(quote, '\r')),
        backslash ? CsvFormat.BACKSLASH : 0);
    this.quotedMax = (char) Math.max(Math.max(quote, '\r'),
        backslash ? CsvFormat.BACKSLASH : 0);
    int cap = Math.min(64, format.maxFields());
    this.fieldStarts = new int[cap];
    this.fieldEnds = new int[cap];
  }

  /**
   * A parser that reads on in a file from a record boundary after its header, as a parser that
   * read everything before would: records and lines count on from {@code records} and {@code
   * line}, positions from {@code offset}, every record is checked against the header's {@code
   * expectedWidth} and {@code namedWidth} (-1 when none is known), and no byte order mark is
   * looked for. A parallel import starts one per range of the file (counting from 0, 1 and 0,
   * shifted when the ranges are put together) and one to go on where a range did not end between
   * records.
   */
  public static CsvParser continuing(CsvFormat format, CsvHandler handler, SourceText keep,
      int records, int line, long offset, int expectedWidth, int namedWidth) {
    CsvParser parser = new CsvParser(format, handler, keep);
    parser.continued = true;
    parser.records = records;
    parser.line = line;
    parser.rowLine = line;
    parser.base = offset;
    parser.expectedWidth = expectedWidth;
    parser.namedWidth = namedWidth;
    return parser;
  }

  /**
   * Whether everything fed so far ended whole records: no field, quote or line is open. Where a
   * range of a file ends between records, the next range was rightly parsed as starting one.
   */
  public boolean betweenRecords() {
    return state == FIELD_START && fieldCount == 0 && rowStart == len;
  }

  /**
   * Where the record not yet ended starts in the kept text (meaningful when not {@link
   * #betweenRecords}): a parser that goes on from there reads it whole.
   */
  public int pendingStart() {
    return keepBase + rowStart;
  }

  /** The line the record not yet ended starts on (1-based). */
  public int pendingLine() {
    return rowLine;
  }

  /** The line the next record starts on (1-based). */
  public int line() {
    return line;
  }

  /** The width of the header record (or of the first record), once read; -1 before. */
  public int expectedWidth() {
    return expectedWidth;
  }

  /**
   * The width of the header record without its trailing empty fields, once read; -1 before.
   * Records between this and {@link #expectedWidth} fields wide are not ragged.
   */
  public int namedWidth() {
    return namedWidth;
  }

  /**
   * Parses a whole text at once and returns the number of records. (Readers of large inputs feed
   * slices instead: the buffer then holds one slice, not a copy of the whole text.)
   */
  public static int parse(CharSequence text, CsvFormat format, CsvHandler handler) {
    CsvParser parser = new CsvParser(format, handler);
    parser.feed(text);
    parser.finish();
    return parser.records();
  }

  /** Number of records read so far. */
  public int records() {
    return records;
  }

  /** Feeds the next chunk of text. */
  public void feed(CharSequence chunk) {
    int n = chunk.length();
    if (n == 0) {
      return;
    }
    int at = reserve(n);
    text = null;
    if (keep != null) {
      keep.append(chunk.toString());
    }
    if (chunk instanceof String s) {
      if (!nativeSearch) {
        // getChars: a vectorised copy on the JVM (under native search only the windows the state
        // machine reads are copied: in the browser build this is a loop of charCodeAt)
        s.getChars(0, n, buf, at);
      }
      text = s;
      textAt = at;
      nextLf = -1;
      nextCr = -1;
      nextQuote = -1;
      nextDelimiter = -1;
      nextBackslash = -1;
    } else {
      for (int i = 0; i < n; i++) {
        buf[at + i] = chunk.charAt(i);
      }
    }
    len += n;
    if (text == null || !nativeSearch) {
      filled = len;
    }
    scan(false);
  }

  /** Feeds the next chunk of text from a char array. */
  public void feed(char[] chars, int offset, int length) {
    if (length == 0) {
      return;
    }
    int at = reserve(length);
    text = null;
    if (keep != null) {
      keep.append(new String(chars, offset, length));
    }
    System.arraycopy(chars, offset, buf, at, length);
    len += length;
    filled = len;
    scan(false);
  }

  /** Ends the input: reads the last record even without a trailing newline. */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    if (!started) {
      return;
    }
    scan(true);
    while (state == QUOTED) {
      // Only lenient mode gets here: scan() throws in strict mode. Each round moves past a quote.
      recoverUnclosedQuote();
      scan(true);
    }
    if (state == UNQUOTED && fieldCount == 0 && endOfFileMarkFrom(fieldStart) == fieldStart) {
      state = FIELD_START; // after the last line, nothing but an end-of-file mark: no record
    }
    if (state != FIELD_START || fieldCount > 0) {
      if (state == UNQUOTED) {
        endField(fieldStart, endOfFileMarkFrom(fieldStart),
            fieldEscaped ? UNQUOTED_ESCAPED : PLAIN);
      } else if (state == FIELD_START) {
        endField(len, len, PLAIN); // "a," at the very end: the last field is empty
      }
      emit();
    }
    state = FIELD_START;
  }

  /**
   * Where the run of end-of-file marks that ends the input starts, at or after {@code from}:
   * Ctrl-Z (DOS's end of a text file, still written by some Windows exporters) and NUL (the
   * padding of a file cut to a block size). Neither is text; a record of them alone is none.
   */
  private int endOfFileMarkFrom(int from) {
    int end = len;
    while (end > from) {
      int at = end - 1;
      boolean inText = text != null && at >= textAt && at - textAt < text.length();
      char c = inText ? text.charAt(at - textAt) : buf[at];
      if (c != '\u001A' && c != '\u0000') {
        break;
      }
      end = at;
    }
    return end;
  }

  /** Makes room for n more chars at the end and returns where they go. */
  private int reserve(int n) {
    if (finished) {
      throw new IllegalStateException("feed after finish");
    }
    if (!started) {
      started = true;
    }
    if (nativeSearch && text != null) {
      // the record not yet ended is read on from the buffer, which must hold it whole
      int from = Math.max(rowStart, textAt);
      text.getChars(from - textAt, len - textAt, buf, from);
    }
    if (rowStart > 0) {
      int kept = len - rowStart;
      System.arraycopy(buf, rowStart, buf, 0, kept);
      int shift = rowStart;
      for (int i = 0; i < fieldCount; i++) {
        fieldStarts[i] += fieldStarts[i] < 0 ? shift : -shift;
        fieldEnds[i] += fieldEnds[i] < 0 ? shift : -shift; // ~end - shift == ~end + shift
      }
      pos -= shift;
      fieldStart -= shift;
      quoteStart -= shift;
      rawStart -= shift;
      base += shift;
      keepBase += shift;
      len = kept;
      rowStart = 0;
    }
    if (len + n > buf.length) {
      int cap = buf.length;
      while (cap < len + n) {
        cap = cap > (1 << 29) ? Integer.MAX_VALUE - 8 : cap * 2;
      }
      char[] grown = new char[cap];
      System.arraycopy(buf, 0, grown, 0, len);
      buf = grown;
    }
    filled = len;
    return len;
  }

  private void scan(boolean eof) {
    if (!continued && base == 0 && rowStart == 0 && pos == 0 && len > 0
        && (filled > 0 ? buf[0] : text.charAt(0)) == '\uFEFF') {
      pos = 1; // byte order mark
      rowStart = 1;
      base = 0;
    }
    if (filled >= len) {
      scanBuffer(eof, len, false);
      return;
    }
    while (true) {
      if (state == FIELD_START && pos >= textAt) {
        pos = scanNative(pos);
      }
      if (pos >= len) {
        return;
      }
      int from = pos;
      int limit = fillWindow(from);
      scanBuffer(eof && limit == len, limit, true);
      if (limit == len && !(state == FIELD_START && pos > from)) {
        return; // the state machine waits for more text, or the text has ended
      }
    }
  }

  /** Chars the state machine is given at a time under native search, beyond what it holds. */
  private static final int WINDOW = 256;

  /**
   * Under native search, copies the text from {@code from} (or from where the buffer is filled
   * to, when further) a window further into the buffer, and returns where the buffer is now
   * filled to: the state machine reads that far.
   */
  private int fillWindow(int from) {
    if (filled < from) {
      filled = from;
    }
    int to = Math.min(len, filled + WINDOW);
    text.getChars(filled - textAt, to - textAt, buf, filled);
    filled = to;
    return to;
  }

  /**
   * Under native search (the browser build), reads whole fields of the current chunk from {@code
   * p}, where a field starts, finding each field's end with {@link CharSearch} and making no copy
   * of the text: unquoted fields without quotes or lone CRs, and quoted ones closed in this chunk
   * and followed by a delimiter or line end. Returns where it stopped, at the start of a field the
   * state machine reads instead (an empty line, a stray quote, a lone CR, spaces or text after a
   * closing quote, a field the chunk cuts); positions, lines and issues are the state machine's.
   */
  private int scanNative(int p) {
    final String t = text;
    final int at = textAt;
    final int n = t.length();
    final char q = quote;
    final char d = delimiter;
    int lf = nextLf;
    int cr = nextCr;
    int qt = nextQuote;
    int dl = nextDelimiter;
    int i = p - at;
    while (i < n) {
      if (lf < i) {
        lf = find(t, "\n", i, n);
      }
      if (cr < i) {
        cr = find(t, "\r", i, n);
      }
      if (qt < i) {
        qt = find(t, quoteText, i, n);
      }
      // what the field starts with is known from the searches, without reading a char
      int end;
      int next;
      boolean lineEnd;
      byte kind = PLAIN;
      boolean excelText = false;
      int start = i;
      if (qt == i) {
        int close = find(t, quoteText, i + 1, n);
        // what follows the closing quote (the delimiter, never a quote, past the chunk's end)
        char after = close + 1 < n ? t.charAt(close + 1) : d;
        if (!backslash) {
          while (after == q) {
            kind = ESCAPED;
            close = find(t, quoteText, close + 2, n);
            after = close + 1 < n ? t.charAt(close + 1) : d;
          }
        } else {
          close = backslashClose(t, i + 1, close, n);
          after = close + 1 < n ? t.charAt(close + 1) : d;
          if (nextBackslash < close) {
            kind = ESCAPED; // a backslash in the field: read by the escape rule
          }
        }
        if (close + 1 >= n || cr < close) {
          break; // the chunk ends inside the quotes or right after them, or a CR is inside
        }
        if (after == d || after == '\n') {
          next = close + 2;
        } else if (after == '\r' && close + 2 < n && t.charAt(close + 2) == '\n') {
          next = close + 3;
        } else {
          break; // spaces or text after the closing quote, or a lone CR
        }
        lineEnd = after != d;
        while (lf < close) {
          line++; // a line break inside the quotes
          lf = find(t, "\n", lf + 1, n);
        }
        if (kind != ESCAPED) {
          kind = QUOTED_PLAIN;
        }
        start = i + 1;
        end = close;
        if (kind == ESCAPED && !backslash && isQuotedExcelText(at + start, at + end)) {
          kind = QUOTED_PLAIN; // "=""00123""": the text inside (endQuoted)
          start += 3;
          end -= 2;
        }
        if (next < n && t.charAt(next) == q) {
          qt = next; // the next field is quoted too, as in files that quote every field: no search
        }
      } else {
        if (fieldCount == 0 && (lf == i || cr == i)) {
          break; // an empty line
        }
        if (dl < i) {
          dl = find(t, delimiterText, i, n);
        }
        if (dl < lf) {
          end = dl;
          next = dl + 1;
          lineEnd = false;
        } else if (lf < n) {
          end = cr == lf - 1 && cr >= i ? cr : lf;
          next = lf + 1;
          lineEnd = true;
        } else {
          break; // the chunk ends inside the field
        }
        // Excel's ="00123", its only quotes the second char and the last (afterExcelText)
        excelText = qt == i + 1 && t.charAt(i) == '=' && end - 1 - (i + 2) <= maxFieldChars
            && find(t, quoteText, i + 2, n) == end - 1;
        if (qt < end && !excelText || cr < end) {
          break; // a stray quote, or a lone CR ending the line
        }
        if (backslash) {
          if (nextBackslash < i) {
            nextBackslash = find(t, "\\", i, n);
          }
          if (nextBackslash < end) {
            break; // an escape, maybe of the delimiter or line break found: the state machine's
          }
        }
      }
      if (excelText) {
        start += 2; // Excel's ="00123": the text between the quotes
        end--;
      }
      endField(at + start, at + end, kind);
      if (lineEnd) {
        emitAndAdvanceLine(at + next);
      }
      i = next;
    }
    nextLf = lf;
    nextCr = cr;
    nextQuote = qt;
    nextDelimiter = dl;
    return at + i;
  }

  /**
   * With backslash escapes, the quote that closes the quoted field whose chars start at {@code
   * from}, {@code close} being the first quote there: a quote after an odd run of backslashes is
   * escaped. Leaves {@link #nextBackslash} at the field's first backslash (or past it).
   */
  private int backslashClose(String t, int from, int close, int n) {
    if (nextBackslash < from) {
      nextBackslash = find(t, "\\", from, n);
    }
    int b = nextBackslash;
    while (b < close && close < n) {
      int run = 0;
      for (int k = close - 1; k >= from && t.charAt(k) == CsvFormat.BACKSLASH; k--) {
        run++;
      }
      if ((run & 1) == 0) {
        break;
      }
      close = find(t, quoteText, close + 1, n);
    }
    return close;
  }

  /**
   * On the JVM, inside quotes in the chunk String: where the run of chars from {@code p} that
   * neither close the quotes nor break the line (nor escape, with backslash escapes) ends, found
   * with the JDK's vectorised {@code String.indexOf} rather than char by char ({@link #buf} holds
   * the same chars; the state machine reads on from there). Files that quote every field spend
   * most of their parse inside quotes.
   */
  private int quotedRunEnd(int p) {
    final String t = text;
    final int i = p - textAt;
    final int n = t.length();
    if (nextLf < i) {
      nextLf = indexOr(t, '\n', i, n);
    }
    if (nextCr < i) {
      nextCr = indexOr(t, '\r', i, n);
    }
    int stop = Math.min(indexOr(t, quote, i, n), Math.min(nextLf, nextCr));
    if (backslash) {
      if (nextBackslash < i) {
        nextBackslash = indexOr(t, CsvFormat.BACKSLASH, i, n);
      }
      stop = Math.min(stop, nextBackslash);
    }
    return textAt + stop;
  }

  private static int indexOr(String t, char c, int from, int n) {
    int at = t.indexOf(c, from);
    return at < 0 ? n : at;
  }

  /** Where a one-char needle next occurs in {@code t} from {@code from}, or {@code n} when not. */
  private static int find(String t, String needle, int from, int n) {
    int at = CharSearch.indexOf(t, needle, from);
    return at < 0 ? n : at;
  }

  /**
   * The state machine over {@link #buf} up to {@code end}: all of the text fed, or under native
   * search a window of it, where it hands back at the next field start ({@code handBack}).
   */
  private void scanBuffer(boolean eof, int end, boolean handBack) {
    final boolean whole = end == len;
    final int begin = pos;
    final char[] b = buf;
    final char d = delimiter;
    final char q = quote;
    final char plainMax = this.plainMax;
    final char quotedMax = this.quotedMax;
    int p = pos;
    int st = state;
    outer:
    while (p < end) {
      if (st == FIELD_START) {
        if (handBack && p > begin) {
          break; // native search reads on from this field
        }
        char c = b[p];
        if (c == q) {
          quoteStart = p;
          rawStart = p;
          quoteLine = line;
          fieldStart = p + 1;
          fieldEscaped = false;
          st = QUOTED;
          p++;
        } else if (c == d) {
          endField(p, p, PLAIN);
          p++;
          continue;
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && p + 1 >= end && !eof) {
            break; // wait: CR may be the first half of CRLF
          }
          int next = (c == '\r' && p + 1 < end && b[p + 1] == '\n') ? p + 2 : p + 1;
          if (fieldCount == 0 && skipEmptyLines) {
            line++;
            p = next;
            rowStart = p;
            rowLine = line;
            continue;
          }
          endField(p, p, PLAIN);
          emitAndAdvanceLine(next);
          p = next;
          continue;
        } else {
          fieldStart = p;
          strayReported = false;
          fieldEscaped = false;
          st = UNQUOTED;
        }
      }
      if (st == UNQUOTED) {
        while (p < end) {
          char c = b[p];
          if (c > plainMax) {
            p++; // most chars: above every char that ends or quotes a field
            continue;
          }
          if (c == d) {
            endField(fieldStart, p, fieldEscaped ? UNQUOTED_ESCAPED : PLAIN);
            p++;
            st = FIELD_START;
            continue outer;
          }
          if (c == CsvFormat.BACKSLASH && backslash) {
            // as in a quoted field: a delimiter or a line break escaped is the field's (MySQL's
            // INTO OUTFILE without enclosing quotes, PostgreSQL's COPY)
            int next = pastEscape(p, end, eof);
            if (next == WAIT) {
              break outer;
            }
            p = next;
            continue;
          }
          if (c == '\n' || c == '\r') {
            if (c == '\r' && p + 1 >= end && !eof) {
              break outer;
            }
            int next = (c == '\r' && p + 1 < end && b[p + 1] == '\n') ? p + 2 : p + 1;
            endField(fieldStart, p, fieldEscaped ? UNQUOTED_ESCAPED : PLAIN);
            st = FIELD_START;
            emitAndAdvanceLine(next);
            p = next;
            continue outer;
          }
          if (c == q && !strayReported) {
            if (p == fieldStart + 1 && b[fieldStart] == '=' && !fieldEscaped) {
              int after = afterExcelText(p, end, eof);
              if (after == WAIT) {
                break outer;
              }
              if (after >= 0) {
                p = after;
                st = FIELD_START;
                continue outer;
              }
            }
            if (!fieldEscaped && onlySpaces(fieldStart, p)) {
              openAfterSpaces(p);
              p++;
              st = QUOTED;
              continue outer;
            }
            strayReported = true;
            report(new ParseIssue.StrayQuote(position(fieldCount + 1, line, p)));
          }
          p++;
        }
        break;
      }
      // QUOTED
      if (!nativeSearch && text != null && p >= textAt) {
        p = quotedRunEnd(p);
      }
      while (p < end) {
        char c = b[p];
        if (c > quotedMax) {
          p++;
          continue;
        }
        if (c == CsvFormat.BACKSLASH && backslash) {
          int next = pastEscape(p, end, eof); // a quote escaped does not close the field
          if (next == WAIT) {
            break outer;
          }
          p = next;
          continue;
        }
        if (c == q) {
          if (p + 1 >= end) {
            if (!eof) {
              break outer; // wait: a doubled quote may be split across chunks
            }
            endQuoted(fieldStart, p);
            p++;
            st = FIELD_START;
            pos = p;
            state = st;
            finishRecordAtEof();
            return;
          }
          char n = b[p + 1];
          if (n == q && !backslash) {
            fieldEscaped = true;
            p += 2;
            continue;
          }
          if (n == d) {
            endQuoted(fieldStart, p);
            p += 2;
            st = FIELD_START;
            continue outer;
          }
          if (n == '\n' || n == '\r') {
            if (n == '\r' && p + 2 >= end && !eof) {
              break outer;
            }
            int next = (n == '\r' && p + 2 < end && b[p + 2] == '\n') ? p + 3 : p + 2;
            endQuoted(fieldStart, p);
            st = FIELD_START;
            emitAndAdvanceLine(next);
            p = next;
            continue outer;
          }
          if (n == ' ' || n == '\t' || n == '\u001A' || n == '\u0000') {
            int after = n == ' ' || n == '\t' ? afterClosingSpaces(p, end, eof)
                : afterClosingEndMarks(p, end, eof);
            if (after == WAIT) {
              break outer;
            }
            if (after >= 0) {
              p = after;
              st = FIELD_START;
              continue outer;
            }
          }
          // Text after the closing quote: keep the whole field raw, quotes included.
          report(new ParseIssue.TextAfterClosingQuote(position(fieldCount + 1, line, p + 1)));
          fieldStart = rawStart;
          spacedOpen = null;
          strayReported = true;
          fieldEscaped = false; // kept as written, quotes included
          st = UNQUOTED;
          p++;
          continue outer;
        }
        if (c == '\n') {
          line++;
        } else if (c == '\r') {
          if (p + 1 >= end && !eof) {
            break outer;
          }
          if (p + 1 < end && b[p + 1] == '\n') {
            p++;
          }
          line++;
        }
        p++;
      }
      if (whole && p - fieldStart > maxFieldChars) {
        if (lenient) {
          recoverUnclosedQuote();
          p = pos;
          st = state;
          continue;
        }
        throw fail(new ParseIssue.FieldTooLarge(position(fieldCount + 1, quoteLine, quoteStart),
            maxFieldChars));
      }
      break;
    }
    pos = p;
    state = st;
    if (whole && st == UNQUOTED && p - fieldStart > maxFieldChars) {
      throw fail(new ParseIssue.FieldTooLarge(position(fieldCount + 1, line, fieldStart),
          maxFieldChars));
    }
    if (eof && st == QUOTED && !lenient) {
      throw fail(new ParseIssue.UnclosedQuote(position(fieldCount + 1, quoteLine, quoteStart)));
    }
  }

  /**
   * With backslash escapes, where a field goes on after the backslash at {@code p}: past the char
   * it escapes, which is the field's (an escaped CRLF is one line break), or {@link #WAIT} when
   * the chunk ends before that char. A backslash that ends the input is text.
   */
  private int pastEscape(int p, int end, boolean eof) {
    final char[] b = buf;
    if (p + 1 >= end || b[p + 1] == '\r' && p + 2 >= end) {
      return eof ? p + 1 : WAIT; // wait for the escaped char, or the LF after an escaped CR
    }
    fieldEscaped = true;
    char n = b[p + 1];
    if (n == '\n' || n == '\r') {
      line++;
    }
    return n == '\r' && b[p + 2] == '\n' ? p + 3 : p + 2;
  }

  /** What {@link #afterClosingSpaces} and {@link #pastEscape} answer when the chunk ends early. */
  private static final int WAIT = -2;

  /**
   * Spaces or tabs after the closing quote at {@code q}, as spreadsheet users type them before a
   * delimiter or line end: the quoted value is kept and the spaces dropped (reported; strict mode
   * stops here). Answers where scanning goes on with a new field (the field, and at a line end
   * the record, ended), {@link #WAIT} when the chunk ends before it is known what follows, or -1
   * when other text follows (then the field is text after a closing quote). Out of the scan loop
   * so that the loop stays small enough to be optimised whole.
   */
  private int afterClosingSpaces(int q, int end, boolean eof) {
    final char[] b = buf;
    int w = q + 2;
    while (w < end && (b[w] == ' ' || b[w] == '\t') && w - q <= maxFieldChars) {
      w++;
    }
    if (w - q > maxFieldChars) {
      return -1;
    }
    if (!eof && (w >= end || (b[w] == '\r' && w + 1 >= end))) {
      return WAIT;
    }
    char after = w < end ? b[w] : '\n';
    if (after != delimiter && after != '\n' && after != '\r') {
      return -1;
    }
    int column = fieldCount + 1;
    endQuoted(fieldStart, q); // reports spaces before the opening quote first
    report(new ParseIssue.SpaceAfterClosingQuote(position(column, line, q + 1)));
    return pastFieldEnd(w, end); // the input ending after the spaces ends the record too
  }

  /**
   * Where scanning goes on once a field has ended before {@code at}, where the delimiter or a
   * line break is, or the input's end ({@code at >= end}): the record ends there too, as it
   * does at a line break.
   */
  private int pastFieldEnd(int at, int end) {
    if (at >= end) {
      finishRecordAtEof();
      return end;
    }
    char after = buf[at];
    if (after == delimiter) {
      return at + 1;
    }
    int next = (after == '\r' && at + 1 < end && buf[at + 1] == '\n') ? at + 2 : at + 1;
    emitAndAdvanceLine(next);
    return next;
  }

  /**
   * End-of-file marks (Ctrl-Z, NUL: see {@link #endOfFileMarkFrom}) right after the closing quote
   * at {@code q} that run to the end of the input: the field and the record end at the quote and
   * the marks are dropped, as after a line break. Answers the end, {@link #WAIT} while more input
   * may follow, or -1 when anything else follows (then it is text after a closing quote).
   */
  private int afterClosingEndMarks(int q, int end, boolean eof) {
    final char[] b = buf;
    int w = q + 2;
    while (w < end && (b[w] == '\u001A' || b[w] == '\u0000') && w - q <= maxFieldChars) {
      w++;
    }
    if (w < end || w - q > maxFieldChars) {
      return -1;
    }
    if (!eof) {
      return WAIT;
    }
    endQuoted(fieldStart, q);
    finishRecordAtEof();
    return end;
  }

  /** Whether the chars {@code [from, to)} of the buffer, one or more, are spaces or tabs. */
  private boolean onlySpaces(int from, int to) {
    for (int i = from; i < to; i++) {
      if (charAt(i) != ' ' && charAt(i) != '\t') {
        return false;
      }
    }
    return to > from;
  }

  /**
   * A quote after spaces or tabs at the start of an unquoted field, as in {@code a, "b, c"}
   * (files written with ", " between fields): the field is read as quoted from the quote at
   * {@code q}, its spaces dropped, and that is reported once it closes (strict mode stops then).
   * One that turns out malformed is kept as written from its first space.
   */
  private void openAfterSpaces(int q) {
    spacedOpen = position(fieldCount + 1, line, fieldStart);
    rawStart = fieldStart;
    quoteStart = q;
    quoteLine = line;
    fieldStart = q + 1;
  }

  /** A quoted field at the very end of the input without a newline after it. */
  private void finishRecordAtEof() {
    emit();
  }

  /** Lenient recovery: the opening quote was a literal; parse the rest of the field again. */
  private void recoverUnclosedQuote() {
    report(new ParseIssue.UnclosedQuote(position(fieldCount + 1, quoteLine, quoteStart)));
    line = quoteLine;
    fieldStart = rawStart;
    spacedOpen = null;
    pos = quoteStart + 1;
    strayReported = true;
    state = UNQUOTED;
  }

  /**
   * Excel's text formula in an unquoted field, {@code ="00123"}, its opening quote at {@code
   * open}: what exporters write so that Excel keeps a code's leading zeros or a long number's
   * digits (it shows the text between the quotes). When the next quote closes it right before a
   * delimiter or line end, the field is that text, as the person who opens the file in Excel sees
   * it, and no stray quote is reported. Answers where scanning goes on (the field, and at a line
   * end the record, ended), {@link #WAIT} when the chunk ends before that is known, or -1 for any
   * other shape ({@code ="a"b}, {@code ="a""b"}, a delimiter between the quotes): then the quote
   * is a stray one, as before.
   */
  private int afterExcelText(int open, int end, boolean eof) {
    final char[] b = buf;
    final char q = quote;
    final char d = delimiter;
    int w = open + 1;
    while (w < end && b[w] != q && b[w] != d && b[w] != '\n' && b[w] != '\r'
        && w - open - 1 <= maxFieldChars) {
      w++;
    }
    if (w - open - 1 > maxFieldChars) {
      return -1; // a text longer than a field may be: the field is read as it is written
    }
    if (w >= end) {
      return eof ? -1 : WAIT;
    }
    if (b[w] != q) {
      return -1;
    }
    if (!eof && (w + 1 >= end || b[w + 1] == '\r' && w + 2 >= end)) {
      return WAIT;
    }
    char after = w + 1 < end ? b[w + 1] : '\n';
    if (after != d && after != '\n' && after != '\r') {
      return -1;
    }
    endField(open + 1, w, PLAIN);
    return pastFieldEnd(w + 1, end);
  }

  /**
   * Ends a quoted field {@code [start, end)} (inside its quotes). Excel's text formula quoted, as
   * a CSV writer writes {@code ="00123"} since it holds quotes ({@code "=""00123"""}), is the text
   * between its inner quotes, as in an unquoted field ({@link #afterExcelText}).
   */
  private void endQuoted(int start, int end) {
    if (spacedOpen != null) {
      report(new ParseIssue.SpaceBeforeOpeningQuote(spacedOpen));
      spacedOpen = null;
    }
    if (fieldEscaped && !backslash && isQuotedExcelText(start, end)) {
      endField(start + 3, end - 2, QUOTED_PLAIN);
    } else {
      endField(start, end, fieldEscaped ? ESCAPED : QUOTED_PLAIN);
    }
  }

  /**
   * Whether the chars {@code [start, end)} of a quoted field with doubled quotes are {@code
   * =""text""} with no quote in the text.
   */
  private boolean isQuotedExcelText(int start, int end) {
    final char q = quote;
    if (end - start < 5 || charAt(start) != '=' || charAt(start + 1) != q
        || charAt(start + 2) != q || charAt(end - 2) != q || charAt(end - 1) != q) {
      return false;
    }
    for (int i = start + 3; i < end - 2; i++) {
      if (charAt(i) == q) {
        return false;
      }
    }
    return true;
  }

  /** The char at a buffer index: from the chunk String when it holds it (native search). */
  private char charAt(int index) {
    return text != null && index >= textAt && index - textAt < text.length()
        ? text.charAt(index - textAt) : buf[index];
  }

  /** Records a field; kept small so that TeaVM inlines it into the scan loop. */
  private void endField(int start, int end, byte kind) {
    int n = fieldCount;
    if (n == fieldStarts.length || end - start > maxFieldChars) {
      makeRoomFor(start, end);
    }
    fieldStarts[n] = (kind & QUOTED_BIT) == 0 ? start : ~start;
    fieldEnds[n] = (kind & ESCAPED_BIT) == 0 ? end : ~end;
    fieldCount = n + 1;
  }

  /**
   * With backslash escapes, makes each unquoted {@code \N} field of the record (MySQL's NULL
   * there) empty. Once a record, not in {@link #endField}: that runs for every field and is kept
   * small enough for the browser's JIT to inline.
   */
  private void emptyNullMarkers() {
    for (int i = 0; i < fieldCount; i++) {
      int start = fieldStarts[i];
      int end = fieldEnds[i] < 0 ? ~fieldEnds[i] : fieldEnds[i];
      if (start >= 0 && end - start == 2) { // unquoted, two chars
        boolean inText = text != null && start >= textAt && end - textAt <= text.length();
        char first = inText ? text.charAt(start - textAt) : buf[start];
        char second = inText ? text.charAt(start + 1 - textAt) : buf[start + 1];
        if (first == CsvFormat.BACKSLASH && second == 'N') {
          fieldEnds[i] = start;
        }
      }
    }
  }

  private void makeRoomFor(int start, int end) {
    if (end - start > maxFieldChars) {
      throw fail(new ParseIssue.FieldTooLarge(position(fieldCount + 1, line, start),
          maxFieldChars));
    }
    if (fieldCount >= format.maxFields()) {
      throw fail(new ParseIssue.TooManyFields(position(0, rowLine, rowStart), format.maxFields()));
    }
    int cap = Math.min(fieldCount * 2, format.maxFields());
    fieldStarts = java.util.Arrays.copyOf(fieldStarts, cap);
    fieldEnds = java.util.Arrays.copyOf(fieldEnds, cap);
  }

  private void emitAndAdvanceLine(int next) {
    emit();
    line++;
    rowStart = next;
    rowLine = line;
  }

  private void emit() {
    if (backslash) {
      emptyNullMarkers();
    }
    rowRecord = ++records;
    int index = records - 1;
    int headerIndex = format.headerIndex();
    if (!continued && index == Math.max(headerIndex, 0)) {
      expectedWidth = fieldCount;
      namedWidth = fieldCount;
      while (namedWidth > 0 && startOf(namedWidth - 1) == endOf(namedWidth - 1)) {
        namedWidth--;
      }
    } else if (expectedWidth >= 0 && fieldCount != expectedWidth
        && !(fieldCount > expectedWidth && emptyFrom(expectedWidth))
        && !(fieldCount < expectedWidth && fieldCount >= namedWidth)) {
      // a row that only ends in more delimiters than the header ("1,2,," under "a,b") holds
      // nothing past it, and one that ends before the header's unnamed last fields ("1,2"
      // under "a,b,") lacks nothing named: no issue for every row of a file whose exporter
      // writes them so
      report(new ParseIssue.RaggedRow(new Position(rowRecord, rowLine, 0, base + rowStart),
          expectedWidth, fieldCount));
    }
    handler.row(row);
    fieldCount = 0;
  }

  /** Whether the record's fields from {@code from} on are all empty. */
  private boolean emptyFrom(int from) {
    for (int i = from; i < fieldCount; i++) {
      if (startOf(i) != endOf(i)) {
        return false;
      }
    }
    return true;
  }

  /** Where a field starts in the buffer. */
  int startOf(int index) {
    int s = fieldStarts[index];
    return s < 0 ? ~s : s;
  }

  /** Where a field ends in the buffer. */
  int endOf(int index) {
    int e = fieldEnds[index];
    return e < 0 ? ~e : e;
  }

  String materialise(int index) {
    int s = startOf(index);
    int e = endOf(index);
    boolean inText = text != null && s >= textAt && e - textAt <= text.length();
    if (fieldEnds[index] >= 0) {
      return inText ? text.substring(s - textAt, e - textAt) : new String(buf, s, e - s);
    }
    // doubled quotes read as one, from the chunk itself when it holds the field: under native
    // search the buffer holds only what the state machine read, and copying such fields there
    // wrote all over a buffer the size of the chunk (in Chromium each fresh page of it costs a
    // page fault: half of uszips' parse)
    return SourceText.unescape(inText ? text.substring(s - textAt, e - textAt)
        : new String(buf, s, e - s), escapeRule);
  }

  /** Whether a field holds doubled quotes that read as one. */
  boolean isEscaped(int index) {
    return fieldEnds[index] < 0;
  }

  boolean isQuoted(int index) {
    return fieldStarts[index] < 0;
  }

  private Position position(int column, int atLine, int bufferIndex) {
    return new Position(records + 1, atLine, column, base + bufferIndex);
  }

  private void report(ParseIssue issue) {
    if (!lenient && !(issue instanceof ParseIssue.RaggedRow)) {
      throw fail(issue);
    }
    handler.issue(issue);
  }

  private CsvFormatException fail(ParseIssue issue) {
    return new CsvFormatException(issue);
  }
}
