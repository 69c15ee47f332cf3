package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextFoldTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      E-Mail Adresse      | e mail adresse
      eMail_adresse       | e mail adresse
      É-mail  adresse     | e mail adresse
      Straße              | strasse
      firstName           | first name
      ＦＩＲＳＴ　ＮＡＭＥ  | first name
      Œuvre Ærø           | oeuvre aero
      __Tel.__            | tel
      電話番号             | 電話番号
      """)
  void foldsCaseAccentsPunctuationAndWidth(String text, String folded) {
    assertEquals(folded, TextFold.fold(text));
  }

  @Test
  void wordsAreWhatSplitAtSpacesGivesWithoutEmptyOnes() {
    assertArrayEquals(new String[0], TextFold.words(""));
    assertArrayEquals(new String[] {"e", "mail", "adresse"}, TextFold.words("e mail adresse"));
    Random random = new Random(5);
    for (int k = 0; k < 2000; k++) {
      StringBuilder sb = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        sb.append(random.nextInt(3) == 0 ? ' ' : (char) ('a' + random.nextInt(3)));
      }
      String text = sb.toString();
      String[] expected = java.util.Arrays.stream(text.split(" ")).filter(w -> !w.isEmpty())
          .toArray(String[]::new);
      assertArrayEquals(expected, TextFold.words(text), "'" + text + "'");
    }
  }
}
