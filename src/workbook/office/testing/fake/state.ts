/** The fake's workbook state (plain data), its errors, and the cell rules every proxy shares. */
import type { FakeExcel } from "./book";

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "RichApi.Error";
  }
}

export interface FakeCell {
  value: string | number | boolean | null;
  formula?: string;
  error?: string;
  numberFormat?: string;
  fill?: string | null;
  bold?: boolean;
}

export interface FakeTableState {
  id: string;
  name: string;
  sheet: FakeSheetState;
  /** Zero-based header row and first column; rows includes the header. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  style: string;
  showFilterButton: boolean;
}

export interface FakeValidation {
  readonly address: string;
  rule?: Excel.DataValidationRule;
  errorAlert?: Excel.DataValidationErrorAlert;
  prompt?: Excel.DataValidationPrompt;
  ignoreBlanks?: boolean;
}

export interface FakeSheetState {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  cells: Map<string, FakeCell>;
  frozenRows: number;
  columnWidths: Map<number, number>;
  charts: { type: string; source: string; name: string; title: string; position: string }[];
  validations: FakeValidation[];
}

export interface FakeRequest {
  readonly ops: number;
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** Cells written, plus cells read by value loads (values, value types, formulas, formats). */
  readonly cells: number;
  /** Did the request write cells? Then it should have suspended calculation. */
  readonly writes: boolean;
  readonly calcSuspended: boolean;
  readonly screenSuspended: boolean;
  /** Excel refused it as too large (nothing in it was applied, or its answer was lost). */
  readonly refused: boolean;
}

export const key = (r: number, c: number): string => `${r},${c}`;

export const MAX_CELLS = 5_000_000;

export type Op = { run: () => number; bytes: number; cells: number; writes: boolean };

/* ---------------- workbook state ---------------- */

export function cellOf(s: FakeSheetState, r: number, c: number): FakeCell {
  return s.cells.get(key(r, c)) ?? { value: null };
}

export function mutable(s: FakeSheetState, r: number, c: number): FakeCell {
  let cell = s.cells.get(key(r, c));
  if (!cell) {
    cell = { value: null };
    s.cells.set(key(r, c), cell);
  }
  return cell;
}

const ERROR_LITERAL = /^#(N\/A|NUM!|DIV\/0!|VALUE!|REF!|NAME\?|NULL!)$/;

/** What Excel does with an entry written to `values` or `formulas`. */
export function setCell(s: FakeSheetState, r: number, c: number, entry: unknown): void {
  const cell = mutable(s, r, c);
  delete cell.formula;
  delete cell.error;
  if (entry === null || entry === undefined || entry === "") cell.value = null;
  else if (typeof entry === "number" || typeof entry === "boolean") cell.value = entry;
  else {
    const text = String(entry);
    if (text.startsWith("'")) cell.value = text.slice(1);
    else if (text.startsWith("=")) {
      cell.formula = text;
      cell.value = null; // the fake does not calculate
    } else if (ERROR_LITERAL.test(text)) {
      cell.value = null;
      cell.error = text;
    } else if (cell.numberFormat !== "@" && /^-?\d+(\.\d+)?$/.test(text)) cell.value = Number(text);
    else cell.value = text;
  }
  if (cell.value === null && !cell.formula && !cell.error && !cell.numberFormat && !cell.fill && !cell.bold)
    s.cells.delete(key(r, c));
}

/* ---------------- request context and proxies ---------------- */

export type SheetRef = () => FakeSheetState;

export interface Bounds {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A1 reference of a sheet name as Excel writes it (quoted unless plain). */
export const sheetRef = (name: string): string =>
  /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;

export function usedBounds(s: FakeSheetState, valuesOnly: boolean, within?: Bounds): Bounds | null {
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  for (const [k, c] of s.cells) {
    if (valuesOnly && c.value === null && !c.formula && !c.error) continue;
    const [r, col] = k.split(",").map(Number) as [number, number];
    if (
      within &&
      (r < within.row || r >= within.row + within.rows || col < within.column || col >= within.column + within.columns)
    )
      continue;
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, col);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, col);
  }
  return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

export const sheetOrThrow = (book: FakeExcel, name: string): FakeSheetState => {
  const s = book.sheet(name);
  if (!s) throw new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${name}`);
  return s;
};
