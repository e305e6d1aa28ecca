/**
 * The one workbook port. Three adapters implement it: Office.js (in Excel), .xlsx files (CLI and
 * tests) and in-memory (browser demo and tests); `test/workbook/port-contract.ts` is the shared
 * suite all three must pass. Use-cases in `src/app/` talk to workbooks only through this.
 */
import type { CellValue } from "../domain/model";

/** A table-like source in the workbook: an Excel table, or a plain range with a header row. */
export interface SourceInfo {
  readonly sheet: string;
  /** Excel table name, or null for a plain range. */
  readonly table: string | null;
  /** Excel row number (1-based) of the header row. */
  readonly headerRow: number;
  /** Zero-based sheet column index of the first column (A = 0). */
  readonly firstColumn: number;
  /** Header texts, left to right (blank headers are ""). */
  readonly headers: readonly string[];
  /** Number of data rows below the header (blank rows inside included). */
  readonly rowCount: number;
  readonly sheetHidden?: boolean;
  /**
   * Zero-based sheet column of the `Kontrol` column Kontrakttjek wrote into this source, when its
   * record says so and the column still carries the header it wrote. A re-write goes there; a
   * user's own column of that name is never taken for it.
   */
  readonly ownedColumn?: number;
}

/** Columns read from a source, columnar; `columns[i]` belongs to the i-th requested index. */
export interface ReadResult {
  readonly columns: readonly (readonly CellValue[])[];
  /** Excel row numbers of hidden data rows, when the adapter knows them. */
  readonly hiddenRows?: readonly number[];
}

/** One source and the zero-based header positions to read from it. */
export interface ReadRequest {
  readonly source: SourceInfo;
  readonly columns: readonly number[];
}

export interface ProgressOptions {
  readonly signal?: AbortSignal;
  /** Called with done/total work units (rows or cells). */
  readonly onProgress?: (done: number, total: number) => void;
}

/* ---------- writing: a plan, computed first (the preview), then applied ---------- */

export type CellFormat = "percent" | "number" | "decimal" | "text" | "header" | "date";

/** How a cell of a report looks beyond its value (every field optional; absent = the workbook's default). */
export interface CellLook {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
  /** Text colour and solid fill as six hex digits ("1F4E79"). */
  readonly color?: string;
  readonly fill?: string;
  /** Indent level (one level ≈ 3 characters). */
  readonly indent?: number;
  readonly wrap?: boolean;
  /** Aligned to the top of its row (a report's rows of several lines). */
  readonly top?: boolean;
  /** A thin line under the cell. */
  readonly underline?: boolean;
}

/** What a plan cell may add to its value: a coarse format, an exact Excel number format, a look. */
interface CellDress {
  readonly format?: CellFormat;
  /** Excel number format code (en-US syntax, e.g. `#,##0`, `0.0%`); wins over `format` where the host can show it. */
  readonly numberFormat?: string;
  readonly look?: CellLook;
}

export type PlanCell =
  | ({ readonly kind: "value"; readonly value: string | number | boolean | null } & CellDress)
  | ({
      readonly kind: "formula";
      /** Formula text with a leading "=", in Excel's en-US syntax. */
      readonly formula: string;
      /** The value Kontrakttjek computed, stored as the cached result. */
      readonly cached: string | number | null;
    } & CellDress);

export type HighlightKind = "error" | "warning";

export interface KontrolColumn {
  readonly sheet: string;
  readonly table: string | null;
  readonly headerRow: number;
  /** Zero-based sheet column where the `Kontrol` column goes (right edge of the source). */
  readonly column: number;
  readonly header: string;
  /** One text per data row (null = nothing to say); index 0 is row headerRow + 1. */
  readonly values: readonly (string | null)[];
}

export interface Highlight {
  readonly sheet: string;
  /** Excel row number (1-based). */
  readonly row: number;
  /** Zero-based sheet column. */
  readonly column: number;
  readonly kind: HighlightKind;
}

/** A block of cells: zero-based top row and column, and its size. */
export interface CellBlock {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** A traffic light: cells of a range showing `text` (or beginning with it) get these colours. */
export interface TrafficLight {
  readonly text: string;
  readonly match: "equal" | "begins";
  /** Six hex digits. */
  readonly fill: string;
  readonly color: string;
}

/**
 * What makes a status sheet a report rather than a grid: where its header row and named table
 * are, widths, hidden helper columns, indicators grouped under their goal, traffic lights, print
 * setup, and the house's own column. Every adapter renders it the same way (as far as its host can).
 */
export interface ReportLayout {
  /** Zero-based row of the column headers: the table's header row, repeated on every printed page. */
  readonly headerRow: number;
  /** Rows frozen at the top of the window (0: none — a chart above the table would fill the screen). */
  readonly freezeRows: number;
  /** A named Excel table over `headerRow`…`lastRow` (zero-based, inclusive) and columns 0…`columns` − 1. */
  readonly table: { readonly name: string; readonly lastRow: number; readonly columns: number };
  /** Zero-based columns out of the reader's way (helper columns, the key column). */
  readonly hiddenColumns: readonly number[];
  /** Zero-based rows grouped one outline level under the row above their block (a goal's indicators). */
  readonly outlineRows: readonly number[];
  /** Heights in points of rows whose wrapped texts need more than one line (zero-based rows). */
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  /** Conditional formats: each block coloured by the first rule its cell's text meets. */
  readonly trafficLights: { readonly blocks: readonly CellBlock[]; readonly rules: readonly TrafficLight[] };
  readonly print: {
    readonly landscape: boolean;
    /** Columns 0…`lastColumn` and rows 0…`lastRow` are printed (zero-based, inclusive). */
    readonly lastColumn: number;
    readonly lastRow: number;
    /** At most this many pages tall (fitted to one page wide). */
    readonly pages: number;
    /** Excel's header/footer codes (`&P` page, `&N` pages, `&D` date). */
    readonly footerLeft: string;
    readonly footerRight: string;
  };
  /**
   * The house's column: its cells below the header are the user's — never recorded as written,
   * never removed by clean — and on a re-write carried to the row whose `keyColumn` holds the same
   * key (`carryUserColumn`, `src/workbook/ownership/user-column.ts`), never kept by position.
   */
  readonly userColumn: {
    readonly column: number;
    readonly keyColumn: number;
    /** How a remark whose key is gone is labelled below the report; `{key}` is its key. */
    readonly orphan: string;
  };
}

export interface StatusSheetPlan {
  readonly name: string;
  /** Row-major cells starting at A1; row 0 is the header row unless `report.headerRow` says otherwise. */
  readonly rows: readonly (readonly PlanCell[])[];
  /** Add a native chart of fulfilment per goal where the host supports it. */
  readonly chart?: {
    readonly categoriesColumn: number;
    readonly valuesColumn: number;
    readonly rows: readonly number[];
    readonly title?: string;
    /** A column holding the target (1 = 100 %) on the same rows, drawn as a line. */
    readonly targetColumn?: number;
    /** Bar colours per row (six hex digits), in the order of `rows`. */
    readonly colors?: readonly string[];
    /** Where the chart goes, in cells; default right of the sheet's cells. */
    readonly anchor?: CellBlock;
  };
  /** Column widths in characters, from column 0 (default: from the longest texts). */
  readonly widths?: readonly number[];
  readonly report?: ReportLayout;
  /** A plain sheet's page (the Metode sheet): heights of rows with wrapped texts, A4 fitted to one page wide. */
  readonly page?: {
    /** Zero-based rows, heights in points. */
    readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
    readonly landscape: boolean;
  };
}

export interface WritePlan {
  readonly statusSheet: StatusSheetPlan | null;
  readonly kontrolColumns: readonly KontrolColumn[];
  readonly highlights: readonly Highlight[];
  /** Extra sheets written whole (a what-if scenario); Kontrakttjek owns them. */
  readonly extraSheets?: readonly StatusSheetPlan[];
}

/**
 * With `force`, what was written somewhere else than planned because a user's content stood in
 * the way: never over it, beside it under a new name.
 */
export type WriteMove =
  | { readonly kind: "sheet"; readonly from: string; readonly to: string }
  | {
      readonly kind: "column";
      readonly sheet: string;
      readonly header: string;
      /** Zero-based sheet columns: where the plan wanted it, and where it went. */
      readonly from: number;
      readonly to: number;
    };

export interface WriteReport {
  readonly sheetsWritten: readonly string[];
  readonly cellsWritten: number;
  readonly highlights: number;
  /** Present when something went elsewhere than planned (see `WriteMove`). */
  readonly moved?: readonly WriteMove[];
}

/**
 * Something the ownership record lists that `clean` left in place, because the workbook no
 * longer shows it as Kontrakttjek wrote it:
 * `changed` — cells that hold something else now (a user typed there): they are the user's;
 * `missing` — the sheet or column is not there any more (removed or renamed by the user);
 * `mismatch` — what stands there does not match the record (e.g. a header that was renamed).
 */
export interface KeptOwned {
  readonly reason: "changed" | "missing" | "mismatch";
  readonly sheet: string;
  /** A1 addresses of the first cells concerned (at most 10); empty for a whole sheet or column. */
  readonly cells: readonly string[];
  /** How many cells in all (0 for a whole sheet or column). */
  readonly count: number;
}

export interface CleanReport {
  readonly sheetsRemoved: readonly string[];
  readonly columnsRemoved: number;
  readonly highlightsRemoved: number;
  /** Present when something of Kontrakttjek's was left because it could not be proved ours. */
  readonly kept?: readonly KeptOwned[];
}

/**
 * Raised by `apply` when a user's cell stands where Kontrakttjek would write. `besideWithForce`:
 * whether `force` would write beside it (a new sheet name, a column further right); not where the
 * output must stand right there (a table's next column).
 */
export class WriteConflictError extends Error {
  constructor(
    readonly sheet: string,
    readonly address: string,
    readonly besideWithForce = true,
  ) {
    super(`cell ${sheet}!${address} belongs to the user`);
    this.name = "WriteConflictError";
  }
}

/**
 * Raised by `apply` when the host failed part-way through a write (an Office error, a lost
 * connection, a cancel that could not be undone). `state` says what the workbook holds now:
 * `rolled-back` — nothing of this write is left (Kontrakttjek's earlier output, if any, had
 * already been removed: `previousRemoved`); `partly-written` — undoing failed too, and what was
 * written is recorded, so "remove" (clean) takes it away. `code` is the host's error code.
 * Any other error from `apply` (a conflict, a failure while looking) means nothing was changed.
 */
export class WriteFailedError extends Error {
  readonly code: string | undefined;

  constructor(
    readonly state: "rolled-back" | "partly-written",
    override readonly cause: unknown,
    readonly previousRemoved: boolean,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    super(
      state === "rolled-back"
        ? `the write failed and was undone; nothing of it is in the workbook (${reason})`
        : `the write failed part-way and could not be undone; run remove (clean) to take away what was written (${reason})`,
    );
    this.name = "WriteFailedError";
    this.code =
      typeof cause === "object" && cause !== null && "code" in cause
        ? String((cause as { code: unknown }).code)
        : undefined;
  }
}

export interface WorkbookPort {
  /** Excel tables first, then plain ranges with a header row on sheets without a table. */
  listSources(options?: ProgressOptions): Promise<readonly SourceInfo[]>;
  /** Read the given zero-based header positions of a source, all data rows, columnar. */
  readColumns(source: SourceInfo, columns: readonly number[], options?: ProgressOptions): Promise<ReadResult>;
  /**
   * Several sources at once, results in the order asked: the same as one `readColumns` per
   * request, but a host that pays per round trip can share them between sources. Progress counts
   * rows of all of them. Optional: `readBoundData` falls back to `readColumns`.
   */
  readMany?(requests: readonly ReadRequest[], options?: ProgressOptions): Promise<ReadResult[]>;
  /**
   * Apply a write plan. Never changes a user's cell: where one stands in the way the plan is
   * refused (`WriteConflictError`), or with `force` written beside it under a new name (a sheet
   * `Målopfyldelse 2`, a `Kontrol` column further right) and reported in `moved`.
   */
  apply(plan: WritePlan, options?: ProgressOptions & { readonly force?: boolean }): Promise<WriteReport>;
  /**
   * Remove everything Kontrakttjek wrote (its sheets, columns and highlights), nothing else: each
   * cell only while it still holds what was written (whatever saved the file since), sheets found
   * by name, never by position. What could not be proved ours is left and listed in `kept`.
   */
  clean(options?: ProgressOptions): Promise<CleanReport>;
  /**
   * Write a sheet the user owns (the `Kontrakt` sheet): created when absent; when present, its
   * cells become the plan's only with `force`, else a `WriteConflictError` names the first
   * non-empty cell (row by row) that differs. Never recorded as Kontrakttjek's output (`clean`
   * leaves it; a sheet Kontrakttjek wrote earlier under that name is handed over to the user),
   * and Kontrakttjek's other output is left as it is.
   */
  writeUserSheet(
    sheet: StatusSheetPlan,
    options?: ProgressOptions & { readonly force?: boolean },
  ): Promise<WriteReport>;
  /** Small JSON settings stored inside the workbook (bindings, contract, parameters). */
  loadSettings(): Promise<string | null>;
  saveSettings(json: string): Promise<void>;
}
