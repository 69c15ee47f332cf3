package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class UniqueIndexTest {
  /** The key each row has now, as the session would derive it from the table. */
  private final String[] keyOf = new String[4000];
  private final UniqueIndex index = new UniqueIndex(row -> keyOf[row]);

  private int[] add(String key, int row) {
    keyOf[row] = key;
    return index.add(key, row);
  }

  @Test
  void aSecondRowWithTheSameKeyMakesADuplicateGroupInRowOrder() {
    assertArrayEquals(new int[] {7}, add("a@example.com", 7));
    assertArrayEquals(new int[] {3, 7}, add("a@example.com", 3));
    assertArrayEquals(new int[] {3, 7, 9}, add("a@example.com", 9));
    assertEquals(1, index.size());
    assertEquals(1, index.duplicates().size());
    assertArrayEquals(new int[] {3, 7, 9}, index.duplicates().get(0));
  }

  @Test
  void keysWithTheSameHashCodeStayApart() {
    // "Aa" and "BB" (and their concatenations) share String.hashCode
    assertEquals("Aa".hashCode(), "BB".hashCode());
    add("Aa", 1);
    add("BB", 2);
    add("AaBB", 3);
    add("BBAa", 4);
    assertArrayEquals(new int[] {1}, index.members("Aa"));
    assertArrayEquals(new int[] {2}, index.members("BB"));
    assertArrayEquals(new int[] {1, 5}, add("Aa", 5));
    assertArrayEquals(new int[] {2}, index.members("BB"));
    assertArrayEquals(new int[0], index.remove("BB", 2));
    assertArrayEquals(new int[] {1, 5}, index.members("Aa"));
    assertArrayEquals(new int[] {3}, index.members("AaBB"));
  }

  @Test
  void removingTheLastButOneRowEndsTheDuplicateGroup() {
    add("x", 1);
    add("x", 2);
    assertArrayEquals(new int[] {2}, index.remove("x", 1));
    assertEquals(0, index.duplicates().size());
    assertArrayEquals(new int[] {2}, index.members("x"));
    assertArrayEquals(new int[0], index.remove("x", 2));
    assertArrayEquals(new int[0], index.members("x"));
    assertEquals(0, index.size());
  }

  @Test
  void agreesWithAMapOfSetsUnderRandomAddsAndRemovesWithCollidingKeys() {
    Random random = new Random(42);
    // few distinct keys, many sharing a hash code, so probe runs, duplicates and shifts all occur
    String[] parts = {"Aa", "BB", "C#", "Db"};
    Map<String, TreeSet<Integer>> model = new HashMap<>();
    for (int step = 0; step < 60_000; step++) {
      int row = random.nextInt(keyOf.length);
      if (keyOf[row] != null && random.nextInt(3) == 0) {
        String key = keyOf[row];
        TreeSet<Integer> rows = model.get(key);
        rows.remove(row);
        if (rows.isEmpty()) {
          model.remove(key);
        }
        assertArrayEquals(toArray(rows), index.remove(key, row), "remove " + key);
        keyOf[row] = null;
      } else if (keyOf[row] == null) {
        String key = parts[random.nextInt(4)] + parts[random.nextInt(4)] + random.nextInt(300);
        model.computeIfAbsent(key, k -> new TreeSet<>()).add(row);
        assertArrayEquals(toArray(model.get(key)), add(key, row), "add " + key);
      }
      if (step % 5000 == 0) {
        for (Map.Entry<String, TreeSet<Integer>> e : model.entrySet()) {
          assertArrayEquals(toArray(e.getValue()), index.members(e.getKey()), e.getKey());
        }
        assertEquals(model.size(), index.size());
        List<int[]> expected = new ArrayList<>();
        model.values().stream().filter(s -> s.size() > 1).forEach(s -> expected.add(toArray(s)));
        assertEquals(expected.size(), index.duplicates().size());
      }
    }
  }

  @Test
  void loadingEveryRowAtOnceFindsWhatAddingThemOneByOneFinds() {
    Random random = new Random(7);
    String[] parts = {"Aa", "BB", "C#", "Db"};
    int rows = 30_000;
    String[] keys = new String[rows];
    for (int row = 0; row < rows; row++) {
      // blanks (no key), duplicates, and keys sharing a hash code
      keys[row] = random.nextInt(10) == 0 ? null
          : parts[random.nextInt(4)] + parts[random.nextInt(4)] + random.nextInt(6_000);
    }
    UniqueIndex loaded = loadedWith(keys);
    UniqueIndex added = new UniqueIndex(row -> keys[row]);
    for (int row = 0; row < rows; row++) {
      if (keys[row] != null) {
        added.add(keys[row], row);
      }
    }
    assertEquals(added.size(), loaded.size());
    assertEquals(sorted(added.duplicates()), sorted(loaded.duplicates()));
    for (String key : new TreeSet<>(java.util.Arrays.stream(keys)
        .filter(java.util.Objects::nonNull).toList())) {
      assertArrayEquals(added.members(key), loaded.members(key), key);
    }
    // and the loaded index goes on working under edits
    assertArrayEquals(new int[0], loaded.members("not a key"));
    String key = keys[3] != null ? keys[3] : keys[4];
    int[] before = loaded.members(key);
    int lone = before[0];
    int[] rest = loaded.remove(key, lone);
    assertEquals(before.length - 1, rest.length);
  }

  @Test
  void keysWhoseHomeIsTheTablesLastSlotWrapToItsStartWhenLoaded() {
    // find keys whose home is the last slot of the table 1,000 keys make, each with a twin of
    // the same hash code ("Aa" and "BB" swapped), so that the sweep runs past the end
    int capacity = UniqueIndex.capacityFor(1000);
    List<String> lastSlot = new ArrayList<>();
    for (int i = 0; lastSlot.size() < 12; i++) {
      if (UniqueIndex.homeIn(UniqueIndex.keyHash("Aa" + i), capacity) == capacity - 1) {
        lastSlot.add("Aa" + i);
        lastSlot.add("BB" + i);
      }
    }
    String[] keys = new String[1000];
    for (int row = 0; row < keys.length; row++) {
      keys[row] = row < 24 ? lastSlot.get(row % lastSlot.size()) : "k" + row;
    }
    UniqueIndex loaded = loadedWith(keys);
    assertEquals(keys.length - 12, loaded.size());
    for (int k = 0; k < lastSlot.size(); k++) {
      assertArrayEquals(new int[] {k, k + 12}, loaded.members(lastSlot.get(k)), lastSlot.get(k));
    }
    assertArrayEquals(new int[] {500}, loaded.members("k500"));
    // removing a wrapped key keeps the others reachable (a gone slot at the end, their run wrapped)
    loaded.remove(lastSlot.get(0), 0);
    loaded.remove(lastSlot.get(0), 12);
    for (int k = 1; k < lastSlot.size(); k++) {
      assertArrayEquals(new int[] {k, k + 12}, loaded.members(lastSlot.get(k)), lastSlot.get(k));
    }
  }

  @Test
  void manyRowsOfOneValueAndManyKeysOfOneHashLoadAsGroups() {
    // a unique column where most rows say the same, and 33,334 distinct keys of one hash code:
    // added one by one, each costs a pass over the others (n squared); loaded, n log n
    int rows = 200_000;
    String[] keys = new String[rows];
    for (int row = 0; row < rows; row++) {
      if (row % 6 == 0) {
        StringBuilder key = new StringBuilder();
        for (int bit = 15, n = row / 6; bit >= 0; bit--) {
          key.append((n >> bit & 1) == 0 ? "Aa" : "BB");
        }
        keys[row] = key.toString();
      } else {
        keys[row] = "N/A";
      }
    }
    UniqueIndex loaded = loadedWith(keys);
    int colliding = (rows + 5) / 6;
    assertEquals(colliding + 1, loaded.size());
    int[] same = loaded.members("N/A");
    assertEquals(rows - colliding, same.length);
    assertEquals(1, same[0]);
    assertEquals(rows - 1, same[same.length - 1]);
    assertEquals(1, loaded.duplicates().size());
    assertArrayEquals(new int[] {6 * 12_345}, loaded.members(keys[6 * 12_345]));
  }

  @Test
  void aRowIsRemovedUnderItsOldKeyAfterItsCellChangedAndTheRestStayReachable() {
    // the session changes the cell first, then moves the row: the index must find the row by its
    // number, not by the key its cell now gives, and the rows shifted back keep their homes
    int rows = 3000;
    String[] keys = new String[rows];
    for (int row = 0; row < rows; row++) {
      keys[row] = "user" + (row % 1500) + "@example.com";
    }
    UniqueIndex loaded = loadedWith(keys);
    for (int row = 0; row < rows; row += 3) {
      String old = keys[row];
      keys[row] = "changed" + row;
      int[] rest = loaded.remove(old, row);
      // row and row + 1500 share a key; the first of them to move leaves the other alone
      assertArrayEquals(row < 1500 ? new int[] {row + 1500} : new int[0], rest, old);
      assertArrayEquals(new int[] {row}, loaded.add(keys[row], row));
    }
    // and many keys added past the room the load left: the table grows, asking for keys again
    String[] more = java.util.Arrays.copyOf(keys, rows * 4);
    UniqueIndex grown = loadedWith(more); // the rows past the first 3000 have no key yet
    UniqueIndex again = new UniqueIndex(row -> more[row]);
    for (int row = rows; row < more.length; row++) {
      more[row] = "new" + row % 5000;
      grown.add(more[row], row);
    }
    for (int row = 0; row < more.length; row++) {
      again.add(more[row], row);
    }
    assertEquals(again.size(), grown.size());
    for (int row = 0; row < more.length; row += 7) {
      assertArrayEquals(again.members(more[row]), grown.members(more[row]), more[row]);
    }
    assertEquals(sorted(again.duplicates()), sorted(grown.duplicates()));
  }

  /** An index loaded with every row that has a key, in row order. */
  @Test
  void aLoadSortsIntoTheArraysTheLoadBeforeLeftOverAndFindsWhatAFreshLoadFinds() {
    // two unique groups of one import, loaded one after the other as the session does: the
    // second sorts into the arrays the first gave back, which still hold the first's numbers
    Random random = new Random(11);
    int rows = 20_000;
    String[] emails = new String[rows];
    String[] ids = new String[rows];
    for (int row = 0; row < rows; row++) {
      emails[row] = "c" + random.nextInt(15_000) + "@example.com";
      ids[row] = random.nextInt(5) == 0 ? null : Integer.toString(random.nextInt(12_000));
    }
    int[][] spare = new int[2][];
    UniqueIndex first = new UniqueIndex(row -> emails[row]);
    load(first, emails, spare);
    assertEquals(rows, spare[0].length); // the given arrays, done with
    assertEquals(rows, spare[1].length);
    int[] left = spare[0];
    UniqueIndex second = new UniqueIndex(row -> ids[row]);
    load(second, ids, spare);
    assertTrue(spare[0] != left && spare[1] != left, "the first load's arrays were written");

    for (String[] keys : List.of(emails, ids)) {
      UniqueIndex reused = keys == emails ? first : second;
      UniqueIndex fresh = loadedWith(keys);
      assertEquals(fresh.size(), reused.size());
      assertEquals(sorted(fresh.duplicates()), sorted(reused.duplicates()));
      for (int row = 0; row < rows; row += 97) {
        if (keys[row] != null) {
          assertArrayEquals(fresh.members(keys[row]), reused.members(keys[row]), keys[row]);
        }
      }
    }
  }

  private static void load(UniqueIndex index, String[] keys, int[][] spare) {
    int[] rows = new int[keys.length];
    int[] hashes = new int[keys.length];
    int n = 0;
    for (int row = 0; row < keys.length; row++) {
      if (keys[row] != null) {
        rows[n] = row;
        hashes[n++] = UniqueIndex.keyHash(keys[row]);
      }
    }
    index.load(rows, hashes, n, spare);
  }

  private static UniqueIndex loadedWith(String[] keys) {
    UniqueIndex index = new UniqueIndex(row -> keys[row]);
    load(index, keys, new int[2][]);
    return index;
  }

  private static List<List<Integer>> sorted(List<int[]> groups) {
    List<List<Integer>> out = new ArrayList<>();
    for (int[] g : groups) {
      out.add(java.util.Arrays.stream(g).boxed().toList());
    }
    out.sort(java.util.Comparator.comparing(Object::toString));
    return out;
  }

  private static int[] toArray(TreeSet<Integer> rows) {
    return rows == null ? new int[0] : rows.stream().mapToInt(Integer::intValue).toArray();
  }
}
