/**
 * `writeUserSheet` in memory: the sheet is created (last) or, when the user's sheet already
 * says something else, overwritten only with `force`. It never enters the ownership record,
 * so `clean` leaves it; Kontrakttjek's highlights on it stay Kontrakttjek's.
 */
import { WriteConflictError, type StatusSheetPlan, type WriteReport } from "../port";
import { firstDifference, plannedCells, type PresentCell } from "../user-sheet";
import { sameName } from "../sheet/names";
import { findSheet, type MemState } from "./apply";
import { MemSheet } from "./sheet";

export function writeUserSheet(state: MemState, plan: StatusSheetPlan, force: boolean): WriteReport {
  const existing = findSheet(state, plan.name);
  const present: PresentCell[] = [];
  existing?.forEach((row, column, cell) => {
    if (cell.value !== null || cell.formula !== undefined) present.push({ row, column, value: cell.value });
  });
  const conflict = existing ? firstDifference(plan, present) : null;
  if (conflict !== null && !force) throw new WriteConflictError(existing!.name, conflict);

  const sheet = existing ?? new MemSheet(plan.name);
  if (!existing) state.sheets.push(sheet);
  // What the plan leaves empty is emptied; formats and Kontrakttjek's highlights stay.
  for (const p of present) {
    const old = sheet.get(p.row, p.column)!;
    const rest = {
      ...(old.format ? { format: old.format } : {}),
      ...(old.highlight ? { highlight: old.highlight } : {}),
    };
    sheet.set(p.row, p.column, Object.keys(rest).length > 0 ? { value: null, ...rest } : undefined);
  }
  const cells = plannedCells(plan);
  for (const { row, column, cell } of cells) {
    const old = sheet.get(row, column);
    const format = cell.format ?? old?.format;
    sheet.set(row, column, {
      value: cell.kind === "value" ? cell.value : cell.cached,
      ...(cell.kind === "formula" ? { formula: cell.formula } : {}),
      ...(format ? { format } : {}),
      ...(old?.highlight ? { highlight: old.highlight } : {}),
    });
  }
  // A sheet of this name Kontrakttjek wrote earlier is the user's from now on.
  state.owned.sheets = state.owned.sheets.filter((s) => !sameName(s.name, sheet.name));
  return { sheetsWritten: [sheet.name], cellsWritten: cells.length, highlights: 0 };
}
