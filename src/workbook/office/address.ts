/**
 * The Office adapter's edge to the A1 vocabulary (`../sheet/a1.ts`). Office.js counts rows from
 * 0 (`rowIndex`) and so does this adapter inside (its `Pos` and blocks); A1 text counts them
 * from 1. Every conversion between the two is in this file.
 */
import { cellRef, columnIndex, MAX_COLUMNS, MAX_ROWS, parseRange } from "../sheet/a1";

/** A block of cells as Office.js gives it: zero-based `rowIndex`/`columnIndex` and a size. */
export interface Block {
  /** Zero-based row (Office.js `rowIndex`). */
  readonly row: number;
  /** Zero-based column. */
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** `B7` for zero-based row index 6, column 1. */
export const indexAddress = (rowIndex: number, column: number): string => cellRef(rowIndex + 1, column);

/** `A1:C10` for a block given by zero-based start and size (size ≥ 1). */
export const blockAddress = (row: number, column: number, rows: number, columns: number): string =>
  rows === 1 && columns === 1
    ? indexAddress(row, column)
    : `${indexAddress(row, column)}:${indexAddress(row + rows - 1, column + columns - 1)}`;

/** The text after a sheet prefix: `B2:D9` of `'Ark 1'!B2:D9`. */
const withoutSheet = (ref: string): string => (ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref);

/** Zero-based bounds of an A1 range such as `Ark!B2:D9` or `B2`. */
export function parseBlock(ref: string): Block | null {
  const r = parseRange(withoutSheet(ref));
  return r && { row: r.top - 1, column: r.left, rows: r.bottom - r.top + 1, columns: r.right - r.left + 1 };
}

/**
 * Zero-based bounds of each block of a multi-area address such as `Ark!A2:A5, Ark!C7` (as
 * `RangeAreas.address` gives it). Commas inside a quoted sheet name do not split; whole columns
 * (`A:B`) and whole rows (`3:4`) are spelled out to the sheet's edges.
 */
export function parseAreas(address: string): Block[] {
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
    const body = withoutSheet(ref).replace(/\$/g, "");
    const cols = /^([A-Z]{1,3}):([A-Z]{1,3})$/i.exec(body);
    if (cols) {
      const a = columnIndex(cols[1]!);
      const b = columnIndex(cols[2]!);
      return [{ row: 0, column: Math.min(a, b), rows: MAX_ROWS, columns: Math.abs(b - a) + 1 }];
    }
    const rows = /^(\d{1,7}):(\d{1,7})$/.exec(body);
    if (rows) {
      const a = Number(rows[1]) - 1;
      const b = Number(rows[2]) - 1;
      return [{ row: Math.min(a, b), column: 0, rows: Math.abs(b - a) + 1, columns: MAX_COLUMNS }];
    }
    const r = parseBlock(body);
    if (!r) throw new Error(`unreadable address ${ref}`);
    return [r];
  });
}
