package dev.sluice.core.hash;

/**
 * SHA-256 of text, as lower-case hex of its UTF-8 bytes.
 *
 * <p>An interface because TeaVM has no {@code java.security.MessageDigest}: the JVM uses the JDK's
 * digest, the browser {@link PortableSha256}; both are tested to agree.
 */
public interface Sha256 {

  /** The hex SHA-256 of the UTF-8 encoding of the text. */
  String hex(String text);

  /** Appends {@link #hex} of the text to a builder, for callers that gather many values in one. */
  default void appendHex(String text, StringBuilder out) {
    out.append(hex(text));
  }

  /**
   * Appends {@link #hex} of the chars {@code [from, to)} of a text: the hand-over hashes a cell
   * where it lies in the file's text, without making its String first.
   */
  default void appendHex(String text, int from, int to, StringBuilder out) {
    appendHex(text.substring(from, to), out);
  }

  /**
   * Writes {@link #hex} of the chars {@code [from, to)} of a text as 64 ASCII bytes into {@code
   * out} from {@code at}: the hand-over writes a hash straight into the UTF-8 bytes it sends, with
   * no chars to copy into a builder and encode again (a hashed column's 64 chars a row were most of
   * the chars the hand-over made).
   */
  default void writeHex(String text, int from, int to, byte[] out, int at) {
    String hex = hex(text.substring(from, to));
    for (int i = 0; i < 64; i++) {
      out[at + i] = (byte) hex.charAt(i);
    }
  }
}
