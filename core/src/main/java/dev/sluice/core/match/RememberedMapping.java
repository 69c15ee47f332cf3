package dev.sluice.core.match;

import java.util.Map;

/**
 * A mapping the user confirmed, for the caller to store (the widget keeps it in localStorage) and
 * pass back next time.
 *
 * @param fingerprint identifies the importer and header set it applies to
 * @param columns     folded header to column key, or to {@link #NOT_IMPORTED} for a header the user
 *                    chose not to import; a header left unmatched is absent
 * @param custom      folded header to the name of the custom field it was kept as
 */
public record RememberedMapping(String fingerprint, Map<String, String> columns,
    Map<String, String> custom) {
  /** The column key remembered for a header not to import ("Do not import"). */
  public static final String NOT_IMPORTED = "";

  /** Copies the maps. */
  public RememberedMapping {
    columns = Map.copyOf(columns);
    custom = Map.copyOf(custom == null ? Map.of() : custom);
  }

  /** A mapping without custom fields. */
  public RememberedMapping(String fingerprint, Map<String, String> columns) {
    this(fingerprint, columns, Map.of());
  }
}
