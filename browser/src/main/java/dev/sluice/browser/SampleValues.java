package dev.sluice.browser;

import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;

/** An example value per column type, for the sample file users can download. */
final class SampleValues {
  private SampleValues() {}

  static String of(Column column) {
    if (column.defaultValue() != null) {
      return column.defaultValue();
    }
    ColumnType t = column.type();
    if (t instanceof ColumnType.IntegerType) {
      return "42";
    } else if (t instanceof ColumnType.DecimalType) {
      return "1234.5";
    } else if (t instanceof ColumnType.Currency c) {
      return c.currency() == null ? "19.99" : "19.99 " + c.currency();
    } else if (t instanceof ColumnType.BooleanType) {
      return "yes";
    } else if (t instanceof ColumnType.Email) {
      return "jane.doe@example.com";
    } else if (t instanceof ColumnType.Url) {
      return "https://example.com";
    } else if (t instanceof ColumnType.Phone) {
      return "+1 415 555 0100";
    } else if (t instanceof ColumnType.Date) {
      return "2024-03-14";
    } else if (t instanceof ColumnType.DateTime) {
      return "2024-03-14T09:30:00";
    } else if (t instanceof ColumnType.EnumType e) {
      return e.options().get(0).label();
    } else if (t instanceof ColumnType.Uuid) {
      return "123e4567-e89b-12d3-a456-426614174000";
    } else if (t instanceof ColumnType.CountryCode) {
      return "US";
    }
    return column.label();
  }
}
