package dev.sluice.core.text;

/**
 * Turns the bytes of a file, fed in chunks, into text: the platform's side of encoding support.
 *
 * <p>Core decides which encoding a file has ({@link dev.sluice.core.detect.EncodingDetector}) but
 * cannot decode it, since TeaVM has no charset tables: the JVM implements this with
 * {@code java.nio.charset}, the browser with {@code TextDecoder}. A multibyte sequence cut by a
 * chunk boundary is kept and completed by the next chunk.
 */
public interface ChunkDecoder {

  /** Decodes the next chunk; returns the characters that are complete so far. */
  String decode(byte[] bytes, int offset, int length);

  /** Ends the input; an unfinished sequence left over becomes U+FFFD. */
  String finish();

  /** Byte sequences that could not be decoded and became U+FFFD so far. */
  int malformed();
}
