/** A1-style references: zero-based columns, one-based rows, as Excel numbers them. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** Column letters for a zero-based index: 0 → A, 26 → AA. */
export const columnName = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Zero-based index of column letters (case-insensitive); -1 when not letters. */
export const columnIndex = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const c = letters.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) return -1;
    n = n * 26 + (c - 64);
  }
  return letters.length === 0 ? -1 : n - 1;
};

export const cellRef = (row: number, column: number): string => `${columnName(column)}${row}`;

export interface CellPos {
  /** One-based row. */
  readonly row: number;
  /** Zero-based column. */
  readonly column: number;
}

/** Parses `B3` or `$B$3`; null when it is not a single cell reference. */
export const parseCellRef = (ref: string): CellPos | null => {
  const m = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const column = columnIndex(m[1] ?? "");
  const row = Number(m[2]);
  if (column < 0 || column >= MAX_COLUMNS || row < 1 || row > MAX_ROWS) return null;
  return { row, column };
};

export interface RangePos {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** Parses `A1:C9` or a single cell `A1`; null when malformed. */
export const parseRange = (ref: string): RangePos | null => {
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

export const rangeRef = (r: RangePos): string =>
  r.top === r.bottom && r.left === r.right
    ? cellRef(r.top, r.left)
    : `${cellRef(r.top, r.left)}:${cellRef(r.bottom, r.right)}`;
