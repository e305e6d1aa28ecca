/**
 * A status (or extra) sheet: its rows as blocks of formulas and number formats, bold headers,
 * frozen top row and a chart. Written into a fresh sheet, or — where the user's cells stand on
 * Kontrakttjek's earlier sheet away from the plan's cells — into that sheet around them.
 */
import type { PlanCell, StatusSheetPlan } from "../port";
import { indexAddress } from "./address";
import type { XlRange, XlWorksheet } from "./excel-api";
import { hashOf, plannedKey, textKey } from "./keys";
import { jsonBytes } from "./limits";
import { chunked, type Outbox, type Rows, type WriteDeps } from "./outbox";
import type { WrittenCell } from "./ownership";
import type { SheetTarget } from "./place";
import { CHART_NAME, type Pos } from "./survey";
import { formulaEntry, numberFormatOf, textForExcel } from "./values";
import { writeLooks, writeReportLayout } from "./report";
import { posKey } from "../ownership/cells";
import { isUserCell } from "../ownership/user-column";

const EMPTY: PlanCell = { kind: "value", value: null };

export const widthOf = (plan: StatusSheetPlan): number => plan.rows.reduce((m, r) => Math.max(m, r.length), 0);

/** The block of links beside the table that feeds the chart when the goals' rows are spread out. */
interface ChartBlock {
  /** Zero-based first column (row 0 is its header). */
  readonly at: number;
  readonly entries: readonly (readonly string[])[];
  readonly formats: readonly (readonly string[])[];
  /** Content keys of its cells, in the same places ("" texts are empty). */
  readonly keys: readonly (readonly (string | null)[])[];
}

const chartRows = (plan: StatusSheetPlan): number[] => [...(plan.chart?.rows ?? [])].sort((a, b) => a - b);

function chartBlock(plan: StatusSheetPlan): ChartBlock | null {
  const chart = plan.chart;
  const rows = chartRows(plan);
  if (!chart || rows.length === 0) return null;
  const contiguous = rows.every((r, i) => i === 0 || r === (rows[i - 1] as number) + 1);
  if (contiguous && chart.valuesColumn === chart.categoriesColumn + 1) return null;
  const header = [plan.rows[0]?.[chart.categoriesColumn], plan.rows[0]?.[chart.valuesColumn]].map((c) =>
    c && c.kind === "value" && typeof c.value === "string" ? c.value : "",
  );
  const links = rows.map((r) => [
    `=${indexAddress(r, chart.categoriesColumn)}`,
    `=${indexAddress(r, chart.valuesColumn)}`,
  ]);
  return {
    at: widthOf(plan) + 1,
    entries: [header.map(textForExcel), ...links],
    formats: [["General", "General"], ...rows.map(() => ["General", "0%"])],
    keys: [
      header.map((t) => (t === "" ? null : textKey(t))),
      ...links.map((r) => r.map((f) => plannedKey({ kind: "formula", formula: f, cached: null }))),
    ],
  };
}

/** Every cell with content the sheet gets (the chart's links too), row by row, with its hash. */
export function statusCells(plan: StatusSheetPlan): WrittenCell[] {
  const out: WrittenCell[] = [];
  plan.rows.forEach((cells, row) =>
    cells.forEach((cell, column) => {
      const key = plannedKey(cell);
      // a report's remarks are the user's: never recorded as written
      if (key !== null && !isUserCell(plan, row, column)) out.push({ row, column, hash: hashOf(key) });
    }),
  );
  const block = chartBlock(plan);
  block?.keys.forEach((r, i) =>
    r.forEach((key, j) => {
      if (key !== null) out.push({ row: i, column: block.at + j, hash: hashOf(key) });
    }),
  );
  return out.sort((a, b) => a.row - b.row || a.column - b.column);
}

/** Where the sheet writes, row by row (for the look). */
export const statusTargets = (plan: StatusSheetPlan): Pos[] => statusCells(plan);

/** Columns of a row to write: all of them, or the runs between the user's cells. */
function segments(row: number, width: number, skip: ReadonlySet<number>): [number, number][] {
  if (skip.size === 0) return [[0, width]];
  const out: [number, number][] = [];
  let from = -1;
  for (let j = 0; j <= width; j++) {
    const free = j < width && !skip.has(posKey(row, j));
    if (free && from < 0) from = j;
    if (!free && from >= 0) {
      out.push([from, j]);
      from = -1;
    }
  }
  return out;
}

export function writeSheet(
  deps: WriteDeps,
  out: Outbox,
  sheet: XlWorksheet,
  target: SheetTarget,
  progress: (n: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  const { plan, skip } = target;
  const width = widthOf(plan);
  if (width === 0 || plan.rows.length === 0) return Promise.resolve(0);
  const total = plan.rows.length;
  const row = (i: number): PlanCell[] => Array.from({ length: width }, (_, j) => plan.rows[i]?.[j] ?? EMPTY);
  const block = (start: number, n: number, from: number, to: number): XlRange =>
    sheet.getRangeByIndexes(start, from, n, to - from);
  const rowBytes = (i: number): number => {
    const cells = row(i);
    const bold = cells.filter((c) => c.format === "header").length;
    return jsonBytes(cells.map(formulaEntry)) + jsonBytes(cells.map(numberFormatOf)) + 200 * bold + 8;
  };
  const put = (start: number, n: number, from: number, to: number): void => {
    // Values (and formulas) first, then formats, so a format never turns a value into something else.
    const rows = Array.from({ length: n }, (_, i) => row(start + i).slice(from, to));
    block(start, n, from, to).formulas = rows.map((r) => r.map(formulaEntry));
    block(start, n, from, to).numberFormat = rows.map((r) => r.map(numberFormatOf));
  };
  const rows: Rows = {
    width,
    rowBytes: (i) => rowBytes(i) + (skip.size > 0 ? 300 * segments(i, width, skip).length : 0),
    queue: (start, n) => {
      if (skip.size === 0) put(start, n, 0, width);
      else
        for (let i = start; i < start + n; i++) for (const [from, to] of segments(i, width, skip)) put(i, 1, from, to);
      for (let i = 0; i < n; i++) {
        row(start + i).forEach((c, j) => {
          if (c.format === "header" && !c.look && !skip.has(posKey(start + i, j)))
            sheet.getRangeByIndexes(start + i, j, 1, 1).format.font.bold = true;
        });
      }
      if (start + n === total) {
        const report = plan.report;
        if (report) {
          writeLooks(sheet, plan, (r, c) => skip.has(posKey(r, c)));
          writeReportLayout(sheet, plan, report);
          if (report.freezeRows > 0) sheet.freezePanes.freezeRows(report.freezeRows);
        } else {
          sheet.freezePanes.freezeRows(1);
          sheet.getRangeByIndexes(0, 0, total, width).format.autofitColumns();
        }
        if (plan.chart) addChart(sheet, plan, width);
        deps.meter.add(0, report ? 4000 : 500);
      }
    },
    progress: (_, n) => progress(n),
    signal,
  };
  return chunked(deps, out, rows, 0, total, total, true).then(() => total * width);
}

/** A bar chart of fulfilment per goal; its data is the sheet's own cells (or live links to them). */
function addChart(sheet: XlWorksheet, plan: StatusSheetPlan, width: number): void {
  const chart = plan.chart;
  const rows = chartRows(plan);
  if (!chart || rows.length === 0) return;
  const links = chartBlock(plan);
  let source: XlRange;
  if (!links) source = sheet.getRangeByIndexes(rows[0] as number, chart.categoriesColumn, rows.length, 2);
  else {
    const block = sheet.getRangeByIndexes(0, links.at, rows.length + 1, 2);
    block.formulas = links.entries.map((r) => [...r]);
    block.numberFormat = links.formats.map((r) => [...r]);
    source = sheet.getRangeByIndexes(0, links.at, rows.length + 1, 2);
  }
  const c = sheet.charts.add("BarClustered", source, "Columns");
  c.name = CHART_NAME;
  c.title.text = chart.title ?? plan.name;
  const a = chart.anchor;
  if (a) c.setPosition(indexAddress(a.row, a.column), indexAddress(a.row + a.rows, a.column + a.columns - 1));
  else c.setPosition(indexAddress(0, width + 4));
}
