/**
 * Removes exactly what Kontrakttjek wrote, as its ownership record lists it, and only what still
 * proves to be its own (see owned.ts): its sheets, found by name (whole when it created them and
 * nothing of the user's is on them; otherwise only its cells), its charts, its `Kontrol` columns
 * with their table columns, and its highlights (back to the style each cell had). Whatever the
 * record names but the workbook no longer shows as written is left and listed in `kept`. A
 * workbook without the record is returned unchanged.
 */
import type { CleanReport } from "../../port";
import type { XlsxPackage } from "../zip";
import { ownedDrawingRelId, removeChart } from "./chart";
import { isEmptyOwnership, ownedCellMap, posKey, removeMarks } from "./marks";
import { keptCells } from "./owned";
import { readRels } from "./package";
import { Session } from "./session";
import { removeReportTables } from "./report-sheet";
import { sameName } from "../../sheet/names";

export const cleanPackage = (pkg: XlsxPackage): { pkg: XlsxPackage; report: CleanReport } => {
  const s = new Session(pkg);
  const o = s.old;
  if (isEmptyOwnership(o)) {
    return { pkg, report: { sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 } };
  }
  const sheetsRemoved: string[] = [];
  const gone = new Set<string>();
  const claimed = new Set<string>();
  for (const owned of o.sheets) {
    const sheet = s.owned.ownedSheet(owned, claimed);
    if (!sheet) {
      s.kept.push({ reason: "missing", sheet: owned.name, cells: [], count: 0 });
      continue;
    }
    claimed.add(sheet.path);
    const survey = s.owned.survey(sheet, owned);
    const charts = o.charts.filter((c) => sameName(c.sheet, owned.name));
    // a report's table goes first: its header cells are ours, and a table without them is broken
    removeReportTables(s, sheet);
    // comments, drawings, tables added by the user (our chart's drawing is not theirs)
    const ours = new Set(charts.map((c) => ownedDrawingRelId(s.store, sheet, c)));
    const userParts = readRels(s.store, sheet.path).some((r) => !ours.has(r.id));
    const userCells = survey.changed.length > 0 || survey.foreign.length > 0;
    const otherVisible = s.wb.sheets().some((x) => x.sheetId !== sheet.sheetId && x.visible);
    const whole = owned.created && !userCells && !userParts && otherVisible;
    for (const c of charts) removeChart(s.store, sheet, c, !whole);
    if (whole) {
      s.wb.removeSheet(sheet, o.namesListAdded === true);
      s.sheetRemoved(sheet);
      sheetsRemoved.push(sheet.name);
      gone.add(sheet.path);
      continue;
    }
    const recorded = ownedCellMap(owned);
    const changed: { row: number; column: number }[] = [...survey.changed];
    for (const key of survey.ours) {
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      s.addCell(sheet, row, column, s.deleteOwnedEdit(recorded.get(posKey(row, column)) ?? null, changed));
    }
    if (changed.length > 0) s.kept.push(keptCells(sheet.name, "changed", changed));
  }
  let columnsRemoved = 0;
  for (const c of o.columns) {
    const sheet = s.owned.sheetNamed(c.sheet);
    if (sheet && gone.has(sheet.path)) continue;
    if (s.removeOwnedColumn(c)) columnsRemoved++;
  }
  const restored = { n: 0 };
  for (const h of o.highlights) {
    const sheet = s.owned.sheetNamed(h.sheet);
    if (sheet && !gone.has(sheet.path)) s.restoreHighlight(h, restored);
  }
  if (o.calcOnLoadAdded) s.wb.clearFullCalcOnLoad();
  s.runEdits();
  removeMarks(s.store, s.wb.path);
  const kept = s.kept;
  return {
    pkg: s.build(),
    report: {
      sheetsRemoved,
      columnsRemoved,
      highlightsRemoved: restored.n,
      ...(kept.length > 0 ? { kept } : {}),
    },
  };
};
