/**
 * `writeUserSheet`'s one rule, shared by the three adapters so they agree on it: a sheet the user
 * owns is only overwritten when it already says what the plan says, or with `force`. The first
 * cell (row by row, then column) where the sheet holds something else is the conflict.
 */
import type { CellValue } from "../domain/model";
import type { PlanCell, StatusSheetPlan } from "./port";
import { cellRef } from "./sheet/a1";

/** A non-empty cell of the sheet as it stands: Excel row (1-based), zero-based column, value. */
export interface PresentCell {
  readonly row: number;
  readonly column: number;
  readonly value: CellValue;
}

/** What a planned cell reads back as (a formula by its cached result; "" is empty). */
export const plannedValue = (cell: PlanCell | undefined): CellValue => {
  if (cell === undefined) return null;
  const v = cell.kind === "value" ? cell.value : cell.cached;
  return v === "" ? null : v;
};

/** Do two cells read the same (an error value by its code)? */
export const sameValue = (a: CellValue, b: CellValue): boolean => {
  if (a === null || b === null) return a === b;
  if (typeof a === "object" || typeof b === "object")
    return typeof a === "object" && typeof b === "object" && a.error === b.error;
  return a === b;
};

/** Cells the plan fills, with their Excel row and zero-based column. */
export function plannedCells(plan: StatusSheetPlan): { row: number; column: number; cell: PlanCell }[] {
  const out: { row: number; column: number; cell: PlanCell }[] = [];
  plan.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (plannedValue(cell) !== null || cell.kind === "formula") out.push({ row: r + 1, column: c, cell });
    }),
  );
  return out;
}

/**
 * The A1 address of the first cell where the sheet (`present`, its non-empty cells) differs
 * from the plan, or null when writing the plan would change no value.
 */
export function firstDifference(plan: StatusSheetPlan, present: Iterable<PresentCell>): string | null {
  const have = new Map<string, PresentCell>();
  for (const p of present) if (p.value !== null) have.set(`${p.row},${p.column}`, p);
  const first = { row: Infinity, column: Infinity };
  const consider = (row: number, column: number): void => {
    if (row < first.row || (row === first.row && column < first.column)) Object.assign(first, { row, column });
  };
  for (const p of plannedCells(plan)) {
    const key = `${p.row},${p.column}`;
    const now = have.get(key);
    have.delete(key);
    if (!sameValue(plannedValue(p.cell), now?.value ?? null)) consider(p.row, p.column);
  }
  // What the sheet holds where the plan has nothing.
  for (const p of have.values()) consider(p.row, p.column);
  return first.row === Infinity ? null : cellRef(first.row, first.column);
}
