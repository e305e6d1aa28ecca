/**
 * Applies a write plan to a package, changing only what it must: the status sheet(s) with their
 * chart (drawing and chart parts, see chart.ts), the bound tables' sheets and table parts (a
 * `Kontrol` column), highlighted cells, styles it adds, the workbook's sheet list, rels, content
 * types and the ownership record. Everything it wrote last time and does not write now (an old
 * highlight, a column no longer bound, a chart) is taken away, so applying the same plan twice
 * gives the same package as once.
 */
import {
  WriteConflictError,
  type KontrolColumn,
  type PlanCell,
  type StatusSheetPlan,
  type WritePlan,
  type WriteReport,
} from "../../port";
import { checkSheetName } from "../create/names";
import { renderSheetXml, type RenderCell } from "../create/sheet";
import type { XlsxPackage } from "../zip";
import { cellXml, INLINE_STRINGS, type CellContent } from "./cells";
import { chartLayout, drawChart, removeChart, type ChartSpec } from "./chart";
import { child, children, createLike } from "./dom";
import { numFmtFor } from "./formats";
import { looksLikeFormula } from "./formula";
import {
  decodeCells,
  encodeCells,
  type OwnedChart,
  type OwnedColumn,
  type OwnedHighlight,
  type OwnedSheet,
  writeMarks,
} from "./marks";
import { cellRef, MAX_COLUMNS, MAX_ROWS, parseRange, rangeRef } from "./ref";
import { Session } from "./session";
import { withStyle, type CellEdit, type ExistingCell } from "./sheet-edit";
import type { XfChange } from "./styles-edit";
import { WriteTargetError } from "./errors";
import type { SheetRef } from "./workbook";

export interface ApplyOptions {
  /** Overwrite users' cells that stand where Kontrakttjek writes. */
  readonly force?: boolean;
}

const inSheet = (row: number, column: number): boolean =>
  Number.isInteger(row) &&
  Number.isInteger(column) &&
  row >= 1 &&
  row <= MAX_ROWS &&
  column >= 0 &&
  column < MAX_COLUMNS;

/** A plan cell as the cell writer's content (shared with user-sheet.ts). */
export const planContent = (cell: PlanCell): CellContent => {
  if (cell.kind === "formula") return { t: "formula", f: cell.formula, cached: cell.cached };
  const v = cell.value;
  if (v === null || v === "") return { t: "empty" };
  if (typeof v === "string") return { t: "string", v };
  if (typeof v === "number") return { t: "number", v };
  return { t: "bool", v };
};

/** The style change a plan cell asks for: number format, bold header, text that looks like a formula. */
export const planChange = (cell: PlanCell, content: CellContent): XfChange => ({
  numFmt: cell.format && cell.format !== "header" ? numFmtFor(cell.format) : undefined,
  bold: cell.format === "header",
  quotePrefix: content.t === "string" && looksLikeFormula(content.v),
});

const valueContent = (text: string | null | undefined): CellContent =>
  text === null || text === undefined || text === "" ? { t: "empty" } : { t: "string", v: text };

class Applier {
  readonly s: Session;
  private readonly force: boolean;
  private readonly sheets: OwnedSheet[] = [];
  private readonly columns: OwnedColumn[] = [];
  private readonly highlights: OwnedHighlight[] = [];
  private readonly charts: OwnedChart[] = [];
  private readonly written = new Set<string>();
  private cells = 0;
  private highlighted = 0;
  private formulas = false;

  constructor(pkg: XlsxPackage, force: boolean) {
    this.s = new Session(pkg);
    this.force = force;
  }

  /** Edit writing our content into a cell; a user's non-empty cell is a conflict unless forced. */
  private writeEdit(
    sheet: SheetRef,
    row: number,
    column: number,
    content: CellContent,
    change: XfChange,
    owned: boolean,
    styleFrom?: (cells: readonly ExistingCell[]) => number,
  ): CellEdit {
    return (existing, ctx) => {
      if (existing?.formulaGroup) this.s.conflict(sheet, row, column);
      if (existing?.hasContent && !owned && !this.force) this.s.conflict(sheet, row, column);
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
    // the chart's link block (when the goals' rows are spread out) is cells of the sheet like any other
    const layout = chartLayout(asked);
    const plan = layout ? { ...asked, rows: layout.rows } : asked;
    const existing = this.s.wb.sheetByName(plan.name);
    const targets: { row: number; column: number; cell: PlanCell; content: CellContent }[] = [];
    plan.rows.forEach((cells, r) =>
      cells.forEach((cell, c) => {
        const content = planContent(cell);
        if (content.t !== "empty") targets.push({ row: r + 1, column: c, cell, content });
        if (content.t === "formula") this.formulas = true;
      }),
    );
    if (targets.length > 0 && targets[targets.length - 1]!.column >= MAX_COLUMNS)
      throw new WriteTargetError(plan.name, "column");
    const ownedCells = encodeCells(targets);
    this.cells += targets.length;
    this.written.add(plan.name);
    if (!existing) {
      const rendered: RenderCell[] = targets.map((t) => ({
        row: t.row,
        column: t.column,
        content: t.content,
        style: this.s.styles.derive(0, planChange(t.cell, t.content)),
      }));
      const sheet = this.s.wb.addSheet(
        plan.name,
        renderSheetXml({ cells: rendered, columns: widths(plan), freezeRows: 1 }, INLINE_STRINGS),
      );
      this.sheets.push({ sheetId: sheet.sheetId, name: sheet.name, created: true, cells: ownedCells });
      this.chart(sheet, layout?.chart ?? null);
      return;
    }
    const old = this.s.old.sheets.find((o) => o.sheetId === existing.sheetId);
    const owned = new Set<string>();
    if (old) for (const c of decodeCells(old.cells)) owned.add(cellRef(c.row, c.column));
    for (const t of targets) {
      this.s.checkArea(existing, { top: t.row, bottom: t.row, left: t.column, right: t.column });
      const ref = cellRef(t.row, t.column);
      this.s.addCell(
        existing,
        t.row,
        t.column,
        this.writeEdit(existing, t.row, t.column, t.content, planChange(t.cell, t.content), owned.has(ref)),
      );
      owned.delete(ref);
    }
    // cells we wrote last time and not now
    for (const ref of owned) {
      const p = parseRange(ref) as NonNullable<ReturnType<typeof parseRange>>;
      this.s.addCell(existing, p.top, p.left, this.s.deleteEdit());
    }
    this.sheets.push({
      sheetId: existing.sheetId,
      name: existing.name,
      created: old?.created ?? false,
      cells: ownedCells,
    });
    this.chart(existing, layout?.chart ?? null);
  }

  /** Draws (or updates) the sheet's chart; one drawn last time and not asked for now is removed. */
  private chart(sheet: SheetRef, spec: ChartSpec | null): void {
    const old = this.s.old.charts.find((c) => c.sheetId === sheet.sheetId);
    if (!spec) {
      if (old) removeChart(this.s.store, sheet, old, true);
      return;
    }
    const drawn = drawChart(this.s.store, this.s.wb.path, sheet, spec, old);
    if (drawn) this.charts.push(drawn);
  }

  /* ------------------------------------------------------------ Kontrol columns */

  kontrolColumn(kc: KontrolColumn): void {
    const sheet = this.s.wb.sheetByName(kc.sheet);
    if (!sheet) throw new WriteTargetError(kc.sheet, "sheet");
    this.written.add(sheet.name);
    if (kc.table !== null) this.tableColumn(sheet, kc, kc.table);
    else this.rangeColumn(sheet, kc);
  }

  private tableColumn(sheet: SheetRef, kc: KontrolColumn, tableName: string): void {
    const t = this.s.table(sheet, tableName);
    if (!t) throw new WriteTargetError(sheet.name, `table ${tableName}`);
    if (t.el.getAttribute("headerRowCount") === "0")
      throw new WriteTargetError(sheet.name, `header row of table ${t.name}`);
    const colsEl = child(t.el, "tableColumns");
    if (!colsEl) throw new WriteTargetError(sheet.name, `columns of table ${t.name}`);
    const cols = children(colsEl, "tableColumn");
    const old = this.s.old.columns.find(
      (c) =>
        c.sheetId === sheet.sheetId &&
        c.table?.toLowerCase() === t.name.toLowerCase() &&
        cols.some((e) => Number(e.getAttribute("id")) === c.tableColumnId),
    );
    const top = t.range.top;
    const totals = Number(t.el.getAttribute("totalsRowCount") ?? 0) || 0;
    const dataLast = t.range.bottom - totals;
    let column: number;
    let header: string;
    let tableColumnId: number;
    if (old) {
      const pos = cols.findIndex((e) => Number(e.getAttribute("id")) === old.tableColumnId);
      column = t.range.left + pos;
      header = cols[pos]?.getAttribute("name") ?? kc.header;
      tableColumnId = old.tableColumnId as number;
    } else {
      column = t.range.right + 1;
      if (column >= MAX_COLUMNS) this.s.conflict(sheet, top, t.range.right);
      this.s.checkArea(sheet, { top, bottom: t.range.bottom, left: column, right: column }, t.name);
      const names = new Set(cols.map((e) => (e.getAttribute("name") ?? "").toLowerCase()));
      header = kc.header;
      for (let n = 2; names.has(header.toLowerCase()); n++) header = `${kc.header} ${n}`;
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
    }
    const values = kc.values.slice(0, Math.max(0, dataLast - top));
    this.kontrolRun(
      sheet,
      column,
      top,
      header,
      values,
      !!old,
      old ? Math.max(old.lastRow, t.range.bottom) : top + values.length,
    );
    this.columns.push({
      sheetId: sheet.sheetId,
      sheet: sheet.name,
      table: t.name,
      tableColumnId,
      column,
      headerRow: top,
      lastRow: top + values.length,
    });
  }

  private rangeColumn(sheet: SheetRef, kc: KontrolColumn): void {
    const old = this.s.old.columns.find(
      (c) => c.sheetId === sheet.sheetId && c.table === null && c.headerRow === kc.headerRow,
    );
    const column = old ? old.column : kc.column;
    if (column >= MAX_COLUMNS) this.s.conflict(sheet, kc.headerRow, MAX_COLUMNS - 1);
    if (!inSheet(kc.headerRow, column)) throw new WriteTargetError(sheet.name, `header row ${kc.headerRow}`);
    const last = Math.min(MAX_ROWS, kc.headerRow + kc.values.length);
    this.s.checkArea(sheet, { top: kc.headerRow, bottom: last, left: column, right: column });
    const values = kc.values.slice(0, last - kc.headerRow);
    this.kontrolRun(sheet, column, kc.headerRow, kc.header, values, !!old, Math.max(last, old?.lastRow ?? 0), true);
    this.columns.push({
      sheetId: sheet.sheetId,
      sheet: sheet.name,
      table: null,
      tableColumnId: null,
      column,
      headerRow: kc.headerRow,
      lastRow: last,
    });
  }

  private kontrolRun(
    sheet: SheetRef,
    column: number,
    headerRow: number,
    header: string,
    values: readonly (string | null)[],
    owned: boolean,
    last: number,
    styleHeaderLikeLeft = false,
  ): void {
    this.cells += 1 + values.filter((v) => v !== null && v !== "").length;
    const headerStyle = (cells: readonly ExistingCell[]): number => {
      if (!styleHeaderLikeLeft) return 0;
      const left = cells.filter((c) => c.column < column).pop();
      return left && !this.s.styles.isHighlight(left.style) ? left.style : 0;
    };
    this.s.addRun(sheet, {
      column,
      first: headerRow,
      last,
      edit: (row) => {
        if (row === headerRow)
          return this.writeEdit(sheet, row, column, { t: "string", v: header }, {}, owned, headerStyle);
        const i = row - headerRow - 1;
        if (i < values.length) return this.writeEdit(sheet, row, column, valueContent(values[i]), {}, owned);
        return owned ? this.s.deleteEdit() : null;
      },
    });
  }

  /* ------------------------------------------------------------ highlights */

  highlightsOf(plan: WritePlan): void {
    const wanted = new Map<string, { sheet: SheetRef; row: number; column: number; kind: "error" | "warning" }>();
    for (const h of plan.highlights) {
      const sheet = this.s.wb.sheetByName(h.sheet);
      if (!sheet) throw new WriteTargetError(h.sheet, "sheet");
      if (!inSheet(h.row, h.column))
        throw new WriteTargetError(h.sheet, `cell at row ${h.row}, column ${h.column + 1}`);
      const key = `${sheet.sheetId}|${cellRef(h.row, h.column)}`;
      const prev = wanted.get(key);
      if (!prev || (prev.kind === "warning" && h.kind === "error"))
        wanted.set(key, { sheet, row: h.row, column: h.column, kind: h.kind });
    }
    const oldByKey = new Map(this.s.old.highlights.map((h) => [`${h.sheetId}|${h.ref}`, h]));
    for (const [key, w] of wanted) {
      const prior = oldByKey.get(key);
      oldByKey.delete(key);
      const ref = cellRef(w.row, w.column);
      const added = this.s.addCell(w.sheet, w.row, w.column, (existing, ctx) => {
        const again = !!prior && !!existing && existing.style === prior.applied;
        const original = again ? prior.original : existing?.hasStyleAttr ? existing.style : null;
        const created = again ? prior.created : !existing;
        const base = original ?? (created ? this.s.newCellStyle(w.sheet, w.column, ctx) : 0);
        const cur = existing?.style ?? 0;
        const applied = this.s.styles.derive(base, { fill: w.kind });
        this.highlights.push({ sheetId: w.sheet.sheetId, ref, kind: w.kind, original, applied, created });
        if (existing) return applied === cur ? "keep" : { xml: withStyle(existing.xml, applied) };
        return { xml: cellXml(ref, { t: "empty" }, applied, INLINE_STRINGS, this.s.sheetWork(w.sheet).prefix) };
      });
      if (added) {
        this.highlighted++;
        this.written.add(w.sheet.name);
      }
    }
    // highlights of an earlier write that are no longer wanted
    const restored = { n: 0 };
    for (const h of oldByKey.values()) this.s.restoreHighlight(h, restored);
  }

  /* ------------------------------------------------------------ all together */

  run(plan: WritePlan): { pkg: XlsxPackage; report: WriteReport } {
    for (const sp of [plan.statusSheet, ...(plan.extraSheets ?? [])]) if (sp) this.statusSheet(sp);
    for (const kc of plan.kontrolColumns) this.kontrolColumn(kc);
    this.highlightsOf(plan);
    // columns written last time and not this time
    for (const c of this.s.old.columns)
      if (
        !this.columns.some(
          (n) =>
            n.sheetId === c.sheetId &&
            n.table === c.table &&
            n.headerRow === c.headerRow &&
            (c.table !== null || n.column === c.column),
        )
      )
        this.s.removeOwnedColumn(c);
    // sheets written last time and not now stay (with their marks) until clean
    const keptSheets = this.s.old.sheets.filter(
      (o) => !this.sheets.some((n) => n.sheetId === o.sheetId) && this.s.wb.sheetById(o.sheetId),
    );
    let calcOnLoadAdded = this.s.old.calcOnLoadAdded;
    if (this.formulas && this.s.wb.setFullCalcOnLoad()) calcOnLoadAdded = true;
    // highlights are recorded while the sheets are edited, so the record is written after them
    this.s.runEdits();
    const keptCharts = this.s.old.charts.filter((c) => keptSheets.some((k) => k.sheetId === c.sheetId));
    writeMarks(this.s.store, this.s.wb.path, {
      sheets: [...keptSheets, ...this.sheets],
      columns: this.columns,
      highlights: this.highlights,
      charts: [...keptCharts, ...this.charts],
      calcOnLoadAdded,
    });
    return {
      pkg: this.s.build(),
      report: {
        sheetsWritten: [...new Set([...this.written, ...this.s.touchedSheets])],
        cellsWritten: this.cells,
        highlights: this.highlighted,
      },
    };
  }
}

/** Column widths for a new status sheet from its longest texts. */
const widths = (plan: StatusSheetPlan): { index: number; width: number }[] => {
  const max: number[] = [];
  for (const row of plan.rows)
    row.forEach((cell, c) => {
      const len = cell.kind === "value" ? String(cell.value ?? "").length : 10;
      max[c] = Math.max(max[c] ?? 8, Math.min(60, len + 2));
    });
  return max.map((width, index) => ({ index, width }));
};

/** Writes the plan; throws `WriteConflictError` when a user's cell is in the way (unless `force`). */
export const applyPlanToPackage = (
  pkg: XlsxPackage,
  plan: WritePlan,
  options: ApplyOptions = {},
): { pkg: XlsxPackage; report: WriteReport } => new Applier(pkg, options.force === true).run(plan);

export { WriteConflictError };
