package dev.sluice.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Writes a large contacts file for the demo schema to stdout: seeded, so the same N gives the same
 * file; about 1 row in 50 has an error to fix.
 *
 * <p>{@code java -cp demo-site/target/sluice-demo.jar dev.sluice.demo.SampleGenerator 1000000 >
 * contacts-1m.csv}
 */
public final class SampleGenerator {
  private static final String[] FIRST = {"Ada", "Grace", "Alan", "Marie", "José", "Zoë", "Ömer",
      "Chloé", "Hiroshi", "Priya"};
  private static final String[] LAST = {"Lovelace", "Hopper", "Turing", "Curie", "García",
      "Müller", "O'Brien", "Nakamura", "Singh", "Smith, Jr."};
  private static final String[] COUNTRY = {"US", "DE", "FR", "GB", "JP", "IN", "ES"};
  private static final String[] PLAN = {"free", "pro", "team", "Pro", "professional"};

  private SampleGenerator() {
  }

  /** Writes {@code args[0]} rows (default 100,000). */
  public static void main(String[] args) throws IOException {
    int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    Random random = new Random(7);
    BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out,
        StandardCharsets.UTF_8), 1 << 16);
    out.write("Name,Email,Referred by,Phone,Country,Signup date,Plan\n");
    for (int i = 0; i < rows; i++) {
      String last = LAST[random.nextInt(LAST.length)];
      String name = FIRST[random.nextInt(FIRST.length)] + " " + last;
      boolean broken = random.nextInt(50) == 0;
      String email = "user" + i + (broken ? "(at)" : "@") + "example.com";
      String referrer = random.nextInt(4) == 0 ? "user" + random.nextInt(i + 1) + "@example.com"
          : "";
      String phone = "+1 415 555 " + String.format("%04d", random.nextInt(10_000));
      out.write(quote(name) + "," + email + "," + referrer + "," + phone + ","
          + COUNTRY[random.nextInt(COUNTRY.length)] + ",20" + (15 + random.nextInt(10)) + "-"
          + String.format("%02d-%02d", 1 + random.nextInt(12), 1 + random.nextInt(28)) + ","
          + PLAN[random.nextInt(PLAN.length)] + "\n");
    }
    out.flush();
  }

  private static String quote(String v) {
    return v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }
}
