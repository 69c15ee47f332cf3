package dev.sluice.bench.corpus;

import java.util.Random;

/**
 * The benchmark corpus, generated and seeded (nothing downloaded): the same name and size give
 * the same text on every machine.
 */
public enum Corpus {
  /** 12 columns: ids, names, a quoted company with a comma in ~30 % of rows, city, country, phone, email, date, URL, plan, amount. */
  CUSTOMERS(100_000, "customers"),
  /** 18 columns, every field quoted, one JSON column with doubled quotes. */
  USZIPS(34_000, "uszips"),
  /** 20 columns, every field quoted. */
  LITMUS_QUOTED(10_000, "litmus_text"),
  /** 20 columns of unquoted words. */
  LITMUS_STRINGS(10_000, "litmus_text"),
  /** 20 columns of integers. */
  LITMUS_INTS(10_000, "litmus_ints"),
  /** The customers corpus with 1,000,000 rows. */
  CUSTOMERS_1M(1_000_000, "customers"),
  /** Customers with broken quoting every 500 rows (stray and unclosed quotes). */
  MALFORMED(100_000, "customers"),
  /**
   * Contacts as users export them, not in the fast-path shapes: dates in four accepted formats,
   * countries as names, alpha-3 and alpha-2 codes, international phones of six countries in their
   * local styles, a unique email with upper case, a hashed customer id, enum labels in any case.
   */
  CONTACTS_MIXED(100_000, "contacts_mixed"),
  /** The mixed contacts with 1,000,000 rows. */
  CONTACTS_MIXED_1M(1_000_000, "contacts_mixed");

  private static final String[] FIRST = {"Anna", "Bob", "Chloé", "Dmitri", "Emre", "Fatima",
      "Günther", "Hiroshi", "Ines", "José"};
  private static final String[] LAST = {"Müller", "Smith", "García", "Nakamura", "O'Brien",
      "Okafor", "Ødegård", "Singh", "Rossi", "Kowalski"};
  private static final String[] CITY = {"Berlin", "Paris", "São Paulo", "Zürich", "Tokyo", "Lagos"};
  private static final String[] COUNTRY = {"DE", "FR", "BR", "CH", "JP", "NG", "US", "IE"};
  private static final String[] WORDS = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot",
      "golf", "hotel", "india", "juliet", "kilo", "lima"};

  private final int rows;
  private final String schema;

  Corpus(int rows, String schema) {
    this.rows = rows;
    this.schema = schema;
  }

  /**
   * The name of the realistic schema the benchmarks validate this file with
   * ({@code bench/schemas/NAME.json}), shared by the JVM and browser benchmarks.
   */
  public String schema() {
    return schema;
  }

  /** The number of data rows (header excluded). */
  public int rows() {
    return rows;
  }

  /** The whole file as text, header first, LF line endings. */
  public String text() {
    Random r = new Random(ordinal() * 7919L + 17);
    StringBuilder sb = new StringBuilder(rows * 120);
    switch (this) {
      case CUSTOMERS, CUSTOMERS_1M, MALFORMED -> customers(sb, r, this == MALFORMED);
      case USZIPS -> uszips(sb, r);
      case LITMUS_QUOTED -> litmus(sb, r, true, false);
      case LITMUS_STRINGS -> litmus(sb, r, false, false);
      case LITMUS_INTS -> litmus(sb, r, false, true);
      case CONTACTS_MIXED, CONTACTS_MIXED_1M -> contactsMixed(sb, r);
      default -> throw new IllegalStateException();
    }
    return sb.toString();
  }

  private void customers(StringBuilder sb, Random r, boolean broken) {
    sb.append("Id,First name,Last name,Company,City,Country,Phone,Email,Subscribed,Website,Plan,"
        + "Amount\n");
    for (int i = 0; i < rows; i++) {
      String first = FIRST[r.nextInt(FIRST.length)];
      String last = LAST[r.nextInt(LAST.length)];
      sb.append(i + 1).append(',').append(first).append(',').append(last).append(',');
      if (r.nextInt(10) < 3) {
        sb.append('"').append(last).append(", ").append(first).append(" & Co\"");
      } else {
        sb.append(last).append(" GmbH");
      }
      sb.append(',').append(CITY[r.nextInt(CITY.length)]).append(',')
          .append(COUNTRY[r.nextInt(COUNTRY.length)]).append(",+1 415 555 ")
          .append(1000 + r.nextInt(9000)).append(",c").append(i).append("@example.com,")
          .append(2015 + r.nextInt(10)).append("-0").append(1 + r.nextInt(9)).append("-1")
          .append(r.nextInt(10)).append(",https://www.example.org/c").append(i).append(',')
          .append(i % 3 == 0 ? "free" : i % 3 == 1 ? "pro" : "team").append(',')
          .append(r.nextInt(100_000)).append('.').append(10 + r.nextInt(90));
      if (broken && i % 500 == 250) {
        sb.append(i % 1000 == 250 ? ",stray\"quote" : ",\"unclosed");
      }
      sb.append('\n');
    }
  }

  private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December"};
  private static final String[] COUNTRY_AS_WRITTEN = {"Germany", "United States", "FRA", "JP",
      "United Kingdom", "India", "BRA", "de", "France", "Japan"};
  private static final String[] PLAN_AS_WRITTEN = {"Free", "pro", "TEAM", "Pro", "team"};

  private void contactsMixed(StringBuilder sb, Random r) {
    sb.append("Email,Name,Signed up,Country,Phone,Customer ID,Plan,Amount\n");
    for (int i = 0; i < rows; i++) {
      String first = FIRST[r.nextInt(FIRST.length)];
      String last = LAST[r.nextInt(LAST.length)];
      sb.append(r.nextInt(4) == 0 ? first : first.toLowerCase()).append('.').append(i)
          .append(r.nextInt(3) == 0 ? "@Example.COM" : "@mail.example.org").append(',');
      sb.append(first).append(r.nextInt(5) == 0 ? "  " : " ").append(last).append(',');
      int year = 2010 + r.nextInt(15);
      int month = 1 + r.nextInt(12);
      int day = 1 + r.nextInt(28);
      switch (r.nextInt(4)) {
        case 0 -> sb.append(year).append('-').append(month < 10 ? "0" : "").append(month)
            .append('-').append(day < 10 ? "0" : "").append(day);
        case 1 -> sb.append(day).append('.').append(month).append('.').append(year);
        case 2 -> sb.append('"').append(MONTHS[month - 1], 0, 3).append(' ').append(day)
            .append(", ").append(year).append('"');
        default -> sb.append(day).append(' ').append(MONTHS[month - 1]).append(' ').append(year);
      }
      sb.append(',').append(COUNTRY_AS_WRITTEN[r.nextInt(COUNTRY_AS_WRITTEN.length)]).append(',');
      int a = 100 + r.nextInt(900);
      int b = 1000 + r.nextInt(9000);
      switch (r.nextInt(6)) {
        case 0 -> sb.append("+49 30 ").append(a).append(b);
        case 1 -> sb.append("+44 20 ").append(b).append(' ').append(b);
        case 2 -> sb.append("+33 1 ").append(a / 10).append(' ').append(b / 100).append(' ')
            .append(b % 90 + 10).append(' ').append(a % 90 + 10);
        case 3 -> sb.append("+81 3-").append(b).append('-').append(b);
        case 4 -> sb.append("(").append(200 + r.nextInt(700)).append(") 555-").append(b);
        default -> sb.append("+91 98").append(a).append(' ').append(b).append('0');
      }
      sb.append(",CUST-").append(100_000 + i).append(',')
          .append(PLAN_AS_WRITTEN[r.nextInt(PLAN_AS_WRITTEN.length)]).append(',')
          .append(r.nextInt(10_000)).append('.').append(r.nextInt(100)).append('\n');
    }
  }

  private void uszips(StringBuilder sb, Random r) {
    sb.append("\"zip\",\"lat\",\"lng\",\"city\",\"state_id\",\"state_name\",\"zcta\","
        + "\"parent_zcta\",\"population\",\"density\",\"county_fips\",\"county_name\","
        + "\"county_weights\",\"county_names_all\",\"county_fips_all\",\"imprecise\","
        + "\"military\",\"timezone\"\n");
    for (int i = 0; i < rows; i++) {
      String county = CITY[r.nextInt(CITY.length)] + " County";
      int fips = 10_000 + r.nextInt(80_000);
      sb.append('"').append(String.format("%05d", i)).append("\",\"")
          .append(18 + r.nextInt(50)).append('.').append(r.nextInt(100_000)).append("\",\"-")
          .append(70 + r.nextInt(90)).append('.').append(r.nextInt(100_000)).append("\",\"")
          .append(CITY[r.nextInt(CITY.length)]).append("\",\"ST\",\"State ").append(r.nextInt(50))
          .append("\",\"TRUE\",\"\",\"").append(r.nextInt(100_000)).append("\",\"")
          .append(r.nextInt(5000)).append('.').append(r.nextInt(10)).append("\",\"").append(fips)
          .append("\",\"").append(county).append("\",\"{\"\"").append(fips).append("\"\": ")
          .append(r.nextInt(100)).append(", \"\"").append(fips + 1).append("\"\": ")
          .append(r.nextInt(100)).append("}\",\"").append(county).append('|').append(county)
          .append("\",\"").append(fips).append('|').append(fips + 1)
          .append("\",\"FALSE\",\"FALSE\",\"America/Chicago\"\n");
    }
  }

  private void litmus(StringBuilder sb, Random r, boolean quoted, boolean ints) {
    for (int c = 0; c < 20; c++) {
      sb.append(c == 0 ? "" : ",").append("col").append(c);
    }
    sb.append('\n');
    for (int i = 0; i < rows; i++) {
      for (int c = 0; c < 20; c++) {
        if (c > 0) {
          sb.append(',');
        }
        String v = ints ? Integer.toString(r.nextInt(1_000_000))
            : WORDS[r.nextInt(WORDS.length)] + (quoted && r.nextInt(4) == 0 ? ", " + WORDS[r.nextInt(WORDS.length)] : "");
        if (quoted) {
          sb.append('"').append(v).append('"');
        } else {
          sb.append(v);
        }
      }
      sb.append('\n');
    }
  }
}
