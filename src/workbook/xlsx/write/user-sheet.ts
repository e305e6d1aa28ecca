/**
 * Writes a sheet the user owns (the `Kontrakt` sheet) into a package: a new sheet is rendered
 * like a status sheet; an existing one is edited cell by cell (only where the value or the bold
 * header changes), and only with `force` when it says something else than the plan. The
 * ownership record is not extended: `clean` leaves this sheet. A sheet of that name the record
 * lists (written by Kontrakttjek earlier) is taken out of the record and so handed to the user.
 */
import { WriteConflictError, type StatusSheetPlan, type WriteReport } from "../../port";
import { firstDifference, plannedCells, plannedValue, sameValue, type PresentCell } from "../../user-sheet";
import { sameName } from "../../sheet/names";
import { checkSheetName } from "../../sheet/names";
import { renderSheetXml, type RenderCell } from "../ooxml/worksheet";
import type { XlsxPackage } from "../zip";
import { cellXml, INLINE_STRINGS } from "../ooxml/cells";
import { writeMarks } from "./marks";
import { cellRef } from "../../sheet/a1";
import { Session } from "./session";
import { type CellEdit } from "./sheet-edit";
import { withStyle } from "./sheet-xml";
import { planChange, planContent, widths } from "./plan-cells";

export interface UserSheetOptions {
  readonly force?: boolean;
  /** The sheet's non-empty cells as they read now (the adapter's reader knows their values). */
  readonly present: readonly PresentCell[];
}

export function writeUserSheetToPackage(
  pkg: XlsxPackage,
  plan: StatusSheetPlan,
  options: UserSheetOptions,
): { pkg: XlsxPackage; report: WriteReport } {
  checkSheetName(plan.name);
  const s = new Session(pkg);
  const existing = s.wb.sheetByName(plan.name);
  const targets = plannedCells(plan).map((t) => ({ ...t, content: planContent(t.cell) }));
  const report = (name: string): WriteReport => ({
    sheetsWritten: [name],
    cellsWritten: targets.length,
    highlights: 0,
  });

  if (!existing) {
    const cells: RenderCell[] = targets.map((t) => ({
      row: t.row,
      column: t.column,
      content: t.content,
      style: s.styles.derive(0, planChange(t.cell, t.content)),
    }));
    const sheet = s.wb.addSheet(plan.name, renderSheetXml({ cells, columns: widths(plan) }, INLINE_STRINGS));
    return { pkg: s.build(), report: report(sheet.name) };
  }

  const conflict = firstDifference(plan, options.present);
  if (conflict !== null && !options.force) throw new WriteConflictError(existing.name, conflict);
  const now = new Map(options.present.map((p) => [cellRef(p.row, p.column), p]));
  const prefix = s.sheetWork(existing).prefix;
  for (const t of targets) {
    const ref = cellRef(t.row, t.column);
    const unchanged = sameValue(now.get(ref)?.value ?? null, plannedValue(t.cell));
    now.delete(ref);
    const edit: CellEdit = (cell, row) => {
      // Writing into a shared or array formula breaks the cells that share it.
      if (cell?.formulaGroup && !unchanged) s.conflict(existing, t.row, t.column);
      const base = cell ? cell.style : s.newCellStyle(existing, t.column, row);
      const style = s.styles.derive(base, planChange(t.cell, t.content));
      if (cell && unchanged) return style === cell.style ? "keep" : { xml: withStyle(cell.xml, style) };
      const xml = cellXml(ref, t.content, style, INLINE_STRINGS, prefix);
      return xml === cell?.xml ? "keep" : { xml };
    };
    s.addCell(existing, t.row, t.column, edit);
  }
  // The user's cells where the plan has nothing are emptied (their formatting stays).
  for (const [ref, p] of now) {
    s.addCell(existing, p.row, p.column, (cell) => {
      if (!cell) return "keep";
      if (cell.formulaGroup) s.conflict(existing, p.row, p.column);
      return cell.style === 0 ? "delete" : { xml: cellXml(ref, { t: "empty" }, cell.style, INLINE_STRINGS, prefix) };
    });
  }
  s.runEdits();
  const owned = s.old.sheets.filter((o) => sameName(o.name, existing.name));
  if (owned.length > 0)
    writeMarks(s.store, s.wb.path, { ...s.old, sheets: s.old.sheets.filter((o) => !sameName(o.name, existing.name)) });
  return { pkg: s.build(), report: report(existing.name) };
}
