/**
 * Applies a write plan, changing only what it must (status sheets, charts, `Kontrol` columns,
 * highlights, styles, the record); what it wrote last time and does not write now is taken away.
 */
import {
  WriteConflictError,
  type KontrolColumn,
  type StatusSheetPlan,
  type WriteMove,
  type WritePlan,
  type WriteReport,
} from "../../port";
import { checkSheetName, freeName, sameName } from "../../sheet/names";
import { renderSheetXml, type RenderCell } from "../ooxml/worksheet";
import { pageModel } from "../ooxml/report";
import type { XlsxPackage } from "../zip";
import { cellXml, INLINE_STRINGS, type CellContent } from "../ooxml/cells";
import { chartLayout, drawChart, removeChart, type ChartSpec } from "./chart";
import { child, children, createLike } from "./dom";
import {
  ownedCellMap,
  ownedCellsOf,
  posKey,
  type OwnedCells,
  type OwnedChart,
  type OwnedColumn,
  type OwnedHighlight,
  type OwnedSheet,
  writeMarks,
} from "./marks";
import { cellRef, MAX_COLUMNS, MAX_ROWS, parseRange, rangeRef } from "../../sheet/a1";
import { Session } from "./session";
import { type CellEdit } from "./sheet-edit";
import type { ExistingCell } from "./sheet-xml";
import type { XfChange } from "./styles-edit";
import { WriteTargetError } from "./errors";
import { writeHighlights } from "./highlights";
import { writeReportSheet } from "./report-sheet";
import { headerTexts } from "./sheet-texts";
import { hashOf, inSheet, planChange, planContent, valueContent, widths, type Target } from "./plan-cells";
import type { SheetRef } from "./workbook";

export interface ApplyOptions {
  /** Overwrite users' cells that stand where Kontrakttjek writes. */
  readonly force?: boolean;
}

class Applier {
  readonly s: Session;
  private readonly force: boolean;
  private readonly sheets: OwnedSheet[] = [];
  private readonly columns: OwnedColumn[] = [];
  private readonly highlights: OwnedHighlight[] = [];
  private readonly charts: OwnedChart[] = [];
  private readonly moved: WriteMove[] = [];
  private readonly written = new Set<string>();
  /** Old record entries a new write replaced (the rest stay recorded until clean). */
  private readonly replacedSheets = new Set<OwnedSheet>();
  private readonly replacedColumns = new Set<OwnedColumn>();
  /** Old columns the user wrote into, left where they are beside a new one (`force`). */
  private readonly leftBeside = new Set<OwnedColumn>();
  private cells = 0;
  private highlighted = 0;

  constructor(pkg: XlsxPackage, force: boolean) {
    this.s = new Session(pkg);
    this.force = force;
  }

  /** Writes our content into a cell; `recorded`: what we wrote there last (else the user's: a conflict). */
  private writeEdit(
    sheet: SheetRef,
    row: number,
    column: number,
    content: CellContent,
    change: XfChange,
    recorded: number | null | undefined,
    styleFrom?: (cells: readonly ExistingCell[]) => number,
  ): CellEdit {
    return (existing, ctx) => {
      if (existing?.formulaGroup) this.s.conflict(sheet, row, column);
      if (this.s.owned.verdict(existing, recorded) === "user") this.s.conflict(sheet, row, column);
      const base = existing
        ? existing.style
        : styleFrom
          ? styleFrom(ctx.cells)
          : this.s.newCellStyle(sheet, column, ctx);
      const style = this.s.styles.derive(base, change);
      if (content.t === "empty") {
        if (!existing) return "keep";
        const xml = cellXml(
          cellRef(row, column),
          content,
          existing.style,
          INLINE_STRINGS,
          this.s.sheetWork(sheet).prefix,
        );
        return existing.style === 0 ? "delete" : xml === existing.xml ? "keep" : { xml };
      }
      const xml = cellXml(cellRef(row, column), content, style, INLINE_STRINGS, this.s.sheetWork(sheet).prefix);
      return xml === existing?.xml ? "keep" : { xml };
    };
  }

  /* ------------------------------------------------------------ status sheets */

  statusSheet(asked: StatusSheetPlan): void {
    checkSheetName(asked.name);
    if (asked.report) {
      this.reportSheet(asked);
      return;
    }
    // the chart's link block (when the goals' rows are spread out) is cells of the sheet like any other
    const layout = chartLayout(asked);
    const plan = layout ? { ...asked, rows: layout.rows } : asked;
    const targets: Target[] = [];
    plan.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const content = planContent(cell);
        if (content.t !== "empty") targets.push({ row: r + 1, column: c, cell, content, hash: hashOf(content) });
      }),
    );
    if (targets.length > 0 && targets[targets.length - 1]!.column >= MAX_COLUMNS)
      throw new WriteTargetError(plan.name, "column");
    const ownedCells = ownedCellsOf(targets);
    this.cells += targets.length;
    const existing = this.s.wb.sheetByName(plan.name);
    const old = existing ? this.s.old.sheets.find((o) => sameName(o.name, existing.name)) : undefined;
    let name = plan.name;
    if (existing) {
      const conflict = this.sheetConflict(existing, old, targets);
      if (conflict === null) {
        this.rewriteSheet(existing, old, targets, ownedCells, layout?.chart ?? null);
        return;
      }
      if (!this.force) this.s.conflict(existing, conflict.row, conflict.column);
      // Beside the user's sheet, never over it: the first free name ("Målopfyldelse 2").
      name = freeName(plan.name, this.s.wb.allSheetNames());
      this.moved.push({ kind: "sheet", from: existing.name, to: name });
    }
    this.written.add(name);
    const rendered: RenderCell[] = targets.map((t) => ({
      row: t.row,
      column: t.column,
      content: t.content,
      style: this.s.styles.derive(0, planChange(t.cell, t.content)),
    }));
    const sheet = this.s.wb.addSheet(
      name,
      renderSheetXml(
        { cells: rendered, columns: widths(plan), freezeRows: 1, ...pageModel(plan.page) },
        INLINE_STRINGS,
      ),
    );
    this.sheets.push({ sheetId: sheet.sheetId, name: sheet.name, created: true, ...ownedCells });
    this.chart(sheet, layout?.chart ?? null);
  }

  /** A report (see report-sheet.ts): written whole, the house's remarks carried by key. */
  private reportSheet(asked: StatusSheetPlan): void {
    const w = writeReportSheet(this.s, asked, this.force);
    this.written.add(w.sheet.name);
    this.cells += w.count;
    if (w.moved) this.moved.push(w.moved);
    if (w.replaced) this.replacedSheets.add(w.replaced);
    this.sheets.push({ sheetId: w.sheet.sheetId, name: w.sheet.name, created: w.created, ...w.cells });
    this.chart(w.sheet, chartLayout(w.plan)?.chart ?? null, w.replaced?.name);
  }

  /** The first cell (row by row) where writing the sheet would touch something of the user's. */
  private sheetConflict(
    sheet: SheetRef,
    old: OwnedSheet | undefined,
    targets: readonly Target[],
  ): { row: number; column: number } | null {
    const survey = this.s.owned.survey(sheet, old ?? { cells: "", fp: new Uint32Array(0) });
    const mine = new Set(targets.map((t) => posKey(t.row, t.column)));
    const hits = [...survey.changed, ...survey.foreign].filter((c) => mine.has(posKey(c.row, c.column)));
    for (const t of targets) {
      const hit = this.s.areaConflict(sheet, { top: t.row, bottom: t.row, left: t.column, right: t.column });
      if (hit) hits.push(hit);
    }
    hits.sort((a, b) => a.row - b.row || a.column - b.column);
    return hits[0] ?? null;
  }

  /** Writes over our own earlier sheet: our cells replaced, ours not written now removed. */
  private rewriteSheet(
    existing: SheetRef,
    old: OwnedSheet | undefined,
    targets: readonly Target[],
    ownedCells: OwnedCells,
    chart: ChartSpec | null,
  ): void {
    this.written.add(existing.name);
    const recorded = old ? ownedCellMap(old) : new Map<number, number | null>();
    for (const t of targets) {
      const key = posKey(t.row, t.column);
      this.s.addCell(
        existing,
        t.row,
        t.column,
        this.writeEdit(existing, t.row, t.column, t.content, planChange(t.cell, t.content), recorded.get(key)),
      );
      recorded.delete(key);
    }
    // cells we wrote last time and not now (while they still hold what we wrote)
    const changed: { row: number; column: number }[] = [];
    for (const [key, hash] of recorded)
      this.s.addCell(existing, Math.floor(key / 16384), key % 16384, this.s.deleteOwnedEdit(hash, changed));
    if (old) this.replacedSheets.add(old);
    this.sheets.push({ sheetId: existing.sheetId, name: existing.name, created: old?.created ?? false, ...ownedCells });
    this.chart(existing, chart);
  }

  /** Draws (or updates) the sheet's chart; one drawn last time and not asked for now is removed. */
  /** `recordName`: the sheet's name in the record (a renamed sheet's old name). */
  private chart(sheet: SheetRef, spec: ChartSpec | null, recordName = sheet.name): void {
    const old = this.s.old.charts.find((c) => sameName(c.sheet, recordName));
    if (!spec) {
      if (old) removeChart(this.s.store, sheet, old, true);
      return;
    }
    const drawn = drawChart(this.s.store, this.s.wb.path, sheet, spec, old);
    if (drawn) this.charts.push({ ...drawn, sheet: sheet.name, sheetId: sheet.sheetId });
  }

  /* ------------------------------------------------------------ Kontrol columns */

  kontrolColumn(kc: KontrolColumn): void {
    const sheet = this.s.wb.sheetByName(kc.sheet);
    if (!sheet) throw new WriteTargetError(kc.sheet, "sheet");
    this.written.add(sheet.name);
    if (kc.table !== null) this.tableColumn(sheet, kc, kc.table);
    else this.rangeColumn(sheet, kc);
  }

  /** The record's column that stands at `where` now (same table, or same sheet/column/header row). */
  private oldColumn(sheet: SheetRef, where: { table: string | null; headerRow?: number }) {
    for (const c of this.s.old.columns) {
      if (this.replacedColumns.has(c)) continue;
      if ((c.table === null) !== (where.table === null)) continue;
      if (where.table !== null ? !sameName(c.table ?? "", where.table) : !sameName(c.sheet, sheet.name)) continue;
      const now = this.s.locateColumn(c);
      if (typeof now === "string" || now.sheet.path !== sheet.path) continue;
      if (where.table === null && c.headerRow + now.shift !== where.headerRow) continue;
      return { entry: c, now };
    }
    return null;
  }

  private tableColumn(sheet: SheetRef, kc: KontrolColumn, tableName: string): void {
    const t = this.s.table(sheet, tableName);
    if (!t) throw new WriteTargetError(sheet.name, `table ${tableName}`);
    if (t.el.getAttribute("headerRowCount") === "0")
      throw new WriteTargetError(sheet.name, `header row of table ${t.name}`);
    const colsEl = child(t.el, "tableColumns");
    if (!colsEl) throw new WriteTargetError(sheet.name, `columns of table ${t.name}`);
    const cols = children(colsEl, "tableColumn");
    let old = this.oldColumn(sheet, { table: t.name });
    let besideOf: number | null = null;
    if (old && this.force && this.userCellsIn(sheet, old.entry, old.now.column, t.range.top, t.range.bottom)) {
      // The user wrote into our column: leave it to them (ours in it stays recorded), write a new one beside.
      this.leftBeside.add(old.entry);
      besideOf = old.now.column;
      old = null;
    }
    const top = t.range.top;
    const totals = Number(t.el.getAttribute("totalsRowCount") ?? 0) || 0;
    const dataLast = t.range.bottom - totals;
    let column: number;
    let header: string;
    let tableColumnId: number;
    if (old) {
      column = old.now.column;
      header = cols[column - t.range.left]?.getAttribute("name") ?? kc.header;
      tableColumnId = old.entry.tableColumnId as number;
      this.replacedColumns.add(old.entry);
    } else {
      column = t.range.right + 1;
      if (column >= MAX_COLUMNS) throw new WriteConflictError(sheet.name, cellRef(top, t.range.right), false);
      const hit = this.s.areaConflict(sheet, { top, bottom: t.range.bottom, left: column, right: column }, t.name);
      if (hit) throw new WriteConflictError(sheet.name, cellRef(hit.row, hit.column), false);
      header = freeName(
        kc.header,
        cols.map((e) => e.getAttribute("name") ?? ""),
        255,
      );
      tableColumnId = Math.max(0, ...cols.map((e) => Number(e.getAttribute("id")) || 0)) + 1;
      const el = createLike(colsEl, "tableColumn");
      el.setAttribute("id", String(tableColumnId));
      el.setAttribute("name", header);
      colsEl.appendChild(el);
      colsEl.setAttribute("count", String(cols.length + 1));
      const r = { ...t.range, right: column };
      t.el.setAttribute("ref", rangeRef(r));
      const af = child(t.el, "autoFilter");
      const ar = af ? parseRange(af.getAttribute("ref") ?? "") : null;
      if (af && ar && ar.right === t.range.right) af.setAttribute("ref", rangeRef({ ...ar, right: column }));
      this.s.store.touch(t.path);
      if (besideOf !== null) this.moved.push({ kind: "column", sheet: sheet.name, header, from: besideOf, to: column });
    }
    const values = kc.values.slice(0, Math.max(0, dataLast - top));
    const written = this.kontrolRun(sheet, column, top, header, values, old, {
      last: old ? Math.max(old.entry.lastRow + old.now.shift, t.range.bottom) : top + values.length,
      // a table column's cells cannot move aside: the user's cell there is a conflict even with force
      besideWithForce: false,
    });
    this.columns.push({
      sheetId: sheet.sheetId,
      sheet: sheet.name,
      table: t.name,
      tableColumnId,
      header,
      column,
      headerRow: top,
      lastRow: top + values.length,
      ...written,
    });
  }

  private rangeColumn(sheet: SheetRef, kc: KontrolColumn): void {
    if (kc.column >= MAX_COLUMNS) throw new WriteConflictError(sheet.name, cellRef(kc.headerRow, MAX_COLUMNS - 1));
    if (!inSheet(kc.headerRow, kc.column)) throw new WriteTargetError(sheet.name, `header row ${kc.headerRow}`);
    const last = Math.min(MAX_ROWS, kc.headerRow + kc.values.length);
    // Over our own earlier column of this range, wherever the plan puts it (it may count ours in).
    let old = this.oldColumn(sheet, { table: null, headerRow: kc.headerRow });
    let column = old?.now.column ?? kc.column;
    let header = old?.entry.header ?? kc.header;
    const blocked = (c: number): boolean =>
      this.userCellsIn(sheet, old && c === old.now.column ? old.entry : null, c, kc.headerRow, last) ||
      this.s.areaConflict(sheet, { top: kc.headerRow, bottom: last, left: c, right: c }) !== null;
    if (this.force && blocked(column)) {
      // Beside the user's cells, never over them: the first free column to the right.
      const from = column;
      if (old) this.leftBeside.add(old.entry);
      old = null;
      do column++;
      while (column < MAX_COLUMNS && blocked(column));
      if (column >= MAX_COLUMNS) throw new WriteConflictError(sheet.name, cellRef(kc.headerRow, kc.column), false);
      header = freeName(kc.header, headerTexts(this.s, sheet, kc.headerRow), 255);
      this.moved.push({ kind: "column", sheet: sheet.name, header, from, to: column });
    } else if (!this.force) {
      const hit = this.s.areaConflict(sheet, { top: kc.headerRow, bottom: last, left: column, right: column });
      if (hit) this.s.conflict(sheet, hit.row, hit.column);
    }
    if (old) this.replacedColumns.add(old.entry);
    const values = kc.values.slice(0, last - kc.headerRow);
    const written = this.kontrolRun(sheet, column, kc.headerRow, header, values, old, {
      last: Math.max(last, old ? old.entry.lastRow + old.now.shift : 0),
      besideWithForce: true,
      styleHeaderLikeLeft: true,
    });
    this.columns.push({
      sheetId: sheet.sheetId,
      sheet: sheet.name,
      table: null,
      tableColumnId: null,
      header,
      column,
      headerRow: kc.headerRow,
      lastRow: last,
      ...written,
    });
  }

  /** Does the column hold, in rows first..last, anything that is not ours (per `entry`)? */
  private userCellsIn(
    sheet: SheetRef,
    entry: OwnedColumn | null,
    column: number,
    first: number,
    last: number,
  ): boolean {
    const shift = entry ? (this.s.shifts.get(sheet.path) ?? 0) : 0;
    const survey = this.s.owned.survey(sheet, entry ?? { cells: "", fp: new Uint32Array(0) }, shift);
    const inColumn = (c: { row: number; column: number }): boolean =>
      c.column === column && c.row >= first && c.row <= last;
    return survey.changed.some(inColumn) || survey.foreign.some(inColumn);
  }

  /** Writes a Kontrol column's cells; returns the record's cells and fingerprints for it. */
  private kontrolRun(
    sheet: SheetRef,
    column: number,
    headerRow: number,
    header: string,
    values: readonly (string | null)[],
    old: { entry: OwnedColumn; now: { shift: number } } | null,
    options: { last: number; besideWithForce: boolean; styleHeaderLikeLeft?: boolean },
  ): OwnedCells {
    const recorded = old ? ownedCellMap(old.entry) : null;
    const shift = old?.now.shift ?? 0;
    const prior = (row: number): number | null | undefined =>
      recorded ? recorded.get(posKey(row - shift, old?.entry.column ?? column)) : undefined;
    const written: { row: number; column: number; hash: number }[] = [];
    const headerContent: CellContent = { t: "string", v: header };
    written.push({ row: headerRow, column, hash: hashOf(headerContent) });
    values.forEach((v, i) => {
      const content = valueContent(v);
      if (content.t !== "empty") written.push({ row: headerRow + 1 + i, column, hash: hashOf(content) });
    });
    this.cells += written.length;
    const headerStyle = (cells: readonly ExistingCell[]): number => {
      if (!options.styleHeaderLikeLeft) return 0;
      const left = cells.filter((c) => c.column < column).pop();
      return left && !this.s.styles.isHighlight(left.style) ? left.style : 0;
    };
    const conflictFree =
      (edit: CellEdit): CellEdit =>
      (existing, ctx) => {
        try {
          return edit(existing, ctx);
        } catch (e) {
          if (e instanceof WriteConflictError && !options.besideWithForce)
            throw new WriteConflictError(e.sheet, e.address, false);
          throw e;
        }
      };
    const changed: { row: number; column: number }[] = [];
    this.s.addRun(sheet, {
      column,
      first: headerRow,
      last: options.last,
      edit: (row) => {
        if (row === headerRow)
          return conflictFree(this.writeEdit(sheet, row, column, headerContent, {}, prior(row), headerStyle));
        const i = row - headerRow - 1;
        if (i < values.length)
          return conflictFree(this.writeEdit(sheet, row, column, valueContent(values[i]), {}, prior(row)));
        const p = prior(row);
        return p === undefined ? null : this.s.deleteOwnedEdit(p, changed);
      },
    });
    return ownedCellsOf(written);
  }

  /* ------------------------------------------------------------ highlights */

  highlightsOf(plan: WritePlan): void {
    this.highlighted += writeHighlights(this.s, plan, this.highlights, this.written);
  }

  /* ------------------------------------------------------------ all together */

  run(plan: WritePlan): { pkg: XlsxPackage; report: WriteReport } {
    for (const sp of [plan.statusSheet, ...(plan.extraSheets ?? [])]) if (sp) this.statusSheet(sp);
    for (const kc of plan.kontrolColumns) this.kontrolColumn(kc);
    // columns written last time and not this time (each cell only while still ours)
    const keptColumns: OwnedColumn[] = [];
    for (const c of this.s.old.columns) {
      if (this.replacedColumns.has(c)) continue;
      // a column the user wrote into stays recorded beside the new one, for clean to sort out
      if (this.leftBeside.has(c)) keptColumns.push(c);
      else this.s.removeOwnedColumn(c);
    }
    this.highlightsOf(plan);
    // sheets written last time and not now stay (with their marks) until clean
    const claimed = new Set(this.sheets.map((w) => this.s.wb.sheetByName(w.name)?.path ?? ""));
    const keptSheets: OwnedSheet[] = [];
    for (const o of this.s.old.sheets) {
      if (this.replacedSheets.has(o)) continue;
      const sheet = this.s.owned.ownedSheet(o, claimed);
      if (!sheet) continue;
      claimed.add(sheet.path);
      keptSheets.push({ ...o, name: sheet.name, sheetId: sheet.sheetId });
    }
    // highlights are recorded while the sheets are edited, so the record is written after them
    this.s.runEdits();
    const keptCharts = this.s.old.charts.filter((c) => keptSheets.some((k) => sameName(k.name, c.sheet)));
    writeMarks(this.s.store, this.s.wb.path, {
      sheets: [...keptSheets, ...this.sheets],
      columns: [...keptColumns, ...this.columns],
      highlights: this.highlights,
      charts: [...keptCharts, ...this.charts],
      // never set now (a file that recalculates on load runs whatever its formulas say); an old flag of ours stays ours
      calcOnLoadAdded: this.s.old.calcOnLoadAdded,
      ...(this.s.old.namesListAdded === true || this.s.wb.namesListCreated ? { namesListAdded: true } : {}),
    });
    return {
      pkg: this.s.build(),
      report: {
        sheetsWritten: [...new Set([...this.written, ...this.s.touchedSheets])],
        cellsWritten: this.cells,
        highlights: this.highlighted,
        ...(this.moved.length > 0 ? { moved: this.moved } : {}),
      },
    };
  }
}

/** Writes the plan; throws `WriteConflictError` when a user's cell is in the way (unless `force`). */
export const applyPlanToPackage = (
  pkg: XlsxPackage,
  plan: WritePlan,
  options: ApplyOptions = {},
): { pkg: XlsxPackage; report: WriteReport } => new Applier(pkg, options.force === true).run(plan);

export { WriteConflictError };
