/** A1 references for the reader: zero-based columns, one-based rows, as Excel numbers them. */

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export interface Rect {
  /** One-based first row. */
  readonly top: number;
  /** Zero-based first column. */
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export const columnLetters = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row}`;

export const rectAddress = (r: Rect): string =>
  r.top === r.bottom && r.left === r.right
    ? cellAddress(r.top, r.left)
    : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`;

/**
 * Parses a cell reference quickly (hot path: every `<c r="…">`). Returns false when malformed;
 * on success the result is in `out` to avoid an allocation per cell.
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

/** Parses `A1:C9` (or `A1`, or `$A$1:$C$9`); null when malformed. */
export const parseRect = (ref: string): Rect | null => {
  const [a, b, extra] = ref.trim().split(":");
  if (a === undefined || extra !== undefined) return null;
  const p = { row: 0, column: 0 };
  const q = { row: 0, column: 0 };
  if (!parseCellInto(a, p)) return null;
  if (b === undefined) Object.assign(q, p);
  else if (!parseCellInto(b, q)) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.column, q.column),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.column, q.column),
  };
};

export const inRect = (r: Rect, row: number, column: number): boolean =>
  row >= r.top && row <= r.bottom && column >= r.left && column <= r.right;
