package dev.sluice.core.schema;

import dev.sluice.core.time.DatePattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The schema of rows as the widget hands them over: every transform already applied, normalised
 * values in their canonical form, hashed columns as 64 hex digits.
 *
 * <p>The relay re-validates submitted batches with this form rather than with the importer itself,
 * because a value the widget normalised (an ISO date for a {@code dd.MM.yyyy} column, {@code
 * 1234.5} for a German decimal) or hashed would not pass the original column's checks.
 */
public final class SubmittedForm {
  /** The pattern of a hashed value: the lower-case hex SHA-256. */
  public static final String HASH_PATTERN = "[0-9a-f]{64}";

  private SubmittedForm() {
  }

  /** The importer whose columns accept exactly what {@code importer} outputs for valid cells. */
  public static Importer of(Importer importer) {
    List<Column> columns = new ArrayList<>();
    for (Column c : importer.columns()) {
      columns.add(submitted(c));
    }
    return new Importer(importer.name(), importer.version(), columns, importer.rowRules(),
        importer.allowExtraColumns(), importer.invalidRowPolicy(), importer.allowCustomColumns());
  }

  private static Column submitted(Column c) {
    if (c.transforms().contains(Transform.HASH)) {
      return copy(c, new ColumnType.Text(64, 64, HASH_PATTERN));
    }
    if (!c.transforms().contains(Transform.NORMALIZE)) {
      return asWritten(c);
    }
    ColumnType t = c.type();
    ColumnType canonical;
    if (t instanceof ColumnType.Date) {
      canonical = new ColumnType.Date(List.of("uuuu-MM-dd"));
    } else if (t instanceof ColumnType.DateTime) {
      // the ISO text of the normal form, whose fraction has as many digits as it needs (.12)
      canonical = new ColumnType.DateTime(List.of(
          "uuuu-MM-dd'T'HH:mm[:ss]" + DatePattern.ANY_FRACTION + "[XXX]"));
    } else if (t instanceof ColumnType.IntegerType i) {
      canonical = new ColumnType.IntegerType(i.min(), i.max(), ".");
    } else if (t instanceof ColumnType.DecimalType d) {
      canonical = new ColumnType.DecimalType(d.min(), d.max(), ".");
    } else if (t instanceof ColumnType.Currency m) {
      canonical = new ColumnType.Currency(m.min(), m.max(), ".", m.currency());
    } else if (t instanceof ColumnType.BooleanType) {
      canonical = new ColumnType.BooleanType(List.of("true"), List.of("false"));
    } else {
      canonical = t;
    }
    return copy(c, canonical);
  }

  /** The column with another type and no transforms (they were applied before submitting). */
  private static Column copy(Column c, ColumnType type) {
    return copy(c, type, c.severities());
  }

  private static Column copy(Column c, ColumnType type, Map<String, Severity> severities) {
    return new Column(c.key(), c.label(), c.description(), c.aliases(), c.required(),
        c.allowBlank(), c.uniqueGroup(), type, c.defaultValue(), severities, c.message(),
        List.of());
  }

  /**
   * A column handed over as written. A date or number there that either of two ways reads
   * ({@code 03/04/2024}, {@code 1,234}) is no error: the widget read it the way the file writes
   * the column (the cells only one way reads tell it, {@code Conventions}), which one batch of
   * rows need not show; it is a valid value of the type either way.
   */
  private static Column asWritten(Column c) {
    ColumnType t = c.type();
    String code = t instanceof ColumnType.Date || t instanceof ColumnType.DateTime
        ? "DATE_AMBIGUOUS" : t instanceof ColumnType.DecimalType
        || t instanceof ColumnType.Currency ? "NUMBER_AMBIGUOUS" : null;
    if (code == null || c.severities().containsKey(code)) {
      return copy(c, t);
    }
    Map<String, Severity> severities = new LinkedHashMap<>(c.severities());
    severities.put(code, Severity.INFO);
    return copy(c, t, severities);
  }
}
