/**
 * Removes exactly what Kontrakttjek wrote, as its ownership record lists it: its sheets (whole
 * when it created them and nothing of the user's is on them; otherwise only its cells), its
 * charts (drawing and chart parts with their rels and content types), its `Kontrol` columns with
 * their table columns, and its highlights (back to the style each cell had). A workbook without
 * the record is returned unchanged.
 */
import type { CleanReport } from "../../port";
import type { XlsxPackage } from "../zip";
import { ownedDrawingRelId, removeChart } from "./chart";
import { decodeCells, isEmptyOwnership, removeMarks } from "./marks";
import { readRels } from "./package";
import { cellRef } from "./ref";
import { Session } from "./session";
import { forEachCell } from "./sheet-edit";

export const cleanPackage = (pkg: XlsxPackage): { pkg: XlsxPackage; report: CleanReport } => {
  const s = new Session(pkg);
  const o = s.old;
  if (isEmptyOwnership(o)) {
    return { pkg, report: { sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 } };
  }
  const sheetsRemoved: string[] = [];
  const gone = new Set<number>();
  for (const owned of o.sheets) {
    const sheet = s.wb.sheetById(owned.sheetId);
    if (!sheet) continue;
    const mine = new Set<string>();
    for (const c of decodeCells(owned.cells)) mine.add(cellRef(c.row, c.column));
    const charts = o.charts.filter((c) => c.sheetId === sheet.sheetId);
    // comments, drawings, tables added by the user (our chart's drawing is not theirs)
    const ours = new Set(charts.map((c) => ownedDrawingRelId(s.store, sheet, c)));
    let userContent = readRels(s.store, sheet.path).some((r) => !ours.has(r.id));
    forEachCell(s.store.text(sheet.path) ?? "", (c) => {
      if (c.hasContent && !mine.has(cellRef(c.row, c.column))) userContent = true;
    });
    const otherVisible = s.wb.sheets().some((x) => x.sheetId !== sheet.sheetId && x.visible);
    const whole = owned.created && !userContent && otherVisible;
    for (const c of charts) removeChart(s.store, sheet, c, !whole);
    if (whole) {
      s.wb.removeSheet(sheet);
      s.formulaRemoved = true;
      sheetsRemoved.push(sheet.name);
      gone.add(sheet.sheetId);
    } else {
      for (const ref of mine) {
        const c = decodeCells(ref).next().value;
        if (c) s.addCell(sheet, c.row, c.column, s.deleteEdit());
      }
    }
  }
  let columnsRemoved = 0;
  for (const c of o.columns) if (!gone.has(c.sheetId) && s.removeOwnedColumn(c)) columnsRemoved++;
  const restored = { n: 0 };
  for (const h of o.highlights) if (!gone.has(h.sheetId)) s.restoreHighlight(h, restored);
  if (o.calcOnLoadAdded) s.wb.clearFullCalcOnLoad();
  s.runEdits();
  removeMarks(s.store, s.wb.path);
  return { pkg: s.build(), report: { sheetsRemoved, columnsRemoved, highlightsRemoved: restored.n } };
};
