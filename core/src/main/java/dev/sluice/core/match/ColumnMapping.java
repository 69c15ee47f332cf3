package dev.sluice.core.match;

import dev.sluice.core.text.Spaces;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.text.TextFold;
import dev.sluice.core.table.ImportTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which file column feeds which importer column, with what confidence; and the table layout that
 * follows from it (importer columns, then the custom fields the user named, then kept extra
 * columns).
 *
 * <p>Immutable: {@link #withColumn} returns a new mapping, so the UI can keep history for undo.
 */
public final class ColumnMapping {
  private final Importer importer;
  private final List<String> headers;
  private final List<HeaderMatch> matches;
  /** Header index to the name of the custom field it is kept as. */
  private final Map<Integer, String> custom;

  /** The longest name of a custom field. */
  public static final int MAX_CUSTOM_NAME = 64;

  ColumnMapping(Importer importer, List<String> headers, List<HeaderMatch> matches) {
    this(importer, headers, matches, Map.of());
  }

  private ColumnMapping(Importer importer, List<String> headers, List<HeaderMatch> matches,
      Map<Integer, String> custom) {
    this.importer = importer;
    this.headers = List.copyOf(headers);
    this.matches = List.copyOf(matches);
    this.custom = Map.copyOf(custom);
  }

  /**
   * A mapping of the headers to no column, for a caller that assigns every header itself: the
   * matcher's suggestion would be thrown away.
   */
  public static ColumnMapping unmatched(Importer importer, List<String> headers) {
    List<HeaderMatch> none = new ArrayList<>();
    for (int h = 0; h < headers.size(); h++) {
      none.add(new HeaderMatch(h, headers.get(h), null, MatchKind.NONE, 0));
    }
    return new ColumnMapping(importer, headers, none);
  }

  /** The importer. */
  public Importer importer() {
    return importer;
  }

  /** The file's headers as written. */
  public List<String> headers() {
    return headers;
  }

  /** One match per header, in file order. */
  public List<HeaderMatch> matches() {
    return matches;
  }

  /** The header index matched to a column, or -1. */
  public int headerFor(String columnKey) {
    for (HeaderMatch m : matches) {
      if (columnKey.equals(m.column())) {
        return m.index();
      }
    }
    return -1;
  }

  /** Required columns that no header is matched to: the import cannot go on until they are. */
  public List<String> missingRequired() {
    List<String> missing = new ArrayList<>();
    for (Column c : importer.columns()) {
      if (c.required() && headerFor(c.key()) < 0) {
        missing.add(c.key());
      }
    }
    return missing;
  }

  /**
   * Headers matched to no column and not set aside by the user, kept as extra columns when the
   * importer allows it.
   */
  public List<HeaderMatch> unmatched() {
    List<HeaderMatch> list = new ArrayList<>();
    for (HeaderMatch m : matches) {
      if (!m.matched() && m.kind() != MatchKind.IGNORED && m.kind() != MatchKind.CUSTOM) {
        list.add(m);
      }
    }
    return list;
  }

  /**
   * The keys of the extra columns: the header as written, made unique and distinct from the
   * importer's keys ({@code "column 4"} for a blank header); empty when extras are not allowed.
   */
  public List<String> extraColumnKeys() {
    List<String> keys = new ArrayList<>();
    if (!importer.allowExtraColumns()) {
      return keys;
    }
    // a header named as a reserved key gets a number, as a second header of a name does
    Set<String> used = new HashSet<>(custom.values());
    used.addAll(Importer.RESERVED_KEYS);
    for (Column c : importer.columns()) {
      used.add(c.key());
    }
    for (HeaderMatch m : unmatched()) {
      String base = Spaces.strip(m.header()).isEmpty() ? "column " + (m.index() + 1)
          : Spaces.strip(m.header());
      String key = base;
      for (int n = 2; !used.add(key); n++) {
        key = base + " (" + n + ")";
      }
      keys.add(key);
    }
    return keys;
  }

  /** The names of the custom fields, in file order: the table's columns after the importer's. */
  public List<String> customColumnKeys() {
    List<String> keys = new ArrayList<>();
    for (HeaderMatch m : matches) {
      if (m.kind() == MatchKind.CUSTOM) {
        keys.add(custom.get(m.index()));
      }
    }
    return keys;
  }

  /**
   * Why a name cannot be a new custom field, as a message code ({@code CUSTOM_COLUMNS_OFF},
   * {@code CUSTOM_NAME_INVALID}: blank or longer than {@value #MAX_CUSTOM_NAME} chars, {@code
   * CUSTOM_NAME_TAKEN}: a column's key or another custom field's name, {@code
   * CUSTOM_NAME_RESERVED}: {@code __proto__}, which the row objects handed to a JavaScript host
   * cannot hold as a field), or null when it can.
   */
  public String customNameProblem(String name) {
    if (!importer.allowCustomColumns()) {
      return "CUSTOM_COLUMNS_OFF";
    }
    if (name == null || Spaces.isBlank(name)
        || Spaces.strip(name).length() > MAX_CUSTOM_NAME) {
      return "CUSTOM_NAME_INVALID";
    }
    String n = Spaces.strip(name);
    if (n.equals("__proto__")) {
      return "CUSTOM_NAME_RESERVED";
    }
    return importer.column(n) != null || custom.containsValue(n) ? "CUSTOM_NAME_TAKEN" : null;
  }

  /**
   * A mapping where the user keeps a header as a custom field with a name: its values are handed
   * over as written under {@code customFields} (see {@link #customNameProblem} for the names
   * allowed).
   */
  public ColumnMapping withCustom(int headerIndex, String name) {
    Map<Integer, String> names = new HashMap<>(custom);
    names.remove(headerIndex);
    ColumnMapping without = new ColumnMapping(importer, headers, matches, names);
    String problem = without.customNameProblem(name);
    if (problem != null) {
      throw new IllegalArgumentException(problem);
    }
    names.put(headerIndex, Spaces.strip(name));
    List<HeaderMatch> list = new ArrayList<>();
    for (HeaderMatch m : matches) {
      list.add(m.index() == headerIndex
          ? new HeaderMatch(m.index(), m.header(), null, MatchKind.CUSTOM, 1.0) : m);
    }
    return new ColumnMapping(importer, headers, list, names);
  }

  /** A mapping with one column assigned by the user (null to unassign the header). */
  public ColumnMapping withColumn(int headerIndex, String columnKey) {
    if (columnKey != null && importer.column(columnKey) == null) {
      throw new IllegalArgumentException("no column '" + columnKey + "'");
    }
    List<HeaderMatch> list = new ArrayList<>();
    for (HeaderMatch m : matches) {
      if (m.index() == headerIndex) {
        list.add(columnKey == null ? new HeaderMatch(m.index(), m.header(), null, MatchKind.NONE, 0)
            : new HeaderMatch(m.index(), m.header(), columnKey, MatchKind.MANUAL, 1.0));
      } else if (columnKey != null && columnKey.equals(m.column())) {
        list.add(new HeaderMatch(m.index(), m.header(), null, MatchKind.NONE, 0));
      } else {
        list.add(m);
      }
    }
    Map<Integer, String> names = new HashMap<>(custom);
    names.remove(headerIndex);
    return new ColumnMapping(importer, headers, list, names);
  }

  /**
   * A mapping where the user chose not to import a header: its values are dropped from the table,
   * the rows handed over and the files written, whatever the importer says of extra columns.
   */
  public ColumnMapping withIgnored(int headerIndex) {
    List<HeaderMatch> list = new ArrayList<>();
    for (HeaderMatch m : matches) {
      list.add(m.index() == headerIndex
          ? new HeaderMatch(m.index(), m.header(), null, MatchKind.IGNORED, 0) : m);
    }
    Map<Integer, String> names = new HashMap<>(custom);
    names.remove(headerIndex);
    return new ColumnMapping(importer, headers, list, names);
  }

  /** The mapping to store so that it is preferred next time for the same importer and headers. */
  public RememberedMapping remember() {
    Map<String, String> columns = new HashMap<>();
    Map<String, String> customs = new HashMap<>();
    for (HeaderMatch m : matches) {
      if (m.matched()) {
        columns.putIfAbsent(TextFold.fold(m.header()), m.column());
      } else if (m.kind() == MatchKind.IGNORED) {
        columns.putIfAbsent(TextFold.fold(m.header()), RememberedMapping.NOT_IMPORTED);
      } else if (m.kind() == MatchKind.CUSTOM) {
        customs.putIfAbsent(TextFold.fold(m.header()), custom.get(m.index()));
      }
    }
    return new RememberedMapping(fingerprint(importer, headers), columns, customs);
  }

  /**
   * The key a remembered mapping is stored under: the importer's name and the folded header set,
   * in any order.
   */
  public static String fingerprint(Importer importer, List<String> headers) {
    List<String> folded = new ArrayList<>();
    for (String h : headers) {
      folded.add(TextFold.fold(h));
    }
    folded.sort(null);
    return importer.name() + "\u001f" + String.join("\u001f", folded);
  }

  /** An empty table laid out for this mapping. */
  public ImportTable newTable() {
    List<String> kept = new ArrayList<>(customColumnKeys());
    kept.addAll(extraColumnKeys());
    return ImportTable.forImporter(importer, kept);
  }

  /** Builds projections of file rows into table rows. */
  public Projection projection() {
    int[] sources = new int[importer.columns().size() + custom.size()
        + extraColumnKeys().size()];
    for (int c = 0; c < importer.columns().size(); c++) {
      sources[c] = headerFor(importer.columns().get(c).key());
    }
    int i = importer.columns().size();
    for (HeaderMatch m : matches) {
      if (m.kind() == MatchKind.CUSTOM) {
        sources[i++] = m.index();
      }
    }
    if (importer.allowExtraColumns()) {
      for (HeaderMatch m : unmatched()) {
        sources[i++] = m.index();
      }
    }
    return new Projection(sources);
  }

  /** Turns a file row into a table row: cells picked and reordered, missing ones blank. */
  public static final class Projection {
    private final int[] sources;

    Projection(int[] sources) {
      this.sources = sources;
    }

    /** For each table column, the index of the file column it is read from, or -1. */
    public int[] sources() {
      return sources.clone();
    }

    /** The table row for a file row given by its field accessor. */
    public String[] apply(java.util.function.IntFunction<String> field, int size) {
      String[] out = new String[sources.length];
      for (int i = 0; i < sources.length; i++) {
        int s = sources[i];
        out[i] = s >= 0 && s < size ? field.apply(s) : "";
      }
      return out;
    }

    /** The table row for a file row. */
    public String[] apply(String[] fields) {
      return apply(i -> fields[i], fields.length);
    }
  }
}
