package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Transform;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnValidatorTest {

  /** collapse_spaces as it was written before its no-copy path: the reference. */
  private static String collapsedByHand(String v) {
    StringBuilder sb = new StringBuilder();
    boolean space = false;
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00A0') {
        space = true;
      } else {
        if (space && sb.length() > 0) {
          sb.append(' ');
        }
        space = false;
        sb.append(c);
      }
    }
    if (space && sb.length() == 0 && !v.isEmpty()) {
      return "";
    }
    boolean blank = sb.length() == 0;
    String leading = !v.isEmpty() && (Character.isWhitespace(v.charAt(0))
        || v.charAt(0) == '\u00A0') && !blank ? " " : "";
    return leading + sb + (space && sb.length() > 0 ? " " : "");
  }

  @Test
  void collapsingSpacesGivesWhatItDidBeforeItsNoCopyPathOnRandomWhiteSpace() {
    ColumnValidator collapse = new ColumnValidator(
        Column.builder("c").transforms(Transform.COLLAPSE_SPACES).build(),
        PortableSha256.INSTANCE);
    Random random = new Random(17);
    String alphabet = "ab é\t\u00A0\u2003\u001F\u0085\u0001";
    int unchanged = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder sb = new StringBuilder();
      for (int k = random.nextInt(9); k > 0; k--) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String v = sb.toString();
      String expected = collapsedByHand(v);
      assertEquals(expected, collapse.prepare(v), "'" + v + "'");
      unchanged += expected.equals(v) ? 1 : 0;
    }
    org.junit.jupiter.api.Assertions.assertTrue(unchanged > 10_000, "both paths are exercised");
  }
}
