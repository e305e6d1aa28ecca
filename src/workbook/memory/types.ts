/** The in-memory workbook's spec (what tests and the demo build it from) and its grid view. */
import type { CellValue } from "../../domain/model";
import type { CellFormat, HighlightKind, ReportLayout } from "../port";

export interface MemoryTableSpec {
  readonly name: string;
  /** Range including the header row, e.g. `A1:F20`. */
  readonly ref: string;
}

export interface MemorySheetSpec {
  readonly name: string;
  /** Row-major cells from A1. */
  readonly rows?: readonly (readonly CellValue[])[];
  readonly tables?: readonly MemoryTableSpec[];
  readonly hidden?: boolean | "veryHidden";
  /** Excel row numbers of hidden rows. */
  readonly hiddenRows?: readonly number[];
  /** Number formats by A1 address (e.g. `{ C2: "date" }`). */
  readonly formats?: Readonly<Record<string, CellFormat>>;
  /** Formulas by A1 address; the cell's value in `rows` is the cached result. */
  readonly formulas?: Readonly<Record<string, string>>;
  /** Merged ranges, e.g. `A1:C1`: only the top-left cell holds a value. */
  readonly merges?: readonly string[];
}

export interface MemoryWorkbookSpec {
  readonly sheets: readonly MemorySheetSpec[];
  /** Settings JSON already stored in the workbook. */
  readonly settings?: string;
}

/** One cell as a grid shows it. */
export interface GridCell {
  readonly value: CellValue;
  readonly formula?: string;
  readonly format?: CellFormat;
  /** Set by Kontrakttjek's `apply`. */
  readonly highlight?: HighlightKind;
}

export interface GridTable {
  readonly name: string;
  readonly ref: string;
  readonly columns: readonly string[];
}

export interface GridSheet {
  readonly name: string;
  readonly hidden: false | "hidden" | "veryHidden";
  /** Rows × columns of the used area from A1 (null = empty cell). */
  readonly cells: readonly (readonly (GridCell | null)[])[];
  readonly tables: readonly GridTable[];
  readonly hiddenRows: readonly number[];
  readonly merges: readonly string[];
  /** True for sheets Kontrakttjek wrote (status sheet, scenarios). */
  readonly ownedByKontrakttjek: boolean;
  /** A status report's layout (traffic lights, hidden columns, print setup), as written. */
  readonly report?: ReportLayout;
}
