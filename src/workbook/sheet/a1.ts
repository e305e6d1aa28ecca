/**
 * A1 addresses, with one convention for every adapter and the app:
 *
 *   row     Excel's row number, 1-based: the 7 of `C7`.
 *   column  a zero-based column index: A = 0, so `C7` is column 2 (an index into a row of cells).
 *
 * A range is `{ top, left, bottom, right }` in those units, both ends included. Office.js counts
 * rows from 0 (`rowIndex`): the Office adapter converts at its edge (`office/address.ts`) and
 * nowhere else. Column letters themselves come from the domain (`src/domain/columns.ts`), which
 * names columns in its messages and may not import this layer: one implementation, re-exported.
 */
import { columnIndex, columnLetters, MAX_COLUMNS } from "../../domain/columns";

export { columnIndex, columnLetters, MAX_COLUMNS };

/** Excel's row count. */
export const MAX_ROWS = 1_048_576;

export interface CellPos {
  /** Excel row number (1-based). */
  readonly row: number;
  /** Zero-based column. */
  readonly column: number;
}

export interface CellRange {
  /** Excel row number of the first row. */
  readonly top: number;
  /** Zero-based first column. */
  readonly left: number;
  /** Excel row number of the last row (included). */
  readonly bottom: number;
  /** Zero-based last column (included). */
  readonly right: number;
}

/** `C7` for Excel row 7, column 2. */
export const cellRef = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** `A1:C9`, or `A1` for a one-cell range. */
export const rangeRef = (r: CellRange): string =>
  r.top === r.bottom && r.left === r.right
    ? cellRef(r.top, r.left)
    : `${cellRef(r.top, r.left)}:${cellRef(r.bottom, r.right)}`;

/**
 * Reads `B3` or `$B$3` into `out` without allocating (the .xlsx reader calls it for every
 * `<c r="…">`); false when malformed. Checks the column against the sheet, not the row: callers
 * wanting Excel's whole grid use `parseCellRef`.
 */
export const parseCellInto = (ref: string, out: { row: number; column: number }): boolean => {
  let i = 0;
  let col = 0;
  let c = ref.charCodeAt(0);
  if (c === 36) c = ref.charCodeAt(++i); // $
  while (i < ref.length) {
    c = ref.charCodeAt(i);
    const u = c & ~32;
    if (u < 65 || u > 90) break;
    col = col * 26 + (u - 64);
    i++;
  }
  if (col === 0) return false;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const start = i;
  while (i < ref.length) {
    c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
    i++;
  }
  if (i === start || row < 1 || col > MAX_COLUMNS) return false;
  out.row = row;
  out.column = col - 1;
  return true;
};

/** Parses `B3` or `$B$3` (spaces around it allowed) inside Excel's grid; null otherwise. */
export const parseCellRef = (ref: string): CellPos | null => {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const column = columnIndex(m[1] ?? "");
  const row = Number(m[2]);
  if (column < 0 || column >= MAX_COLUMNS || row < 1 || row > MAX_ROWS) return null;
  return { row, column };
};

/** Parses `A1:C9`, `$A$1:$C$9` or a single cell `A1` (corners in any order); null when malformed. */
export const parseRange = (ref: string): CellRange | null => {
  const [a, b, extra] = ref.trim().split(":");
  if (a === undefined || extra !== undefined) return null;
  const p = parseCellRef(a);
  const q = b === undefined ? p : parseCellRef(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
};

export const inRange = (r: CellRange, row: number, column: number): boolean =>
  row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;

/** The parts of a space-separated range list (`sqref`, as `A1:A9 C3`). */
export const sqrefParts = (sqref: string): string[] => sqref.trim().split(/\s+/);

/** Each part of a range list parsed; null for a part that is not a range. */
export const sqrefRanges = (sqref: string): (CellRange | null)[] => sqrefParts(sqref).map(parseRange);
