package dev.sluice.relay.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;

/**
 * The relay's JDBC storage: a pooled data source, migrated by Flyway on open, with a few helpers
 * so that stores read as SQL rather than JDBC plumbing.
 *
 * <p>Embedded H2 (a file in the data directory) by default; PostgreSQL or any JDBC URL when given.
 */
public final class Database implements AutoCloseable {
  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface RowMapper<T> {
    /** The value of the current row. */
    T map(ResultSet rs) throws SQLException;
  }

  private final HikariDataSource dataSource;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Opens a database by URL, or the embedded one in {@code dataDir} when the URL is null. */
  public static Database open(String url, String user, String password, Path dataDir) {
    HikariConfig config = new HikariConfig();
    if (url == null || url.isBlank()) {
      config.setJdbcUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("sluice")
          + ";AUTO_SERVER=FALSE;DB_CLOSE_ON_EXIT=FALSE");
      config.setUsername("sa");
      config.setPassword("");
    } else {
      config.setJdbcUrl(url);
      config.setUsername(user);
      config.setPassword(password);
    }
    config.setMaximumPoolSize(16);
    config.setPoolName("sluice-db");
    HikariDataSource ds = new HikariDataSource(config);
    try {
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    } catch (RuntimeException e) {
      ds.close();
      throw e;
    }
    return new Database(ds);
  }

  /** The rows a query returns. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = prepare(c, sql, args);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  /** The first row a query returns, if any. */
  public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... args) {
    List<T> rows = query(sql, mapper, args);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** Runs an insert, update or delete; the number of rows changed. */
  public int update(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  /** Runs an insert; false when it broke a unique or primary key. */
  public boolean insertIfAbsent(String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement ps = prepare(c, sql, args)) {
      ps.executeUpdate();
      return true;
    } catch (SQLException e) {
      if (isDuplicateKey(e)) {
        return false;
      }
      throw new StoreException(sql, e);
    }
  }

  /** Statements run together in one transaction ({@link #transaction}). */
  public interface Transaction {
    /** Runs an insert, update or delete; the number of rows changed. */
    int update(String sql, Object... args);
  }

  /**
   * Runs work in one transaction: committed when it returns, rolled back when it throws (what it
   * wrote is then undone) or when it returns false.
   */
  public boolean transaction(java.util.function.Predicate<Transaction> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        boolean commit = work.test((sql, args) -> {
          try (PreparedStatement ps = prepare(c, sql, args)) {
            return ps.executeUpdate();
          } catch (SQLException e) {
            throw isDuplicateKey(e) ? new DuplicateKey(sql, e) : new StoreException(sql, e);
          }
        });
        if (commit) {
          c.commit();
        } else {
          c.rollback();
        }
        return commit;
      } catch (RuntimeException | Error e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("transaction", e);
    }
  }

  /** A unique or primary key broken inside a {@link #transaction}: it is rolled back. */
  public static final class DuplicateKey extends StoreException {
    DuplicateKey(String sql, SQLException cause) {
      super(sql, cause);
    }
  }

  /** Whether the database answers. */
  public boolean isReady() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean isDuplicateKey(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.equals("23505") || state.equals("23000"));
  }

  private static PreparedStatement prepare(Connection c, String sql, Object[] args)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      ps.setObject(i + 1, args[i]);
    }
    return ps;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
