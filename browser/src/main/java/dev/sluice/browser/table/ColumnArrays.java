package dev.sluice.browser.table;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSByRef;
import org.teavm.jso.JSObject;

/**
 * The browser build's {@code dev.sluice.core.table.ColumnArrays} (put in its place by {@link
 * dev.sluice.browser.Substitutions}): the arrays are views of one buffer.
 */
public final class ColumnArrays {
  private ColumnArrays() {}

  /** {@code count} char arrays of {@code length} zeros each, cut from one buffer. */
  public static char[][] chars(int count, int length) {
    char[][] out = new char[count][];
    if (count == 0) {
      return out;
    }
    JSObject buffer = buffer(2.0 * count * length);
    for (int i = 0; i < count; i++) {
      out[i] = charView(buffer, 2.0 * i * length, length);
    }
    return out;
  }

  @JSBody(params = "bytes", script = "return new ArrayBuffer(bytes);")
  private static native JSObject buffer(double bytes);

  @JSBody(params = {"buffer", "offset", "length"},
      script = "return new Uint16Array(buffer, offset, length);")
  @JSByRef
  private static native char[] charView(JSObject buffer, double offset, int length);
}
