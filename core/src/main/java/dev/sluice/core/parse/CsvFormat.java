package dev.sluice.core.parse;

/**
 * How to read a CSV text: delimiter, quote, how quotes inside quoted fields are escaped,
 * strictness, header position and limits.
 *
 * <p>Immutable; build one with {@link #builder()} or start from {@link #RFC4180}.
 *
 * @param delimiter       field separator, one of {@code , ; \t |} or any other character that is not
 *                        the quote, CR or LF
 * @param quote           quote character
 * @param lenient         report malformed quoting as issues and go on (true), or stop with a
 *                        {@link CsvFormatException} at the first one (false)
 * @param skipEmptyLines  skip lines with no characters at all (true), or read them as a record with
 *                        one empty field (false); skipped lines still count for line numbers
 * @param headerIndex     0-based index of the header record: records after it are checked for the same
 *                        field count and reported as ragged otherwise, records before it (title lines)
 *                        are not checked; -1 when there is no header (the first record sets the width)
 * @param maxFieldChars   longest field accepted, in characters
 * @param maxFields       most fields accepted in one record
 * @param backslashEscapes a backslash escapes the next char, in a quoted field ({@code "say
 *                        \"hi\""}, as MySQL's {@code SELECT ... INTO OUTFILE} writes it,
 *                        instead of a quote being doubled, {@code "say ""hi"""}, RFC 4180) and in
 *                        an unquoted one (a delimiter or line break in a value, as MySQL writes it
 *                        without enclosing quotes and PostgreSQL's {@code COPY} as {@code \t} or
 *                        {@code \n}); an unquoted {@code \N}, their NULL, reads as an empty field
 */
public record CsvFormat(char delimiter, char quote, boolean lenient, boolean skipEmptyLines,
                        int headerIndex, int maxFieldChars, int maxFields,
                        boolean backslashEscapes) {

  /** The escape char of {@link #backslashEscapes} files. */
  public static final char BACKSLASH = '\\';

  /** RFC 4180 with comma and double quote, lenient, skipping empty lines, header first. */
  public static final CsvFormat RFC4180 = builder().build();

  /** Checks that the characters can be told apart and the limits are positive. */
  public CsvFormat {
    if (delimiter == quote) {
      throw new IllegalArgumentException("delimiter and quote must differ");
    }
    if (delimiter == '\r' || delimiter == '\n' || quote == '\r' || quote == '\n') {
      throw new IllegalArgumentException("delimiter and quote cannot be CR or LF");
    }
    if (quote == BACKSLASH || backslashEscapes && delimiter == BACKSLASH) {
      throw new IllegalArgumentException("the quote, or with backslash escapes the delimiter,"
          + " cannot be a backslash");
    }
    if (maxFieldChars < 1 || maxFields < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    if (headerIndex < -1) {
      throw new IllegalArgumentException("headerIndex must be -1 or more");
    }
  }

  /**
   * The char that tells how an escaped field reads ({@link
   * dev.sluice.core.table.SourceText#unescape}): the quote, whose doubling is one quote, or a
   * backslash, which escapes the char after it. A table of the fields keeps this one char.
   */
  public char escapeRule() {
    return backslashEscapes ? BACKSLASH : quote;
  }

  /** A builder with the defaults of {@link #RFC4180}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder starting from this format. */
  public Builder toBuilder() {
    return new Builder().delimiter(delimiter).quote(quote).lenient(lenient)
        .skipEmptyLines(skipEmptyLines).headerIndex(headerIndex).maxFieldChars(maxFieldChars)
        .maxFields(maxFields).backslashEscapes(backslashEscapes);
  }

  /** Builds a {@link CsvFormat}. */
  public static final class Builder {
    private char delimiter = ',';
    private char quote = '"';
    private boolean lenient = true;
    private boolean skipEmptyLines = true;
    private int headerIndex = 0;
    private int maxFieldChars = 1 << 20;
    private int maxFields = 1 << 16;
    private boolean backslashEscapes;

    private Builder() {}

    /** Sets the field separator. */
    public Builder delimiter(char delimiter) {
      this.delimiter = delimiter;
      return this;
    }

    /** Sets the quote character. */
    public Builder quote(char quote) {
      this.quote = quote;
      return this;
    }

    /** Report malformed quoting and go on (true), or stop at the first (false). */
    public Builder lenient(boolean lenient) {
      this.lenient = lenient;
      return this;
    }

    /** Skip empty lines (true) or read them as a record with one empty field (false). */
    public Builder skipEmptyLines(boolean skipEmptyLines) {
      this.skipEmptyLines = skipEmptyLines;
      return this;
    }

    /** Sets the 0-based header record index, or -1 for none. */
    public Builder headerIndex(int headerIndex) {
      this.headerIndex = headerIndex;
      return this;
    }

    /** Sets the longest field accepted, in characters. */
    public Builder maxFieldChars(int maxFieldChars) {
      this.maxFieldChars = maxFieldChars;
      return this;
    }

    /** Sets the most fields accepted in one record. */
    public Builder maxFields(int maxFields) {
      this.maxFields = maxFields;
      return this;
    }

    /** A backslash escapes the next char (true), or quotes in quoted fields are doubled. */
    public Builder backslashEscapes(boolean backslashEscapes) {
      this.backslashEscapes = backslashEscapes;
      return this;
    }

    /** Builds the format. */
    public CsvFormat build() {
      return new CsvFormat(delimiter, quote, lenient, skipEmptyLines, headerIndex, maxFieldChars,
          maxFields, backslashEscapes);
    }
  }
}
