package dev.sluice.core.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DialectDetectorTest {

  @Test
  void quotesEscapedWithABackslashAsMySqlWritesThemAreDetected() {
    String mysql = "id,quote,author\n1,\"He said \\\"hi\\\" to me\",Ann\n2,\"plain\",Bob\n"
        + "3,\"a \\\"b\\\", c\",Cem\n";
    Dialect d = DialectDetector.detect(mysql, true);
    assertEquals(',', d.delimiter());
    assertTrue(d.backslashEscapes(), "\\\" inside quoted fields");
    assertEquals(0, d.headerIndex());
    // RFC files stay RFC: doubled quotes, and a Windows path ending in a backslash
    assertFalse(DialectDetector.detect("id,q\n1,\"say \"\"hi\"\"\"\n2,\"x\"\n", true)
        .backslashEscapes());
    assertFalse(DialectDetector.detect("id,path,n\n1,\"C:\\dir\\\",5\n2,\"D:\\\",6\n"
        + "3,\"E:\\x\",7\n", true).backslashEscapes(), "a path ending in a backslash");
  }

  @Test
  void databaseDumpsWithNullMarkersAreReadWithBackslashEscapes() {
    // PostgreSQL's COPY TO (text format) and MySQL's INTO OUTFILE without enclosing quotes:
    // tab-delimited, never quoted, NULL as \N, a tab or line break in a value escaped
    String postgres = "id\tname\tborn\n1\tAnn\t\\N\n2\tBob\\tSmith\t2020-01-02\n"
        + "3\tC:\\\\temp\t\\N\n";
    Dialect pg = DialectDetector.detect(postgres, true);
    assertEquals('\t', pg.delimiter());
    assertTrue(pg.backslashEscapes(), "\\N fields");
    String mysql = "id\tnote\n1\ttab\\\there\n2\t\\N\n3\tplain\n";
    Dialect my = DialectDetector.detect(mysql, true);
    assertEquals('\t', my.delimiter());
    assertTrue(my.backslashEscapes(), "\\N, and an escaped tab that makes a row ragged read as RFC");
    // backslashes without a \N field stay text: Windows paths, a \N inside a longer value
    assertFalse(DialectDetector.detect("id\tpath\n1\tC:\\new\\table\n2\tD:\\x\n", true)
        .backslashEscapes());
    assertFalse(DialectDetector.detect("id,code\n1,A\\N1\n2,\\Nx\n", true).backslashEscapes());
  }

  @Test
  void semicolonFileWithDecimalCommasAndNoHeaderIsSemicolon() {
    Dialect d = DialectDetector.detect("1,5;2,75\n3,25;4,5\n10,0;0,25\n", true);
    assertEquals(';', d.delimiter());
    assertEquals(-1, d.headerIndex());
  }

  @Test
  void semicolonFileWithDecimalCommasAndHeaderIsSemicolon() {
    Dialect d = DialectDetector.detect("Preis;Menge;Summe\n1,5;2;3,0\n2,75;4;11,0\n", true);
    assertEquals(';', d.delimiter());
    assertEquals(0, d.headerIndex());
  }

  @Test
  void commaFileWithQuotedSemicolonsIsComma() {
    Dialect d = DialectDetector.detect(
        "name,note\n\"A; B\",x\n\"C; D\",y\n\"E\",\"z; w\"\n", true);
    assertEquals(',', d.delimiter());
  }

  @Test
  void tabAndPipeFilesAreDetected() {
    assertEquals('\t', DialectDetector.detect("a\tb\tc\n1\t2,5\t3\n4\t5\t6\n", true).delimiter());
    assertEquals('|', DialectDetector.detect("a|b\n1,2|x;y\n3|z\n", true).delimiter());
  }

  @Test
  void singleQuoteIsDetectedWhenItEnclosesFields() {
    Dialect d = DialectDetector.detect("a,b\n'x,y',1\n'p,q',2\n'r,s',3\n", true);
    assertEquals('\'', d.quote());
    assertEquals(',', d.delimiter());
  }

  @Test
  void doubleQuoteIsPreferredWhenNothingTellsThemApart() {
    assertEquals('"', DialectDetector.detect("a,b\n1,2\n", true).quote());
    assertEquals('"', DialectDetector.detect("name,city\nO'Brien,Cork\nD'Arcy,Paris\n", true)
        .quote());
  }

  @Test
  void titleLinesAboveTheHeaderAreSkipped() {
    Dialect d = DialectDetector.detect(
        "Customer export\nGenerated 2024-05-01 by CRM\n\nid,name,email\n1,Ann,a@x.io\n2,Bob,b@x.io\n",
        true);
    assertEquals(1 + 1, d.headerIndex()); // the empty line is not a record
    assertEquals(',', d.delimiter());
  }

  @Test
  void excelPaddedTitleRowsAreSkipped() {
    Dialect d = DialectDetector.detect("Report,,,\n,,,\nA,B,C,D\n1,2,3,4\n5,6,7,8\n", true);
    assertEquals(2, d.headerIndex());
  }


  @Test
  void aStatementsLinesAboveItsTableArePassedOverThoughTheyOutnumberItsRows() {
    // a month with three transactions under five "Label:,value" lines, as banks export them
    String bank = "Account Name:,John Smith\nAccount Number:,12345678\n"
        + "Statement Period:,01/03/2024 - 31/03/2024\nOpening Balance:,\"1,234.56\"\n"
        + "Closing Balance:,\"2,345.67\"\n\nDate,Description,Debit,Credit,Balance\n"
        + "01/03/2024,Coffee,3.50,,1231.06\n02/03/2024,Salary,,2000.00,3231.06\n"
        + "03/03/2024,Rent,900.00,,2331.06\n";
    assertEquals(5, DialectDetector.detect(bank, true).headerIndex()); // the empty line is none
    // a table of three columns: its header is found although the lines above fill half of it
    String narrow = "Account:,12345678\nCurrency:,EUR\nDate,Description,Amount\n"
        + "2024-03-01,Coffee,-3.50\n2024-03-02,Salary,2000.00\n";
    assertEquals(2, DialectDetector.detect(narrow, true).headerIndex());
  }

  @Test
  void aHeaderNarrowerThanItsRowsOrWithoutAFirstNameIsStillTheHeader() {
    // rows with a field more than the header names: the header is the one row of text
    assertEquals(0, DialectDetector.detect("name,amount\nAnn,12,x\nBob,7,y\nCem,9,z\n", true)
        .headerIndex());
    assertEquals(0, DialectDetector.detect("name,city\nAnn,Berlin,x\nBob,Paris,y\n", true)
        .headerIndex());
    // pandas' to_csv with its index: the header's first cell is empty
    assertEquals(0, DialectDetector.detect(",name,city\n0,Ann,Berlin\n1,Bob,Paris\n2,Cem,Rome\n",
        true).headerIndex());
  }
  @Test
  void numericFirstRowMeansNoHeader() {
    assertEquals(-1, DialectDetector.detect("1,2,3\n4,5,6\n7,8,9\n", true).headerIndex());
    assertEquals(-1, DialectDetector.detect("2024-01-01,5\n2024-01-02,6\n", true).headerIndex());
  }

  @Test
  void singleColumnFileDefaultsToCommaWithHeader() {
    Dialect d = DialectDetector.detect("email\nann@example.com\nbob@example.com\n", true);
    assertEquals(',', d.delimiter());
    assertEquals(0, d.headerIndex());
  }

  @Test
  void aSingleColumnWhoseQuotedCellsHoldTheDelimiterStaysOneColumn() {
    // "Smith, John" split by a candidate quoting with ' scored as two columns over one
    for (String text : new String[] {"Name\n\"Smith, John\"\n\"Doe, Jane\"\n\"Lee, Ann\"\n",
        "Amount\n\"1,234.56\"\n", "Name\n'Smith, John'\n'Doe, Jane'\n"}) {
      Dialect d = DialectDetector.detect(text, true);
      assertEquals(',', d.delimiter(), text);
      assertEquals(text.charAt(text.indexOf('\n') + 1), d.quote(), text);
      assertEquals(0, d.headerIndex(), text);
    }
  }

  @Test
  void lineEndingsAreReported() {
    assertEquals(LineEnding.CRLF, DialectDetector.detect("a,b\r\n1,2\r\n", true).lineEnding());
    assertEquals(LineEnding.LF, DialectDetector.detect("a,b\n1,2\n", true).lineEnding());
    assertEquals(LineEnding.CR, DialectDetector.detect("a,b\r1,2\r", true).lineEnding());
    assertEquals(LineEnding.NONE, DialectDetector.detect("a,b", true).lineEnding());
  }

  @Test
  void aCutSampleIgnoresItsLastRecord() {
    StringBuilder sb = new StringBuilder("a;b;c\n");
    for (int i = 0; i < 50; i++) {
      sb.append(i).append(";x;").append(i * 2).append('\n');
    }
    sb.append("99;trunc"); // cut by sampling
    Dialect d = DialectDetector.detect(sb, false);
    assertEquals(';', d.delimiter());
    assertEquals(0, d.headerIndex());
  }

  @Test
  void givenDelimiterIsKeptAndTheHeaderFoundUnderIt() {
    Dialect d = DialectDetector.detect("t\nx;y\n1;2\n3;4\n", true, ';', null);
    assertEquals(';', d.delimiter());
    assertEquals(1, d.headerIndex());
  }

  @Test
  void aQuotedFieldHoldingTheDelimiterInOneOrTwoLinesIsReadWithDoubleQuotes() {
    for (String text : new String[] {"A,\"B,B\",C\n", "A,\"B,B\",C", "A,\"B,B\",C\nD,\"E,E\",F\n",
        "A;\"B;B\";C\r\n", "A\t\"B\tB\"\tC\n1\t\"2\t2\"\t3\n"}) {
      Dialect d = DialectDetector.detect(text, true);
      assertEquals('"', d.quote(), text);
      assertEquals(text.charAt(1), d.delimiter(), text);
    }
  }

  @Test
  void aGivenQuoteIsNeverTakenAsTheDelimiterAndAGivenDelimiterNeverAsTheQuote() {
    Dialect d = DialectDetector.detect("a|b|c\n1|2|3\n", true, null, '|');
    assertEquals('|', d.quote());
    assertEquals(true, d.delimiter() != '|');
    Dialect q = DialectDetector.detect("a,'b'\n1,'2'\n", true, '\'', null);
    assertEquals('\'', q.delimiter());
    assertEquals('"', q.quote());
  }

  @Test
  void lineEndingsInsideQuotedFieldsAreDataAndMixedOnesAreSaidToBeMixed() {
    assertEquals(LineEnding.LF, DialectDetector.detect("a,b\n\"x\r\ny\",1\n", true).lineEnding());
    assertEquals(LineEnding.MIXED, DialectDetector.detect("a,b\r1,2\r\n3,4\n", true)
        .lineEnding());
  }

  @Test
  void excelsSeparatorLineNamesTheDelimiterAndTheHeaderIsTheLineAfterIt() {
    for (String start : new String[] {"sep=;\n", "sep=;\r\n", "\uFEFFSEP=;\r\n"}) {
      // split on commas these rows would look clean too: the hint decides
      Dialect d = DialectDetector.detect(start + "Name;Price\nAnna;1,5\nBob;2,25\n", true);
      assertEquals(';', d.delimiter(), start);
      assertEquals(1, d.headerIndex(), start);
    }
    Dialect tab = DialectDetector.detect("sep=\t\na\tb\n1\t2\n", true);
    assertEquals('\t', tab.delimiter());
    assertEquals(1, tab.headerIndex());
  }

  @Test
  void aForcedDelimiterWinsOverTheSeparatorLineAndOtherFirstLinesAreNoHint() {
    assertEquals(',', DialectDetector.detect("sep=;\na,b\n1,2\n", true, ',', null).delimiter());
    assertEquals(0, DialectDetector.separatorHintEnd("sep=;x\na;b\n"));
    assertEquals(0, DialectDetector.separatorHintEnd("sep=\na;b\n"));
    assertEquals(0, DialectDetector.separatorHintEnd("separator,x\n1,2\n"));
    assertEquals(0, DialectDetector.separatorHintEnd("sep=;"));
  }
}
