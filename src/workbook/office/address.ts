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
