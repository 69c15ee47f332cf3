// Type declarations of the Sluice widget (hand-written; `tsc --noEmit` over the examples checks
// them). Sluice.open(options) opens an import; rows reach options.onData (callback mode) or are
// posted to the relay (webhook mode).

/** An importer schema: columns, rules and policies (docs/schema.md). */
export interface Schema {
  version: 1;
  name: string;
  columns: SchemaColumn[];
  rowRules?: RowRule[];
  allowExtraColumns?: boolean;
  allowCustomColumns?: boolean;
  invalidRowPolicy?: "block" | "exclude" | "include_flagged";
}

/** One column of a schema. */
export interface SchemaColumn {
  key: string;
  label?: string;
  description?: string;
  aliases?: string[];
  required?: boolean;
  allowBlank?: boolean;
  unique?: boolean | string;
  type?: ColumnTypeName | ColumnType;
  default?: string;
  severity?: Partial<Record<IssueCode, Severity>>;
  message?: string;
  transforms?: Transform[];
}

export type ColumnTypeName = "text" | "integer" | "decimal" | "currency" | "boolean" | "email"
  | "url" | "phone" | "date" | "datetime" | "enum" | "uuid" | "country";

/** A column type with its settings (docs/schema.md lists every field of every type). */
export interface ColumnType {
  name: ColumnTypeName;
  [setting: string]: unknown;
}

export type Transform = "trim" | "collapse_spaces" | "upper" | "lower" | "title" | "normalize"
  | "hash" | "unmark";

/** A rule across the columns of a row (docs/schema.md). */
export interface RowRule {
  type: "at_least_one" | "required_when" | "required_when_filled" | "compare";
  [setting: string]: unknown;
}

export type Severity = "error" | "warning" | "info";

/** The codes of the issues core reports (messages are looked up by code, per language). */
export type IssueCode = "VALUE_REQUIRED" | "TEXT_TOO_SHORT" | "TEXT_TOO_LONG" | "TEXT_PATTERN"
  | "NUMBER_INVALID" | "NUMBER_AMBIGUOUS" | "NUMBER_NOT_INTEGER" | "NUMBER_TOO_SMALL"
  | "NUMBER_TOO_LARGE" | "CURRENCY_INVALID" | "CURRENCY_MISMATCH" | "BOOLEAN_INVALID"
  | "EMAIL_INVALID" | "URL_INVALID" | "PHONE_INVALID" | "PHONE_NO_COUNTRY" | "PHONE_WRONG_LENGTH"
  | "EXCEL_SCIENTIFIC"
  | "EXCEL_DATE_SERIAL"
  | "DATE_TWO_DIGIT_YEAR"
  | "DATE_INVALID" | "DATETIME_INVALID" | "DATE_AMBIGUOUS" | "ENUM_INVALID" | "ENUM_INVALID_SUGGEST"
  | "UUID_INVALID" | "COUNTRY_INVALID" | "DUPLICATE_VALUE" | "ROW_AT_LEAST_ONE" | "ROW_REQUIRED_WHEN"
  | "ROW_REQUIRED_WHEN_FILLED" | "ROW_COMPARE" | "HOOK_ISSUE";

/** The codes of problems with the file itself, shown in the format step. */
export type FileIssueCode = "STRAY_QUOTE" | "TEXT_AFTER_CLOSING_QUOTE" | "SPACE_AFTER_CLOSING_QUOTE"
  | "SPACE_BEFORE_OPENING_QUOTE"
  | "DELIMITER_IS_QUOTE" | "UNCLOSED_QUOTE" | "RAGGED_ROW" | "SHEET_ROW_WIDER" | "FIELD_TOO_LARGE"
  | "REPEATED_HEADER"
  | "TOO_MANY_FIELDS"
  | "ROW_LIMIT" | "COLUMN_MISSING" | "XLSX_CORRUPT" | "XLSX_ENCRYPTED" | "XLS_UNSUPPORTED"
  | "XLSX_TOO_LARGE" | "XLSX_NO_SHEETS" | "XLSX_SHEET_NOT_FOUND" | "FILE_OTHER_FORMAT"
  | "FILE_NOT_TEXT" | "CUSTOM_COLUMNS_OFF"
  | "CUSTOM_NAME_INVALID" | "CUSTOM_NAME_TAKEN" | "CUSTOM_NAME_RESERVED";

/** A row handed over: values by column key, as the schema's transforms and your hooks left them. */
export interface Row {
  [column: string]: string | Record<string, string> | RowError[] | undefined;
  /** Columns the user kept as custom fields (schemas with allowCustomColumns). */
  customFields?: Record<string, string>;
  /** The errors a row still has, under the include_flagged policy. */
  _errors?: RowError[];
}

export interface RowError {
  column: string;
  code: IssueCode | (string & {});
}

/** What onData receives, once per batch. */
export interface DataPayload {
  importId: string;
  fileName: string;
  batch: { index: number; count: number; totalRows: number };
  /** Schema keys, then kept extra columns. */
  columns: string[];
  /** The names of the custom fields under each row's customFields. */
  customFields: string[];
  rows: Row[];
}

/** onData's answer: rows of the batch (by index within it) your app did not accept. */
export interface DataAnswer {
  errors?: { index: number; message?: string }[];
}

export interface CompleteResult {
  importId: string;
  fileName: string;
  rows: number;
  status: "submitted" | "partial" | "failed";
}

/** What a hook says of one value: fine (null), an issue, or a replacement value. */
export type HookAnswer = null | undefined | string | { value: string } | HookIssue;

export interface HookIssue {
  message: string;
  severity?: Severity;
  code?: string;
  /** With a message: replaces the value as well. */
  value?: string;
}

export interface HookContext {
  /** The column of a column hook; null for the rows hook. */
  column: string | null;
  /** The row numbers, as the grid shows them, of the values or rows passed. */
  rows: number[];
  importId: string;
}

/** What the rows hook says of one row. */
export type RowHookAnswer = null | undefined | {
  values?: Record<string, string>;
  issues?: { column: string; message: string; severity?: Severity; code?: string }[];
};

/** The counts the review step shows, passed to beforeSubmit. */
export interface ImportSummary {
  importId: string;
  rows: number;
  validRows: number;
  errorRows: number;
  warningRows: number;
  errors: number;
  warnings: number;
  byCode: Record<string, number>;
  byColumn: Record<string, number>;
  canSubmit: boolean;
  policy: "block" | "exclude" | "include_flagged";
}

/** Your own checks, run in the page (docs/widget.md, Hooks). */
export interface Hooks {
  columns?: Record<string, (values: string[], context: HookContext) =>
    HookAnswer[] | Promise<HookAnswer[]>>;
  rows?: (rows: Record<string, string>[], context: HookContext) =>
    RowHookAnswer[] | Promise<RowHookAnswer[]>;
  beforeSubmit?: (summary: ImportSummary) =>
    { ok: boolean; message?: string } | Promise<{ ok: boolean; message?: string }>;
}

/** The options of Sluice.open (docs/widget.md, Options). */
export interface SluiceOptions {
  schema?: Schema;
  importerKey?: string;
  relayUrl?: string;
  /** "callback" (default): rows go to onData and never leave the page; "webhook": to the relay. */
  mode?: "callback" | "webhook";
  onData?: (payload: DataPayload) => DataAnswer | void | Promise<DataAnswer | void>;
  onComplete?: (result: CompleteResult) => void;
  onClose?: () => void;
  /**
   * A language tag (default navigator.language). Shipped: en, de, fr, es, ja, it, nl, pt-BR, pl,
   * sv, da, nb, fi, cs, tr, zh-Hans, ko, ar, he; other tags are served by their language
   * (de-CH by de, pt-PT by pt-BR, zh-TW by zh-Hans) or English. Each language is loaded on demand
   * from locales/<language>.js beside the module. The locale (then the browser's languages) also
   * names the encoding Excel writes for that language, taken for a file that is not Unicode where
   * its bytes read alike in several (cs: windows-1250, tr: windows-1254).
   */
  locale?: string;
  /** An element or a selector: inline there instead of a modal dialog. */
  container?: HTMLElement | string;
  batchSize?: number;
  maxFileSizeMb?: number;
  maxRows?: number;
  /**
   * Workers that parse a large text file in parallel, each a byte range cut at a line start
   * (default: one per core but one, at most 8); the result is always one worker's.
   */
  workers?: number;
  /** The smallest range worth a worker (default 8 MiB). */
  minRangeBytes?: number;
  user?: { id: string | number };
  userToken?: string;
  /** Host fields recorded with the import's metadata; never row data. */
  metadata?: Record<string, unknown>;
  /**
   * Your own wording of any message (code to template, keeping its {name} placeholders; CODE#one,
   * #zero, #two, #few, #many are plural forms): flat for every language, or per language
   * ({ de: { UI_SUBMIT: "{count} Kontakte senden" } }), whose entries win.
   */
  messages?: Record<string, string | Record<string, string>>;
  hooks?: Hooks;
  hookConcurrency?: number;
  hookPageSize?: number;
  hookTimeoutMs?: number;
}

export interface SluiceHandle {
  close(): void;
  element: HTMLElement;
}

export declare const Sluice: {
  open(options: SluiceOptions): SluiceHandle;
};
