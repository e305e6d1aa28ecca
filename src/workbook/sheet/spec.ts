/**
 * The fill-in spec: sheets, cells, tables, validation and layout to add to a workbook. The app
 * builds it; the .xlsx adapter creates a file from it (`createWorkbook`), the Office adapter
 * inserts its sheets, the memory adapter (the demo) holds them. Ranges are A1 text (`./a1.ts`).
 */
import type { CellFormat } from "../port";

/** A date as ISO text (`2025-03-31`, optionally `T12:00[:00]`) or an Excel serial number. */
export type DateInput = string | number;

export type NewCell =
  | string
  | number
  | boolean
  | null
  | undefined
  | { readonly kind: "value"; readonly value: string | number | boolean | null; readonly format?: CellFormat }
  | { readonly kind: "date"; readonly value: DateInput; readonly format?: CellFormat }
  | {
      readonly kind: "formula";
      /** With or without the leading "=", en-US syntax. */
      readonly formula: string;
      /** The cached result shown until the file is recalculated. */
      readonly cached?: string | number | boolean | null;
      readonly format?: CellFormat;
    };

export interface NewColumn {
  /** Width in characters, as Excel's column width. */
  readonly width?: number;
  /** Format of the whole column: also applies to cells typed later. */
  readonly format?: CellFormat;
  readonly hidden?: boolean;
}

export interface NewTable {
  /** Excel table name (letters, digits, `_`, `.`; unique in the workbook). */
  readonly name: string;
  /** The table's range including its header row, e.g. `A1:O2`; at least one data row. */
  readonly range: string;
  /** Table style; default `TableStyleMedium2`. */
  readonly style?: string;
  readonly rowStripes?: boolean;
}

interface ValidationCommon {
  /** Cells the rule applies to, e.g. `D2:D1000` (several ranges separated by spaces). */
  readonly range: string;
  /** Default true. */
  readonly allowBlank?: boolean;
  readonly prompt?: { readonly title?: string; readonly text: string };
  readonly error?: {
    readonly title?: string;
    readonly text: string;
    readonly style?: "stop" | "warning" | "information";
  };
}

export type NewValidation = ValidationCommon &
  (
    | { readonly type: "list"; readonly values: readonly string[] }
    /** A list taken from cells, e.g. `=Lister!$A$2:$A$9`. */
    | { readonly type: "list"; readonly source: string }
    | { readonly type: "whole" | "decimal"; readonly min?: number; readonly max?: number }
    | { readonly type: "date"; readonly min?: DateInput; readonly max?: DateInput }
  );

export interface NewSheet {
  /** Sheet name (≤ 31 characters, none of `[]:*?/\`, unique ignoring case). */
  readonly name: string;
  /** Row-major cells starting at A1. */
  readonly rows?: readonly (readonly NewCell[])[];
  /** Per column, index 0 = A. */
  readonly columns?: readonly (NewColumn | null | undefined)[];
  /** Top rows that are headers: bold and frozen (default 0). */
  readonly headerRows?: number;
  /** Frozen top rows; default `headerRows`. */
  readonly freezeRows?: number;
  readonly hidden?: boolean;
  readonly tables?: readonly NewTable[];
  readonly validations?: readonly NewValidation[];
}

export interface NewWorkbookSpec {
  readonly sheets: readonly NewSheet[];
  /** Index of the sheet shown on open; default the first visible sheet. */
  readonly activeSheet?: number;
  readonly definedNames?: readonly {
    readonly name: string;
    /** e.g. `Lister!$A$2:$A$9`, with or without "=". */
    readonly formula: string;
    readonly hidden?: boolean;
  }[];
  readonly title?: string;
}

/** The spec cannot become a valid workbook (bad name, overlapping table, …). */
export class WorkbookSpecError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WorkbookSpecError";
  }
}
