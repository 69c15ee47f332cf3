package dev.sluice.core.validate;

/**
 * Checks a non-blank, trimmed cell against one column type and gives its normal form.
 *
 * <p>Implementations are shared by every row of one validation session (which one worker owns:
 * not thread-safe) and keep nothing from one call to the next; a scratch buffer reused across
 * calls is allowed (in the browser build each new array is a typed array, costly to make per cell).
 */
public interface TypeValidator {

  /** Checks a non-blank, trimmed value. */
  CellResult check(String value);

  /**
   * Checks a value as {@link #check} does, with the same validity and the same issue, but may
   * skip building the normal form: a valid result may hold the value as given. Full validation
   * uses it for columns whose normal form nothing reads until export (no unique group, no row
   * rule), so building strings is left to the rows that are handed over.
   */
  default CellResult verify(String value) {
    return check(value);
  }

  /**
   * Whether the chars {@code [from, to)} of a String, a non-blank value without white space at
   * either end, are proven valid without making anything: the span path of validation, which
   * reads a cell where it lies in the file's text. False means "not proven" (the caller then makes
   * the cell's String and calls {@link #check}), never "invalid", so an implementation accepts
   * only values that {@code check} finds valid and may leave any other shape to it.
   */
  default boolean accepts(String text, int from, int to) {
    return false;
  }

  /**
   * Whether {@link #accepts} holds and the value's normal form is the text itself: the span path
   * can then hand the cell over, or key a unique column on it, as written.
   */
  default boolean acceptsAsNormal(String text, int from, int to) {
    return false;
  }

  /**
   * Given that {@link #accepts} holds for {@code [from, to)}, whether the value's normal form is
   * the text itself; implementations whose normal form follows from the accepted shape answer
   * without checking it again.
   */
  default boolean normalOnceAccepted(String text, int from, int to) {
    return acceptsAsNormal(text, from, to);
  }

  /**
   * Appends the normal form of a valid value to a builder and returns true, or returns false and
   * appends nothing: types that build their normal form char by char write it there, so handing
   * many rows over makes one String instead of one per cell. The default leaves it to {@link
   * #check}.
   */
  default boolean appendNormal(String value, StringBuilder out) {
    return false;
  }

  /**
   * Appends the normal form of the chars {@code [from, to)} of a String (as {@link #accepts}
   * reads them) and returns true when they are proven valid, or returns false and appends
   * nothing: handing a cell over from its span, with no String made for it. False means "not
   * proven", never "invalid"; the default proves nothing.
   */
  default boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    return false;
  }

  /**
   * Writes the normal form of {@code [from, to)}, a cell its column holds valid (validated, and no
   * issue), as ASCII bytes into {@code out} from {@code at}, where at least {@code to - from +
   * ROOM} bytes are free ({@link TypeValidators#NORMAL_ROOM}), and returns where it ends; or
   * returns -1 (what it wrote is ignored): a form that is not ASCII, or longer, is left to {@link
   * #appendNormalAt}. Handing many rows over, the normal forms that differ from the text (a phone
   * in E.164, a date in ISO, a country's code) go straight into the bytes the page decodes, with no
   * builder in between (in the browser build a builder appends char by char through its insert,
   * and its chars were read back one by one to be encoded). The default writes nothing.
   */
  default int writeValidNormalAt(String text, int from, int to, byte[] out, int at) {
    return -1;
  }
}
