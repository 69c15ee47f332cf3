package dev.sluice.relay.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** Empties the PostgreSQL test database so each test starts from a fresh schema. */
final class Postgres {
  private Postgres() {
  }

  static void reset(String url) throws Exception {
    try (Connection c = DriverManager.getConnection(url,
        System.getenv("SLUICE_TEST_POSTGRES_USER"), System.getenv("SLUICE_TEST_POSTGRES_PASSWORD"));
        Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    }
  }
}
