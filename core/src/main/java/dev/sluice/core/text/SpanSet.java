package dev.sluice.core.text;

import java.util.Collection;

/**
 * A fixed set of strings, each with a value, that can be asked whether a range of another String
 * is one of them and for its value, without making that range a String: validators use it to
 * accept cells where they lie in the file's text (an enum label, a country name) and to hand over
 * their normal form (the option's value, the country's code).
 *
 * <p>Open addressing on {@code String.hashCode}, computed over the range. Immutable.
 */
public final class SpanSet {
  private final String[] slots;
  private final String[] values;
  private final int mask;

  /** A set of these strings, each its own value. */
  public SpanSet(Collection<String> members) {
    this(members, null);
  }

  /**
   * A set of the keys of a map, each with its value there (the first of equal keys in the map's
   * order wins, as it does for a collection with repeats).
   */
  public SpanSet(java.util.Map<String, String> valued) {
    this(valued.keySet(), valued);
  }

  private SpanSet(Collection<String> members, java.util.Map<String, String> valued) {
    int capacity = 16;
    while (capacity < members.size() * 2) {
      capacity <<= 1;
    }
    slots = new String[capacity];
    values = new String[capacity];
    mask = capacity - 1;
    for (String m : members) {
      int i = mix(m.hashCode()) & mask;
      while (slots[i] != null && !slots[i].equals(m)) {
        i = (i + 1) & mask;
      }
      slots[i] = m;
      values[i] = valued == null ? m : valued.get(m);
    }
  }

  /** Whether the chars {@code [from, to)} of a String are one of the members. */
  public boolean contains(String text, int from, int to) {
    return valueOf(text, from, to) != null;
  }

  /** The value of the member the chars {@code [from, to)} of a String are, or null. */
  public String valueOf(String text, int from, int to) {
    int code = 0;
    for (int i = from; i < to; i++) {
      code = 31 * code + text.charAt(i);
    }
    int length = to - from;
    for (int i = mix(code) & mask; slots[i] != null; i = (i + 1) & mask) {
      String s = slots[i];
      if (s.length() == length && text.startsWith(s, from)) {
        return values[i];
      }
    }
    return null;
  }

  /**
   * Appends the value of the member the chars {@code [from, to)} of a String are and returns
   * true, or returns false and appends nothing when they are none.
   */
  public boolean appendValueOf(String text, int from, int to, StringBuilder out) {
    String value = valueOf(text, from, to);
    if (value == null) {
      return false;
    }
    out.append(value);
    return true;
  }

  private static int mix(int code) {
    int h = code * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
