package dev.sluice.core.schema;

import java.util.List;

/**
 * One allowed value of an enum column: the value stored, the label users see, and other spellings.
 *
 * @param value   the value handed to the host
 * @param label   what users see and may type
 * @param aliases other accepted spellings
 */
public record EnumOption(String value, String label, List<String> aliases) {
  /** Copies the aliases. */
  public EnumOption {
    label = label == null ? value : label;
    aliases = List.copyOf(aliases == null ? List.of() : aliases);
  }
}
