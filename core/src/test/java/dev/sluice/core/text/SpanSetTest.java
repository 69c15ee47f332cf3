package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpanSetTest {
  @Test
  void aRangeIsFoundExactlyWhenItsCharsAreAMemberWhateverSurroundsIt() {
    Random random = new Random(9);
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      members.add(Integer.toString(random.nextInt(100_000), 36) + (i % 3 == 0 ? "é" : ""));
    }
    members.add("");
    Set<String> set = new HashSet<>(members);
    SpanSet spans = new SpanSet(members);
    for (int i = 0; i < 20_000; i++) {
      String candidate = i % 2 == 0 ? members.get(random.nextInt(members.size()))
          : Integer.toString(random.nextInt(100_000), 36);
      String text = "x," + candidate + ",y";
      assertEquals(set.contains(candidate), spans.contains(text, 2, 2 + candidate.length()),
          candidate);
      assertEquals(set.contains("," + candidate), spans.contains(text, 1, 2 + candidate.length()));
    }
  }
}
