package dev.sluice.core.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rows of one unique group by key: which rows share a value, kept up to date as cells change.
 *
 * <p>Nearly every key of a unique column belongs to one row, so the index keeps, per key, only
 * its hash and that row in two int arrays (open addressing, linear probing, deletion by backward
 * shift) and asks the session for a stored row's key again when a hash matches. Only keys with
 * two or more rows keep their String and a sorted member list. A million unique emails cost 16 MiB
 * here against about 120 MiB as a {@code HashMap<String, int[]>}, and no object per row is made,
 * which is most of the gain in the browser build, where every object is garbage for the
 * JavaScript collector.
 *
 * <p>The key of a row must not change while the row is in the index without a {@link #remove}
 * under its old key first. Not thread-safe.
 */
final class UniqueIndex {
  private static final int EMPTY = -1;
  private static final int[] NONE = new int[0];

  /** The key a row has now; asked only when a stored hash equals the hash looked for. */
  private final IntFunction<String> keyOfRow;
  private int[] hashes;
  /** A row (>= 0), EMPTY, or {@code -2 - i} for {@code shared.get(i)}. */
  private int[] rows;
  private int size;
  private final List<Shared> shared = new ArrayList<>();
  private final List<Integer> freeShared = new ArrayList<>();
  private int sharedCount;

  /** A key held by two or more rows. */
  private static final class Shared {
    final String key;
    int[] members;

    Shared(String key, int[] members) {
      this.key = key;
      this.members = members;
    }
  }

  UniqueIndex(IntFunction<String> keyOfRow) {
    this.keyOfRow = keyOfRow;
    clear();
  }

  /** Forgets every key. */
  void clear() {
    hashes = new int[16];
    rows = new int[16];
    Arrays.fill(rows, EMPTY);
    size = 0;
    shared.clear();
    freeShared.clear();
    sharedCount = 0;
  }

  /**
   * Makes room for about this many keys at once (an empty index only), so that filling it with
   * every row of a table does not rehash it step by step as it grows.
   */
  void expect(int keys) {
    if (size > 0) {
      return;
    }
    int capacity = 16;
    while (capacity < keys * 2 && capacity < (1 << 30)) {
      capacity <<= 1;
    }
    if (capacity > rows.length) {
      hashes = new int[capacity];
      rows = new int[capacity];
      Arrays.fill(rows, EMPTY);
    }
  }

  /** Adds a row under a key and returns all rows with that key, in order. */
  int[] add(String key, int row) {
    int[] members = insert(key, row);
    return members != null ? members : new int[] {row};
  }

  /**
   * Adds a row under a key; returns all rows with that key when it has two or more, else null:
   * full validation adds every row and makes nothing for the first row of a key.
   */
  int[] insert(String key, int row) {
    int h = hash(key);
    int slot = find(key, h);
    if (slot >= 0) {
      int at = rows[slot];
      if (at >= 0) {
        if (at == row) {
          return null;
        }
        int[] members = at < row ? new int[] {at, row} : new int[] {row, at};
        rows[slot] = share(key, members);
        return members;
      }
      Shared s = shared.get(-2 - at);
      s.members = insertSorted(s.members, row);
      return s.members;
    }
    place(h, row);
    return null;
  }

  /**
   * The hash this index files the key written at {@code [from, to)} of a text under, without
   * making its String: the key's {@link #keyHash}, the text's ASCII letters lowered when {@code
   * lowerAscii} (the key of an email is the address lower-cased).
   */
  static int spanHash(String text, int from, int to, boolean lowerAscii) {
    int code = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      code = 31 * code + (lowerAscii && c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return mix(code);
  }

  /** The hash this index files a key under. */
  static int keyHash(String key) {
    return hash(key);
  }

  /**
   * Fills this index, emptied first, with {@code n} keyed rows at once: {@code keyRows[i]} under
   * the key whose {@link #keyHash} is {@code keyHashes[i]}, rows in increasing order. Full
   * validation gathers every row's hash and loads them here.
   *
   * <p>Why not one {@link #insert} per row: each insert reads a random slot of a table larger than
   * the CPU's caches, and a key shared by many rows, or many keys sharing one hash (easy to make
   * on purpose: {@code "Aa"} and {@code "BB"} have the same String hash), cost a pass over all of
   * them per row, n squared in all (100,000 rows of one value took 3 s on the JVM, 30,000 such
   * keys 21 s). Here the rows are sorted by home slot (a radix sort), so the table is written from
   * front to back, and the rows of one hash are grouped by key in a sorted map: n log n at worst.
   */
  void load(int[] keyRows, int[] keyHashes, int n) {
    clear();
    expect(n);
    int mask = rows.length - 1;
    int bits = Integer.numberOfTrailingZeros(rows.length);
    // sort keys are the hashes turned so that the home slot's bits lead: equal hashes end up
    // next to each other, in row order (the sort is stable), and homes ascend; the rows move with
    // them, so that the sweep reads both arrays in order
    int[] sortKeys = new int[n];
    int[] sortedRows = new int[n];
    for (int i = 0; i < n; i++) {
      sortKeys[i] = Integer.rotateRight(keyHashes[i], bits);
    }
    System.arraycopy(keyRows, 0, sortedRows, 0, n);
    radixSort(sortKeys, sortedRows, n);
    sweepNext = 0;
    sweepWrap = 0;
    for (int i = 0; i < n;) {
      int j = i + 1;
      while (j < n && sortKeys[j] == sortKeys[i]) {
        j++;
      }
      int h = Integer.rotateLeft(sortKeys[i], bits);
      if (j - i == 1) {
        sweep(h, sortedRows[i], mask);
      } else {
        for (int value : runValues(sortedRows, i, j)) {
          sweep(h, value, mask);
        }
      }
      i = j;
    }
  }

  /** The first slot {@link #load}'s sweep has not filled, and where it goes on past the end. */
  private int sweepNext;
  private int sweepWrap;

  /**
   * Puts a slot value with hash {@code h} at its home or, when that is taken, at the first slot
   * the sweep has not filled; past the table's end, at the first free slot from its start, as
   * linear probing would.
   */
  private void sweep(int h, int value, int mask) {
    int slot = Math.max(sweepNext, h & mask);
    if (slot <= mask) {
      sweepNext = slot + 1;
    } else {
      while (rows[sweepWrap] != EMPTY) {
        sweepWrap++;
      }
      slot = sweepWrap;
    }
    hashes[slot] = h;
    rows[slot] = value;
    size++;
  }

  /**
   * The slot values of the rows {@code rows[from..to)}, which share one hash: a row, or a shared
   * key's entry for rows with the same key. The keys are told apart in a sorted map, since they
   * may all differ (crafted collisions) or all be one.
   */
  private int[] runValues(int[] rows, int from, int to) {
    int n = to - from;
    // each row's key numbered in order of first appearance
    java.util.Map<String, Integer> numbers = new java.util.TreeMap<>();
    List<String> keys = new ArrayList<>();
    int[] numberOf = new int[n];
    int[] counts = new int[n];
    for (int i = 0; i < n; i++) {
      String key = keyOfRow.apply(rows[from + i]);
      Integer k = numbers.get(key);
      if (k == null) {
        k = keys.size();
        numbers.put(key, k);
        keys.add(key);
      }
      numberOf[i] = k;
      counts[k]++;
    }
    int[][] members = new int[keys.size()][];
    for (int k = 0; k < members.length; k++) {
      members[k] = new int[counts[k]];
      counts[k] = 0;
    }
    for (int i = 0; i < n; i++) {
      int k = numberOf[i];
      members[k][counts[k]++] = rows[from + i]; // rows ascend: members stay sorted
    }
    int[] values = new int[members.length];
    for (int k = 0; k < members.length; k++) {
      values[k] = members[k].length == 1 ? members[k][0] : share(keys.get(k), members[k]);
    }
    return values;
  }

  /**
   * Sorts {@code keys[0..n)} as unsigned ints, 11 bits a pass from the lowest, carrying {@code
   * values} along; stable, so equal keys keep their order.
   */
  private static void radixSort(int[] keys, int[] values, int n) {
    int[] keysOut = new int[n];
    int[] valuesOut = new int[n];
    int[] counts = new int[1 << 11];
    for (int shift = 0; shift < 32; shift += 11) {
      Arrays.fill(counts, 0);
      for (int i = 0; i < n; i++) {
        counts[(keys[i] >>> shift) & 0x7FF]++;
      }
      int sum = 0;
      for (int d = 0; d < counts.length; d++) {
        int c = counts[d];
        counts[d] = sum;
        sum += c;
      }
      for (int i = 0; i < n; i++) {
        int at = counts[(keys[i] >>> shift) & 0x7FF]++;
        keysOut[at] = keys[i];
        valuesOut[at] = values[i];
      }
      int[] t = keys;
      keys = keysOut;
      keysOut = t;
      t = values;
      values = valuesOut;
      valuesOut = t;
    }
    // after three passes the sorted arrays are the scratch ones: copy them into the caller's
    System.arraycopy(keys, 0, keysOut, 0, n);
    System.arraycopy(values, 0, valuesOut, 0, n);
  }

  /** Puts a row with a key not in the index yet. */
  private void place(int h, int row) {
    if (size + 1 > rows.length >> 1) {
      grow();
    }
    int mask = rows.length - 1;
    int i = h & mask;
    while (rows[i] != EMPTY) {
      i = (i + 1) & mask;
    }
    hashes[i] = h;
    rows[i] = row;
    size++;
  }

  /** Takes a row out from under a key and returns the rows left with that key, in order. */
  int[] remove(String key, int row) {
    int h = hash(key);
    int mask = rows.length - 1;
    for (int i = h & mask; rows[i] != EMPTY; i = (i + 1) & mask) {
      if (hashes[i] != h) {
        continue;
      }
      int at = rows[i];
      if (at == row) {
        delete(i);
        return NONE;
      }
      if (at < 0) {
        Shared s = shared.get(-2 - at);
        if (s.key.equals(key)) {
          int[] rest = removeSorted(s.members, row);
          if (rest.length == 1) {
            unshare(-2 - at);
            rows[i] = rest[0];
          } else {
            s.members = rest;
          }
          return rest;
        }
      }
    }
    return NONE;
  }

  /** The rows with a key, in order; empty when none. */
  int[] members(String key) {
    int slot = find(key, hash(key));
    if (slot < 0) {
      return NONE;
    }
    int at = rows[slot];
    return at >= 0 ? new int[] {at} : shared.get(-2 - at).members.clone();
  }

  /** The member lists of every key held by two or more rows. */
  List<int[]> duplicates() {
    List<int[]> out = new ArrayList<>(sharedCount);
    for (Shared s : shared) {
      if (s != null) {
        out.add(s.members.clone());
      }
    }
    return out;
  }

  /** Number of distinct keys. */
  int size() {
    return size;
  }

  private int find(String key, int h) {
    int mask = rows.length - 1;
    for (int i = h & mask; rows[i] != EMPTY; i = (i + 1) & mask) {
      if (hashes[i] != h) {
        continue;
      }
      int at = rows[i];
      String stored = at >= 0 ? keyOfRow.apply(at) : shared.get(-2 - at).key;
      if (key.equals(stored)) {
        return i;
      }
    }
    return -1;
  }

  /** Empties a slot and shifts later members of its probe run back (no tombstones). */
  private void delete(int slot) {
    int mask = rows.length - 1;
    int hole = slot;
    for (int i = (slot + 1) & mask; rows[i] != EMPTY; i = (i + 1) & mask) {
      int home = hashes[i] & mask;
      // move i into the hole unless its home lies cyclically in (hole, i]
      boolean stays = hole <= i ? (home > hole && home <= i) : (home > hole || home <= i);
      if (!stays) {
        hashes[hole] = hashes[i];
        rows[hole] = rows[i];
        hole = i;
      }
    }
    rows[hole] = EMPTY;
    size--;
  }

  private void grow() {
    int[] oldHashes = hashes;
    int[] oldRows = rows;
    hashes = new int[oldRows.length * 2];
    rows = new int[oldRows.length * 2];
    Arrays.fill(rows, EMPTY);
    int mask = rows.length - 1;
    for (int j = 0; j < oldRows.length; j++) {
      if (oldRows[j] == EMPTY) {
        continue;
      }
      int i = oldHashes[j] & mask;
      while (rows[i] != EMPTY) {
        i = (i + 1) & mask;
      }
      hashes[i] = oldHashes[j];
      rows[i] = oldRows[j];
    }
  }

  private int share(String key, int[] members) {
    Shared s = new Shared(key, members);
    sharedCount++;
    if (!freeShared.isEmpty()) {
      int i = freeShared.remove(freeShared.size() - 1);
      shared.set(i, s);
      return -2 - i;
    }
    shared.add(s);
    return -2 - (shared.size() - 1);
  }

  private void unshare(int i) {
    shared.set(i, null);
    freeShared.add(i);
    sharedCount--;
  }

  /** String.hashCode spread so that keys differing in their last chars spread over the table. */
  private static int hash(String key) {
    return mix(key.hashCode());
  }

  private static int mix(int code) {
    int h = code * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  static int[] insertSorted(int[] members, int row) {
    int at = Arrays.binarySearch(members, row);
    if (at >= 0) {
      return members;
    }
    at = -at - 1;
    int[] out = new int[members.length + 1];
    System.arraycopy(members, 0, out, 0, at);
    out[at] = row;
    System.arraycopy(members, at, out, at + 1, members.length - at);
    return out;
  }

  static int[] removeSorted(int[] members, int row) {
    int at = Arrays.binarySearch(members, row);
    if (at < 0) {
      return members;
    }
    int[] out = new int[members.length - 1];
    System.arraycopy(members, 0, out, 0, at);
    System.arraycopy(members, at + 1, out, at, members.length - at - 1);
    return out;
  }
}
