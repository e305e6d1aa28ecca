/** A1 addresses from zero-based indexes, for the few places the API wants text addresses. */

export const columnLetters = (index: number): string => {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
};

/** `B7` for zero-based row 6, column 1. */
export const cellAddress = (row: number, column: number): string => `${columnLetters(column)}${row + 1}`;

/** `A1:C10` for a block given by zero-based start and size (size ≥ 1). */
export const blockAddress = (row: number, column: number, rows: number, columns: number): string =>
  rows === 1 && columns === 1
    ? cellAddress(row, column)
    : `${cellAddress(row, column)}:${cellAddress(row + rows - 1, column + columns - 1)}`;

/** Zero-based [row, column] of an A1 cell reference (ignores `$` and a sheet prefix). */
export function parseCell(ref: string): [number, number] | null {
  const m = /^(?:.*!)?\$?([A-Z]{1,3})\$?(\d{1,7})$/i.exec(ref.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return [Number(m[2]) - 1, col - 1];
}

/** Zero-based bounds of an A1 range such as `Ark!B2:D9` or `B2`. */
export function parseRange(ref: string): { row: number; column: number; rows: number; columns: number } | null {
  const body = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = body.split(":");
  const start = parseCell(a ?? "");
  const end = b === undefined ? start : parseCell(b);
  if (!start || !end) return null;
  return {
    row: Math.min(start[0], end[0]),
    column: Math.min(start[1], end[1]),
    rows: Math.abs(end[0] - start[0]) + 1,
    columns: Math.abs(end[1] - start[1]) + 1,
  };
}

const SHEET_ROWS = 1_048_576;
const SHEET_COLUMNS = 16_384;

/**
 * Zero-based bounds of each block of a multi-area address such as `Ark!A2:A5, Ark!C7` (as
 * `RangeAreas.address` gives it). Commas inside a quoted sheet name do not split; whole columns
 * (`A:B`) and whole rows (`3:4`) are spelled out to the sheet's edges.
 */
export function parseAreas(address: string): { row: number; column: number; rows: number; columns: number }[] {
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < address.length; i++) {
    const ch = address[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      parts.push(address.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(address.slice(start));
  return parts.flatMap((part) => {
    const ref = part.trim();
    if (ref === "") return [];
    const body = (ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref).replace(/\$/g, "");
    const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(body);
    if (cols) {
      const a = parseCell(`${cols[1]}1`)![1];
      const b = parseCell(`${cols[2]}1`)![1];
      return [{ row: 0, column: Math.min(a, b), rows: SHEET_ROWS, columns: Math.abs(b - a) + 1 }];
    }
    const rows = /^(\d{1,7}):(\d{1,7})$/.exec(body);
    if (rows) {
      const a = Number(rows[1]) - 1;
      const b = Number(rows[2]) - 1;
      return [{ row: Math.min(a, b), column: 0, rows: Math.abs(b - a) + 1, columns: SHEET_COLUMNS }];
    }
    const r = parseRange(body);
    if (!r) throw new Error(`unreadable address ${ref}`);
    return [r];
  });
}
