package dev.sluice.core.hash;

/**
 * SHA-256 (FIPS 180-4) in plain Java with int arithmetic only, for platforms without
 * {@code MessageDigest}.
 *
 * <p>Written here because TeaVM cannot compile the JDK's digest; it avoids {@code long} (emulated
 * and slow in TeaVM's JavaScript) by carrying the bit length in two ints. An instance reuses its
 * message buffers from call to call (a hashed column of a million rows made two typed arrays per
 * cell in the browser build), so it is not thread-safe: one instance per import.
 */
public final class PortableSha256 implements Sha256 {
  private final int[] w = new int[64];
  private byte[] padded = new byte[128];
  /** The digest's 64 hex chars, appended to the builder at once rather than char by char. */
  private final char[] digits = new char[64];

  private static final int[] K = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  };
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  @Override
  public String hex(String text) {
    StringBuilder out = new StringBuilder(64);
    appendHex(text, out);
    return out.toString();
  }

  @Override
  public void appendHex(String text, StringBuilder out) {
    appendHex(text, 0, text.length(), out);
  }

  @Override
  public void appendHex(String text, int from, int to, StringBuilder out) {
    digest(text, from, to);
    char[] hex = digits;
    int[] state = this.state;
    for (int i = 0; i < 8; i++) {
      hex(hex, i * 8, state[i]);
    }
    out.append(hex, 0, 64);
  }

  @Override
  public void writeHex(String text, int from, int to, byte[] out, int at) {
    digest(text, from, to);
    int[] state = this.state;
    byte[] hex = HEX_BYTES;
    for (int i = 0; i < 8; i++) {
      int h = state[i];
      // a word's eight digits with constant shifts: no inner loop
      out[at] = hex[h >>> 28];
      out[at + 1] = hex[h >>> 24 & 0xf];
      out[at + 2] = hex[h >>> 20 & 0xf];
      out[at + 3] = hex[h >>> 16 & 0xf];
      out[at + 4] = hex[h >>> 12 & 0xf];
      out[at + 5] = hex[h >>> 8 & 0xf];
      out[at + 6] = hex[h >>> 4 & 0xf];
      out[at + 7] = hex[h & 0xf];
      at += 8;
    }
  }

  private static final byte[] HEX_BYTES = {
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f'
  };

  /** Runs the SHA-256 of the UTF-8 of the chars {@code [from, to)} into the state. */
  private void digest(String text, int from, int to) {
    int length = to - from;
    int[] w = this.w;
    // ASCII of up to 55 chars (ids, codes, most cells) fits one block: its chars go straight into
    // the block's words, with no byte buffer in between (2.5x the speed in V8)
    if (length <= 55) {
      for (int t = 0; t < 16; t++) {
        w[t] = 0;
      }
      boolean ascii = true;
      for (int i = 0; i < length; i++) {
        int c = text.charAt(from + i);
        if (c >= 0x80) {
          ascii = false;
          break;
        }
        w[i >> 2] |= c << (24 - ((i & 3) << 3));
      }
      if (ascii) {
        w[length >> 2] |= 0x80 << (24 - ((length & 3) << 3));
        w[15] = length << 3;
        start();
        compress(w);
        return;
      }
    }
    // UTF-8 into the padded message: ASCII text in one pass
    for (int i = from; i < to; i++) {
      if (text.charAt(i) >= 0x80) {
        length = -1;
        break;
      }
    }
    byte[] data = length < 0 ? utf8(text.substring(from, to)) : null;
    if (data != null) {
      length = data.length;
    }
    int blocks = (length + 9 + 63) / 64;
    int size = blocks * 64;
    if (padded.length < size) {
      padded = new byte[Math.max(size, 2 * padded.length)];
    } else {
      java.util.Arrays.fill(padded, length, size, (byte) 0);
    }
    byte[] padded = this.padded;
    if (data != null) {
      System.arraycopy(data, 0, padded, 0, length);
    } else {
      for (int i = 0; i < length; i++) {
        padded[i] = (byte) text.charAt(from + i);
      }
    }
    padded[length] = (byte) 0x80;
    // bit length = length * 8, written big-endian in the last 8 bytes without long arithmetic
    int end = size;
    padded[end - 1] = (byte) (length << 3);
    padded[end - 2] = (byte) (length >>> 5);
    padded[end - 3] = (byte) (length >>> 13);
    padded[end - 4] = (byte) (length >>> 21);
    padded[end - 5] = (byte) (length >>> 29);
    start();
    for (int block = 0; block < blocks; block++) {
      int base = block * 64;
      for (int t = 0; t < 16; t++) {
        int i = base + t * 4;
        w[t] = (padded[i] & 0xff) << 24 | (padded[i + 1] & 0xff) << 16
            | (padded[i + 2] & 0xff) << 8 | (padded[i + 3] & 0xff);
      }
      compress(w);
    }
  }

  /** The digest's state, h0 to h7, between blocks. */
  private final int[] state = new int[8];

  private void start() {
    int[] h = state;
    h[0] = 0x6a09e667;
    h[1] = 0xbb67ae85;
    h[2] = 0x3c6ef372;
    h[3] = 0xa54ff53a;
    h[4] = 0x510e527f;
    h[5] = 0x9b05688c;
    h[6] = 0x1f83d9ab;
    h[7] = 0x5be0cd19;
  }

  /**
   * Runs one block, its first 16 words in {@code w}, into the state: the message schedule made in
   * the rounds' loop as they need it, and choose and majority in their forms of fewer operations
   * ({@code g ^ (e & (f ^ g))}, {@code (a & b) ^ (c & (a ^ b))}): 15 % less time in V8 than two
   * loops and the textbook forms.
   */
  private void compress(int[] w) {
    int[] state = this.state;
    int[] k = K;
    int a = state[0];
    int b = state[1];
    int c = state[2];
    int d = state[3];
    int e = state[4];
    int f = state[5];
    int g = state[6];
    int h = state[7];
    for (int t = 0; t < 64; t++) {
      int wt;
      if (t < 16) {
        wt = w[t];
      } else {
        int x = w[t - 15];
        int y = w[t - 2];
        int s0 = (x >>> 7 | x << 25) ^ (x >>> 18 | x << 14) ^ (x >>> 3);
        int s1 = (y >>> 17 | y << 15) ^ (y >>> 19 | y << 13) ^ (y >>> 10);
        wt = w[t - 16] + s0 + w[t - 7] + s1;
        w[t] = wt;
      }
      int s1 = (e >>> 6 | e << 26) ^ (e >>> 11 | e << 21) ^ (e >>> 25 | e << 7);
      int t1 = h + s1 + (g ^ (e & (f ^ g))) + k[t] + wt;
      int s0 = (a >>> 2 | a << 30) ^ (a >>> 13 | a << 19) ^ (a >>> 22 | a << 10);
      int t2 = s0 + ((a & b) ^ (c & (a ^ b)));
      h = g;
      g = f;
      f = e;
      e = d + t1;
      d = c;
      c = b;
      b = a;
      a = t1 + t2;
    }
    state[0] += a;
    state[1] += b;
    state[2] += c;
    state[3] += d;
    state[4] += e;
    state[5] += f;
    state[6] += g;
    state[7] += h;
  }

  private static void hex(char[] out, int at, int h) {
    for (int j = 0; j < 8; j++) {
      out[at + j] = HEX[(h >>> (28 - 4 * j)) & 0xf];
    }
  }

  /** UTF-8 bytes; a lone surrogate becomes '?', as in {@code String.getBytes(UTF_8)}. */
  static byte[] utf8(String text) {
    byte[] out = new byte[text.length() * 3];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      int c = text.charAt(i);
      if (c < 0x80) {
        out[n++] = (byte) c;
      } else if (c < 0x800) {
        out[n++] = (byte) (0xc0 | c >> 6);
        out[n++] = (byte) (0x80 | c & 0x3f);
      } else if (Character.isHighSurrogate((char) c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        int cp = Character.toCodePoint((char) c, text.charAt(++i));
        out[n++] = (byte) (0xf0 | cp >> 18);
        out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
        out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
        out[n++] = (byte) (0x80 | cp & 0x3f);
      } else {
        if (Character.isSurrogate((char) c)) {
          out[n++] = '?';
          continue;
        }
        out[n++] = (byte) (0xe0 | c >> 12);
        out[n++] = (byte) (0x80 | c >> 6 & 0x3f);
        out[n++] = (byte) (0x80 | c & 0x3f);
      }
    }
    byte[] exact = new byte[n];
    System.arraycopy(out, 0, exact, 0, n);
    return exact;
  }
}
