package dev.sluice.jvm;

import dev.sluice.core.detect.DetectedEncoding;
import dev.sluice.core.detect.Dialect;
import dev.sluice.core.detect.DialectDetector;
import dev.sluice.core.detect.Encoding;
import dev.sluice.core.detect.EncodingDetector;
import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvHandler;
import dev.sluice.core.parse.CsvParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a CSV file from disk the way the browser widget reads an upload: detect the encoding from
 * the first bytes, decode in chunks, detect the dialect from the first text, then stream every chunk
 * through one {@link CsvParser}. Memory stays bounded by the chunk size and the longest record.
 */
public final class CsvFileReader {
  private static final int CHUNK_BYTES = 64 * 1024;

  private CsvFileReader() {}

  /**
   * What to take as given instead of detecting it; null fields are detected.
   *
   * @param encoding    the file's encoding
   * @param delimiter   the field separator
   * @param quote       the quote character
   * @param headerIndex 0-based header record, or -1 for none
   * @param lenient     go on past malformed quoting (default true)
   * @param legacy      the legacy encoding of the file's users' language ({@link
   *                    Encoding#legacyFor}), taken where a file that is not Unicode reads as
   *                    well in several; null when not known
   * @param backslashEscapes whether a backslash escapes the next char ({@link
   *                    Dialect#backslashEscapes}) or quotes are doubled; null to detect it
   */
  public record Options(Encoding encoding, Character delimiter, Character quote,
                        Integer headerIndex, boolean lenient, Encoding legacy,
                        Boolean backslashEscapes) {
    /** Detect everything, lenient. */
    public static final Options DETECT = new Options(null, null, null, null, true);

    /** Options with no language known. */
    public Options(Encoding encoding, Character delimiter, Character quote, Integer headerIndex,
        boolean lenient) {
      this(encoding, delimiter, quote, headerIndex, lenient, null, null);
    }
  }

  /**
   * What was used to read a file.
   *
   * @param encoding the detected or given encoding
   * @param dialect  the detected dialect, with the given settings applied
   * @param records  how many records the parser read
   * @param malformedBytes byte sequences that could not be decoded and became U+FFFD
   * @param laterEncoding  where the encoding was detected and bytes further into the file could
   *                       not be decoded: the encoding the first chunk that held them reads in
   *                       (a legacy export whose first 64 KiB are ASCII), to give the user; else
   *                       null
   */
  public record Result(DetectedEncoding encoding, Dialect dialect, int records, int malformedBytes,
                       Encoding laterEncoding) {

    /** A message for the user when bytes became U+FFFD, saying what to do; null when none did. */
    public String malformedWarning() {
      if (malformedBytes == 0) {
        return null;
      }
      return malformedBytes + " byte sequences are not valid " + encoding.encoding().label()
          + " and were replaced by U+FFFD; " + (laterEncoding != null
          ? "they read as " + laterEncoding.label() + ": give --encoding " + laterEncoding.label()
          : "give the right one with --encoding");
    }
  }

  /** Reads a file, pushing every record and issue to the handler. */
  public static Result read(Path file, Options options, CsvHandler handler) throws IOException {
    return read(file, options, dialect -> handler);
  }

  /**
   * Reads a file, pushing every record and issue to the handler made for the detected dialect
   * (so that it knows the header row before the first record arrives).
   */
  public static Result read(Path file, Options options,
      java.util.function.Function<Dialect, CsvHandler> handlerFor) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] first = in.readNBytes(CHUNK_BYTES);
      boolean eof = first.length < CHUNK_BYTES;
      DetectedEncoding detected = EncodingDetector.detect(first, 0, first.length, eof,
          options.legacy());
      if (options.encoding() != null) {
        boolean sameBom = options.encoding() == detected.encoding();
        detected = new DetectedEncoding(options.encoding(), sameBom ? detected.bomLength() : 0,
            DetectedEncoding.Basis.VALID, 0);
      }
      JvmChunkDecoder decoder = new JvmChunkDecoder(detected.encoding());
      int skip = detected.bomLength();
      String text = decoder.decode(first, skip, first.length - skip);
      if (eof) {
        text = text + decoder.finish();
      }
      Dialect found = DialectDetector.detect(text, eof, options.delimiter(), options.quote());
      Dialect dialect = found;
      if (options.headerIndex() != null || options.backslashEscapes() != null) {
        dialect = new Dialect(found.delimiter(), found.quote(),
            options.headerIndex() != null ? options.headerIndex() : found.headerIndex(),
            found.lineEnding(), options.backslashEscapes() != null ? options.backslashEscapes()
                : found.backslashEscapes());
      }
      CsvFormat format = dialect.toFormat().toBuilder().lenient(options.lenient()).build();
      CsvParser parser = new CsvParser(format, handlerFor.apply(dialect));
      parser.feed(text);
      Encoding later = null;
      if (!eof) {
        byte[] chunk = new byte[CHUNK_BYTES];
        int n;
        while ((n = in.readNBytes(chunk, 0, CHUNK_BYTES)) > 0) {
          int before = decoder.malformed();
          parser.feed(decoder.decode(chunk, 0, n));
          if (later == null && decoder.malformed() > before && options.encoding() == null) {
            Encoding e = EncodingDetector.detect(chunk, 0, n, false, options.legacy()).encoding();
            later = e == detected.encoding() ? null : e;
          }
        }
        parser.feed(decoder.finish());
      }
      parser.finish();
      return new Result(detected, dialect, parser.records(), decoder.malformed(), later);
    }
  }
}
