package dev.sluice.core.detect;

/** The record separator a text uses, as found outside quoted fields. */
public enum LineEnding {
  /** Windows: CR LF. */
  CRLF("\r\n"),
  /** Unix: LF. */
  LF("\n"),
  /** Classic Mac: CR alone. */
  CR("\r"),
  /** More than one kind in one text (every kind still ends a record); written as LF. */
  MIXED("\n"),
  /** A single line without any. */
  NONE("");

  private final String chars;

  LineEnding(String chars) {
    this.chars = chars;
  }

  /** The characters of this line ending. */
  public String chars() {
    return chars;
  }
}
