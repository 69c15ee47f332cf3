package dev.sluice.core.validate;

import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.text.SpanSet;
import dev.sluice.core.text.TextFold;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Creates the validator of a column type, and calls the span checks of a validator by its kind.
 *
 * <p>The span checks run for nearly every cell of a file. In the browser build, a call through
 * the {@link TypeValidator} interface from one call site that sees every type is a megamorphic
 * property lookup plus TeaVM's method wrapper (about a fifth of validation in a V8 profile); a
 * switch on the kind casts to the final class, which TeaVM compiles to a direct call that V8 can
 * inline.
 */
final class TypeValidators {
  /**
   * The bytes past a cell's length that {@link TypeValidator#writeValidNormalAt} may write: a
   * date in ISO is ten chars from a cell of eight ({@code 9.3.2017}).
   */
  static final int NORMAL_ROOM = 16;

  /**
   * Writes a String's chars as ASCII bytes into {@code out} from {@code at} and returns where
   * they end, or -1 when one is not ASCII or they do not fit: {@link
   * TypeValidator#writeValidNormalAt} of a normal form looked up as a String (a country's code, an
   * option's value).
   */
  static int writeAscii(String s, byte[] out, int at) {
    int n = s.length();
    if (n > out.length - at) {
      return -1;
    }
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      out[at + i] = (byte) c;
    }
    return at + n;
  }

  private TypeValidators() {}

  static final int TEXT = 0;
  static final int NUMBER = 1;
  static final int BOOLEAN = 2;
  static final int EMAIL = 3;
  static final int URL = 4;
  static final int PHONE = 5;
  static final int DATE = 6;
  static final int ENUM = 7;
  static final int UUID = 8;
  static final int COUNTRY = 9;

  /** The kind of a validator made by {@link #forType}, for the span checks below. */
  static int kindOf(TypeValidator type) {
    if (type instanceof TextValidator) {
      return TEXT;
    } else if (type instanceof NumberValidator) {
      return NUMBER;
    } else if (type instanceof BooleanValidator) {
      return BOOLEAN;
    } else if (type instanceof EmailValidator) {
      return EMAIL;
    } else if (type instanceof UrlValidator) {
      return URL;
    } else if (type instanceof PhoneValidator) {
      return PHONE;
    } else if (type instanceof DateValidator) {
      return DATE;
    } else if (type instanceof EnumValidator) {
      return ENUM;
    } else if (type instanceof UuidValidator) {
      return UUID;
    }
    return COUNTRY;
  }

  /** {@link #acceptance}: the span check does not take the text. */
  static final int REJECTED = 0;
  /** {@link #acceptance}: the span check takes the text, whose normal form differs from it. */
  static final int ACCEPTED = 1;
  /** {@link #acceptance}: the span check takes the text, and it is its own normal form. */
  static final int NORMAL = 2;

  /**
   * {@link TypeValidator#accepts} and then {@link TypeValidator#normalOnceAccepted} of a
   * validator of the given kind, as {@link #REJECTED}, {@link #ACCEPTED} or {@link #NORMAL}: in
   * one pass over the text for the types that can tell both at once (emails, dates, numbers).
   */
  static int acceptance(TypeValidator type, int kind, String s, int from, int to) {
    switch (kind) {
      case EMAIL:
        return ((EmailValidator) type).acceptance(s, from, to);
      case DATE:
        return ((DateValidator) type).acceptance(s, from, to);
      case NUMBER:
        return ((NumberValidator) type).acceptance(s, from, to);
      default:
        return !accepts(type, kind, s, from, to) ? REJECTED
            : normalOnceAccepted(type, kind, s, from, to) ? NORMAL : ACCEPTED;
    }
  }

  /** {@link TypeValidator#accepts} of a validator of the given kind. */
  static boolean accepts(TypeValidator type, int kind, String s, int from, int to) {
    switch (kind) {
      case TEXT:
        return ((TextValidator) type).accepts(s, from, to);
      case NUMBER:
        return ((NumberValidator) type).accepts(s, from, to);
      case BOOLEAN:
        return ((BooleanValidator) type).accepts(s, from, to);
      case EMAIL:
        return ((EmailValidator) type).accepts(s, from, to);
      case URL:
        return ((UrlValidator) type).accepts(s, from, to);
      case PHONE:
        return ((PhoneValidator) type).accepts(s, from, to);
      case DATE:
        return ((DateValidator) type).accepts(s, from, to);
      case ENUM:
        return ((EnumValidator) type).accepts(s, from, to);
      case UUID:
        return ((UuidValidator) type).accepts(s, from, to);
      default:
        return ((CountryValidator) type).accepts(s, from, to);
    }
  }

  /** {@link TypeValidator#acceptsAsNormal} of a validator of the given kind. */
  static boolean acceptsAsNormal(TypeValidator type, int kind, String s, int from, int to) {
    switch (kind) {
      case TEXT:
        return ((TextValidator) type).acceptsAsNormal(s, from, to);
      case NUMBER:
        return ((NumberValidator) type).acceptsAsNormal(s, from, to);
      case BOOLEAN:
        return ((BooleanValidator) type).acceptsAsNormal(s, from, to);
      case EMAIL:
        return ((EmailValidator) type).acceptsAsNormal(s, from, to);
      case URL:
        return ((UrlValidator) type).acceptsAsNormal(s, from, to);
      case PHONE:
        return ((PhoneValidator) type).acceptsAsNormal(s, from, to);
      case DATE:
        return ((DateValidator) type).acceptsAsNormal(s, from, to);
      case ENUM:
        return ((EnumValidator) type).acceptsAsNormal(s, from, to);
      case UUID:
        return ((UuidValidator) type).acceptsAsNormal(s, from, to);
      default:
        return ((CountryValidator) type).acceptsAsNormal(s, from, to);
    }
  }

  /** {@link TypeValidator#normalOnceAccepted} of a validator of the given kind. */
  static boolean normalOnceAccepted(TypeValidator type, int kind, String s, int from, int to) {
    switch (kind) {
      case TEXT:
        return ((TextValidator) type).normalOnceAccepted(s, from, to);
      case NUMBER:
        return ((NumberValidator) type).normalOnceAccepted(s, from, to);
      case BOOLEAN:
        return ((BooleanValidator) type).normalOnceAccepted(s, from, to);
      case EMAIL:
        return ((EmailValidator) type).normalOnceAccepted(s, from, to);
      case URL:
        return ((UrlValidator) type).normalOnceAccepted(s, from, to);
      case PHONE:
        return ((PhoneValidator) type).normalOnceAccepted(s, from, to);
      case DATE:
        return ((DateValidator) type).normalOnceAccepted(s, from, to);
      case ENUM:
        return ((EnumValidator) type).normalOnceAccepted(s, from, to);
      case UUID:
        return ((UuidValidator) type).normalOnceAccepted(s, from, to);
      default:
        return ((CountryValidator) type).normalOnceAccepted(s, from, to);
    }
  }

  /**
   * The spellings of listed values that a validator finds valid, each with its normal form, for
   * its span check: each value as written and in lower, upper and title case, checked once here
   * (the first spelling listed wins). Types that accept a fixed list of words (enum options,
   * booleans) then accept the usual spellings where they lie in the text, with no String made
   * or folded per cell.
   */
  static SpanSet spellings(TypeValidator type, Iterable<String> written) {
    Map<String, String> valid = new LinkedHashMap<>();
    for (String w : written) {
      String lower = TextFold.lower(w);
      String title = lower.isEmpty() ? lower
          : TextFold.upper(lower.substring(0, 1)) + lower.substring(1);
      for (String v : new String[] {w, lower, TextFold.upper(w), title}) {
        if (!v.isEmpty() && !valid.containsKey(v) && type.check(v) instanceof CellResult.Valid ok) {
          valid.put(v, ok.value());
        }
      }
    }
    return new SpanSet(valid);
  }

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
