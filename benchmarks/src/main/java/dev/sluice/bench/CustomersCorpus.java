package dev.sluice.bench;

import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.EnumOption;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.Transform;
import java.util.List;
import java.util.Random;

/**
 * A seeded generator of customers-like rows (12 columns: ids, names, emails, phones, dates, URLs,
 * amounts) and the realistic schema that validates them.
 */
public final class CustomersCorpus {
  private static final String[] FIRST = {"Anna", "Bob", "Chloé", "Dmitri", "Emre", "Fatima",
    "Giulia", "Hiro", "Ines", "Jürgen", "Kwame", "Li", "María", "Noah", "Olga", "Priya"};
  private static final String[] LAST = {"Müller", "Smith", "García", "Nakamura", "Okafor",
    "Rossi", "Dubois", "Kowalski", "O'Brien", "Johansson", "Silva", "Nguyen", "Schmidt"};
  private static final String[] CITY = {"Berlin", "Paris", "Madrid", "Tokyo", "Lagos",
    "New York, NY", "São Paulo", "Zürich", "Dublin", "Kraków"};
  private static final String[] COUNTRY = {"DE", "FR", "ES", "JP", "NG", "US", "BR", "CH", "IE",
    "PL"};
  private static final String[] PLAN = {"free", "pro", "team"};

  private CustomersCorpus() {}

  /** The schema: every column typed, email unique, phone and date normalised. */
  public static Importer importer() {
    return Importer.builder("customers")
        .column(Column.builder("id").type(new ColumnType.IntegerType(1.0, null, null)).unique()
            .required(true).allowBlank(false))
        .column(Column.builder("first_name").allowBlank(false).transforms(Transform.TRIM))
        .column(Column.builder("last_name").allowBlank(false).transforms(Transform.TRIM))
        .column(Column.builder("company").type(new ColumnType.Text(null, 120, null)))
        .column(Column.builder("city"))
        .column(Column.builder("country").type(new ColumnType.CountryCode()))
        .column(Column.builder("phone").type(new ColumnType.Phone("US"))
            .transforms(Transform.NORMALIZE))
        .column(Column.builder("email").type(new ColumnType.Email()).unique()
            .transforms(Transform.TRIM, Transform.NORMALIZE))
        .column(Column.builder("subscribed").type(new ColumnType.Date(List.of("uuuu-MM-dd")))
            .transforms(Transform.NORMALIZE))
        .column(Column.builder("website").type(new ColumnType.Url()))
        .column(Column.builder("plan").type(new ColumnType.EnumType(List.of(
            new EnumOption("free", "Free", List.of()), new EnumOption("pro", "Pro", List.of()),
            new EnumOption("team", "Team", List.of())))))
        .column(Column.builder("amount").type(new ColumnType.DecimalType(0.0, null, ".")))
        .build();
  }

  /** Row {@code i} of the corpus for a seed; the same seed always gives the same rows. */
  public static String[] row(Random random, int i) {
    String first = FIRST[random.nextInt(FIRST.length)];
    String last = LAST[random.nextInt(LAST.length)];
    return new String[] {
      String.valueOf(i + 1),
      first,
      last,
      last + (random.nextBoolean() ? ", " + FIRST[random.nextInt(FIRST.length)] + " & Co" : " Ltd"),
      CITY[random.nextInt(CITY.length)],
      COUNTRY[random.nextInt(COUNTRY.length)],
      "+1 (" + (200 + random.nextInt(700)) + ") 555-" + (1000 + random.nextInt(9000)),
      ascii(first).toLowerCase() + "." + ascii(last).toLowerCase() + i + "@example.com",
      (2015 + random.nextInt(10)) + "-" + two(1 + random.nextInt(12)) + "-"
          + two(1 + random.nextInt(28)),
      "https://www." + ascii(last).toLowerCase() + ".example.org/" + i,
      PLAN[random.nextInt(PLAN.length)],
      random.nextInt(100000) + "." + two(random.nextInt(100))
    };
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static String ascii(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c < 128 && Character.isLetter(c)) {
        sb.append(c);
      } else if (Character.isLetter(c)) {
        sb.append('x');
      }
    }
    return sb.toString();
  }
}
