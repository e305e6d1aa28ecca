/**
 * Writing into the in-memory workbook, with the same promises as the file adapters: a plan is
 * checked whole before anything changes (a user's cell in the way raises `WriteConflictError`
 * unless `force`), a new plan replaces Kontrakttjek's earlier output, and `clean` removes exactly
 * what was written: its sheets, its Kontrol columns (shrinking the tables they extended) and its
 * highlights.
 */
import {
  WriteConflictError,
  type CleanReport,
  type KontrolColumn,
  type PlanCell,
  type StatusSheetPlan,
  type WritePlan,
  type WriteReport,
} from "../port";
import { SourceNotFoundError } from "../xlsx/read/errors";
import { cellAddress } from "../xlsx/read/refs";
import { MemSheet, type MemCell, type MemTable } from "./sheet";

export interface OwnedColumn {
  readonly sheet: string;
  readonly table: string | null;
  readonly column: number;
  readonly headerRow: number;
  /** Data rows written below the header. */
  readonly rows: number;
  /** True when the column was added to the table's right edge. */
  readonly extended: boolean;
}

export interface Owned {
  sheets: string[];
  columns: OwnedColumn[];
  highlights: { readonly sheet: string; readonly row: number; readonly column: number }[];
}

export interface MemState {
  sheets: MemSheet[];
  owned: Owned;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export const findSheet = (state: MemState, name: string): MemSheet | undefined =>
  state.sheets.find((s) => s.name === name) ?? state.sheets.find((s) => same(s.name, name));

const needSheet = (state: MemState, name: string): MemSheet => {
  const s = findSheet(state, name);
  if (!s) throw new SourceNotFoundError(name);
  return s;
};

const ownsSheet = (state: MemState, name: string): boolean => state.owned.sheets.some((s) => same(s, name));

const ownsCell = (state: MemState, sheet: string, row: number, column: number): boolean =>
  state.owned.columns.some(
    (c) => same(c.sheet, sheet) && c.column === column && row >= c.headerRow && row <= c.headerRow + c.rows,
  );

const planCell = (p: PlanCell): MemCell =>
  p.kind === "value"
    ? { value: p.value, ...(p.format ? { format: p.format } : {}) }
    : { value: p.cached, formula: p.formula, ...(p.format ? { format: p.format } : {}) };

const hasContent = (p: PlanCell): boolean => p.kind === "formula" || p.value !== null;

/** Every conflict is found before anything is written. */
const checkConflicts = (state: MemState, plan: WritePlan): void => {
  for (const s of [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])]) {
    if (findSheet(state, s.name) && !ownsSheet(state, s.name)) throw new WriteConflictError(s.name, "A1");
  }
  for (const k of plan.kontrolColumns) {
    const sheet = needSheet(state, k.sheet);
    if (k.table !== null && !sheet.tables.some((t) => same(t.name, k.table as string))) {
      throw new SourceNotFoundError(k.sheet, k.table);
    }
    for (let row = k.headerRow; row <= k.headerRow + k.values.length; row++) {
      if (sheet.filled(row, k.column) && !ownsCell(state, sheet.name, row, k.column)) {
        throw new WriteConflictError(sheet.name, cellAddress(row, k.column));
      }
    }
  }
  for (const h of plan.highlights) needSheet(state, h.sheet);
};

export const cleanState = (state: MemState): CleanReport => {
  const { owned } = state;
  const sheetsRemoved = state.sheets.filter((s) => ownsSheet(state, s.name)).map((s) => s.name);
  state.sheets = state.sheets.filter((s) => !ownsSheet(state, s.name));
  for (const c of owned.columns) {
    const sheet = findSheet(state, c.sheet);
    if (!sheet) continue;
    for (let row = c.headerRow; row <= c.headerRow + c.rows; row++) sheet.set(row, c.column, undefined);
    const table = c.table === null ? undefined : sheet.tables.find((t) => same(t.name, c.table as string));
    if (table && c.extended && table.rect.right === c.column) {
      table.rect = { ...table.rect, right: c.column - 1 };
      table.columns.pop();
    }
  }
  let highlightsRemoved = 0;
  for (const h of owned.highlights) {
    const sheet = findSheet(state, h.sheet);
    const cell = sheet?.get(h.row, h.column);
    if (!sheet || !cell || cell.highlight === undefined) continue;
    delete cell.highlight;
    highlightsRemoved++;
    if (cell.value === null && cell.formula === undefined && cell.format === undefined) {
      sheet.set(h.row, h.column, undefined);
    }
  }
  const report = { sheetsRemoved, columnsRemoved: owned.columns.length, highlightsRemoved };
  state.owned = { sheets: [], columns: [], highlights: [] };
  return report;
};

const writeSheet = (state: MemState, plan: StatusSheetPlan, position: number): number => {
  const sheet = new MemSheet(plan.name);
  let cells = 0;
  plan.rows.forEach((row, r) =>
    row.forEach((p, c) => {
      if (!hasContent(p) && p.format === undefined) return;
      sheet.set(r + 1, c, planCell(p));
      if (hasContent(p)) cells++;
    }),
  );
  state.sheets.splice(Math.min(position, state.sheets.length), 0, sheet);
  state.owned.sheets.push(plan.name);
  return cells;
};

const writeKontrol = (state: MemState, k: KontrolColumn): number => {
  const sheet = needSheet(state, k.sheet);
  const table: MemTable | undefined =
    k.table === null ? undefined : sheet.tables.find((t) => same(t.name, k.table as string));
  sheet.set(k.headerRow, k.column, { value: k.header, format: "header" });
  let cells = 1;
  k.values.forEach((v, i) => {
    sheet.set(k.headerRow + 1 + i, k.column, v === null ? undefined : { value: v, format: "text" });
    if (v !== null) cells++;
  });
  const extended = table !== undefined && table.rect.right + 1 === k.column;
  if (table && extended) {
    table.rect = { ...table.rect, right: k.column };
    table.columns.push(k.header);
  }
  state.owned.columns.push({
    sheet: sheet.name,
    table: table?.name ?? null,
    column: k.column,
    headerRow: k.headerRow,
    rows: k.values.length,
    extended,
  });
  return cells;
};

export const applyPlan = (state: MemState, plan: WritePlan, force: boolean): WriteReport => {
  if (!force) checkConflicts(state, plan);
  // Sheets being replaced keep their place among the tabs.
  const positions = new Map(state.sheets.map((s, i) => [s.name.toLowerCase(), i]));
  cleanState(state);
  const sheets = [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])];
  const sheetsWritten: string[] = [];
  let cellsWritten = 0;
  for (const s of sheets) {
    const at = positions.get(s.name.toLowerCase());
    const existing = findSheet(state, s.name); // a user's sheet, only reachable with force
    const index = existing ? state.sheets.indexOf(existing) : (at ?? state.sheets.length);
    if (existing) state.sheets.splice(index, 1);
    cellsWritten += writeSheet(state, s, index);
    sheetsWritten.push(s.name);
  }
  for (const k of plan.kontrolColumns) {
    cellsWritten += writeKontrol(state, k);
    if (!sheetsWritten.some((n) => same(n, k.sheet))) sheetsWritten.push(needSheet(state, k.sheet).name);
  }
  for (const h of plan.highlights) {
    const sheet = needSheet(state, h.sheet);
    const cell = sheet.get(h.row, h.column);
    if (cell) cell.highlight = h.kind;
    else sheet.set(h.row, h.column, { value: null, highlight: h.kind });
    state.owned.highlights.push({ sheet: sheet.name, row: h.row, column: h.column });
  }
  return { sheetsWritten, cellsWritten, highlights: plan.highlights.length };
};
