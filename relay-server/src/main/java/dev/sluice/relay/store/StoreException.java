package dev.sluice.relay.store;

import java.sql.SQLException;

/**
 * A database failure, with the statement that failed (never its arguments, which may be personal).
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(String sql, SQLException cause) {
    super("database error (" + cause.getSQLState() + ") in: " + sql, cause);
  }
}
