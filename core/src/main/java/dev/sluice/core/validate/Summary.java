package dev.sluice.core.validate;

import java.util.Map;

/**
 * Counts of a validation, for the review screen and the import metadata: no cell content, only
 * numbers by code and column.
 *
 * @param rows        rows not deleted
 * @param validRows   rows not deleted and without errors
 * @param errorRows   rows with at least one error
 * @param warningRows rows with warnings but no errors
 * @param errors      issues of severity error
 * @param warnings    issues of severity warning
 * @param infos       issues of severity info
 * @param byCode      issues by code
 * @param byColumn    issues by column key
 */
public record Summary(int rows, int validRows, int errorRows, int warningRows, int errors,
    int warnings, int infos, Map<String, Integer> byCode, Map<String, Integer> byColumn) {

  /** Copies the maps. */
  public Summary {
    byCode = Map.copyOf(byCode);
    byColumn = Map.copyOf(byColumn);
  }
}
