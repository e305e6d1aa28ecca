/**
 * Which cells Kontrakttjek wrote, and the fingerprint of each, in the compact form its records
 * keep them: an A1 cell list (`A1:A45 C3`, runs down a column) and one hash per cell in the
 * list's order. Shared by the adapters' records.
 */
import { rangeRef, parseRange, type CellPos } from "../sheet/a1";

/** Cells Kontrakttjek wrote and the fingerprint of each (null in a version-1 record). */
export interface OwnedCells {
  /** As `A1:H12 J3` (sqref). */
  readonly cells: string;
  /** One hash per cell, in `decodeCells(cells)` order. */
  readonly fp: Uint32Array | null;
}

/** Cells → compact sqref: runs down a column become `B2:B9`. */
export const encodeCells = (cells: readonly CellPos[]): string => {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const out: string[] = [];
  let i = 0;
  while (i < sorted.length) {
    const start = sorted[i] as CellPos;
    let end = start;
    while (i + 1 < sorted.length) {
      const n = sorted[i + 1] as CellPos;
      if (n.column !== end.column || n.row > end.row + 1) break;
      end = n;
      i++;
    }
    i++;
    out.push(rangeRef({ top: start.row, left: start.column, bottom: end.row, right: end.column }));
  }
  return out.join(" ");
};

export function* decodeCells(sqref: string): Generator<CellPos> {
  for (const part of sqref.split(/\s+/)) {
    const r = part ? parseRange(part) : null;
    if (!r) continue;
    for (let column = r.left; column <= r.right; column++)
      for (let row = r.top; row <= r.bottom; row++) yield { row, column };
  }
}

/** Position key of a cell in maps (rows are at most 2^20, columns 2^14). */
export const posKey = (row: number, column: number): number => row * 16384 + column;

/** The cells written with their content keys → the record's cell list and fingerprints. */
export const ownedCellsOf = (
  written: readonly { readonly row: number; readonly column: number; readonly hash: number }[],
): OwnedCells => {
  const sorted = [...written].sort((a, b) => a.column - b.column || a.row - b.row);
  return { cells: encodeCells(sorted), fp: Uint32Array.from(sorted, (c) => c.hash) };
};

/** Position key → recorded hash (null: a version-1 record, nothing to compare with). */
export const ownedCellMap = (o: OwnedCells): Map<number, number | null> => {
  const map = new Map<number, number | null>();
  let i = 0;
  for (const c of decodeCells(o.cells)) {
    map.set(posKey(c.row, c.column), o.fp ? (o.fp[i] ?? null) : null);
    i++;
  }
  return map;
};
