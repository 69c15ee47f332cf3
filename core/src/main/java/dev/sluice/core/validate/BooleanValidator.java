package dev.sluice.core.validate;

import dev.sluice.core.text.TextFold;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Boolean cells in the spellings of en, de, fr, es and ja plus the column's own; the normal form is
 * {@code true} or {@code false}.
 */
final class BooleanValidator implements TypeValidator {
  static final List<String> TRUE = List.of("true", "t", "yes", "y", "1", "x", "on", "ja", "j",
      "wahr", "oui", "vrai", "si", "sí", "verdadero", "はい", "真", "✓", "✔");
  static final List<String> FALSE = List.of("false", "f", "no", "n", "0", "off", "nein", "falsch",
      "non", "faux", "falso", "いいえ", "偽", "✗", "✘");

  private final Set<String> trueValues = new HashSet<>();
  private final Set<String> falseValues = new HashSet<>();

  BooleanValidator(List<String> extraTrue, List<String> extraFalse) {
    for (String v : extraTrue) {
      trueValues.add(key(v));
    }
    for (String v : extraFalse) {
      falseValues.add(key(v));
    }
    for (String v : TRUE) {
      if (!falseValues.contains(key(v))) {
        trueValues.add(key(v));
      }
    }
    for (String v : FALSE) {
      if (!trueValues.contains(key(v))) {
        falseValues.add(key(v));
      }
    }
    trueValues.remove("");
    falseValues.remove("");
  }

  private static String key(String value) {
    String folded = TextFold.fold(value);
    return folded.isEmpty() ? value.trim() : folded;
  }

  @Override
  public CellResult check(String value) {
    String folded = key(value);
    if (trueValues.contains(folded)) {
      return new CellResult.Valid("true");
    }
    if (falseValues.contains(folded)) {
      return new CellResult.Valid("false");
    }
    return new CellResult.Invalid("BOOLEAN_INVALID", Map.of());
  }
}
