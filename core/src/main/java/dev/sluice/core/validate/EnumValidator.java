package dev.sluice.core.validate;

import dev.sluice.core.text.SpanSet;
import dev.sluice.core.schema.EnumOption;
import dev.sluice.core.text.EditDistance;
import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Enum cells matched on value, label or alias, ignoring case, accents and punctuation; the normal
 * form is the option's value. An invalid cell's message lists the labels and suggests the closest.
 */
final class EnumValidator implements TypeValidator {
  private static final int LISTED = 12;

  private final Map<String, String> byFolded = new HashMap<>();
  private final List<EnumOption> options;
  private final String allowed;
  /** Spellings accepted where they lie in the text ({@link #accepts}). */
  private final SpanSet spellings;
  /**
   * The options' values in order, and whether check gives each back as itself: arrays, so that
   * {@link #acceptsAsNormal} per cell makes no iterator and looks nothing up.
   */
  private final String[] values;
  private final boolean[] ownNormal;
  /** The options' labels folded, for {@link #closest}: folded once, not once an invalid cell. */
  private final String[] foldedLabels;

  EnumValidator(List<EnumOption> options) {
    this.options = options;
    this.values = new String[options.size()];
    this.ownNormal = new boolean[options.size()];
    this.foldedLabels = new String[options.size()];
    List<String> labels = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      // an earlier option keeps a spelling two share, so whether this one's value is its own
      // normal form is settled once its spellings are in
      EnumOption o = options.get(i);
      values[i] = o.value();
      foldedLabels[i] = TextFold.fold(o.label());
      byFolded.putIfAbsent(values[i], values[i]);
      byFolded.putIfAbsent(TextFold.fold(values[i]), values[i]);
      byFolded.putIfAbsent(foldedLabels[i], values[i]);
      for (String alias : o.aliases()) {
        byFolded.putIfAbsent(TextFold.fold(alias), values[i]);
      }
      ownNormal[i] = values[i].equals(byFolded.get(values[i]));
      if (i < LISTED) {
        labels.add(o.label());
      }
      written.addAll(o.aliases());
      written.add(values[i]);
      written.add(o.label());
    }
    this.allowed = String.join(", ", labels) + (options.size() > LISTED ? ", …" : "");
    this.spellings = TypeValidators.spellings(this, written);
  }

  /**
   * An option's value, label or alias as written, or in upper, lower or title case: each such
   * spelling is checked once here and kept only if {@link #check} finds it valid.
   */
  @Override
  public boolean accepts(String text, int from, int to) {
    return spellings.contains(text, from, to);
  }

  /** The value of a spelling {@link #accepts} takes, appended from the span. */
  @Override
  public boolean appendNormalAt(String text, int from, int to, StringBuilder out) {
    return spellings.appendValueOf(text, from, to, out);
  }

  /** {@link #appendNormalAt}'s value, written as bytes when it is ASCII. */
  @Override
  public int writeValidNormalAt(String text, int from, int to, byte[] out, int at) {
    String value = spellings == null ? null : spellings.valueOf(text, from, to);
    return value == null ? -1 : TypeValidators.writeAscii(value, out, at);
  }

  /** An option's value as written, when check gives that very value (not another option's). */
  @Override
  public boolean acceptsAsNormal(String text, int from, int to) {
    for (int i = 0; i < values.length; i++) {
      String v = values[i];
      if (v.length() == to - from && text.startsWith(v, from)) {
        return ownNormal[i];
      }
    }
    return false;
  }

  @Override
  public CellResult check(String value) {
    String spelled = spellings == null ? null : spellings.valueOf(value, 0, value.length());
    if (spelled != null) {
      return new CellResult.Valid(spelled); // a usual spelling: its value without folding
    }
    String exact = byFolded.get(value);
    if (exact != null) {
      return new CellResult.Valid(exact);
    }
    String folded = TextFold.fold(value);
    String match = byFolded.get(folded);
    if (match != null) {
      return new CellResult.Valid(match);
    }
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("allowed", allowed);
    String suggestion = closest(folded);
    args.put("suggestion", suggestion == null ? "" : suggestion);
    return new CellResult.Invalid(suggestion == null ? "ENUM_INVALID" : "ENUM_INVALID_SUGGEST",
        args);
  }

  /** The label whose folded form is within a third of its length in edits, or null. */
  private String closest(String folded) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (int i = 0; i < foldedLabels.length; i++) {
      String label = foldedLabels[i];
      int within = Math.max(1, label.length() / 3);
      int d = EditDistance.levenshtein(folded, label, within);
      if (d < bestDistance && d <= within) {
        best = options.get(i).label();
        bestDistance = d;
      }
    }
    return best;
  }
}
