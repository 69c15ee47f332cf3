package dev.sluice.core.match;

import java.util.Map;

/**
 * A mapping the user confirmed, for the caller to store (the widget keeps it in localStorage) and
 * pass back next time.
 *
 * @param fingerprint identifies the importer and header set it applies to
 * @param columns     folded header to column key; a header mapped to nothing is absent
 */
public record RememberedMapping(String fingerprint, Map<String, String> columns) {
  /** Copies the map. */
  public RememberedMapping {
    columns = Map.copyOf(columns);
  }
}
