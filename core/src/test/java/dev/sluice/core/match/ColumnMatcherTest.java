package dev.sluice.core.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sluice.core.parse.CsvFormat;
import dev.sluice.core.parse.CsvParser;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.ImportTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColumnMatcherTest {
  private static final Importer CONTACTS = Importer.builder("contacts")
      .column(Column.builder("first_name").label("First name").aliases("Vorname", "Prénom")
          .required(true))
      .column(Column.builder("email").label("Email").type(new ColumnType.Email()).required(true))
      .column(Column.builder("phone").label("Phone").aliases("Tel"))
      .column(Column.builder("signup_date").label("Signup date"))
      .build();

  private static String columnOf(ColumnMapping m, String header) {
    return m.matches().stream().filter(h -> h.header().equals(header)).findFirst()
        .orElseThrow().column();
  }

  private static MatchKind kindOf(ColumnMapping m, String header) {
    return m.matches().stream().filter(h -> h.header().equals(header)).findFirst()
        .orElseThrow().kind();
  }

  @Test
  void exactNormalisedAliasAndFuzzyMatchesAreFoundWithTheirKind() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS,
        List.of("Email", "FIRST_NAME", "Tel.", "Sign-up Date"));
    assertEquals("email", columnOf(m, "Email"));
    assertEquals(MatchKind.EXACT, kindOf(m, "Email"));
    assertEquals("first_name", columnOf(m, "FIRST_NAME"));
    assertEquals(MatchKind.NORMALIZED, kindOf(m, "FIRST_NAME"));
    assertEquals("phone", columnOf(m, "Tel."));
    assertEquals(MatchKind.ALIAS, kindOf(m, "Tel."));
    assertEquals("signup_date", columnOf(m, "Sign-up Date"));
    assertEquals(List.of(), m.missingRequired());
  }

  @Test
  void aHeaderNearAnAliasMatchesFuzzilyAndEachOfManyColumnsFindsItsOwnHeader() {
    ColumnMapping typo = ColumnMatcher.match(CONTACTS, List.of("Vornmae"));
    assertEquals("first_name", columnOf(typo, "Vornmae"));
    assertEquals(MatchKind.FUZZY, kindOf(typo, "Vornmae"));

    // a wide schema: every column's names are folded once, whichever header they are tried on
    Importer.Builder wide = Importer.builder("wide");
    List<String> headers = new java.util.ArrayList<>();
    for (int c = 0; c < 120; c++) {
      wide.column(Column.builder("field_" + c).label("Field " + c).aliases("Alias " + c));
      headers.add(c % 3 == 0 ? "Field " + c : c % 3 == 1 ? "FIELD_" + c : "alias-" + c);
    }
    ColumnMapping m = ColumnMatcher.match(wide.build(), headers);
    for (int c = 0; c < 120; c++) {
      assertEquals("field_" + c, columnOf(m, headers.get(c)), headers.get(c));
      assertEquals(c % 3 == 0 ? MatchKind.EXACT : c % 3 == 1 ? MatchKind.NORMALIZED
          : MatchKind.ALIAS, kindOf(m, headers.get(c)), headers.get(c));
    }
  }

  @Test
  void theCommonNamesOfAContactsColumnsInManyLanguagesMatchAsSynonyms() {
    Importer crm = Importer.builder("crm")
        .column(Column.builder("first_name").label("First name"))
        .column(Column.builder("last_name").label("Last name"))
        .column(Column.builder("email").label("Email"))
        .column(Column.builder("phone").label("Phone"))
        .column(Column.builder("zip").label("ZIP code"))
        .column(Column.builder("company").label("Company"))
        .column(Column.builder("country").label("Country"))
        .column(Column.builder("dob").label("Date of birth"))
        .column(Column.builder("website").label("Website"))
        .build();
    String[][] files = {
      {"Given Name", "Surname", "E-mail Address", "Mobile Phone", "Postal Code", "Organization",
        "Country/Region", "Birthday", "Homepage"},
      {"Vorname", "Nachname", "E-Mail-Adresse", "Telefon", "PLZ", "Firma", "Land",
        "Geburtsdatum", "Webseite"},
      {"Prénom", "Nom", "Courriel", "Téléphone", "Code postal", "Société", "Pays",
        "Date de naissance", "Site web"},
      {"Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Código postal", "Empresa",
        "País", "Fecha de nacimiento", "Sitio web"},
      {"名", "姓", "メールアドレス", "電話番号", "郵便番号", "会社名", "国", "生年月日",
        "ホームページ"},
    };
    for (String[] headers : files) {
      ColumnMapping m = ColumnMatcher.match(crm, List.of(headers));
      for (int i = 0; i < headers.length; i++) {
        assertEquals(crm.columns().get(i).key(), columnOf(m, headers[i]), headers[i]);
      }
    }
    ColumnMapping m = ColumnMatcher.match(crm, List.of("Given Name", "Notes", "Amount"));
    assertEquals(MatchKind.SYNONYM, kindOf(m, "Given Name"));
    assertEquals(0.85, m.matches().get(0).confidence());
    assertNull(columnOf(m, "Notes"));
    assertNull(columnOf(m, "Amount"));
  }

  @Test
  void aSynonymMatchesOnlyAColumnOfTheSameThingAndYieldsToTheImportersOwnAlias() {
    Importer names = Importer.builder("names")
        .column(Column.builder("first_name").label("First name"))
        .column(Column.builder("nickname").label("Nickname").aliases("Forename"))
        .build();
    ColumnMapping m = ColumnMatcher.match(names, List.of("Surname", "Forename", "Given name"));
    assertNull(columnOf(m, "Surname"), "a last name is not a first name");
    assertEquals("nickname", columnOf(m, "Forename"), "the importer's alias comes first");
    assertEquals(MatchKind.ALIAS, kindOf(m, "Forename"));
    assertEquals("first_name", columnOf(m, "Given name"));
    // every built-in name belongs to one group
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String name : HeaderSynonyms.names()) {
      assertTrue(seen.add(dev.sluice.core.text.TextFold.compact(name)), "in two groups: " + name);
    }
  }

  @Test
  void accentsCaseAndCamelCaseDoNotMatter() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS, List.of("PRÉNOM", "eMail", "signupDate"));
    assertEquals("first_name", columnOf(m, "PRÉNOM"));
    assertEquals("email", columnOf(m, "eMail"));
    assertEquals("signup_date", columnOf(m, "signupDate"));
  }

  @Test
  void typosAndLongerHeadersMatchFuzzilyWithLowerConfidence() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS,
        List.of("Emial", "Phone Number", "Frist name"));
    assertEquals("email", columnOf(m, "Emial"));
    assertEquals(MatchKind.FUZZY, kindOf(m, "Emial"));
    assertEquals("phone", columnOf(m, "Phone Number"));
    assertEquals("first_name", columnOf(m, "Frist name"));
    for (HeaderMatch h : m.matches()) {
      assertTrue(h.confidence() >= ColumnMatcher.FUZZY_THRESHOLD && h.confidence() < 0.9,
          h.toString());
    }
  }

  @Test
  void aShortNameMatchesTheLastWordsOfAHeaderAsExportsPrefixAGroupsFieldsButNotPartOfAWord() {
    Importer customers = Importer.builder("customers")
        .column(Column.builder("id").label("ID"))
        .column(Column.builder("zip").label("Zip"))
        .column(Column.builder("country").label("Country Code"))
        .column(Column.builder("tel").label("Tel"))
        .build();
    // Shopify's customer export
    ColumnMapping shopify = ColumnMatcher.match(customers, List.of("Customer ID",
        "Default Address Company", "Default Address Country Code", "Default Address Zip"));
    assertEquals("zip", columnOf(shopify, "Default Address Zip"));
    assertEquals(MatchKind.FUZZY, kindOf(shopify, "Default Address Zip"));
    assertEquals("country", columnOf(shopify, "Default Address Country Code"));
    assertEquals("id", columnOf(shopify, "Customer ID"));
    assertNull(columnOf(shopify, "Default Address Company"));
    // two such headers: the earlier one is suggested, the other stays an extra column
    ColumnMapping both = ColumnMatcher.match(customers, List.of("Billing Zip", "Shipping Zip"));
    assertEquals("zip", columnOf(both, "Billing Zip"));
    assertNull(columnOf(both, "Shipping Zip"));
    // a run of letters inside a word is no match, nor is a name that is not at the end
    ColumnMapping words = ColumnMatcher.match(customers,
        List.of("Zipper size", "Zip Plus Four", "Hotel", "Telephone cost"));
    for (HeaderMatch h : words.matches()) {
      assertNull(h.column(), h.toString());
    }
  }

  @Test
  void aHeaderEndingInASynonymOfAColumnsNameMatchesItFuzzily() {
    Importer addresses = Importer.builder("addresses")
        .column(Column.builder("zip"))
        .column(Column.builder("email").label("Email"))
        .build();
    // Salesforce's contact export, and a billing address
    ColumnMapping m = ColumnMatcher.match(addresses,
        List.of("Mailing Zip/Postal Code", "Billing Postcode", "Contact E-Mail Address"));
    assertEquals("zip", columnOf(m, "Mailing Zip/Postal Code"));
    assertEquals(MatchKind.FUZZY, kindOf(m, "Mailing Zip/Postal Code"));
    assertEquals(ColumnMatcher.SUFFIX_SYNONYM, m.matches().get(0).confidence());
    assertNull(columnOf(m, "Billing Postcode"), "the column went to the earlier header");
    assertEquals("email", columnOf(m, "Contact E-Mail Address"));
    // the whole header's synonym is stronger than an ending's
    ColumnMapping whole = ColumnMatcher.match(addresses, List.of("Billing Postcode", "PLZ"));
    assertEquals("zip", columnOf(whole, "PLZ"));
  }

  @Test
  void theFirstOfANumberedGroupsFieldsIsReadAsTheGroupsOwnButASecondIsNot() {
    Importer crm = Importer.builder("crm")
        .column(Column.builder("company").label("Company"))
        .column(Column.builder("street").label("Street"))
        .build();
    ColumnMapping google = ColumnMatcher.match(crm,
        List.of("Organization 1 - Title", "Organization 1 - Name", "Address 1 - Street"));
    assertEquals("company", columnOf(google, "Organization 1 - Name"));
    assertEquals(MatchKind.SYNONYM, kindOf(google, "Organization 1 - Name"));
    assertEquals("street", columnOf(google, "Address 1 - Street"));
    assertNull(columnOf(google, "Organization 1 - Title"));
    ColumnMapping second = ColumnMatcher.match(crm, List.of("Organization 2 - Name"));
    assertNull(columnOf(second, "Organization 2 - Name"));
  }

  @Test
  void outlooksWebPageHeaderIsAWebsite() {
    Importer site = Importer.builder("site").column(Column.builder("website")).build();
    for (String header : List.of("Web Page", "Web Address")) {
      ColumnMapping m = ColumnMatcher.match(site, List.of(header));
      assertEquals("website", columnOf(m, header));
      assertEquals(MatchKind.SYNONYM, kindOf(m, header));
    }
  }

  @Test
  void valuesDecideBetweenNearlyEqualFuzzyMatchesButNeverOverturnAStrongerName() {
    // by name "Email 1 Type" (0.79) is a little ahead of "Email 1 Value" (0.78)
    List<String> headers = List.of("Email 1 Type", "Email 1 Value");
    assertEquals("email", columnOf(ColumnMatcher.match(CONTACTS, headers), "Email 1 Type"));
    ValueFit valueHoldsAddresses = (h, c) -> h == 1 ? 1.0 : 0.0;
    ColumnMapping byValues = ColumnMatcher.match(CONTACTS, headers, null, valueHoldsAddresses);
    assertEquals("email", columnOf(byValues, "Email 1 Value"));
    assertNull(columnOf(byValues, "Email 1 Type"));
    // the confidence shown is the name's
    assertEquals(ColumnMatcher.match(CONTACTS, List.of("Email 1 Value")).matches().get(0)
        .confidence(), byValues.matches().get(1).confidence());
    // an exact header whose values all fail keeps its column (its errors are the user's to see)
    ColumnMapping exact = ColumnMatcher.match(CONTACTS, List.of("Email", "Email 1 Value"), null,
        (h, c) -> h == 0 ? 0.0 : 1.0);
    assertEquals("email", columnOf(exact, "Email"));
    // a fit says nothing where it is negative
    ColumnMapping unknown = ColumnMatcher.match(CONTACTS, headers, null, ValueFit.NONE);
    assertEquals("email", columnOf(unknown, "Email 1 Type"));
  }

  @Test
  void valuesAreCheckedOnlyWhereTheyCanChangeTheSuggestion() {
    // each answer checks a sample of a column's values: a wide file must not ask for every pair
    List<int[]> asked = new java.util.ArrayList<>();
    ValueFit counting = (h, c) -> {
      asked.add(new int[] {h, c});
      return 1.0;
    };
    // the email column has an exact header, and "Phone" an exact one: no fuzzy pair can win
    ColumnMatcher.match(CONTACTS, List.of("Email", "Email 1 Value", "Phone", "Phone 2"), null,
        counting);
    assertEquals(List.of(), asked.stream().map(java.util.Arrays::toString).toList());
    // two near fuzzy headers for one column are both asked, once each
    ColumnMatcher.match(CONTACTS, List.of("Email 1 Type", "Email 1 Value"), null, counting);
    assertEquals(List.of("[0, 1]", "[1, 1]"),
        asked.stream().map(java.util.Arrays::toString).sorted().toList());
  }

  @Test
  void exactHeadersAreTakenFirstAndTheHeadersTheyLeaveOpenStillMatchTheColumnsLeftOpen() {
    // "Phone" twice: the first is exact, the second is left open; the alias, normalised and fuzzy
    // headers after them are still scored against the columns the exact ones left
    ColumnMapping open = ColumnMatcher.match(CONTACTS,
        List.of("Phone", "Phone", "Vorname", "E-MAIL", "Signup dat"));
    assertEquals(List.of(MatchKind.EXACT, MatchKind.NONE, MatchKind.ALIAS, MatchKind.NORMALIZED,
        MatchKind.FUZZY), open.matches().stream().map(HeaderMatch::kind).toList());
    assertEquals(java.util.Arrays.asList("phone", null, "first_name", "email", "signup_date"),
        open.matches().stream().map(HeaderMatch::column).toList());
    // every column taken by an exact header: the near names left over stay unmatched
    ColumnMapping taken = ColumnMatcher.match(CONTACTS,
        List.of("Emails", "Email", "Phone", "First name", "Signup date", "Phones"));
    assertEquals(List.of(MatchKind.NONE, MatchKind.EXACT, MatchKind.EXACT, MatchKind.EXACT,
        MatchKind.EXACT, MatchKind.NONE), taken.matches().stream().map(HeaderMatch::kind).toList());
  }

  @Test
  void takingTheCertainMatchesFirstMapsAsScoringEveryPairDoes() {
    // the oracle: every header scored against every column, the strongest pair taken first (by
    // score, then kind, header and column), each header and column once
    Importer importer = Importer.builder("people")
        .column(Column.builder("first_name").label("First name").aliases("Vorname", "Given name"))
        .column(Column.builder("last_name").label("Last name").aliases("Surname"))
        .column(Column.builder("email").label("Email").type(new ColumnType.Email()))
        .column(Column.builder("email2").label("Email 2"))
        .column(Column.builder("phone").label("Phone").aliases("Tel"))
        .column(Column.builder("name").label("Full name"))
        .column(Column.builder("zip").label("Postal code"))
        .column(Column.builder("signup_date").label("Signup date"))
        .column(Column.builder("company").label("Company name"))
        .build();
    String[] pool = {"First name", "first_name", "FIRST NAME", "Vorname", "Frist name", "Surname",
        "Last name", "Email", "email", "E-mail", "Emial", "Email 2", "E-mail 2", "Phone", "Tel",
        "Telephone", "Full name", "name", "Name", "Zip", "Postal code", "Billing Postal Code",
        "Signup date", "Sign-up date", "Company", "Company name", "Organization 1 - Name", "Notes",
        "", " Email ", "Phone number", "Default Address Zip", "Email Address", "Firstname"};
    Random random = new Random(42);
    for (int k = 0; k < 3000; k++) {
      List<String> headers = new ArrayList<>();
      for (int i = 1 + random.nextInt(12); i > 0; i--) {
        headers.add(pool[random.nextInt(pool.length)]);
      }
      List<String> expected = new ArrayList<>();
      List<double[]> pairs = new ArrayList<>();
      for (int h = 0; h < headers.size(); h++) {
        expected.add(null);
        ColumnMatcher.Header header = new ColumnMatcher.Header(headers.get(h));
        for (int c = 0; c < importer.columns().size(); c++) {
          Column column = importer.columns().get(c);
          List<ColumnMatcher.Header> names = new ArrayList<>(List.of(
              new ColumnMatcher.Header(column.key()), new ColumnMatcher.Header(column.label())));
          column.aliases().forEach(a -> names.add(new ColumnMatcher.Header(a)));
          double[] best = ColumnMatcher.score(header, column,
              names.toArray(new ColumnMatcher.Header[0]));
          if (best != null) {
            pairs.add(new double[] {best[0], best[1], h, c});
          }
        }
      }
      pairs.sort(Comparator.<double[]>comparingDouble(p -> -p[0])
          .thenComparingDouble(p -> p[1]).thenComparingDouble(p -> p[2])
          .thenComparingDouble(p -> p[3]));
      boolean[] taken = new boolean[importer.columns().size()];
      for (double[] p : pairs) {
        if (expected.get((int) p[2]) == null && !taken[(int) p[3]]) {
          expected.set((int) p[2], importer.columns().get((int) p[3]).key() + " "
              + MatchKind.values()[(int) p[1]] + String.format(" %.4f", Math.min(1.0, p[0])));
          taken[(int) p[3]] = true;
        }
      }
      List<String> actual = ColumnMatcher.match(importer, headers).matches().stream()
          .map(m -> m.column() == null ? null
              : m.column() + " " + m.kind() + String.format(" %.4f", m.confidence()))
          .toList();
      assertEquals(expected, actual, headers.toString());
    }
  }

  @Test
  void eachColumnTakesOneHeaderAndTheStrongestMatchWins() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS, List.of("E-mail 2", "Email"));
    assertEquals("email", columnOf(m, "Email"));
    assertNull(columnOf(m, "E-mail 2"));
    assertEquals(MatchKind.NONE, kindOf(m, "E-mail 2"));
  }

  @Test
  void unrelatedHeadersStayUnmatchedAndRequiredColumnsAreReportedMissing() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS, List.of("Company", "Notes", "Email"));
    assertNull(columnOf(m, "Company"));
    assertNull(columnOf(m, "Notes"));
    assertEquals(List.of("first_name"), m.missingRequired());
    assertEquals(List.of("Company", "Notes"), m.extraColumnKeys());
  }

  @Test
  void extraColumnsNamedAsReservedKeysAreNumberedSoNoValueIsLostInTheHandOver() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS,
        List.of("__proto__", "Email", "_errors", "customFields", "Notes", "Notes"));
    assertEquals(List.of("__proto__ (2)", "_errors (2)", "customFields (2)", "Notes", "Notes (2)"),
        m.extraColumnKeys());
  }

  @Test
  void aHeaderTheUserChoseNotToImportIsNeitherMappedNorKeptAsAnExtraColumn() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS, List.of("Company", "Notes", "Email"))
        .withIgnored(0).withIgnored(2);
    assertEquals(List.of("Notes"), m.extraColumnKeys());
    assertNull(columnOf(m, "Email"), "ignoring a matched header unassigns it");
    String[] row = m.projection().apply(new String[] {"ACME", "vip", "a@b.io"});
    assertEquals(java.util.Arrays.asList(row).indexOf("ACME"), -1);
    assertEquals(java.util.Arrays.asList(row).indexOf("a@b.io"), -1);
    assertTrue(java.util.Arrays.asList(row).contains("vip"));
    assertEquals(MatchKind.IGNORED, m.matches().get(0).kind());
    assertEquals(List.of("Company", "Notes"), m.withColumn(0, null).extraColumnKeys(),
        "unassigned again, the header is an extra column again");
  }

  @Test
  void extraColumnsAreDroppedWhenTheImporterDoesNotAllowThem() {
    Importer strict = Importer.builder("strict").allowExtraColumns(false)
        .column(Column.builder("a")).build();
    ColumnMapping m = ColumnMatcher.match(strict, List.of("a", "b"));
    assertEquals(List.of(), m.extraColumnKeys());
    assertArrayEquals(new String[] {"1"}, m.projection().apply(new String[] {"1", "2"}));
  }

  @Test
  void aRememberedMappingIsPreferredForTheSameHeaderSetOnly() {
    List<String> headers = List.of("Kontakt", "Email", "Name");
    ColumnMapping auto = ColumnMatcher.match(CONTACTS, headers);
    assertNull(columnOf(auto, "Kontakt"));
    ColumnMapping confirmed = auto.withColumn(0, "phone").withColumn(2, "first_name");
    assertEquals(MatchKind.MANUAL, kindOf(confirmed, "Kontakt"));
    RememberedMapping remembered = confirmed.remember();

    ColumnMapping again = ColumnMatcher.match(CONTACTS, List.of("Name", "Kontakt", "Email"),
        remembered);
    assertEquals("phone", columnOf(again, "Kontakt"));
    assertEquals(MatchKind.REMEMBERED, kindOf(again, "Kontakt"));
    assertEquals("first_name", columnOf(again, "Name"));

    ColumnMapping other = ColumnMatcher.match(CONTACTS, List.of("Kontakt", "Email", "Company"),
        remembered);
    assertNull(columnOf(other, "Kontakt"), "a different header set is matched afresh");
  }

  @Test
  void aColumnTheUserChoseNotToImportStaysSoInTheRememberedMapping() {
    List<String> headers = List.of("Email", "Notes", "", "Name");
    ColumnMapping confirmed = ColumnMatcher.match(CONTACTS, headers).withIgnored(1)
        .withIgnored(2);
    ColumnMapping again = ColumnMatcher.match(CONTACTS, headers, confirmed.remember());
    assertEquals(MatchKind.IGNORED, kindOf(again, "Notes"));
    assertEquals(MatchKind.IGNORED, again.matches().get(2).kind(), "the blank header too");
    assertEquals(List.of(), again.extraColumnKeys(), "neither comes back as an extra column");
    assertEquals("email", columnOf(again, "Email"));

    ColumnMapping kept = ColumnMatcher.match(CONTACTS, headers,
        ColumnMatcher.match(CONTACTS, headers).remember());
    assertEquals(MatchKind.NONE, kindOf(kept, "Notes"), "an extra column left so stays one");
  }

  @Test
  void assigningAColumnTakesItFromTheHeaderThatHadIt() {
    ColumnMapping m = ColumnMatcher.match(CONTACTS, List.of("Email", "Mail 2"));
    ColumnMapping changed = m.withColumn(1, "email");
    assertEquals("email", columnOf(changed, "Mail 2"));
    assertNull(columnOf(changed, "Email"));
    assertEquals("email", columnOf(m, "Email"), "the original mapping is unchanged");
  }
}
