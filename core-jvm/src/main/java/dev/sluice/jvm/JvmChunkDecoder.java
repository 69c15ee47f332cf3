package dev.sluice.jvm;

import dev.sluice.core.detect.Encoding;
import dev.sluice.core.text.ChunkDecoder;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/** A {@link ChunkDecoder} over {@code java.nio.charset} that counts what it had to replace. */
public final class JvmChunkDecoder implements ChunkDecoder {
  private final CharsetDecoder decoder;
  private ByteBuffer pending = ByteBuffer.allocate(0);
  private int malformed;

  /** Creates a decoder for an encoding. */
  public JvmChunkDecoder(Encoding encoding) {
    this.decoder = Charset.forName(encoding.charsetName()).newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public String decode(byte[] bytes, int offset, int length) {
    ByteBuffer in;
    if (pending.hasRemaining()) {
      in = ByteBuffer.allocate(pending.remaining() + length);
      in.put(pending).put(bytes, offset, length).flip();
    } else {
      in = ByteBuffer.wrap(bytes, offset, length);
    }
    String out = run(in, false);
    pending = ByteBuffer.allocate(in.remaining());
    pending.put(in).flip();
    return out;
  }

  @Override
  public String finish() {
    ByteBuffer in = pending;
    pending = ByteBuffer.allocate(0);
    StringBuilder sb = new StringBuilder(run(in, true));
    CharBuffer tail = CharBuffer.allocate(16);
    decoder.flush(tail);
    tail.flip();
    sb.append(tail);
    return sb.toString();
  }

  @Override
  public int malformed() {
    return malformed;
  }

  private String run(ByteBuffer in, boolean endOfInput) {
    CharBuffer out = CharBuffer.allocate(
        (int) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16);
    StringBuilder sb = null;
    while (true) {
      CoderResult result = decoder.decode(in, out, endOfInput);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isOverflow()) {
        sb = drain(sb, out);
        continue;
      }
      // malformed or unmappable: replace and skip, counting it
      if (!out.hasRemaining()) {
        sb = drain(sb, out);
      }
      out.put('\uFFFD');
      malformed++;
      in.position(in.position() + result.length());
    }
    out.flip();
    if (sb == null) {
      return out.toString();
    }
    return sb.append(out).toString();
  }

  private static StringBuilder drain(StringBuilder sb, CharBuffer out) {
    StringBuilder s = sb == null ? new StringBuilder() : sb;
    out.flip();
    s.append(out);
    out.clear();
    return s;
  }
}
