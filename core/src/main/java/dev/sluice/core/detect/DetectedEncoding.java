package dev.sluice.core.detect;

/**
 * The encoding chosen for a file and what the choice rests on.
 *
 * @param encoding          the encoding to decode with
 * @param bomLength         bytes of byte order mark at the start, to skip before decoding
 * @param basis             why this encoding was chosen
 * @param invalidSequences  byte sequences in the sample that the chosen encoding cannot decode
 *                          (they will become U+FFFD); 0 for a clean file
 */
public record DetectedEncoding(Encoding encoding, int bomLength, Basis basis, int invalidSequences) {

  /** What an encoding choice rests on, from strongest to weakest. */
  public enum Basis {
    /** A byte order mark. */
    BOM,
    /** The sample has only ASCII bytes, which every candidate decodes alike. */
    ASCII,
    /** The sample is well-formed in this encoding and in no more likely one. */
    VALID,
    /** A statistical guess (UTF-16 without BOM, Shift_JIS against Windows-1252, the fallback). */
    HEURISTIC
  }
}
