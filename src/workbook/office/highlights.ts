/**
 * Highlights as runs: consecutive rows of one column with the same kind become one range, so a
 * column of 10,000 flagged cells costs a handful of range operations, not 10,000.
 */
import type { Highlight, HighlightKind } from "../port";
import { blockAddress } from "./address";

/** Excel's own "Bad" and "Neutral" cell-style fills, as in the .xlsx writer. */
export const HIGHLIGHT_COLOR: Readonly<Record<HighlightKind, string>> = { error: "#FFC7CE", warning: "#FFEB9C" };

export interface Run {
  readonly sheet: string;
  /** Zero-based row and column of the first cell. */
  readonly row: number;
  readonly column: number;
  readonly length: number;
  readonly color: string;
}

export const runAddress = (r: Run): string => blockAddress(r.row, r.column, r.length, 1);

export function toRuns(highlights: readonly Highlight[]): Run[] {
  // An error beats a warning on the same cell.
  const byCell = new Map<string, Highlight>();
  for (const h of highlights) {
    const key = `${h.sheet}\u0000${h.column}\u0000${h.row}`;
    const prev = byCell.get(key);
    if (!prev || (prev.kind === "warning" && h.kind === "error")) byCell.set(key, h);
  }
  const sorted = [...byCell.values()].sort(
    (a, b) => a.sheet.localeCompare(b.sheet) || a.column - b.column || a.row - b.row,
  );
  const runs: { sheet: string; row: number; column: number; length: number; color: string }[] = [];
  for (const h of sorted) {
    const color = HIGHLIGHT_COLOR[h.kind];
    const last = runs[runs.length - 1];
    if (
      last &&
      last.sheet === h.sheet &&
      last.column === h.column &&
      last.color === color &&
      last.row + last.length === h.row - 1
    )
      last.length++;
    else runs.push({ sheet: h.sheet, row: h.row - 1, column: h.column, length: 1, color });
  }
  return runs;
}

/** Split a run into single cells (when its cells had different fills before). */
export const cellsOf = (r: Run): Run[] =>
  Array.from({ length: r.length }, (_, i) => ({ ...r, row: r.row + i, length: 1 }));

export const sameColor = (a: string | null | undefined, b: string | null | undefined): boolean =>
  (a ?? "").toUpperCase() === (b ?? "").toUpperCase();

/** Excel reports "no fill" as white; we restore white by clearing the fill. */
export const isNoFill = (c: string | null): boolean => c === null || sameColor(c, "#FFFFFF");
