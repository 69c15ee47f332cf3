package dev.sluice.core.validate;

import dev.sluice.core.schema.ColumnType;

/** Creates the validator of a column type. */
final class TypeValidators {
  private TypeValidators() {}

  static TypeValidator forType(ColumnType type) {
    if (type instanceof ColumnType.Text t) {
      return new TextValidator(t.minLength(), t.maxLength(), t.pattern());
    } else if (type instanceof ColumnType.IntegerType t) {
      return new NumberValidator(true, t.min(), t.max(), t.decimalSeparator(), false, null);
    } else if (type instanceof ColumnType.DecimalType t) {
      return new NumberValidator(false, t.min(), t.max(), t.decimalSeparator(), false, null);
    } else if (type instanceof ColumnType.Currency t) {
      return new NumberValidator(false, t.min(), t.max(), t.decimalSeparator(), true,
          t.currency());
    } else if (type instanceof ColumnType.BooleanType t) {
      return new BooleanValidator(t.trueValues(), t.falseValues());
    } else if (type instanceof ColumnType.Email) {
      return new EmailValidator();
    } else if (type instanceof ColumnType.Url) {
      return new UrlValidator();
    } else if (type instanceof ColumnType.Phone t) {
      return new PhoneValidator(t.defaultCountry());
    } else if (type instanceof ColumnType.Date t) {
      return new DateValidator(t.formats(), false);
    } else if (type instanceof ColumnType.DateTime t) {
      return new DateValidator(t.formats(), true);
    } else if (type instanceof ColumnType.EnumType t) {
      return new EnumValidator(t.options());
    } else if (type instanceof ColumnType.Uuid) {
      return new UuidValidator();
    } else {
      return new CountryValidator();
    }
  }
}
