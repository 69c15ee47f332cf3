package dev.sluice.core.validate;

import dev.sluice.core.text.SpanSet;
import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Boolean cells in the spellings of the widget's languages (yes and no, and the TRUE and FALSE
 * that Excel writes in each: WAHR, VRAI, VERO, WAAR, SANT, PRAWDA, DOĞRU...) plus the column's
 * own; the normal form is {@code true} or {@code false}. {@code 1.0} and {@code 0.0} too: pandas writes a boolean column
 * with a missing value as floats; {@code checked} and {@code unchecked}, as Airtable exports a
 * checkbox, and the check-box and check-mark symbols people paste.
 */
final class BooleanValidator implements TypeValidator {
  static final List<String> TRUE = List.of("true", "t", "yes", "y", "1", "x", "on", "ja", "j",
      "wahr", "oui", "vrai", "si", "sí", "verdadero", "はい", "真", "✓", "✔", "1.0", "checked", "☑",
      "✅", "vero", "sim", "verdadeiro", "waar", "sant", "sand", "sann", "tosi", "kyllä", "tak",
      "prawda", "ano", "pravda", "evet", "doğru", "да", "是", "예", "네", "نعم", "כן");
  static final List<String> FALSE = List.of("false", "f", "no", "n", "0", "off", "nein", "falsch",
      "non", "faux", "falso", "いいえ", "偽", "✗", "✘", "0.0", "unchecked", "☐", "❌", "não", "nee",
      "onwaar", "nej", "falskt", "falsk", "nei", "usann", "ei", "epätosi", "nie", "fałsz", "ne",
      "nepravda", "hayır", "yanlış", "нет", "否", "아니오", "아니요", "لا", "לא");

  private final Set<String> trueValues = new HashSet<>();
  private final Set<String> falseValues = new HashSet<>();
  /** The usual spellings of every value, with their normal form ({@link #accepts}). */
  private final SpanSet spellings;

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
    List<String> written = new ArrayList<>(extraTrue);
    written.addAll(extraFalse);
    written.addAll(TRUE);
    written.addAll(FALSE);
    this.spellings = TypeValidators.spellings(this, written);
  }

  /**
   * A listed value as written or in lower, upper or title case ({@code TRUE}, {@code No}): each
   * such spelling is checked once when the validator is made.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    return spellings.contains(text, from, to);
  }

  /** A spelling whose normal form is itself: {@code true} or {@code false} as written. */
  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    String value = spellings.valueOf(text, from, to);
    return value != null && value.length() == to - from && text.startsWith(value, from);
  }

  /** The normal form of a spelling {@link #accepts} takes, appended from the span. */
  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    return spellings.appendValueOf(text, from, to, out);
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
