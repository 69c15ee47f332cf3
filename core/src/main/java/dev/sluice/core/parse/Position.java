package dev.sluice.core.parse;

/**
 * Where something is in a CSV text: record number, physical line, field and character offset.
 *
 * <p>Records and lines differ as soon as a quoted field holds a newline, and users think in lines
 * (what their editor shows) while the grid thinks in records, so both are kept.
 *
 * @param record 1-based record number (empty lines that were skipped are not records)
 * @param line   1-based physical line the position is on
 * @param column 1-based field index within the record, 0 when the position concerns the record
 * @param offset 0-based character offset in the decoded text (a BOM counts as one)
 */
public record Position(int record, int line, int column, long offset) {}
