package dev.sluice.core.validate;

import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.table.ImportTable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a file writes the dates and numbers of its columns, told by the cells that read only one
 * way: a day past the 12th puts the day first ({@code 25/04/2024}), two decimals after a point
 * make it the decimal separator ({@code $12.50}). The importer narrowed to that way reads the
 * column's other cells, which either way would read ({@code 03/04/2024}, {@code $1,234}), as the
 * file means them instead of refusing each as ambiguous.
 *
 * <p>Why a rule of its own and not a guess per cell: a person writes a column one way, so its
 * unambiguous cells are the evidence for its ambiguous ones; and a cell is never read against
 * its column's evidence. The evidence must be clear: at least {@link #MIN_VOTES} cells for one
 * way and twenty times as many as for the other (a typo does not turn a column). The cells
 * looked at are a sample of at most {@link #SAMPLE} rows (the first half of it in file order, the
 * rest spread evenly), so the rule costs the same at any size; a narrowed importer is an importer
 * like any other, which other workers and the relay can be given.
 */
public final class Conventions {
  /** The most rows whose cells are looked at per column. */
  static final int SAMPLE = 4096;
  /** The fewest cells that must show a way for a column to be read that way. */
  static final int MIN_VOTES = 3;
  /** How many times more cells must show the way taken than the other. */
  static final int DOMINANCE = 20;

  private Conventions() {}

  /**
   * The importer with each date, date-time, decimal and currency column narrowed to the way the
   * table's cells write it: the formats the evidence rules out dropped, the decimal separator of
   * a column that leaves it to each cell fixed. The importer itself when no column changes. The
   * table's first columns are the importer's, in order (as a {@link ValidationSession}'s).
   */
  public static Importer narrow(Importer importer, ImportTable table) {
    List<Column> columns = importer.columns();
    List<Column> narrowed = null;
    int[] rows = sampleRows(table);
    for (int c = 0; c < columns.size() && c < table.columns().size(); c++) {
      Column column = columns.get(c);
      ColumnType type = narrowedType(column, table, c, rows);
      if (type != null) {
        if (narrowed == null) {
          narrowed = new ArrayList<>(columns);
        }
        narrowed.set(c, column.toBuilder().type(type).build());
      }
    }
    return narrowed == null ? importer : new Importer(importer.name(), importer.version(),
        narrowed, importer.rowRules(), importer.allowExtraColumns(), importer.invalidRowPolicy(),
        importer.allowCustomColumns());
  }

  /** The rows looked at: all of a small table, else the first half of the sample and a spread. */
  static int[] sampleRows(ImportTable table) {
    int n = table.rowCount();
    if (n <= SAMPLE) {
      int[] all = new int[n];
      for (int r = 0; r < n; r++) {
        all[r] = r;
      }
      return all;
    }
    int head = SAMPLE / 2;
    int[] rows = new int[SAMPLE];
    for (int r = 0; r < head; r++) {
      rows[r] = r;
    }
    for (int i = 0; i < SAMPLE - head; i++) {
      rows[head + i] = head + (int) ((long) (n - head) * i / (SAMPLE - head));
    }
    return rows;
  }

  /** The column's type narrowed by its cells, or null when it stays as it is. */
  private static ColumnType narrowedType(Column column, ImportTable table, int c, int[] rows) {
    ColumnType type = column.type();
    if (type instanceof ColumnType.Date d) {
      List<String> kept = keptFormats(column, table, c, rows, d.formats(), false);
      return kept == null ? null : new ColumnType.Date(kept);
    }
    if (type instanceof ColumnType.DateTime d) {
      List<String> kept = keptFormats(column, table, c, rows, d.formats(), true);
      return kept == null ? null : new ColumnType.DateTime(kept);
    }
    if (type instanceof ColumnType.DecimalType d && auto(d.decimalSeparator())) {
      String separator = separator(column, table, c, rows, false, null);
      return separator == null ? null : new ColumnType.DecimalType(d.min(), d.max(), separator);
    }
    if (type instanceof ColumnType.Currency m && auto(m.decimalSeparator())) {
      String separator = separator(column, table, c, rows, true, m.currency());
      return separator == null ? null
          : new ColumnType.Currency(m.min(), m.max(), separator, m.currency());
    }
    return null;
  }

  private static boolean auto(String separator) {
    return separator == null || separator.equals("auto");
  }

  /**
   * The formats of a date column that its cells do not rule out, or null when none is: a format
   * that reads a cell one way where another reads it another (an ambiguity the sample shows) is
   * ruled out when that other has the clear evidence of the cells only it, or only formats
   * agreeing with it, read.
   */
  private static List<String> keptFormats(Column column, ImportTable table, int c, int[] rows,
      List<String> formats, boolean withTime) {
    List<String> patterns = formats.isEmpty()
        ? (withTime ? DateValidator.DEFAULT_DATETIME_FORMATS : DateValidator.DEFAULT_DATE_FORMATS)
        : formats;
    if (patterns.size() < 2) {
      return null;
    }
    DateValidator dates = new DateValidator(patterns, withTime);
    ColumnValidator prepare = new ColumnValidator(column, null);
    int n = patterns.size();
    int[] votes = new int[n];
    boolean[][] against = new boolean[n][n];
    boolean ambiguous = false;
    for (int row : rows) {
      String value = typeInput(prepare, table, row, c);
      if (value == null) {
        continue;
      }
      String[] read = dates.readings(value);
      String first = null;
      boolean one = true;
      for (String r : read) {
        if (r != null) {
          if (first == null) {
            first = r;
          } else if (!first.equals(r)) {
            one = false;
          }
        }
      }
      if (first == null) {
        continue;
      }
      for (int f = 0; f < n; f++) {
        if (read[f] == null) {
          continue;
        }
        if (one) {
          votes[f]++;
          continue;
        }
        for (int g = 0; g < n; g++) {
          if (read[g] != null && !read[g].equals(read[f])) {
            against[f][g] = true;
            ambiguous = true;
          }
        }
      }
    }
    if (!ambiguous) {
      return null;
    }
    Set<Integer> dropped = new LinkedHashSet<>();
    for (int f = 0; f < n; f++) {
      for (int g = 0; g < n; g++) {
        if (against[f][g] && clear(votes[f], votes[g])) {
          dropped.add(g);
        }
      }
    }
    if (dropped.isEmpty()) {
      return null;
    }
    List<String> kept = new ArrayList<>();
    for (int f = 0; f < n; f++) {
      if (!dropped.contains(f)) {
        kept.add(patterns.get(f));
      }
    }
    return kept;
  }

  /**
   * The decimal separator a number column's cells show, {@code "."} or {@code ","}, or null when
   * they show none clearly: a cell read only with a point ({@code 12.50}, {@code 1,234.5}) shows
   * the point, one read only with a comma ({@code 12,50}) the comma.
   */
  private static String separator(Column column, ImportTable table, int c, int[] rows,
      boolean currency, String code) {
    NumberValidator point = new NumberValidator(false, null, null, ".", currency, code);
    NumberValidator comma = new NumberValidator(false, null, null, ",", currency, code);
    ColumnValidator prepare = new ColumnValidator(column, null);
    int points = 0;
    int commas = 0;
    for (int row : rows) {
      String value = typeInput(prepare, table, row, c);
      if (value == null) {
        continue;
      }
      boolean byPoint = point.check(value) instanceof CellResult.Valid;
      boolean byComma = comma.check(value) instanceof CellResult.Valid;
      if (byPoint && !byComma) {
        points++;
      } else if (byComma && !byPoint) {
        commas++;
      }
    }
    return clear(points, commas) ? "." : clear(commas, points) ? "," : null;
  }

  /** Whether {@code votes} for a way are clear evidence against {@code other}'s. */
  private static boolean clear(int votes, int other) {
    return votes >= MIN_VOTES && (long) other * DOMINANCE <= votes;
  }

  /** The value a cell gives its column's type (transforms applied), or null for a blank. */
  private static String typeInput(ColumnValidator column, ImportTable table, int row, int c) {
    if (table.isDeleted(row)) {
      return null;
    }
    String v = column.prepare(table.get(row, c));
    return ColumnValidator.isBlank(v) ? null : ColumnValidator.strip(v);
  }
}
