package dev.sluice.browser;

import dev.sluice.core.text.Decimals;

/**
 * A number of a JSON tree: one the page gives ({@link JsTree}) or one the worker answers with
 * ({@link Json}), written as JavaScript writes it.
 *
 * <p>Not a {@code Double}: a boxed double that can reach a {@code toString} call pulls TeaVM's own
 * double formatting into the engine, 4 KB of the widget's gzipped budget for text JavaScript
 * writes itself ({@link Decimals#format}).
 */
final class JsonNumber extends Number {
  private static final long serialVersionUID = 1L;
  private final double value;

  JsonNumber(double value) {
    this.value = value;
  }

  @Override
  public int intValue() {
    return (int) value;
  }

  @Override
  public long longValue() {
    return (long) value;
  }

  @Override
  public float floatValue() {
    return (float) value;
  }

  @Override
  public double doubleValue() {
    return value;
  }

  @Override
  public String toString() {
    return Decimals.format(value);
  }
}
