/**
 * Writing into the in-memory workbook, with the same promises as the file adapters: a plan is
 * checked whole before anything changes (a user's cell in the way raises `WriteConflictError`,
 * or with `force` the output goes beside it under a new name), a new plan replaces Kontrakttjek's
 * earlier output, and `clean` removes exactly what was written — each cell only while it still
 * holds what Kontrakttjek put there (the content keys of `../ownership/fingerprint.ts`).
 */
import {
  WriteConflictError,
  type CleanReport,
  type KeptOwned,
  type KontrolColumn,
  type PlanCell,
  type StatusSheetPlan,
  type WriteMove,
  type WritePlan,
  type WriteReport,
} from "../port";
import { contentKey } from "../ownership/fingerprint";
import { freeName, sameName } from "../sheet/names";
import { SourceNotFoundError } from "../sheet/errors";
import { cellRef } from "../sheet/a1";
import { carryUserColumn, inUserColumn, isUserCell, readUserTexts } from "../ownership/user-column";
import { MemSheet, type MemCell, type MemTable } from "./sheet";

/** Position key → content key of what was written there. */
type OwnedCells = Map<number, string>;

const pos = (row: number, column: number): number => row * 16384 + column;

export interface OwnedSheet {
  readonly name: string;
  readonly cells: OwnedCells;
}

export interface OwnedColumn {
  readonly sheet: string;
  readonly table: string | null;
  readonly header: string;
  readonly column: number;
  readonly headerRow: number;
  /** Data rows written below the header. */
  readonly rows: number;
  /** True when the column was added to the table's right edge. */
  readonly extended: boolean;
  readonly cells: OwnedCells;
}

export interface Owned {
  sheets: OwnedSheet[];
  columns: OwnedColumn[];
  highlights: { readonly sheet: string; readonly row: number; readonly column: number }[];
}

export interface MemState {
  sheets: MemSheet[];
  owned: Owned;
}

export const EMPTY_OWNED = (): Owned => ({ sheets: [], columns: [], highlights: [] });

export const findSheet = (state: MemState, name: string): MemSheet | undefined =>
  state.sheets.find((s) => s.name === name) ?? state.sheets.find((s) => sameName(s.name, name));

const needSheet = (state: MemState, name: string): MemSheet => {
  const s = findSheet(state, name);
  if (!s) throw new SourceNotFoundError(name);
  return s;
};

export const ownsSheet = (state: MemState, name: string): boolean =>
  state.owned.sheets.some((s) => sameName(s.name, name));

/** The content key of a cell (null when it holds nothing). */
export const memKey = (cell: MemCell | undefined): string | null => {
  if (!cell) return null;
  if (cell.formula !== undefined) return contentKey({ t: "formula", f: cell.formula });
  const v = cell.value;
  if (v === null || v === "") return null;
  if (typeof v === "string") return contentKey({ t: "string", v });
  if (typeof v === "number") return contentKey({ t: "number", v });
  if (typeof v === "boolean") return contentKey({ t: "bool", v });
  return contentKey({ t: "error", v: v.error });
};

/** Is the cell at (row, column) still what Kontrakttjek wrote there (per `cells`)? */
const stillOurs = (sheet: MemSheet, cells: OwnedCells, row: number, column: number): boolean => {
  const key = memKey(sheet.get(row, column));
  return key !== null && cells.get(pos(row, column)) === key;
};

/** Where a cell holds something that is not Kontrakttjek's (its earlier output that still reads as written is). */
const userCellAt = (state: MemState, sheet: MemSheet, row: number, column: number): boolean => {
  if (!sheet.filled(row, column)) return false;
  const key = pos(row, column);
  const mine = [
    ...state.owned.sheets.filter((s) => sameName(s.name, sheet.name)).map((s) => s.cells),
    ...state.owned.columns.filter((c) => sameName(c.sheet, sheet.name)).map((c) => c.cells),
  ];
  return !mine.some((cells) => cells.has(key) && stillOurs(sheet, cells, row, column));
};

const planCell = (p: PlanCell): MemCell =>
  p.kind === "value"
    ? { value: p.value, ...(p.format ? { format: p.format } : {}) }
    : { value: p.cached, formula: p.formula, ...(p.format ? { format: p.format } : {}) };

const hasContent = (p: PlanCell): boolean => p.kind === "formula" || p.value !== null;

/** A Kontrol column's rows: header and values. */
const columnRows = (k: KontrolColumn): number[] =>
  Array.from({ length: k.values.length + 1 }, (_, i) => k.headerRow + i);

/** Where each part of the plan goes, decided before anything changes (with `force`, beside the user's). */
interface Placement {
  readonly sheetNames: Map<StatusSheetPlan, string>;
  /** Reports written over our earlier sheet: the plan with the house's remarks carried in, and that sheet. */
  readonly reports: Map<StatusSheetPlan, { plan: StatusSheetPlan; replaces: MemSheet | null }>;
  readonly columns: Map<KontrolColumn, { column: number; header: string }>;
  readonly moved: WriteMove[];
}

const place = (state: MemState, plan: WritePlan, force: boolean): Placement => {
  const out: Placement = { sheetNames: new Map(), reports: new Map(), columns: new Map(), moved: [] };
  for (const s of [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])]) {
    const existing = findSheet(state, s.name);
    let name = s.name;
    if (existing) {
      const owned = state.owned.sheets.find((o) => sameName(o.name, existing.name));
      // A report's house column is the user's: carried by key, never in the way.
      const text = (r: number, c: number): string | null => {
        const v = existing.get(r + 1, c)?.value;
        return typeof v === "string" || typeof v === "number" ? String(v) : null;
      };
      let last = 0;
      existing.forEach((row) => (last = Math.max(last, row - 1)));
      const found = s.report ? readUserTexts(s, text, last) : null;
      let hit: string | null = null;
      existing.forEach((row, column, cell) => {
        if (hit !== null || memKey(cell) === null || inUserColumn(found, row - 1, column)) return;
        if (!owned || !stillOurs(existing, owned.cells, row, column)) hit = cellRef(row, column);
      });
      if (s.report && hit === null)
        out.reports.set(s, { plan: carryUserColumn(s, found?.texts ?? new Map()), replaces: existing });
      if (hit !== null) {
        if (!force) throw new WriteConflictError(existing.name, hit);
        name = freeName(
          s.name,
          state.sheets.map((x) => x.name),
        );
        out.moved.push({ kind: "sheet", from: existing.name, to: name });
      }
    }
    out.sheetNames.set(s, name);
  }
  for (const k of plan.kontrolColumns) {
    const sheet = needSheet(state, k.sheet);
    if (k.table !== null && !sheet.tables.some((t) => sameName(t.name, k.table as string))) {
      throw new SourceNotFoundError(k.sheet, k.table);
    }
    const blocked = (column: number): number | null =>
      columnRows(k).find((row) => userCellAt(state, sheet, row, column)) ?? null;
    let column = k.column;
    let header = k.header;
    const row = blocked(column);
    if (row !== null) {
      const besideWithForce = k.table === null;
      if (!force || !besideWithForce) throw new WriteConflictError(sheet.name, cellRef(row, column), besideWithForce);
      while (blocked(column) !== null) column++;
      const headerTexts: string[] = [];
      sheet.forEach((r, _c, cell) => {
        if (r === k.headerRow && typeof cell.value === "string") headerTexts.push(cell.value);
      });
      header = freeName(k.header, headerTexts, 255);
      out.moved.push({ kind: "column", sheet: sheet.name, header, from: k.column, to: column });
    }
    out.columns.set(k, { column, header });
  }
  for (const h of plan.highlights) needSheet(state, h.sheet);
  return out;
};

/** What a removal left because it was not (any more) Kontrakttjek's. */
const keptOf = (sheet: string, reason: KeptOwned["reason"], cells: { row: number; column: number }[]): KeptOwned => ({
  reason,
  sheet,
  cells: cells.slice(0, 10).map((c) => cellRef(c.row, c.column)),
  count: cells.length,
});

export const cleanState = (state: MemState): CleanReport => {
  const { owned } = state;
  const kept: KeptOwned[] = [];
  const sheetsRemoved: string[] = [];
  for (const o of owned.sheets) {
    const sheet = findSheet(state, o.name);
    if (!sheet) continue;
    const userCells: { row: number; column: number }[] = [];
    sheet.forEach((row, column) => {
      if (sheet.filled(row, column) && !stillOurs(sheet, o.cells, row, column)) userCells.push({ row, column });
    });
    if (userCells.length === 0) {
      state.sheets = state.sheets.filter((s) => s !== sheet);
      sheetsRemoved.push(sheet.name);
      continue;
    }
    // a report's table without its header cells would be no table: it goes with them
    sheet.tables.splice(0, sheet.tables.length, ...sheet.tables.filter((t) => !t.name.startsWith("Kontrakttjek_")));
    delete sheet.report;
    for (const key of o.cells.keys()) {
      const row = Math.floor(key / 16384);
      const column = key % 16384;
      if (stillOurs(sheet, o.cells, row, column)) sheet.set(row, column, undefined);
    }
    kept.push(keptOf(sheet.name, "changed", userCells));
  }
  let columnsRemoved = 0;
  for (const c of owned.columns) {
    const sheet = findSheet(state, c.sheet);
    if (!sheet) continue;
    const changed: { row: number; column: number }[] = [];
    for (let row = c.headerRow; row <= c.headerRow + c.rows; row++) {
      if (stillOurs(sheet, c.cells, row, c.column)) sheet.set(row, c.column, undefined);
      else if (sheet.filled(row, c.column)) changed.push({ row, column: c.column });
    }
    const table = c.table === null ? undefined : sheet.tables.find((t) => sameName(t.name, c.table as string));
    if (table && c.extended && table.rect.right === c.column && changed.length === 0) {
      table.rect = { ...table.rect, right: c.column - 1 };
      table.columns.pop();
    }
    if (changed.length > 0) kept.push(keptOf(sheet.name, "changed", changed));
    columnsRemoved++;
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
  state.owned = EMPTY_OWNED();
  return { sheetsRemoved, columnsRemoved, highlightsRemoved, ...(kept.length > 0 ? { kept } : {}) };
};

const writeSheet = (state: MemState, plan: StatusSheetPlan, name: string, position: number): number => {
  const sheet = new MemSheet(name);
  const cells: OwnedCells = new Map();
  let n = 0;
  plan.rows.forEach((row, r) =>
    row.forEach((p, c) => {
      if (!hasContent(p) && p.format === undefined) return;
      const cell = planCell(p);
      sheet.set(r + 1, c, cell);
      const key = memKey(cell);
      if (key !== null && !isUserCell(plan, r, c)) cells.set(pos(r + 1, c), key);
      if (hasContent(p)) n++;
    }),
  );
  const report = plan.report;
  if (report) {
    sheet.report = report;
    const headers = (plan.rows[report.headerRow] ?? [])
      .slice(0, report.table.columns)
      .map((h) => String(h.kind === "value" ? (h.value ?? "") : ""));
    sheet.tables.push({
      name: freeName(
        report.table.name,
        state.sheets.flatMap((x) => x.tables.map((t) => t.name)),
        255,
      ),
      rect: { top: report.headerRow + 1, left: 0, bottom: report.table.lastRow + 1, right: report.table.columns - 1 },
      columns: headers,
    });
  }
  state.sheets.splice(Math.min(position, state.sheets.length), 0, sheet);
  state.owned.sheets.push({ name, cells });
  return n;
};

const writeKontrol = (state: MemState, k: KontrolColumn, at: { column: number; header: string }): number => {
  const sheet = needSheet(state, k.sheet);
  const table: MemTable | undefined =
    k.table === null ? undefined : sheet.tables.find((t) => sameName(t.name, k.table as string));
  const cells: OwnedCells = new Map();
  const put = (row: number, cell: MemCell | undefined): void => {
    sheet.set(row, at.column, cell);
    const key = memKey(cell);
    if (key !== null) cells.set(pos(row, at.column), key);
  };
  put(k.headerRow, { value: at.header, format: "header" });
  let n = 1;
  k.values.forEach((v, i) => {
    put(k.headerRow + 1 + i, v === null ? undefined : { value: v, format: "text" });
    if (v !== null) n++;
  });
  const extended = table !== undefined && table.rect.right + 1 === at.column;
  if (table && extended) {
    table.rect = { ...table.rect, right: at.column };
    table.columns.push(freeName(at.header, table.columns, 255));
  }
  state.owned.columns.push({
    sheet: sheet.name,
    table: table?.name ?? null,
    header: at.header,
    column: at.column,
    headerRow: k.headerRow,
    rows: k.values.length,
    extended,
    cells,
  });
  return n;
};

export const applyPlan = (state: MemState, plan: WritePlan, force: boolean): WriteReport => {
  const placed = place(state, plan, force);
  // Sheets being replaced keep their place among the tabs.
  const positions = new Map(state.sheets.map((s, i) => [s.name.toLowerCase(), i]));
  // Our earlier output goes first; what the user changed in it is theirs now (place kept the plan clear of it).
  cleanState(state);
  // a report's earlier sheet goes whole: its remarks are in the plan now
  const replaced = new Set([...placed.reports.values()].map((r) => r.replaces));
  state.sheets = state.sheets.filter((x) => !replaced.has(x));
  const sheets = [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])];
  const sheetsWritten: string[] = [];
  let cellsWritten = 0;
  for (const s of sheets) {
    const name = placed.sheetNames.get(s) ?? s.name;
    const at = positions.get(name.toLowerCase());
    cellsWritten += writeSheet(state, placed.reports.get(s)?.plan ?? s, name, at ?? state.sheets.length);
    sheetsWritten.push(name);
  }
  for (const k of plan.kontrolColumns) {
    cellsWritten += writeKontrol(state, k, placed.columns.get(k) ?? { column: k.column, header: k.header });
    if (!sheetsWritten.some((n) => sameName(n, k.sheet))) sheetsWritten.push(needSheet(state, k.sheet).name);
  }
  for (const h of plan.highlights) {
    const sheet = needSheet(state, h.sheet);
    const cell = sheet.get(h.row, h.column);
    if (cell) cell.highlight = h.kind;
    else sheet.set(h.row, h.column, { value: null, highlight: h.kind });
    state.owned.highlights.push({ sheet: sheet.name, row: h.row, column: h.column });
  }
  return {
    sheetsWritten,
    cellsWritten,
    highlights: plan.highlights.length,
    ...(placed.moved.length > 0 ? { moved: placed.moved } : {}),
  };
};
