/**
 * A status sheet with a report layout (`StatusSheetPlan.report`), written whole: a fresh sheet,
 * or Kontrakttjek's own earlier sheet replaced in place (same position, same part) when nothing
 * on it is the user's but the house's remarks — which are read first and carried to their goals'
 * rows by key (`ownership/user-column.ts`), and never recorded as written. Anything else of the
 * user's on that sheet refuses the write (or, with `force`, the report goes beside it). The
 * sheet gets its named table, traffic lights, outline, hidden helper columns and print setup.
 */
import type { StatusSheetPlan, WriteMove } from "../../port";
import { ownedCellsOf, type OwnedCells } from "../../ownership/cells";
import { carryUserColumn, inUserColumn, isUserCell, readUserTexts } from "../../ownership/user-column";
import { freeName, sameName } from "../../sheet/names";
import { CONTENT_TYPE, REL_TYPE } from "../ooxml/namespaces";
import { isRelType } from "../ooxml/part-names";
import { reportDefinedNames, reportPrintXml, reportSheetPrXml, trafficLightsXml } from "../ooxml/report";
import { tableXml } from "../ooxml/table";
import { renderSheetXml, type RenderCell } from "../ooxml/worksheet";
import { INLINE_STRINGS } from "../ooxml/cells";
import { root } from "./dom";
import { addOverride, addRel, freePartName, readRels, removeOverride, removeRel } from "./package";
import { hashOf, planChange, planContent, widths, type Target } from "./plan-cells";
import type { Session } from "./session";
import { gridOf } from "./sheet-texts";
import type { SheetRef } from "./workbook";
import type { OwnedSheet } from "./marks";
import { ownedDrawingRelId } from "./chart";

/** Tables Kontrakttjek names start so (a report's table is ours by its name and its sheet). */
export const REPORT_TABLE_PREFIX = "Kontrakttjek_";

export interface ReportWritten {
  readonly sheet: SheetRef;
  /** The plan as written (the user's remarks carried in), for the chart. */
  readonly plan: StatusSheetPlan;
  readonly cells: OwnedCells;
  readonly created: boolean;
  readonly count: number;
  readonly moved?: WriteMove;
  /** The record's entry for the sheet rewritten in place (its name there, if the user renamed it). */
  readonly replaced?: OwnedSheet;
}

/** Removes the sheet's tables named as Kontrakttjek's (their parts, rels and content types). */
export const removeReportTables = (s: Session, sheet: SheetRef): void => {
  for (const t of s.wb.tablesOf(sheet.path)) {
    if (!t.name.startsWith(REPORT_TABLE_PREFIX)) continue;
    removeRel(s.store, sheet.path, t.relId);
    removeOverride(s.store, t.path);
    s.store.delete(t.path);
  }
};

/** Relationships of the sheet that are neither our chart's drawing, our table nor printer settings. */
const userParts = (s: Session, sheet: SheetRef, recordName: string): boolean => {
  const chart = s.old.charts.find((c) => sameName(c.sheet, recordName));
  const drawing = chart ? ownedDrawingRelId(s.store, sheet, chart) : null;
  const ours = new Set(
    s.wb
      .tablesOf(sheet.path)
      .filter((t) => t.name.startsWith(REPORT_TABLE_PREFIX))
      .map((t) => t.relId),
  );
  return readRels(s.store, sheet.path).some(
    (r) => r.id !== drawing && !ours.has(r.id) && !isRelType(r.type, "printerSettings"),
  );
};

const allTables = (s: Session): { names: string[]; maxId: number } => {
  const names: string[] = [];
  let maxId = 0;
  for (const sheet of s.wb.sheets())
    for (const t of s.wb.tablesOf(sheet.path)) {
      names.push(t.name);
      maxId = Math.max(maxId, Number(root(t.doc).getAttribute("id")) || 0);
    }
  return { names, maxId };
};

export function writeReportSheet(s: Session, asked: StatusSheetPlan, force: boolean): ReportWritten {
  const named = s.wb.sheetByName(asked.name);
  const entry = s.old.sheets.find((o) => sameName(o.name, asked.name));
  // our sheet the user renamed is found by its cells' fingerprints and rewritten under their name
  const existing = named ?? (entry ? s.owned.ownedSheet(entry, new Set()) : undefined);
  const old = existing ? entry : undefined;
  if (existing && !named) asked = { ...asked, name: existing.name };
  let plan = asked;
  let name = asked.name;
  let moved: WriteMove | undefined;
  if (existing) {
    const grid = gridOf(s, existing);
    const found = readUserTexts(asked, grid.text, grid.last);
    plan = carryUserColumn(asked, found?.texts ?? new Map());
    const survey = s.owned.survey(existing, old ?? { cells: "", fp: new Uint32Array(0) });
    const blockers = [...survey.changed, ...survey.foreign]
      .filter((c) => !inUserColumn(found, c.row - 1, c.column))
      .sort((a, b) => a.row - b.row || a.column - b.column);
    const parts = userParts(s, existing, old?.name ?? existing.name);
    if (old && blockers.length === 0 && !parts) {
      const chart = s.old.charts.find((c) => sameName(c.sheet, old.name));
      const drawing = chart ? ownedDrawingRelId(s.store, existing, chart) : null;
      removeReportTables(s, existing);
      for (const r of readRels(s.store, existing.path))
        if (isRelType(r.type, "printerSettings")) removeRel(s.store, existing.path, r.id);
      s.sheetRemoved(existing); // its formulas' calcChain entries go; the new ones need none
      return { ...render(s, plan, existing, drawing), created: old.created, plan, replaced: old };
    }
    const first = blockers[0] ?? { row: 1, column: 0 };
    if (!force) s.conflict(existing, first.row, first.column);
    // Beside the user's sheet, never over it: the first free name ("Målopfyldelse 2").
    name = freeName(asked.name, s.wb.allSheetNames());
    moved = { kind: "sheet", from: existing.name, to: name };
    plan = { ...asked, name };
  }
  const sheet = s.wb.addSheet(name, "");
  return { ...render(s, plan, sheet, null), created: true, plan, ...(moved ? { moved } : {}) };
}

/**
 * Renders the report into `sheet`'s part (replacing what it held), with its table part and
 * defined names. `keepDrawing`: the relationship id of our chart's drawing, which the chart
 * writer updates in place — its `<drawing>` element is kept in the new part.
 */
function render(
  s: Session,
  plan: StatusSheetPlan,
  sheet: SheetRef,
  keepDrawing: string | null,
): { sheet: SheetRef; cells: OwnedCells; count: number } {
  const layout = plan.report;
  if (!layout) throw new Error("a report sheet needs its layout");
  const targets: Target[] = [];
  const rendered: RenderCell[] = [];
  plan.rows.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      const content = planContent(cell);
      const style = s.styles.derive(0, planChange(cell, content));
      if (content.t === "empty" && style === 0) return;
      rendered.push({ row: r + 1, column: c, content, style });
      if (content.t !== "empty" && !isUserCell(plan, r, c))
        targets.push({ row: r + 1, column: c, cell, content, hash: hashOf(content) });
    }),
  );
  const { names, maxId } = allTables(s);
  const tableName = freeName(layout.table.name, names, 255).replace(/\s+/g, "_");
  const headers = Array.from({ length: layout.table.columns }, (_, c) => {
    const cell = plan.rows[layout.headerRow]?.[c];
    return cell && cell.kind === "value" && cell.value !== null ? String(cell.value) : `Column${c + 1}`;
  });
  const dir = s.wb.path.replace(/[^/]*$/, "");
  const tablePath = freePartName(s.store, `${dir}tables/table`);
  s.store.setText(
    tablePath,
    tableXml({
      id: maxId + 1,
      name: tableName,
      range: { top: layout.headerRow + 1, left: 0, bottom: layout.table.lastRow + 1, right: layout.table.columns - 1 },
      columns: headers,
      style: "TableStyleLight1",
      rowStripes: false,
      autoFilter: false,
    }),
  );
  addOverride(s.store, tablePath, CONTENT_TYPE.table);
  const tableRel = addRel(s.store, sheet.path, REL_TYPE.table, tablePath);
  const dxfIds = layout.trafficLights.rules.map((r) => s.styles.dxf(r.fill, r.color));
  const hidden = new Set(layout.hiddenColumns);
  const columns = widths(plan).map((w) => ({ ...w, hidden: hidden.has(w.index) }));
  for (const h of hidden) if (!columns.some((c) => c.index === h)) columns.push({ index: h, width: 9, hidden: true });
  let xml = renderSheetXml(
    {
      cells: rendered,
      columns,
      freezeRows: layout.freezeRows,
      outlineRows: new Set(layout.outlineRows.map((r) => r + 1)),
      rowHeights: new Map(layout.rowHeights.map((h) => [h.row + 1, h.height])),
      sheetPrXml: reportSheetPrXml(),
      conditionalXml: trafficLightsXml(layout, dxfIds),
      printXml: reportPrintXml(layout),
      tableRelIds: [tableRel],
    },
    INLINE_STRINGS,
  );
  // our chart's drawing stays where it was: its element goes before the table parts
  if (keepDrawing !== null) xml = xml.replace("<tableParts", `<drawing r:id="${keepDrawing}"/><tableParts`);
  s.store.setText(sheet.path, xml);
  const names2 = reportDefinedNames(sheet.name, layout);
  s.wb.setLocalName(sheet, "_xlnm.Print_Titles", names2.titles);
  s.wb.setLocalName(sheet, "_xlnm.Print_Area", names2.area);
  return { sheet, cells: ownedCellsOf(targets), count: targets.length };
}
