package dev.sluice.core.validate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The rows of one unique group by key: which rows share a value, kept up to date as cells change.
 *
 * <p>Nearly every key of a unique column belongs to one row, so the index keeps, per key, only
 * that row, in one int array (open addressing, linear probing, a removed key's slot marked gone),
 * with eight bits of its key's hash beside it, and asks the session for a stored row's key again
 * to compare it (when those bits match) or, when the table grows, to find its home slot. Only
 * keys with two or more rows keep their String, hash and a sorted member list. The table holds
 * about 1.6 slots a key, not a power of two (a key's home is its hash scaled to the table): a
 * million unique emails cost 8 MiB here, 16 MiB with a whole hash beside each row at a power of
 * two, and about 120 MiB as a {@code HashMap<String, int[]>}. No object per row is made, which is
 * most of the gain in the browser build, where every object is garbage for the JavaScript
 * collector.
 *
 * <p>Why not whole hashes: the index is filled in one go from hashes the session computes anyway
 * ({@link #load}); only a cell edit looks a key up, and asking for a row's key (a check of its
 * cells) then costs microseconds, which the eight bits spare for all but one in 256 rows passed
 * on the way, against the array a hash a slot would take for the whole import.
 *
 * <p>The key of a row must not change while the row is in the index without a {@link #remove}
 * under its old key first (the remove itself may come after the row's cell changed: it finds the
 * row by its number). Not thread-safe.
 */
final class UniqueIndex {
  private static final int EMPTY = -1;
  /**
   * A slot whose key was removed: lookups go on past it and a new key may take it. A backward
   * shift instead asked for the key of every row after it in its run (a check of the row's
   * cells), which doubled a unique email's edit time.
   */
  private static final int GONE = Integer.MIN_VALUE;
  private static final int[] NONE = new int[0];

  /** The key a row has now; asked to compare a stored row's key or to find its home slot. */
  private final IntFunction<String> keyOfRow;
  /** A row (>= 0), EMPTY, GONE, or {@code -2 - i} for {@code shared.get(i)}. */
  private int[] rows;
  /** Slots marked GONE. */
  private int gone;
  /** The low eight bits of the hash of each slot's key. */
  private byte[] tags;
  /** {@code rows.length / 2^31}: a hash's home slot is its top 31 bits times this. */
  private double scale;
  private int size;
  private final List<Shared> shared = new ArrayList<>();
  private final List<Integer> freeShared = new ArrayList<>();
  private int sharedCount;

  /** A key held by two or more rows. */
  private static final class Shared {
    final String key;
    final int hash;
    int[] members;

    Shared(String key, int hash, int[] members) {
      this.key = key;
      this.hash = hash;
      this.members = members;
    }
  }

  UniqueIndex(IntFunction<String> keyOfRow) {
    this.keyOfRow = keyOfRow;
    clear();
  }

  /** Forgets every key. */
  void clear() {
    allocate(16);
    size = 0;
    shared.clear();
    freeShared.clear();
    sharedCount = 0;
  }

  private void allocate(int capacity) {
    rows = new int[capacity];
    tags = new byte[capacity];
    Arrays.fill(rows, EMPTY);
    gone = 0;
    scale = capacity / 2147483648.0;
  }

  /** The slots for this many keys: about 1.6 a key, so that probe runs stay short. */
  static int capacityFor(int keys) {
    long wanted = (long) keys + (keys >> 1) + (keys >> 3) + 16;
    return (int) Math.min(wanted, Integer.MAX_VALUE - 8);
  }

  /**
   * A hash's home slot: its top 31 bits scaled to the table, so that homes ascend with the hashes
   * as unsigned ints (what {@link #load} sorts by) at any table size.
   */
  private int home(int h) {
    int slot = (int) ((h >>> 1) * scale);
    return slot < rows.length ? slot : rows.length - 1;
  }

  /** {@link #home} in a table of this many slots (for tests). */
  static int homeIn(int h, int capacity) {
    UniqueIndex sized = new UniqueIndex(row -> null);
    sized.allocate(capacity);
    return sized.home(h);
  }

  private int next(int slot) {
    return slot + 1 < rows.length ? slot + 1 : 0;
  }

  /** The hash of a slot's key: a shared key's own, or the row's key hashed again. */
  private int hashAt(int value) {
    return value >= 0 ? hash(keyOfRow.apply(value)) : shared.get(-2 - value).hash;
  }

  /** Adds a row under a key and returns all rows with that key, in order. */
  int[] add(String key, int row) {
    int[] members = insert(key, row);
    return members != null ? members : new int[] {row};
  }

  /**
   * Adds a row under a key; returns all rows with that key when it has two or more, else null.
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
        rows[slot] = share(key, h, members);
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
   *
   * <p>The caller gives both arrays up: the sort writes them. It sorts into {@code spare}'s two
   * arrays where they hold {@code n} ints (else into new ones), and leaves there the two arrays it
   * is done with, for the next group's load: each sort's own arrays were as much fresh memory as
   * the keys, and fresh memory costs a page fault a page in the browser (8 MB of 16 for the two
   * unique groups of 1M customers).
   *
   * @param spare two arrays the sort may write, or nulls; on return, two it no longer needs
   */
  void load(int[] keyRows, int[] keyHashes, int n, int[][] spare) {
    clear();
    allocate(capacityFor(n));
    int[] keysOut = spare[0] != null && spare[0].length >= n ? spare[0] : new int[n];
    int[] rowsOut = spare[1] != null && spare[1].length >= n ? spare[1] : new int[n];
    // sorted as unsigned ints, the hashes' homes ascend and equal hashes end up next to each
    // other, in row order (the sort is stable); the rows move with them, so that the sweep reads
    // both arrays in order. Three passes: the sorted arrays are the spare ones, and the given
    // ones are left over
    radixSort(keyHashes, keyRows, n, keysOut, rowsOut);
    spare[0] = keyHashes;
    spare[1] = keyRows;
    int[] sortKeys = keysOut;
    int[] sortedRows = rowsOut;
    sweepNext = 0;
    sweepWrap = 0;
    for (int i = 0; i < n;) {
      int j = i + 1;
      while (j < n && sortKeys[j] == sortKeys[i]) {
        j++;
      }
      int h = sortKeys[i];
      if (j - i == 1) {
        sweep(h, sortedRows[i]);
      } else {
        for (int value : runValues(sortedRows, i, j, h)) {
          sweep(h, value);
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
  private void sweep(int h, int value) {
    int slot = Math.max(sweepNext, home(h));
    if (slot < rows.length) {
      sweepNext = slot + 1;
    } else {
      while (rows[sweepWrap] != EMPTY) {
        sweepWrap++;
      }
      slot = sweepWrap;
    }
    rows[slot] = value;
    tags[slot] = (byte) h;
    size++;
  }

  /**
   * The slot values of the rows {@code rows[from..to)}, which share one hash: a row, or a shared
   * key's entry for rows with the same key, in the order of each key's first row. The keys are
   * told apart by sorting them (n log n), since they may all differ (crafted collisions) or all
   * be one.
   */
  private int[] runValues(int[] rows, int from, int to, int h) {
    int n = to - from;
    String[] keys = new String[n];
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      keys[i] = keyOfRow.apply(rows[from + i]);
      order.add(i);
    }
    // the rows of a key side by side, in row order (rows ascend: each key's members stay sorted)
    order.sort((x, y) -> {
      int c = keys[x].compareTo(keys[y]);
      return c != 0 ? c : x - y;
    });
    int[] firsts = new int[n];
    int[] values = new int[n];
    int runs = 0;
    for (int s = 0; s < n; ) {
      String key = keys[order.get(s)];
      int e = s + 1;
      while (e < n && keys[order.get(e)].equals(key)) {
        e++;
      }
      int[] members = new int[e - s];
      for (int j = s; j < e; j++) {
        members[j - s] = rows[from + order.get(j)];
      }
      firsts[runs] = order.get(s);
      values[runs++] = members.length == 1 ? members[0] : share(key, h, members);
      s = e;
    }
    int[] ordered = new int[runs];
    radixSort(firsts, values, runs, new int[runs], ordered); // in the order of each key's first row
    return ordered;
  }

  /**
   * Sorts {@code keys[0..n)} as unsigned ints into {@code keysOut[0..n)}, 11 bits a pass from the
   * lowest, carrying {@code values} along into {@code valuesOut}; stable, so equal keys keep
   * their order. The three passes go out, back and out: {@code keys} and {@code values} are
   * scratch.
   */
  private static void radixSort(int[] keys, int[] values, int n, int[] keysOut, int[] valuesOut) {
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
    // three passes (0, 11, 22): the last wrote the arrays given as keysOut and valuesOut
  }

  /** Puts a row with a key not in the index yet. */
  private void place(int h, int row) {
    if (size + gone + 1 > rows.length - (rows.length >> 2)) {
      grow();
    }
    int i = home(h);
    while (rows[i] != EMPTY && rows[i] != GONE) {
      i = next(i);
    }
    if (rows[i] == GONE) {
      gone--;
    }
    rows[i] = row;
    tags[i] = (byte) h;
    size++;
  }

  /**
   * Takes a row out from under a key and returns the rows left with that key, in order. The row
   * is found by its number, so its cell may already hold its new value.
   */
  int[] remove(String key, int row) {
    int h = hash(key);
    for (int i = home(h); rows[i] != EMPTY; i = next(i)) {
      int at = rows[i];
      if (at == row) {
        delete(i);
        return NONE;
      }
      if (at < 0 && at != GONE) {
        Shared s = shared.get(-2 - at);
        if (s.hash == h && s.key.equals(key)) {
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
    byte tag = (byte) h;
    for (int i = home(h); rows[i] != EMPTY; i = next(i)) {
      int at = rows[i];
      if (at == GONE) {
        continue;
      }
      if (at >= 0 ? tags[i] == tag && key.equals(keyOfRow.apply(at))
          : shared.get(-2 - at).hash == h && key.equals(shared.get(-2 - at).key)) {
        return i;
      }
    }
    return -1;
  }

  /** Empties a slot: marks it gone, or empty when it ends its probe run. */
  private void delete(int slot) {
    if (rows[next(slot)] == EMPTY) {
      rows[slot] = EMPTY; // no key after it in its run: none is looked up past it
    } else {
      rows[slot] = GONE;
      gone++;
    }
    size--;
  }

  /**
   * Moves every key to a table of twice their number, leaving the gone slots behind: each row's
   * key is asked for again (edits that add or remove keys past the room {@link #load} left are
   * rare; a full load never grows).
   */
  private void grow() {
    int[] old = rows;
    allocate(capacityFor(size * 2));
    for (int value : old) {
      if (value == EMPTY || value == GONE) {
        continue;
      }
      int h = hashAt(value);
      int i = home(h);
      while (rows[i] != EMPTY) {
        i = next(i);
      }
      rows[i] = value;
      tags[i] = (byte) h;
    }
  }

  private int share(String key, int h, int[] members) {
    Shared s = new Shared(key, h, members);
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
