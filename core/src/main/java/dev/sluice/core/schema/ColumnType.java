package dev.sluice.core.schema;

import dev.sluice.core.text.Decimals;
import java.util.List;

/**
 * The type of a column and its options; each type has a validator in
 * {@link dev.sluice.core.validate}.
 */
public sealed interface ColumnType {

  /** The JSON name of the type. */
  String name();

  /**
   * A bound as the records' {@code toString} writes it: not through {@code Double.toString},
   * which in the browser build brings TeaVM's double formatting (4 KB of the gzipped widget)
   * for text JavaScript writes itself.
   */
  private static String bound(Double bound) {
    return bound == null ? "null" : Decimals.format(bound);
  }

  /** Free text with optional length bounds and a regular expression that the whole value matches. */
  record Text(Integer minLength, Integer maxLength, String pattern) implements ColumnType {
    @Override
    public String name() {
      return "text";
    }
  }

  /**
   * A whole number. The decimal separator is {@code "."}, {@code ","} or {@code "auto"} (the last of
   * {@code . ,} in a value that has both, else the one that cannot be grouping).
   */
  record IntegerType(Double min, Double max, String decimalSeparator) implements ColumnType {
    @Override
    public String name() {
      return "integer";
    }

    @Override
    public String toString() {
      return "IntegerType[min=" + bound(min) + ", max=" + bound(max) + ", decimalSeparator="
          + decimalSeparator + "]";
    }
  }

  /** A decimal number, such as {@code 1.234,56} or {@code 1,234.56}. */
  record DecimalType(Double min, Double max, String decimalSeparator) implements ColumnType {
    @Override
    public String name() {
      return "decimal";
    }

    @Override
    public String toString() {
      return "DecimalType[min=" + bound(min) + ", max=" + bound(max) + ", decimalSeparator="
          + decimalSeparator + "]";
    }
  }

  /** A money amount with an optional currency symbol or code, such as {@code 1.234,50 €}. */
  record Currency(Double min, Double max, String decimalSeparator, String currency)
      implements ColumnType {
    @Override
    public String name() {
      return "currency";
    }

    @Override
    public String toString() {
      return "Currency[min=" + bound(min) + ", max=" + bound(max) + ", decimalSeparator="
          + decimalSeparator + ", currency=" + currency + "]";
    }
  }

  /** yes/no, true/false, 1/0, x and their translations; extra spellings may be added. */
  record BooleanType(List<String> trueValues, List<String> falseValues) implements ColumnType {
    /** Copies the lists. */
    public BooleanType {
      trueValues = List.copyOf(trueValues == null ? List.of() : trueValues);
      falseValues = List.copyOf(falseValues == null ? List.of() : falseValues);
    }

    @Override
    public String name() {
      return "boolean";
    }
  }

  /** An email address, also written as {@code Name <address>}; IDN domains accepted. */
  record Email() implements ColumnType {
    @Override
    public String name() {
      return "email";
    }
  }

  /** An http or https URL. */
  record Url() implements ColumnType {
    @Override
    public String name() {
      return "url";
    }
  }

  /** A phone number, normalised to E.164 with a default country for national numbers. */
  record Phone(String defaultCountry) implements ColumnType {
    @Override
    public String name() {
      return "phone";
    }
  }

  /** A calendar date in one of the formats (java.time patterns), normalised to ISO 8601. */
  record Date(List<String> formats) implements ColumnType {
    /** Copies the list. */
    public Date {
      formats = List.copyOf(formats == null ? List.of() : formats);
    }

    @Override
    public String name() {
      return "date";
    }
  }

  /** A date and time in one of the formats, normalised to ISO 8601. */
  record DateTime(List<String> formats) implements ColumnType {
    /** Copies the list. */
    public DateTime {
      formats = List.copyOf(formats == null ? List.of() : formats);
    }

    @Override
    public String name() {
      return "datetime";
    }
  }

  /** One of a list of values, matched case-insensitively on value, label or alias. */
  record EnumType(List<EnumOption> options) implements ColumnType {
    /** Copies the list. */
    public EnumType {
      options = List.copyOf(options);
    }

    @Override
    public String name() {
      return "enum";
    }
  }

  /** A UUID in its 8-4-4-4-12 hex form. */
  record Uuid() implements ColumnType {
    @Override
    public String name() {
      return "uuid";
    }
  }

  /** An ISO 3166-1 alpha-2 country code (alpha-3 accepted and normalised to alpha-2). */
  record CountryCode() implements ColumnType {
    @Override
    public String name() {
      return "country";
    }
  }
}
