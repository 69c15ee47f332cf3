package dev.sluice.core.schema;

import dev.sluice.core.country.Countries;
import dev.sluice.core.country.PhonePlans;
import dev.sluice.core.text.Decimals;
import dev.sluice.core.text.Regex;
import dev.sluice.core.text.TextFold;
import dev.sluice.core.time.DatePattern;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks the options of a column type, so that a bad option fails when the schema is built. */
final class TypeChecks {
  private TypeChecks() {}

  private static boolean isCurrencyCode(String code) {
    if (code.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (code.charAt(i) < 'A' || code.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  static void check(SchemaPath path, ColumnType type) {
    SchemaPath at = path.field("type");
    if (type instanceof ColumnType.Text t) {
      nonNegative(at, "minLength", t.minLength());
      nonNegative(at, "maxLength", t.maxLength());
      if (t.minLength() != null && t.maxLength() != null && t.minLength() > t.maxLength()) {
        throw new SchemaException(at, "minLength", "SCHEMA_INVALID_RANGE",
            "minLength " + t.minLength() + " is greater than maxLength " + t.maxLength());
      }
      if (t.pattern() != null) {
        String error = Regex.syntaxError(t.pattern());
        if (error != null) {
          throw new SchemaException(at, "pattern", "SCHEMA_INVALID_PATTERN",
              "not a valid regular expression (RE2 syntax: no back-references or look-around): "
                  + error);
        }
      }
    } else if (type instanceof ColumnType.IntegerType t) {
      range(at, t.min(), t.max());
      separator(at, t.decimalSeparator());
    } else if (type instanceof ColumnType.DecimalType t) {
      range(at, t.min(), t.max());
      separator(at, t.decimalSeparator());
    } else if (type instanceof ColumnType.Currency t) {
      range(at, t.min(), t.max());
      separator(at, t.decimalSeparator());
      if (t.currency() != null && !isCurrencyCode(t.currency())) {
        throw new SchemaException(at, "currency", "SCHEMA_INVALID_VALUE",
            "'" + t.currency() + "' is not an ISO 4217 code; use three capital letters like EUR");
      }
    } else if (type instanceof ColumnType.BooleanType t) {
      Set<String> trues = new HashSet<>();
      for (String v : t.trueValues()) {
        trues.add(TextFold.lower(v.trim()));
      }
      for (String v : t.falseValues()) {
        if (trues.contains(TextFold.lower(v.trim()))) {
          throw new SchemaException(at, "falseValues", "SCHEMA_INVALID_VALUE",
              "'" + v + "' is in both trueValues and falseValues");
        }
      }
    } else if (type instanceof ColumnType.Phone t) {
      if (t.defaultCountry() != null && !PhonePlans.supports(t.defaultCountry())) {
        throw new SchemaException(at, "defaultCountry", "SCHEMA_UNKNOWN_VALUE",
            "'" + t.defaultCountry() + "' is not a supported country; use one of "
                + String.join(", ", PhonePlans.countries()));
      }
    } else if (type instanceof ColumnType.Date t) {
      formats(at, t.formats(), false);
    } else if (type instanceof ColumnType.DateTime t) {
      formats(at, t.formats(), true);
    } else if (type instanceof ColumnType.EnumType t) {
      if (t.options().isEmpty()) {
        throw new SchemaException(at, "options", "SCHEMA_REQUIRED_FIELD",
            "an enum needs at least one option");
      }
      Set<String> seen = new HashSet<>();
      for (int i = 0; i < t.options().size(); i++) {
        EnumOption o = t.options().get(i);
        if (o == null || o.value() == null || o.value().isEmpty()) {
          throw new SchemaException(at.field("options", i), "value", "SCHEMA_REQUIRED_FIELD",
              "an option needs a value");
        }
        if (!seen.add(TextFold.lower(o.value()))) {
          throw new SchemaException(at.field("options", i), "value", "SCHEMA_DUPLICATE_KEY",
              "option '" + o.value() + "' is listed twice (values are compared ignoring case)");
        }
      }
    } else if (type instanceof ColumnType.CountryCode) {
      if (Countries.count() == 0) {
        throw new IllegalStateException("country table missing");
      }
    }
  }

  private static void nonNegative(SchemaPath at, String field, Integer value) {
    if (value != null && value < 0) {
      throw new SchemaException(at, field, "SCHEMA_INVALID_RANGE",
          field + " must be 0 or more, not " + value);
    }
  }

  private static void range(SchemaPath at, Double min, Double max) {
    if (min != null && max != null && min > max) {
      throw new SchemaException(at, "min", "SCHEMA_INVALID_RANGE",
          "min " + Decimals.format(min) + " is greater than max " + Decimals.format(max));
    }
  }

  private static void separator(SchemaPath at, String separator) {
    if (separator != null && !separator.equals(".") && !separator.equals(",")
        && !separator.equals("auto")) {
      throw new SchemaException(at, "decimalSeparator", "SCHEMA_UNKNOWN_VALUE",
          "'" + separator + "' is not allowed; use \".\", \",\" or \"auto\"");
    }
  }

  private static void formats(SchemaPath at, List<String> formats, boolean withTime) {
    for (int i = 0; i < formats.size(); i++) {
      try {
        DatePattern.compile(formats.get(i), withTime);
      } catch (IllegalArgumentException e) {
        throw new SchemaException(at, "formats[" + i + "]", "SCHEMA_INVALID_PATTERN",
            "'" + formats.get(i) + "' is not a date pattern Sluice reads: " + e.getMessage()
                + "; for example uuuu-MM-dd, dd.MM.uuuu or MM/dd/uuuu HH:mm");
      }
    }
  }

}
