package dev.sluice.core.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void everySliceReadsTheCharsAppendedAndAddedWhereverChunksAndPagesEnd() {
    Random random = new Random(3);
    String alphabet = "ab,\"\n日\uD83D\uDE00é ";
    SourceText text = new SourceText();
    StringBuilder all = new StringBuilder();
    for (int i = 0; i < 4000; i++) {
      int kind = random.nextInt(10);
      int length = kind == 0 ? SourceText.PAGE + random.nextInt(100) : random.nextInt(300);
      StringBuilder sb = new StringBuilder();
      for (int k = 0; k < length; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String piece = sb.toString();
      int at = kind < 5 ? text.append(piece) : text.add(piece);
      assertEquals(all.length(), at);
      all.append(piece);
      assertEquals(all.length(), text.length());
    }
    String whole = all.toString();
    for (int i = 0; i < 20000; i++) {
      int start = random.nextInt(whole.length());
      int end = Math.min(whole.length(), start + random.nextInt(i % 10 == 0 ? 200_000 : 50));
      assertEquals(whole.substring(start, end), text.slice(start, end));
      assertEquals(whole.charAt(start), text.charAt(start));
    }
    text.trimToSize();
    assertEquals(whole.substring(whole.length() - 10), text.slice(whole.length() - 10,
        whole.length()));
  }

  @Test
  void doubledQuotesReadAsOneAndASingleQuoteIsKept() {
    SourceText text = new SourceText();
    int at = text.append("say \"\"hi\"\" \"\"\"\" end\"");
    assertEquals("say \"hi\" \"\" end\"", text.unescape(at, text.length(), '"'));
    int other = text.add("it''s");
    assertEquals("it's", text.unescape(other, other + 5, '\''));
    assertEquals("", text.unescape(3, 3, '"'));
  }
}
