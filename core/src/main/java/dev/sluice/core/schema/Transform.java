package dev.sluice.core.schema;

import dev.sluice.core.text.TextFold;

/**
 * A change applied to a cell before it is validated (text transforms) or after (normalise, hash).
 *
 * <p>Hash replaces a value by the hex SHA-256 of its normalised form (email: trimmed and
 * lower-cased; phone: the digits of its E.164 form), so that identifiers can be matched by the host
 * without the raw value leaving the browser.
 */
public enum Transform {
  /** Remove leading and trailing white space. */
  TRIM,
  /** Replace every run of white space by one space. */
  COLLAPSE_SPACES,
  /** Upper case. */
  UPPER,
  /** Lower case. */
  LOWER,
  /** Title Case Of Every Word. */
  TITLE,
  /** Output the type's normal form (ISO 8601 dates, plain numbers, E.164 phones, true/false). */
  NORMALIZE,
  /** Output the hex SHA-256 of the normalised value instead of the value. */
  HASH,
  /**
   * Drop a leading apostrophe, the mark a spreadsheet writes before a value to keep it as text
   * ({@code '02134}). Typed columns drop it anyway; a text column keeps it unless it has this
   * transform, which an import also gives a text column whose cells nearly all carry the mark.
   */
  UNMARK;

  /** The JSON name, lower case with underscores. */
  public String jsonName() {
    return TextFold.lower(name());
  }

  /** Finds a transform by its JSON name; null when unknown. */
  public static Transform byName(String name) {
    for (Transform t : values()) {
      if (t.jsonName().equals(name)) {
        return t;
      }
    }
    return null;
  }
}
