package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

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

  private static int[] toArray(TreeSet<Integer> rows) {
    return rows == null ? new int[0] : rows.stream().mapToInt(Integer::intValue).toArray();
  }
}
