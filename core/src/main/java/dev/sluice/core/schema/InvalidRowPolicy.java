package dev.sluice.core.schema;

/** What submitting does with rows that still have errors. */
public enum InvalidRowPolicy {
  /** Submit is blocked until every error is fixed or its row deleted. */
  BLOCK,
  /** Rows with errors are left out (and can be downloaded as rejected rows). */
  EXCLUDE,
  /** Rows with errors are submitted too, flagged with their errors. */
  INCLUDE_FLAGGED
}
