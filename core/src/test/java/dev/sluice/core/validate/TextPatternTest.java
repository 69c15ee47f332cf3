package dev.sluice.core.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.hash.PortableSha256;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import org.junit.jupiter.api.Test;

/**
 * Schema patterns on hostile cells: the engine is linear-time, so patterns that make a
 * backtracking engine run for hours or overflow its stack give their answer at once.
 */
class TextPatternTest {

  private static CellResult check(String pattern, String cell) {
    Column column = Column.builder("t").type(new ColumnType.Text(null, null, pattern)).build();
    return new ColumnValidator(column, new PortableSha256()).check(cell);
  }

  @Test
  void nestedAlternationOnAHundredThousandCharsAnswersWithoutOverflowingTheStack() {
    // java.util.regex throws StackOverflowError here
    assertEquals(CellResult.Valid.class, check("^(a|aa)+$", "a".repeat(100_000)).getClass());
    assertEquals("TEXT_PATTERN",
        ((CellResult.Invalid) check("^(a|aa)+$", "a".repeat(100_000) + "b")).code());
  }

  @Test
  void upToFortyWordsOnALongCellThatNearlyMatchesAnswers() {
    // a backtracking engine tries every way to split the words before failing
    String cell = "word ".repeat(30) + "x".repeat(5000) + "!";
    assertEquals("TEXT_PATTERN", ((CellResult.Invalid) check("^(\\w+\\s?){1,40}$", cell)).code());
    assertEquals(CellResult.Valid.class,
        check("^(\\w+\\s?){1,40}$", "forty words or fewer pass").getClass());
  }

  @Test
  void patternsMatchTheWholeValueAsBefore() {
    assertEquals(CellResult.Valid.class, check("[A-Z]{2}-\\d{4}", "AB-1234").getClass());
    assertEquals("TEXT_PATTERN", ((CellResult.Invalid) check("[A-Z]{2}-\\d{4}", "xAB-1234"))
        .code());
    assertEquals(CellResult.Valid.class, check("(?i)[a-z]+", "MiXeD").getClass());
    assertEquals(CellResult.Valid.class, check("\\p{L}+", "Zürich").getClass());
  }

  @Test
  void aCellIsMatchedWhereItLiesAsIfItStoodAlone() {
    // the text around a cell in the file is not seen: anchors and word boundaries hold at the
    // cell's own ends
    TextValidator anchored = new TextValidator(null, null, "^[0-9]{5}$");
    assertTrue(SpanCheck.assertAccepts(anchored, "12345", true));
    SpanCheck.assertAccepts(anchored, "1234", false);
    TextValidator word = new TextValidator(null, null, "\\b[a-z]+\\b");
    assertTrue(word.accepts("abcdefghi", 3, 6), "def between letters is a whole word alone");
    TextValidator lookAround = new TextValidator(null, null, "[a-z]+$");
    assertTrue(lookAround.accepts("abc,12", 0, 3));

    // the length bounds hold on the span as on the String: past the most chars, or under twice
    // the fewest code points, the String check decides
    TextValidator bounded = new TextValidator(2, 4, "[a-z]+");
    assertTrue(SpanCheck.assertAccepts(bounded, "abcd", true));
    SpanCheck.assertAccepts(bounded, "abcde", false);
    assertFalse(bounded.check("abcde") instanceof CellResult.Valid);
    SpanCheck.assertAccepts(bounded, "abc", false);
    assertTrue(bounded.check("abc") instanceof CellResult.Valid, "valid, not proven on the span");
    SpanCheck.assertAccepts(bounded, "ab1d", false);
  }
}
