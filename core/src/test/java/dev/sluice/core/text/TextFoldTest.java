package dev.sluice.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  @ParameterizedTest
  @CsvSource({"email,emial,1", "email,e-mail,1", "kitten,sitting,3", "abc,abc,0", ",abc,3"})
  void editDistanceCountsSwapsAsOneEdit(String a, String b, int distance) {
    assertEquals(distance, EditDistance.levenshtein(a == null ? "" : a, b));
  }
}
