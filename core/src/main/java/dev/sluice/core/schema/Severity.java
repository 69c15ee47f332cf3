package dev.sluice.core.schema;

/** How much a broken rule matters: errors block or exclude a row, warnings and infos only inform. */
public enum Severity {
  /** The row is invalid. */
  ERROR,
  /** The row is valid but the user should look. */
  WARNING,
  /** A note. */
  INFO;

  /** Parses {@code error}, {@code warning} or {@code info}, ignoring case; null when none of them. */
  public static Severity byName(String name) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    return null;
  }
}
