package dev.sluice.core.validate;

import dev.sluice.core.text.Spaces;
import dev.sluice.core.text.Decimals;
import dev.sluice.core.hash.Sha256;
import dev.sluice.core.schema.Column;
import dev.sluice.core.schema.ColumnType;
import dev.sluice.core.schema.Importer;
import dev.sluice.core.schema.InvalidRowPolicy;
import dev.sluice.core.schema.RowRule;
import dev.sluice.core.schema.Severity;
import dev.sluice.core.table.ImportTable;
import dev.sluice.core.table.SourceText;
import dev.sluice.core.text.TextFold;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation state of one import: every issue of every row, kept up to date as the user edits.
 *
 * <p>An edit re-checks only its cell, the row rules that read that column and the unique groups the
 * column belongs to (an index of unique keys is kept), so editing a million-row table stays
 * instant. Full validation runs the same per-row code, so both paths give the same issues.
 *
 * <p>Issues are stored sparsely, per row, in fixed slots: one per column, one per row rule, one
 * per unique group, and two per column for what the host's checks (hooks) report on a cell, its
 * own and its row's. Not thread-safe: one session belongs to one worker.
 */
public final class ValidationSession {
  private static final String DUPLICATE = "DUPLICATE_VALUE";

  private final Importer importer;
  private final ImportTable table;
  private final ColumnValidator[] validators;
  private final List<RowRule> rules;
  private final int[][] rulesByColumn;
  /** Per rule, the arguments of its message (the same for every row, so made once). */
  private final List<Map<String, Object>> ruleArguments;
  private final String[] groupNames;
  private final int[][] groupColumns;
  private final int[][] groupsByColumn;
  /**
   * Per column, whether a row rule or unique group reads its normal form; the other columns are
   * checked without building it ({@link ColumnValidator#verify}), as export builds it again.
   */
  private final boolean[] normalFormRead;
  /**
   * Per column, whether it is read only by unique groups of that column alone: full validation
   * then keys its cells on their spans where they are their own keys ({@link
   * ColumnValidator#isKeyAt}), without making their Strings.
   */
  private final boolean[] spanKeyed;
  /** Per column, the chunk and range of the current row's cell when the span path took it. */
  private final String[] spanText;
  private final int[] spanFrom;
  private final int[] spanTo;
  /**
   * Per row, a bit per column (the first 32): the cell was proven valid on the span path and is
   * handed over as written, so {@link #outputText} slices it without checking it again. Cleared
   * when the cell changes; a clear bit only means "not known". One int per row, written once per
   * row: a bit array per column was one more memory stream per column for full validation.
   */
  private int[] asWritten = new int[0];
  /**
   * Whether a full pass checks rows a block at a time, column by column ({@link #checkBlock}):
   * when no row rule reads a cell and every unique group is of one column, so that every cell
   * can be proven valid on its span and every key hashed there.
   */
  private final boolean columnsFirst;
  /** A bit per column ({@link #columnsFirst} sessions have at most 31). */
  private final int allColumns;
  /** Per column, {@link ColumnValidator#writtenWhenAccepted}. */
  private final int[] writtenRule;
  private final List<UniqueIndex> groupIndex = new ArrayList<>();
  /** Slots per row: the hook slots are added when the first hook issue comes (see hookBase). */
  private int slots;
  /** The first hook slot: per column, a cell hook's issue, then per column a row hook's. */
  private final int hookBase;
  /** The hook issues of deleted rows, given back when a row is restored. */
  private final Map<Integer, ValidationIssue[]> parkedHookIssues = new HashMap<>();
  /**
   * The issue slots of each row, null for a row without issues: a dense array rather than a sorted
   * map, since full validation looks up every row (a boxed key and a tree walk per row, and in the
   * browser build a TreeMap inlined into every caller, a fifth of the engine's size).
   */
  private ValidationIssue[][] issues = new ValidationIssue[0][];

  private final Map<String, Integer> byCode = new HashMap<>();
  private final Map<String, Integer> byColumn = new HashMap<>();
  private int errorRows;
  private int warningRows;
  private int errors;
  private int warnings;
  private int infos;

  /**
   * Creates a session. The table's first columns must be the importer's columns in order; any
   * further columns are extra columns, kept and not validated.
   */
  public ValidationSession(Importer importer, ImportTable table, Sha256 sha256) {
    this.importer = importer;
    this.table = table;
    List<Column> columns = importer.columns();
    for (int i = 0; i < columns.size(); i++) {
      if (i >= table.columns().size() || !table.columns().get(i).equals(columns.get(i).key())) {
        throw new IllegalArgumentException("table column " + i + " must be '"
            + columns.get(i).key() + "'; build the table with ImportTable.forImporter");
      }
    }
    this.validators = new ColumnValidator[columns.size()];
    for (int i = 0; i < validators.length; i++) {
      validators[i] = new ColumnValidator(columns.get(i), sha256);
    }
    this.rules = importer.rowRules();
    List<List<Integer>> byCol = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      byCol.add(new ArrayList<>());
    }
    for (int r = 0; r < rules.size(); r++) {
      for (String key : rules.get(r).keys()) {
        List<Integer> list = byCol.get(importer.indexOf(key));
        if (!list.contains(r)) {
          list.add(r);
        }
      }
    }
    this.rulesByColumn = toArrays(byCol);
    this.ruleArguments = new ArrayList<>();
    for (RowRule rule : rules) {
      ruleArguments.add(ruleArguments(rule));
    }
    Map<String, int[]> groups = importer.uniqueGroups();
    this.groupNames = groups.keySet().toArray(new String[0]);
    this.groupColumns = groups.values().toArray(new int[0][]);
    List<List<Integer>> groupsOf = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      groupsOf.add(new ArrayList<>());
    }
    for (int g = 0; g < groupColumns.length; g++) {
      for (int c : groupColumns[g]) {
        groupsOf.get(c).add(g);
      }
      int group = g;
      groupIndex.add(new UniqueIndex(row -> groupKey(row, group, null)));
    }
    this.groupsByColumn = toArrays(groupsOf);
    this.normalFormRead = new boolean[validators.length];
    this.spanKeyed = new boolean[validators.length];
    for (int c = 0; c < validators.length; c++) {
      normalFormRead[c] = rulesByColumn[c].length > 0 || groupsByColumn[c].length > 0;
      spanKeyed[c] = rulesByColumn[c].length == 0 && groupsByColumn[c].length > 0;
      for (int g : groupsByColumn[c]) {
        spanKeyed[c] &= groupColumns[g].length == 1;
      }
    }
    boolean spanOnly = rules.isEmpty() && validators.length <= 31;
    for (int c = 0; c < validators.length; c++) {
      spanOnly &= !normalFormRead[c] || spanKeyed[c];
    }
    this.columnsFirst = spanOnly;
    this.allColumns = (1 << validators.length) - 1;
    this.writtenRule = new int[validators.length];
    for (int c = 0; c < validators.length; c++) {
      writtenRule[c] = validators[c].writtenWhenAccepted();
    }
    this.spanText = new String[validators.length];
    this.spanFrom = new int[validators.length];
    this.spanTo = new int[validators.length];
    this.hookBase = columns.size() + rules.size() + groupColumns.length;
    this.slots = hookBase;
  }

  /**
   * Validates every row of a loaded table (giving back its spare capacity first) and returns the
   * session that keeps the result.
   */
  public static ValidationSession validate(Importer importer, ImportTable table, Sha256 sha256) {
    table.trimToSize();
    ValidationSession session = new ValidationSession(importer, table, sha256);
    session.validateAll();
    return session;
  }

  /** The importer. */
  public Importer importer() {
    return importer;
  }

  /** The table. */
  public ImportTable table() {
    return table;
  }

  /** The validator of a schema column, by index. */
  public ColumnValidator validator(int column) {
    return validators[column];
  }

  /** Forgets every result and validates all rows again. */
  public void validateAll() {
    validateAll(null, null, null);
  }

  /**
   * The most unique groups whose key hashes a part's verdicts carry (bits 1 to 7 of a row's
   * clean byte); the keys of later groups are found again when the verdicts are joined.
   */
  public static final int HASHED_GROUPS = 7;

  /**
   * What checking a part of a table in another worker found, per row of the part: the row's
   * as-written bits; whether it is clean (bit 0: no issue in its cells and row rules) and, for a
   * clean row, which of its first {@link #HASHED_GROUPS} unique groups it has a key in (bit
   * {@code 1 + g}); and those keys' hashes, {@link #hashedGroups} per row, so that joining the
   * row to its unique groups needs neither a second check nor its text.
   */
  public record PartVerdicts(int[] written, byte[] clean, int[] keyHashes) {}

  /** How many key hashes per row a part's verdicts carry: {@link PartVerdicts#keyHashes}. */
  public int hashedGroups() {
    return Math.min(HASHED_GROUPS, groupColumns.length);
  }

  /**
   * Checks rows {@code from} to {@code to} (exclusive) as one part of a table that several
   * workers validate: each row's cells and row rules, and the hashes of its unique keys, not its
   * unique groups (they need every row). Stores nothing; {@link #validateAll(int[], byte[],
   * int[])} of the session that holds the whole table takes the verdicts of all parts.
   */
  public PartVerdicts checkPart(int from, int to) {
    int n = to - from;
    int hashed = hashedGroups();
    int[] written = new int[n];
    byte[] clean = new byte[n];
    int[] keyHashes = new int[n * hashed];
    int[] kept = asWritten;
    asWritten = new int[0]; // checkCells writes nothing here: the bits go to the verdicts
    CellResult[] results = new CellResult[validators.length];
    ValidationIssue[] fresh = new ValidationIssue[slots];
    Block block = columnsFirst ? new Block() : null;
    for (int row = from; row < to; row++) {
      if (block != null && (row - from) % BLOCK == 0) {
        // the next block's cells proven on their spans, a column at a time (checkBlock)
        int rows = Math.min(BLOCK, to - row);
        for (int i = 0; i < rows; i++) {
          block.state[i] = table.isDeleted(row + i) ? DELETED : CHECKED;
        }
        proveBlock(row, rows, block);
      }
      if (table.isDeleted(row)) {
        continue;
      }
      int i = (row - from) % BLOCK;
      int proven = block == null ? 0 : block.proven[i];
      int provenWritten = block == null ? 0 : block.written[i];
      if (block != null && proven == allColumns) {
        written[row - from] = provenWritten;
        int verdict = 1;
        for (int g = 0; g < hashed; g++) {
          verdict |= 1 << (g + 1);
          keyHashes[(row - from) * hashed + g] = block.hashes[g][i];
        }
        clean[row - from] = (byte) verdict;
        continue;
      }
      Arrays.fill(fresh, null);
      written[row - from] = checkCells(row, results, fresh, proven, provenWritten,
          block != null);
      for (int r = 0; r < rules.size(); r++) {
        fresh[validators.length + r] = checkRule(row, r, results);
      }
      boolean any = false;
      for (ValidationIssue issue : fresh) {
        any |= issue != null;
      }
      int verdict = any ? 0 : 1;
      for (int g = 0; g < hashed && !any; g++) {
        int h = keyHash(row, g, results);
        if (h != NO_KEY || hasKey) {
          verdict |= 1 << (g + 1);
          keyHashes[(row - from) * hashed + g] = h;
        }
      }
      clean[row - from] = (byte) verdict;
    }
    Arrays.fill(spanText, null);
    asWritten = kept;
    return new PartVerdicts(written, clean, keyHashes);
  }

  /**
   * Validates every row as {@link #validateAll()} does, taking the verdicts of workers that
   * checked parts of the table ({@link #checkPart}), merged into arrays over all rows: a clean
   * row (bit 0 of {@code clean}) gets its as-written bits from {@code written} and only joins its
   * unique groups here, by the hashes in {@code keyHashes} ({@link #hashedGroups} per row); every
   * other row is checked here, so every issue is this session's own and the result is a
   * one-worker validation's. Without verdicts ({@code clean} null) every row is checked here.
   */
  public void validateAll(int[] written, byte[] clean, int[] keyHashes) {
    pass = new FullPass(written, clean, keyHashes);
    validateNextRows(Integer.MAX_VALUE);
    endValidation();
  }

  /**
   * Begins validating every row again in steps, as {@link #validateAll()} does at once: {@link
   * #validateNextRows} checks the rows a run at a time (a worker that validates ahead stays free
   * between runs), {@link #endValidation} joins them to their unique groups. Nothing else may be
   * asked of the session in between.
   */
  public void startValidation() {
    pass = new FullPass(null, null, null);
  }

  /** Checks up to {@code rows} more rows of the validation started; whether rows are left. */
  public boolean validateNextRows(int rows) {
    FullPass p = pass;
    int to = (int) Math.min(table.rowCount(), (long) p.row + rows);
    if (columnsFirst) {
      for (int row = p.row; row < to; row += BLOCK) {
        checkBlock(row, Math.min(to, row + BLOCK), p);
      }
    } else {
      for (int row = p.row; row < to; row++) {
        if (table.isDeleted(row)) {
          continue;
        }
        if (p.clean != null && (p.clean[row] & 1) != 0) {
          takeVerdict(row, p);
        } else {
          Arrays.fill(p.fresh, null);
          checkRow(row, p.results, p.fresh);
          joinKeys(row, 0, p);
        }
      }
    }
    p.row = to;
    Arrays.fill(spanText, null);
    return to < table.rowCount();
  }

  /**
   * Takes the verdict of another worker on a row it found clean: its as-written bits, and its
   * keys in the unique groups whose hashes came with it (the others are found here).
   */
  private void takeVerdict(int row, FullPass p) {
    int verdict = p.clean[row];
    asWritten[row] = p.written[row];
    for (int g = 0; g < p.hashed; g++) {
      if ((verdict >> (g + 1) & 1) != 0) {
        p.keyRows[g][p.keyCounts[g]] = row;
        p.hashes[g][p.keyCounts[g]++] = p.keyHashes[row * p.hashed + g];
      }
    }
    if (p.hashed < groupColumns.length) {
      // the keys of the groups beyond the hashed ones are found here, from nothing left over
      Arrays.fill(p.results, null);
      Arrays.fill(spanText, null);
      joinKeys(row, p.hashed, p);
    }
  }

  /** Adds a checked row's keys in unique groups {@code from} on to the pass's keys. */
  private void joinKeys(int row, int from, FullPass p) {
    for (int g = from; g < groupColumns.length; g++) {
      int h = keyHash(row, g, p.results);
      if (h != NO_KEY || hasKey) {
        p.keyRows[g][p.keyCounts[g]] = row;
        p.hashes[g][p.keyCounts[g]++] = h;
      }
    }
  }

  /** Rows a full pass checks column by column at a time ({@link #checkBlock}). */
  private static final int BLOCK = 1024;

  /** A row of a block ({@link #checkBlock}) whose cells are checked. */
  private static final byte CHECKED = 0;
  /** A deleted row of a block: not checked. */
  private static final byte DELETED = 1;
  /** A row of a block that another worker found clean: its verdict is taken. */
  private static final byte TAKEN = 2;

  /**
   * What the span pass over a block of rows found ({@link #proveBlock}), per row: its state, the
   * columns whose cells it proved valid, their as-written bits, and per unique group the hash of
   * the row's key.
   */
  private final class Block {
    final byte[] state = new byte[BLOCK];
    final int[] proven = new int[BLOCK];
    final int[] written = new int[BLOCK];
    final int[][] hashes = new int[groupColumns.length][BLOCK];
    /** The spans of the column being proven ({@link ImportTable#spans}). */
    final int[] starts = new int[BLOCK];
    final int[] ends = new int[BLOCK];
  }

  /**
   * Checks rows {@code from} to {@code to} of a full pass a block at a time ({@link
   * #columnsFirst} sessions): first every cell on its span, a column at a time ({@link
   * #proveBlock}), then row by row the cells that pass did not prove, as {@link #checkRow} does,
   * so the issues are the same; a row whose every cell was proven joins its unique groups by the
   * hashes made on the way.
   */
  private void checkBlock(int from, int to, FullPass p) {
    int n = to - from;
    if (p.block == null) {
      p.block = new Block();
    }
    Block block = p.block;
    int checked = 0;
    for (int i = 0; i < n; i++) {
      int row = from + i;
      block.state[i] = table.isDeleted(row) ? DELETED
          : p.clean != null && (p.clean[row] & 1) != 0 ? TAKEN : CHECKED;
      checked += block.state[i] == CHECKED ? 1 : 0;
    }
    if (checked > 0) { // a block of rows other workers found clean reads no span
      proveBlock(from, n, block);
    }
    for (int i = 0; i < n; i++) {
      int row = from + i;
      if (block.state[i] == TAKEN) {
        takeVerdict(row, p);
      } else if (block.state[i] == CHECKED && block.proven[i] == allColumns) {
        asWritten[row] = block.written[i];
        for (int g = 0; g < groupColumns.length; g++) {
          p.keyRows[g][p.keyCounts[g]] = row;
          p.hashes[g][p.keyCounts[g]++] = block.hashes[g][i];
        }
      } else if (block.state[i] == CHECKED) {
        Arrays.fill(p.fresh, null);
        checkRow(row, p.results, p.fresh, block.proven[i], block.written[i], true);
        joinKeys(row, 0, p);
      }
    }
  }

  /**
   * Proves the cells of the {@link #CHECKED} rows {@code from} to {@code from + n} valid on their
   * spans, a column at a time: each column's loop calls one validator over a run of cells, which
   * the browser build's JIT compiles for that validator alone, where a row's loop over its columns
   * calls a different one at every step (a fifth less time for customers 1M in V8). Per row it
   * notes the columns proven, their as-written bits, and the hashes of keys proven.
   */
  private void proveBlock(int from, int n, Block block) {
    SourceText text = table.text();
    byte[] state = block.state;
    int[] proven = block.proven;
    int[] written = block.written;
    int[] starts = block.starts;
    int[] ends = block.ends;
    Arrays.fill(proven, 0, n, 0);
    Arrays.fill(written, 0, n, 0);
    // the chunk of the last cell: a block's cells lie in one or two chunks
    String chunk = null;
    int chunkStart = 0;
    int chunkEnd = 0;
    for (int c = 0; c < validators.length; c++) {
      int bit = 1 << c;
      int[] groups = groupsByColumn[c];
      ColumnValidator v = validators[c];
      boolean keyed = spanKeyed[c];
      int rule = writtenRule[c];
      boolean lower = v.keyIgnoresCase();
      int plainLimit = v.plainTextLimit();
      // a cell with doubled quotes ("say ""hi""") of a plain text column that keys no unique
      // group: any value is valid there up to the column's limit, and its value is shorter than
      // its raw span; proven without unescaping it, and not as written (the hand-over unescapes)
      int quotedLimit = groups.length == 0 ? plainLimit : -1;
      // a blank cell of a column that allows blanks and has no default and no unique group: valid,
      // and handed over blank (optional columns are blank in many rows of real files)
      boolean blankValid = groups.length == 0 && v.blankIsValid();
      table.spans(c, from, n, starts, ends);
      for (int i = 0; i < n; i++) {
        int start = starts[i];
        int end = ends[i]; // negative for a span with doubled quotes
        if (state[i] != CHECKED) {
          continue;
        }
        if (end < 0 && ~end - start <= quotedLimit) {
          proven[i] |= bit;
          continue;
        }
        if (end <= start) {
          if (end == start && blankValid) {
            proven[i] |= bit;
          }
          continue;
        }
        if (start < chunkStart || end > chunkEnd) {
          int k = text.locate(start, end);
          if (k < 0) {
            continue; // across two chunks, or in text not sealed yet: the String path
          }
          chunk = text.chunk(k);
          chunkStart = text.chunkStart(k);
          chunkEnd = text.chunkEnd(k);
        }
        int outcome;
        if (plainLimit >= 0 && end - start <= plainLimit
            && ColumnValidator.asciiEnds(chunk, start - chunkStart, end - chunkStart)) {
          outcome = PROVEN_AS_WRITTEN; // plain text (ColumnValidator.plainTextLimit)
        } else {
          outcome = proven(v, keyed, rule, chunk, start - chunkStart, end - chunkStart);
        }
        if (outcome == NOT_PROVEN) {
          continue;
        }
        proven[i] |= bit;
        if (outcome == PROVEN_AS_WRITTEN) {
          written[i] |= bit;
        }
        if (groups.length > 0) {
          // as keyHash: the key of a group of this column alone, hashed on its span
          int h = UniqueIndex.spanHash(chunk, start - chunkStart, end - chunkStart, lower);
          for (int g : groups) {
            block.hashes[g][i] = h;
          }
        }
      }
    }
  }

  /** Ends the validation started: every row checked joins its unique groups. */
  public void endValidation() {
    FullPass p = pass;
    pass = null;
    int[][] spare = new int[2][]; // each group's sort writes what the last group's left over
    for (int g = 0; g < groupColumns.length; g++) {
      groupIndex.get(g).load(p.keyRows[g], p.hashes[g], p.keyCounts[g], spare);
      p.keyRows[g] = p.hashes[g] = null;
    }
    for (int g = 0; g < groupColumns.length; g++) {
      for (int[] members : groupIndex.get(g).duplicates()) {
        refreshGroup(g, members, null);
      }
    }
  }

  /** The validation of every row under way, between its start and its end. */
  private FullPass pass;

  /**
   * A validation of every row: the verdicts of other workers it takes (or none), the row it is
   * at, and every keyed row's hash per unique group, loaded into the groups' indexes at its end.
   */
  private final class FullPass {
    final int[] written;
    final byte[] clean;
    final int[] keyHashes;
    final int hashed = hashedGroups();
    final CellResult[] results = new CellResult[validators.length];
    final ValidationIssue[] fresh;
    final int[][] keyRows = new int[groupColumns.length][];
    final int[][] hashes = new int[groupColumns.length][];
    final int[] keyCounts = new int[groupColumns.length];
    int row;
    /** The span pass's findings for the block of rows being checked ({@link #checkBlock}). */
    Block block;

    FullPass(int[] written, byte[] clean, int[] keyHashes) {
      this.written = written;
      this.clean = clean;
      this.keyHashes = keyHashes;
      // grown to the table's rows by the first row with an issue (store): a clean file of 1M
      // rows holds no array of a million empty slots
      issues = new ValidationIssue[0][];
      parkedHookIssues.clear();
      slots = hookBase;
      asWritten = new int[table.rowCount()];
      byCode.clear();
      byColumn.clear();
      errorRows = warningRows = errors = warnings = infos = 0;
      for (UniqueIndex index : groupIndex) {
        index.clear(); // filled at the end, from every row's key hash (UniqueIndex.load)
      }
      fresh = new ValidationIssue[slots];
      int live = table.liveRowCount();
      for (int g = 0; g < groupColumns.length; g++) {
        keyRows[g] = new int[live];
        hashes[g] = new int[live];
      }
    }
  }

  /** What {@link #keyHash} answers for a row without a key, {@link #hasKey} then false. */
  private static final int NO_KEY = 0;
  /** Whether the last {@link #keyHash} found a key (its hash may be {@link #NO_KEY} too). */
  private boolean hasKey;

  /**
   * The hash of a row's key in a unique group ({@link UniqueIndex#keyHash}), from the span where
   * the key cell was proven its own key by {@link #checkCells} (no String made), else from the
   * key; {@link #NO_KEY} with {@link #hasKey} false when the row has no key there (a blank).
   */
  private int keyHash(int row, int g, CellResult[] results) {
    int c = groupColumns[g][0];
    hasKey = true;
    if (groupColumns[g].length == 1 && spanText[c] != null) {
      return UniqueIndex.spanHash(spanText[c], spanFrom[c], spanTo[c],
          validators[c].keyIgnoresCase());
    }
    String key = groupKey(row, g, results);
    if (key == null) {
      hasKey = false;
      return NO_KEY;
    }
    return UniqueIndex.keyHash(key);
  }

  /**
   * Changes one cell and re-checks what depends on it.
   *
   * @return the rows whose issues may have changed, in order (the edited row and the other
   *     members of its unique groups)
   */
  public int[] setCell(int row, int column, String value) {
    if (row < asWritten.length && column < 32) {
      asWritten[row] &= ~(1 << column);
    }
    if (column >= validators.length || table.isDeleted(row)) {
      table.set(row, column, value);
      return new int[] {row};
    }
    ChangedRows changed = new ChangedRows(row);
    int[] groups = groupsByColumn[column];
    String[] oldKeys = new String[groups.length];
    for (int i = 0; i < groups.length; i++) {
      oldKeys[i] = groupKey(row, groups[i], null);
    }
    table.set(row, column, value);
    recheckCell(row, column);
    for (int i = 0; i < groups.length; i++) {
      String newKey = groupKey(row, groups[i], null);
      if (!java.util.Objects.equals(oldKeys[i], newKey)) {
        moveInGroup(row, groups[i], oldKeys[i], newKey, changed);
      } else if (newKey != null) {
        // same key, but the issue quotes the cell as written: refresh it
        refreshGroup(groups[i], groupIndex.get(groups[i]).members(newKey), changed);
      }
    }
    return changed.toArray();
  }

  /**
   * Changes many cells at once, {@code values[i]} into row {@code rows[i]} and column {@code
   * columns[i]} in that order, leaving every row's issues as a {@link #setCell} per cell would.
   *
   * <p>Why: a step that sets a whole column, fills its blanks or replaces a text can put thousands
   * of rows into one unique group, and {@link #setCell} re-keys each row into its group and
   * re-states every member's issue, n squared in all (20,000 rows set to one value took 81 s on
   * the JVM). Here the cells and their row rules are checked one by one and each unique group the
   * columns belong to is rebuilt once from every row's key ({@link UniqueIndex#load}).
   */
  public void setCells(int[] rows, int[] columns, String[] values) {
    boolean[] regroup = new boolean[groupColumns.length];
    for (int i = 0; i < rows.length; i++) {
      int row = rows[i];
      int column = columns[i];
      if (row < asWritten.length && column < 32) {
        asWritten[row] &= ~(1 << column);
      }
      table.set(row, column, values[i]);
      if (column >= validators.length || table.isDeleted(row)) {
        continue;
      }
      recheckCell(row, column);
      for (int g : groupsByColumn[column]) {
        regroup[g] = true;
      }
    }
    Arrays.fill(spanText, null);
    int live = table.liveRowCount();
    for (int g = 0; g < groupColumns.length; g++) {
      if (!regroup[g]) {
        continue;
      }
      // the members of the old duplicate groups lose their issue first; the new groups' get one
      for (int[] members : groupIndex.get(g).duplicates()) {
        for (int member : members) {
          setGroupSlot(member, g, null);
        }
      }
      int[] keyRows = new int[live];
      int[] hashes = new int[live];
      int n = 0;
      for (int row = 0; row < table.rowCount(); row++) {
        if (table.isDeleted(row)) {
          continue;
        }
        int h = keyHash(row, g, null);
        if (h != NO_KEY || hasKey) {
          keyRows[n] = row;
          hashes[n++] = h;
        }
      }
      groupIndex.get(g).load(keyRows, hashes, n, new int[2][]);
      for (int[] members : groupIndex.get(g).duplicates()) {
        refreshGroup(g, members, null);
      }
    }
  }

  /**
   * Checks a changed cell again with the row rules that read its column, and stores the row's
   * issues (its unique groups are the caller's: one at a time, or all at once).
   */
  private void recheckCell(int row, int column) {
    CellResult[] results = new CellResult[validators.length];
    ValidationIssue[] fresh = copySlots(row);
    CellResult result = validators[column].check(table.get(row, column));
    results[column] = result;
    fresh[column] = cellIssue(row, column, result);
    if (fresh.length > hookBase + column) {
      fresh[hookBase + column] = null; // the cell hook checks the new value again
    }
    for (int r : rulesByColumn[column]) {
      fresh[validators.length + r] = checkRule(row, r, results);
    }
    store(row, fresh);
  }

  /** Changes one cell by column key; see {@link #setCell(int, int, String)}. */
  public int[] setCell(int row, String columnKey, String value) {
    int column = table.columnIndex(columnKey);
    if (column < 0) {
      throw new IllegalArgumentException("no column '" + columnKey + "'");
    }
    return setCell(row, column, value);
  }

  /** Deletes a row: its issues go, and it leaves its unique groups. Returns the changed rows. */
  public int[] deleteRow(int row) {
    if (table.isDeleted(row)) {
      return new int[0];
    }
    ChangedRows changed = new ChangedRows(row);
    for (int g = 0; g < groupColumns.length; g++) {
      String key = groupKey(row, g, null);
      if (key != null) {
        moveInGroup(row, g, key, null, changed);
      }
    }
    ValidationIssue[] old = slots(row);
    if (old != null && old.length > hookBase) {
      ValidationIssue[] hooks = new ValidationIssue[slots];
      System.arraycopy(old, hookBase, hooks, hookBase, old.length - hookBase);
      parkedHookIssues.put(row, hooks);
    }
    store(row, new ValidationIssue[slots]);
    table.setDeleted(row, true);
    return changed.toArray();
  }

  /** Brings a deleted row back and validates it. Returns the changed rows. */
  public int[] restoreRow(int row) {
    if (!table.isDeleted(row)) {
      return new int[0];
    }
    table.setDeleted(row, false);
    ChangedRows changed = new ChangedRows(row);
    CellResult[] results = new CellResult[validators.length];
    ValidationIssue[] parked = parkedHookIssues.remove(row);
    checkRow(row, results, parked != null ? widened(parked) : new ValidationIssue[slots]);
    for (int g = 0; g < groupColumns.length; g++) {
      String key = groupKey(row, g, results);
      if (key != null) {
        moveInGroup(row, g, null, key, changed);
      }
    }
    return changed.toArray();
  }

  /** Where a hook issue comes from: the hook of the cell's column, or the hook of its row. */
  public enum HookSource {
    /** A column hook, which checks one value at a time. */
    CELL,
    /** A row hook, which checks a whole row and may report on any of its columns. */
    ROW
  }

  /**
   * Sets what a host's hook reports on a cell: an issue with the host's code, severity and
   * message (shown as written, not looked up), or none when {@code message} is null. It counts
   * like any issue (summary, filters, the invalid-row policy). A cell hook's issue goes when the
   * cell is edited; both go with a deleted row and come back with it.
   */
  public void setHookIssue(int row, int column, HookSource source, String code,
      Severity severity, String message) {
    if (table.isDeleted(row) || column < 0 || column >= validators.length) {
      return;
    }
    // rows get their hook slots with the first hook issue: imports without hooks keep the
    // narrower arrays (full validation fills and scans every slot of every row)
    slots = hookBase + 2 * validators.length;
    ValidationIssue[] fresh = copySlots(row);
    int slot = hookBase + (source == HookSource.ROW ? validators.length : 0) + column;
    fresh[slot] = message == null ? null : new ValidationIssue(row, validators[column].column()
        .key(), code == null || Spaces.isBlank(code) ? HOOK_ISSUE : code, severity,
        Map.of(HOOK_MESSAGE, message), table.get(row, column));
    store(row, fresh);
  }

  /** Clears every issue a row hook reported on a row, before it reports again. */
  public void clearRowHookIssues(int row) {
    ValidationIssue[] s = slots(row);
    if (s == null || s.length <= hookBase + validators.length) {
      return;
    }
    ValidationIssue[] fresh = s.clone();
    Arrays.fill(fresh, hookBase + validators.length, fresh.length, null);
    store(row, fresh);
  }

  /** The code of a hook issue for which the host gave none. */
  public static final String HOOK_ISSUE = "HOOK_ISSUE";
  /** The argument that holds a hook issue's message, shown as the host wrote it. */
  public static final String HOOK_MESSAGE = "hookMessage";

  /** The issues of a row, in column order, then row rules, then unique groups. */
  public List<ValidationIssue> issues(int row) {
    ValidationIssue[] s = slots(row);
    if (s == null) {
      return List.of();
    }
    List<ValidationIssue> list = new ArrayList<>(2);
    for (ValidationIssue issue : s) {
      if (issue != null) {
        list.add(issue);
      }
    }
    return list;
  }

  /** Every issue, by row then slot. */
  public List<ValidationIssue> allIssues() {
    List<ValidationIssue> list = new ArrayList<>();
    for (int row = 0; row < issues.length; row++) {
      if (issues[row] != null) {
        list.addAll(issues(row));
      }
    }
    return list;
  }

  /** The rows that have issues, in order. */
  public List<Integer> rowsWithIssues() {
    List<Integer> rows = new ArrayList<>();
    for (int row = 0; row < issues.length; row++) {
      if (issues[row] != null) {
        rows.add(row);
      }
    }
    return Collections.unmodifiableList(rows);
  }

  /** Whether a row has an issue of severity error. */
  public boolean hasErrors(int row) {
    ValidationIssue[] s = slots(row);
    return s != null && hasSeverity(s, Severity.ERROR);
  }

  /** The counts for the review screen and the metadata. */
  public Summary summary() {
    int rows = table.liveRowCount();
    return new Summary(rows, rows - errorRows, errorRows, warningRows, errors, warnings, infos,
        byCode, byColumn); // Summary copies them
  }

  /** Whether the importer's policy lets the user submit now. */
  public boolean canSubmit() {
    return importer.invalidRowPolicy() != InvalidRowPolicy.BLOCK || errorRows == 0;
  }

  /** Whether a row is handed to the host on submit under the importer's policy. */
  public boolean isSubmitted(int row) {
    return !table.isDeleted(row)
        && (importer.invalidRowPolicy() != InvalidRowPolicy.EXCLUDE || !hasErrors(row));
  }

  /**
   * The rows handed to the host on submit, in order ({@link #isSubmitted}): what the widget's
   * batches, the CLI's clean file and the relay's deliveries take, so all three agree.
   */
  public int[] submittedRows() {
    int[] rows = new int[table.liveRowCount()];
    int n = 0;
    for (int r = 0; r < table.rowCount(); r++) {
      if (isSubmitted(r)) {
        rows[n++] = r;
      }
    }
    return Arrays.copyOf(rows, n);
  }

  /** The live rows with at least one error, in order: the rejected-rows file. */
  public int[] rejectedRows() {
    int[] rows = new int[errorRows];
    int n = 0;
    for (int r = 0; r < issues.length && n < rows.length; r++) {
      if (issues[r] != null && !table.isDeleted(r) && hasErrors(r)) {
        rows[n++] = r;
      }
    }
    return Arrays.copyOf(rows, n);
  }

  /** The header of the rejected-rows file: the table's columns, then {@value #ERRORS_COLUMN}. */
  public String[] rejectedHeader() {
    String[] header = table.columns().toArray(new String[table.columns().size() + 1]);
    header[header.length - 1] = ERRORS_COLUMN;
    return header;
  }

  /**
   * A line of the rejected-rows file: the row as the user wrote it, then its error messages in the
   * catalogue's language, joined with {@code " | "}.
   */
  public String[] rejectedLine(int row, dev.sluice.core.message.MessageCatalog messages) {
    String[] values = table.row(row);
    String[] line = Arrays.copyOf(values, values.length + 1);
    StringBuilder errorsText = new StringBuilder();
    for (ValidationIssue issue : issues(row)) {
      if (issue.isError()) {
        if (errorsText.length() > 0) {
          errorsText.append(" | ");
        }
        errorsText.append(IssueMessages.format(issue, importer, messages));
      }
    }
    line[values.length] = errorsText.toString();
    return line;
  }

  /** The header of the column of the rejected-rows file that lists a row's errors. */
  public static final String ERRORS_COLUMN = "errors";

  /**
   * The values handed to the host for a row: the schema columns (as written, normalised or hashed
   * per their transforms), then the extra columns as written.
   */
  public String[] output(int row) {
    String[] out = new String[table.columns().size()];
    output(row, out);
    return out;
  }

  /** {@link #output(int)} into an array of the table's width, reused from row to row. */
  public void output(int row, String[] out) {
    for (int c = 0; c < out.length; c++) {
      String raw = table.get(row, c);
      out[c] = c < validators.length ? validators[c].output(raw) : raw;
    }
  }

  /**
   * What {@link #outputText} works in, kept from one run of rows to the next: the builder of the
   * values made and their UTF-8, per value its segment and its bounds, per row of a run its span.
   * The widget's worker asks for runs of 20,000 rows; made anew for each, these were megabytes of
   * memory the browser had not touched before, every time.
   */
  private final StringBuilder made = new StringBuilder(1024);
  private final OutputText.MadeBytes madeBytes = new OutputText.MadeBytes();
  private int[] segmentOfValue = new int[0];
  private int[] boundsOfValues = new int[0];
  private int[] runStarts = new int[0];
  private int[] runEnds = new int[0];

  /**
   * The values {@link #output(int)} hands over for the rows {@code rows[from]} to {@code
   * rows[to - 1]}, as spans of one text: a value that is the file's text as written stays a span of
   * it, and only the others (normal forms, hashes, cells with doubled quotes) are made as Strings.
   * The answer's made bytes and bounds are this session's own arrays, written again by its next
   * call.
   */
  public OutputText outputText(int[] rows, int from, int to) {
    int width = table.columns().size();
    int n = (to - from) * width;
    // a value as written is a span of the text; every other value is written into one builder
    if (boundsOfValues.length < 2 * n) {
      boundsOfValues = new int[2 * n];
    }
    int[] bounds = boundsOfValues;
    if (segmentOfValue.length < n) {
      segmentOfValue = new int[n];
    }
    int[] segmentOf = segmentOfValue;
    // as large as the largest run of rows has needed: growing it copies it again and again (in the
    // browser build a copy loop and a new typed array per doubling)
    StringBuilder made = this.made;
    made.setLength(0);
    OutputText.MadeBytes madeBytes = this.madeBytes;
    madeBytes.clear();
    SourceText text = table.text();
    Segments segments = new Segments();
    // rows that follow one another (a batch of a table without rejected rows) read each column's
    // spans in one loop (ImportTable.spans); others one by one
    boolean run = to > from;
    for (int i = from + 1; i < to && run; i++) {
      run = rows[i] == rows[i - 1] + 1;
    }
    if (run && runStarts.length < to - from) {
      runStarts = new int[to - from];
      runEnds = new int[to - from];
    }
    // the chunk of the last span: a run of rows lies in one or two chunks
    int lastChunk = -1;
    int lastStart = 0;
    int lastEnd = 0;
    // column by column: the loop reads each column's span arrays in order
    for (int c = 0; c < width; c++) {
      ColumnValidator validator = c < validators.length ? validators[c] : null;
      int bit = validator != null && c < 32 ? 1 << c : 0;
      boolean blankAsWritten = validator == null || validator.outputIsAt("", 0, 0);
      boolean hashes = validator != null
          && validator.writtenWhenAccepted() == ColumnValidator.WRITTEN_NEVER;
      if (run) {
        table.spans(c, rows[from], to - from, runStarts, runEnds);
      }
      // the segment the column's last value as written went to, and what the values of its chunk
      // since then add to its extent: kept here, not in the segments' arrays, cell after cell
      int seg = -1;
      int segChunk = -1;
      int segMin = Integer.MAX_VALUE;
      int segMax = Integer.MIN_VALUE;
      int segChars = 0;
      for (int i = from; i < to; i++) {
        int row = rows[i];
        int k = (i - from) * width + c;
        int start = run ? runStarts[i - from] : table.spanStart(row, c);
        int end = run ? runEnds[i - from] : table.spanEnd(row, c);
        int chunk;
        if (end <= start) {
          chunk = -1;
        } else if (start >= lastStart && end <= lastEnd) {
          chunk = lastChunk;
        } else {
          chunk = text.locate(start, end);
          if (chunk >= 0) {
            lastChunk = chunk;
            lastStart = text.chunkStart(chunk);
            lastEnd = text.chunkEnd(chunk);
          }
        }
        boolean written;
        if (end < 0) {
          written = false; // doubled quotes: the value differs from its span
        } else if (start == end) {
          written = blankAsWritten;
        } else if (chunk < 0) {
          written = false;
        } else if (validator == null || row < asWritten.length && (asWritten[row] & bit) != 0) {
          written = true; // an extra column, or proven by validation
        } else {
          int base = text.chunkStart(chunk);
          written = validator.outputIsAt(text.chunk(chunk), start - base, end - base);
        }
        if (written && start == end) {
          segmentOf[k] = Segments.BLANK;
          // an empty span at the made values' start (the array holds the last run's bounds)
          bounds[2 * k] = 0;
          bounds[2 * k + 1] = 0;
        } else if (written && chunk == segChunk) {
          segMin = Math.min(segMin, start);
          segMax = Math.max(segMax, end);
          segChars += end - start;
          segmentOf[k] = seg;
          bounds[2 * k] = start;
          bounds[2 * k + 1] = end;
        } else if (written && (segmentOf[k] = segments.add(chunk, start, end)) >= 0) {
          if (seg >= 0) {
            segments.widen(seg, segMin, segMax, segChars);
          }
          seg = segmentOf[k];
          segChunk = chunk;
          segMin = Integer.MAX_VALUE; // add counted this value
          segMax = Integer.MIN_VALUE;
          segChars = 0;
          bounds[2 * k] = start;
          bounds[2 * k + 1] = end;
        } else {
          // the values made so far are the builder's chars after the bytes written
          bounds[2 * k] = madeBytes.chars + made.length();
          boolean inBytes = false;
          if (validator != null && !written && chunk >= 0 && end >= 0
              && (hashes || heldValid(row, c))) {
            // a hash, or the normal form of a cell held valid where the type tells it from its
            // chars (a phone's plus and digits), goes straight into the bytes as ASCII, after the
            // chars made before it
            madeBytes.append(made);
            String chunkText = text.chunk(chunk);
            int base = text.chunkStart(chunk);
            inBytes = hashes ? validator.hashAt(chunkText, start - base, end - base, madeBytes)
                : validator.validNormalAt(chunkText, start - base, end - base, madeBytes);
          }
          // a normal form that differs from the text (a phone in E.164, a date in ISO) is written
          // from the span where the type can, else from the cell's String
          if (!inBytes && (validator == null || written || chunk < 0 || end < 0
              || !validator.outputAt(text.chunk(chunk), start - text.chunkStart(chunk),
              end - text.chunkStart(chunk), made))) {
            String raw = table.get(row, c);
            if (validator != null) {
              validator.output(raw, made);
            } else {
              made.append(raw);
            }
          }
          bounds[2 * k + 1] = madeBytes.chars + made.length();
          segmentOf[k] = Segments.MADE;
        }
      }
      if (seg >= 0) {
        segments.widen(seg, segMin, segMax, segChars);
      }
    }
    // a slice much longer than the values in it (rows far apart, edits in a page) is not worth
    // handing over: those values are copied into the builder instead
    boolean allWorth = segments.allWorthSlicing();
    for (int k = 0; k < n && !allWorth; k++) {
      int s = segmentOf[k];
      if (s >= 0 && !segments.worthSlicing(s)) {
        String v = text.slice(bounds[2 * k], bounds[2 * k + 1]);
        bounds[2 * k] = madeBytes.chars + made.length();
        made.append(v);
        bounds[2 * k + 1] = madeBytes.chars + made.length();
        segmentOf[k] = Segments.MADE;
      }
    }
    List<String> parts = new ArrayList<>();
    int[] offsetOf = new int[segments.count];
    int at = 0;
    for (int s = 0; s < segments.count; s++) {
      if (segments.worthSlicing(s)) {
        int chunk = segments.chunk[s];
        int base = text.chunkStart(chunk);
        parts.add(text.chunk(chunk).substring(segments.min[s] - base, segments.max[s] - base));
        offsetOf[s] = at - segments.min[s];
        at += segments.max[s] - segments.min[s];
      }
    }
    madeBytes.append(made);
    for (int k = 0; k < n; k++) {
      int s = segmentOf[k];
      // made values (and blank ones, empty spans at 0) lie in the builder's text, after the slices
      int shift = s >= 0 ? offsetOf[s] : at;
      bounds[2 * k] += shift;
      bounds[2 * k + 1] += shift;
    }
    return new OutputText(parts, madeBytes.bytes, madeBytes.length, bounds, to - from, width);
  }

  /** The chunks of the text that the values of an {@link OutputText} lie in, with their extent. */
  private static final class Segments {
    static final int MADE = -1;
    static final int BLANK = -2;
    /**
     * More chunks than this in one run of rows (edits all over): further values are made. The
     * worker feeds a file in pieces of 64 KiB, so a run of 20,000 rows of 130 bytes spans 40.
     */
    private static final int MAX = 256;
    final int[] chunk = new int[MAX];
    final int[] min = new int[MAX];
    final int[] max = new int[MAX];
    final int[] chars = new int[MAX];
    int count;
    private int last = -1;

    /** Adds a span of a chunk and returns its segment, or {@link #MADE} when there is no room. */
    int add(int c, int start, int end) {
      int s = last >= 0 && chunk[last] == c ? last : find(c);
      if (s < 0) {
        if (count == MAX) {
          return MADE;
        }
        s = count++;
        chunk[s] = c;
        min[s] = start;
        max[s] = end;
      }
      min[s] = Math.min(min[s], start);
      max[s] = Math.max(max[s], end);
      chars[s] += end - start;
      last = s;
      return s;
    }

    private int find(int c) {
      for (int s = 0; s < count; s++) {
        if (chunk[s] == c) {
          return s;
        }
      }
      return -1;
    }

    /** Widens a segment to hold values between {@code from} and {@code to} of these chars. */
    void widen(int s, int from, int to, int valueChars) {
      if (valueChars > 0) {
        min[s] = Math.min(min[s], from);
        max[s] = Math.max(max[s], to);
        chars[s] += valueChars;
      }
    }

    /** Whether every segment is {@link #worthSlicing}. */
    boolean allWorthSlicing() {
      for (int s = 0; s < count; s++) {
        if (!worthSlicing(s)) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether a slice holds at most four times its values' chars plus one page of other text.
     * Four, not two: in a file whose other values are normalised or hashed (contacts_mixed, a
     * third of its chars handed over as written) twice copied nearly every value into the builder
     * one by one, which cost the worker more than cloning the slice costs the page.
     */
    boolean worthSlicing(int s) {
      return max[s] - min[s] <= 4 * chars[s] + SLICE_SLACK;
    }

    private static final int SLICE_SLACK = 1 << 16;
  }

  // ---- per row

  /** Checks every cell and row rule of a row and stores the result (unique groups aside). */
  private void checkRow(int row, CellResult[] results, ValidationIssue[] fresh) {
    checkRow(row, results, fresh, 0, 0, false);
  }

  /**
   * {@link #checkRow} of a row some cells of which a block's pass proved valid on their spans
   * already ({@link #proveBlock}): the columns of {@code proven}, with the as-written bits
   * {@code written}; {@code spansTried} when that pass tried every column's span.
   */
  private void checkRow(int row, CellResult[] results, ValidationIssue[] fresh, int proven,
      int written, boolean spansTried) {
    checkCells(row, results, fresh, proven, written, spansTried);
    for (int r = 0; r < rules.size(); r++) {
      fresh[validators.length + r] = checkRule(row, r, results);
    }
    store(row, fresh);
  }

  /**
   * Checks a row's cells into {@code results} and {@code fresh}; returns its as-written bits. The
   * cells of the columns in {@code proven} were proven valid on their spans already, with the
   * as-written bits {@code written}: only a key's span is found again, for its hash. When {@code
   * spansTried}, a block's pass tried every other cell's span too and it proved nothing: those
   * go straight to the String path.
   */
  private int checkCells(int row, CellResult[] results, ValidationIssue[] fresh, int proven,
      int written, boolean spansTried) {
    SourceText text = table.text();
    for (int c = 0; c < validators.length; c++) {
      spanText[c] = null;
      if (c < 32 && (proven & 1 << c) != 0) {
        if (spanKeyed[c]) {
          spanCell(row, c, text);
        }
        results[c] = null;
        fresh[c] = null;
        continue;
      }
      if (!spansTried && (!normalFormRead[c] || spanKeyed[c])) {
        // the span path: most cells are proven valid where they lie in the file's text, with no
        // String made (nothing reads their normal form before export, or they key their unique
        // column as written)
        int outcome = spanCell(row, c, text);
        if (outcome != NOT_PROVEN) {
          if (outcome == PROVEN_AS_WRITTEN) {
            written |= c < 32 ? 1 << c : 0;
          }
          results[c] = null;
          fresh[c] = null;
          continue;
        }
      }
      String raw = table.get(row, c);
      CellResult result = normalFormRead[c] ? validators[c].check(raw) : validators[c].verify(raw);
      results[c] = result;
      fresh[c] = cellIssue(row, c, result);
    }
    if (row < asWritten.length) {
      asWritten[row] = written;
    }
    return written;
  }

  /** What {@link #spanCell} answers: the cell's span did not prove it valid. */
  private static final int NOT_PROVEN = 0;
  /** What {@link #spanCell} answers: proven valid, handed over other than as written. */
  private static final int PROVEN = 1;
  /** What {@link #spanCell} answers: proven valid and handed over as written. */
  private static final int PROVEN_AS_WRITTEN = 2;

  /**
   * The span path of one cell: whether its text, where it lies in one chunk, proves it valid (and
   * for a {@link #spanKeyed} column, its own unique key); when it does, the chunk and range are
   * left in {@link #spanText}, {@link #spanFrom} and {@link #spanTo} for its key's hash.
   */
  private int spanCell(int row, int c, SourceText text) {
    int end = table.spanEnd(row, c);
    int start = table.spanStart(row, c);
    int chunk = end > start ? text.locate(start, end) : -1;
    if (chunk < 0) {
      return NOT_PROVEN;
    }
    int base = text.chunkStart(chunk);
    String s = text.chunk(chunk);
    int outcome = proven(validators[c], spanKeyed[c], writtenRule[c], s, start - base,
        end - base);
    if (outcome != NOT_PROVEN) {
      spanText[c] = s;
      spanFrom[c] = start - base;
      spanTo[c] = end - base;
    }
    return outcome;
  }

  /**
   * {@link #spanCell} of the cell at {@code [from, to)} of a chunk, for a column's validator,
   * whether it is {@link #spanKeyed} and its {@link #writtenRule}: static and leaving nothing
   * behind, so that {@link #proveBlock} reads a column's settings once and hashes a proven key
   * from the same range at once.
   */
  private static int proven(ColumnValidator v, boolean keyed, int rule, String s, int from,
      int to) {
    if (rule == ColumnValidator.WRITTEN_IF_NORMAL && (!keyed || v.keyIgnoresCase())) {
      // whether the text is its normal form, told by the same pass that accepts it
      int acceptance = keyed ? v.keyAcceptanceAt(s, from, to) : v.acceptanceAt(s, from, to);
      return acceptance == TypeValidators.REJECTED ? NOT_PROVEN
          : acceptance == TypeValidators.NORMAL && v.keepsTextAt(s, from, to)
          ? PROVEN_AS_WRITTEN : PROVEN;
    }
    if (!(keyed ? v.isKeyAt(s, from, to) : v.acceptsAt(s, from, to))) {
      return NOT_PROVEN;
    }
    // a key that is not lower-cased is the text in normal form (isKeyAt)
    return (rule == ColumnValidator.WRITTEN_ALWAYS || rule == ColumnValidator.WRITTEN_IF_NORMAL
        && (keyed && !v.keyIgnoresCase() || v.outputIsAccepted(s, from, to, false)))
        && v.keepsTextAt(s, from, to) ? PROVEN_AS_WRITTEN : PROVEN;
  }

  private ValidationIssue cellIssue(int row, int column, CellResult result) {
    if (result instanceof CellResult.Invalid invalid) {
      Column col = validators[column].column();
      return new ValidationIssue(row, col.key(), invalid.code(), col.severityOf(invalid.code()),
          invalid.arguments(), table.get(row, column));
    }
    return null;
  }

  private CellResult result(int row, int column, CellResult[] results) {
    if (results != null && results[column] != null) {
      return results[column];
    }
    CellResult r = validators[column].check(table.get(row, column));
    if (results != null) {
      results[column] = r;
    }
    return r;
  }

  private ValidationIssue checkRule(int row, int index, CellResult[] results) {
    RowRule rule = rules.get(index);
    if (!isBroken(row, rule, results)) {
      return null;
    }
    int at = importer.indexOf(rule.reportedKey());
    return new ValidationIssue(row, rule.reportedKey(), rule.code(), rule.severity(),
        ruleArguments.get(index), table.get(row, at));
  }

  private boolean isBroken(int row, RowRule rule, CellResult[] results) {
    if (rule instanceof RowRule.AtLeastOneOf a) {
      for (String key : a.keys()) {
        int c = importer.indexOf(key);
        if (!ColumnValidator.isBlank(validators[c].prepare(table.get(row, c)))) {
          return false;
        }
      }
      return true;
    }
    if (rule instanceof RowRule.RequiredWhen w) {
      int c = importer.indexOf(w.key());
      int when = importer.indexOf(w.whenKey());
      String whenValue = validators[when].prepare(table.get(row, when));
      boolean triggered = !ColumnValidator.isBlank(whenValue);
      if (triggered && !w.equalsAny().isEmpty()) {
        CellResult r = result(row, when, results);
        String normal = r instanceof CellResult.Valid v ? v.value() : null;
        String folded = TextFold.fold(whenValue);
        triggered = false;
        for (String candidate : w.equalsAny()) {
          if (TextFold.fold(candidate).equals(folded) || candidate.equals(normal)) {
            triggered = true;
            break;
          }
        }
      }
      return triggered && ColumnValidator.isBlank(validators[c].prepare(table.get(row, c)));
    }
    RowRule.Compare cmp = (RowRule.Compare) rule;
    int left = importer.indexOf(cmp.left());
    int right = importer.indexOf(cmp.right());
    CellResult l = result(row, left, results);
    CellResult r = result(row, right, results);
    if (l instanceof CellResult.Valid lv && r instanceof CellResult.Valid rv
        && !lv.value().isEmpty() && !rv.value().isEmpty()) {
      int comparison = compare(validators[left].column().type(), lv.value(), rv.value());
      return !cmp.operator().test(comparison);
    }
    return false;
  }

  /** The arguments of a rule's message: they name columns and values of the rule, never a cell. */
  private Map<String, Object> ruleArguments(RowRule rule) {
    Map<String, Object> args = new LinkedHashMap<>();
    if (rule instanceof RowRule.AtLeastOneOf a) {
      List<String> labels = new ArrayList<>();
      for (String key : a.keys()) {
        labels.add(validators[importer.indexOf(key)].column().label());
      }
      args.put("columns", String.join(", ", labels));
    } else if (rule instanceof RowRule.RequiredWhen w) {
      args.put("other", validators[importer.indexOf(w.whenKey())].column().label());
      args.put("values", String.join(" / ", w.equalsAny()));
    } else {
      RowRule.Compare cmp = (RowRule.Compare) rule;
      args.put("operator", cmp.operator().symbol());
      args.put("other", validators[importer.indexOf(cmp.right())].column().label());
    }
    return Map.copyOf(args);
  }

  private static int compare(ColumnType type, String left, String right) {
    if (type instanceof ColumnType.Date || type instanceof ColumnType.DateTime) {
      return left.compareTo(right);
    }
    return Double.compare(Decimals.parse(left), Decimals.parse(right));
  }

  // ---- unique groups

  private String groupKey(int row, int group, CellResult[] results) {
    int[] columns = groupColumns[group];
    if (columns.length == 1) {
      int c = columns[0];
      return validators[c].uniqueKey(table.get(row, c), result(row, c, results));
    }
    StringBuilder key = new StringBuilder();
    for (int c : columns) {
      String part = validators[c].uniqueKey(table.get(row, c), result(row, c, results));
      if (part == null) {
        return null;
      }
      key.append(part).append('\u0000');
    }
    return key.toString();
  }

  private void moveInGroup(int row, int group, String oldKey, String newKey,
      ChangedRows changed) {
    UniqueIndex index = groupIndex.get(group);
    if (oldKey != null) {
      int[] rest = index.remove(oldKey, row);
      setGroupSlot(row, group, null);
      refreshGroup(group, rest, changed);
    }
    if (newKey != null) {
      refreshGroup(group, index.add(newKey, row), changed);
    }
  }

  private void refreshGroup(int group, int[] members, ChangedRows changed) {
    // the arguments are the same for every member but the first (whose other row is the second):
    // made twice per group, not once per member (a group can hold a million rows)
    Map<String, Object> first = null;
    Map<String, Object> rest = null;
    int c = groupColumns[group][0];
    Column column = validators[c].column();
    if (members.length > 1) {
      List<String> labels = new ArrayList<>();
      for (int gc : groupColumns[group]) {
        labels.add(validators[gc].column().label());
      }
      String columns = String.join(", ", labels);
      first = duplicateArguments(members[1] + 1, members.length, columns);
      rest = duplicateArguments(members[0] + 1, members.length, columns);
    }
    Severity severity = column.severityOf(DUPLICATE);
    for (int member : members) {
      ValidationIssue issue = members.length < 2 ? null : new ValidationIssue(member, column.key(),
          DUPLICATE, severity, member == members[0] ? first : rest, table.get(member, c));
      setGroupSlot(member, group, issue);
      if (changed != null) {
        changed.add(member);
      }
    }
  }

  private static Map<String, Object> duplicateArguments(int otherRow, int count, String columns) {
    Map<String, Object> args = new LinkedHashMap<>();
    args.put("otherRow", otherRow);
    args.put("count", count);
    args.put("columns", columns);
    return Map.copyOf(args); // immutable: each issue's own copy is then this very map on the JVM
  }

  private void setGroupSlot(int row, int group, ValidationIssue issue) {
    ValidationIssue[] fresh = copySlots(row);
    fresh[validators.length + rules.size() + group] = issue;
    store(row, fresh);
  }

  // ---- storage and counters

  private ValidationIssue[] copySlots(int row) {
    ValidationIssue[] s = slots(row);
    return s == null ? new ValidationIssue[slots] : widened(s.clone());
  }

  /** A row's slots with room for every slot kind in use (hook slots come later, see slots). */
  private ValidationIssue[] widened(ValidationIssue[] s) {
    if (s.length >= slots) {
      return s;
    }
    // by hand: Arrays.copyOf on an object array is reflection in the browser build
    ValidationIssue[] wide = new ValidationIssue[slots];
    System.arraycopy(s, 0, wide, 0, s.length);
    return wide;
  }

  private void store(int row, ValidationIssue[] fresh) {
    ValidationIssue[] old = slots(row);
    if (old != null) {
      count(old, -1);
    }
    boolean any = false;
    for (ValidationIssue issue : fresh) {
      if (issue != null) {
        any = true;
        break;
      }
    }
    if (any) {
      ValidationIssue[] copy = fresh.clone();
      if (row >= issues.length) {
        // grown by hand: Arrays.copyOf on an object array is reflection in the browser build
        ValidationIssue[][] grown = new ValidationIssue[Math.max(table.rowCount(), row + 1)][];
        System.arraycopy(issues, 0, grown, 0, issues.length);
        issues = grown;
      }
      issues[row] = copy;
      count(copy, 1);
    } else if (old != null) {
      issues[row] = null;
    }
  }

  private void count(ValidationIssue[] s, int delta) {
    boolean error = false;
    boolean warning = false;
    for (ValidationIssue issue : s) {
      if (issue == null) {
        continue;
      }
      byCode.merge(issue.code(), delta, Integer::sum);
      byColumn.merge(issue.column(), delta, Integer::sum);
      if (byCode.get(issue.code()) == 0) {
        byCode.remove(issue.code());
      }
      if (byColumn.get(issue.column()) == 0) {
        byColumn.remove(issue.column());
      }
      switch (issue.severity()) {
        case ERROR:
          errors += delta;
          error = true;
          break;
        case WARNING:
          warnings += delta;
          warning = true;
          break;
        default:
          infos += delta;
      }
    }
    if (error) {
      errorRows += delta;
    } else if (warning) {
      warningRows += delta;
    }
  }

  private static boolean hasSeverity(ValidationIssue[] s, Severity severity) {
    for (ValidationIssue issue : s) {
      if (issue != null && issue.severity() == severity) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether validation holds the cell valid: every row validated ({@link #asWritten} spans them,
   * no pass under way), the row not deleted (a full pass passes deleted rows over; restoring one
   * validates it) and the cell without an issue, not even a warning (a column may make a type's
   * refusal one).
   */
  private boolean heldValid(int row, int column) {
    ValidationIssue[] s = slots(row);
    return pass == null && row < asWritten.length && !table.isDeleted(row)
        && (s == null || s[column] == null);
  }

  private ValidationIssue[] slots(int row) {
    return row < issues.length ? issues[row] : null;
  }

  /** The rows an edit changed: a few, sorted and without repeats when read. */
  private static final class ChangedRows {
    private int[] rows = new int[4];
    private int count;

    ChangedRows(int row) {
      add(row);
    }

    void add(int row) {
      if (count == rows.length) {
        rows = Arrays.copyOf(rows, count * 2);
      }
      rows[count++] = row;
    }

    int[] toArray() {
      int[] sorted = Arrays.copyOf(rows, count);
      Arrays.sort(sorted);
      int n = 0;
      for (int i = 0; i < sorted.length; i++) {
        if (n == 0 || sorted[n - 1] != sorted[i]) {
          sorted[n++] = sorted[i];
        }
      }
      return Arrays.copyOf(sorted, n);
    }
  }

  private static int[][] toArrays(List<List<Integer>> lists) {
    int[][] out = new int[lists.size()][];
    for (int i = 0; i < out.length; i++) {
      List<Integer> list = lists.get(i);
      out[i] = new int[list.size()];
      for (int k = 0; k < out[i].length; k++) {
        out[i][k] = list.get(k); // a loop, not a stream: streams add 8 KB to the widget
      }
    }
    return out;
  }
}
