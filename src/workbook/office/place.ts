/**
 * `apply`'s look before it writes: where each part of the plan goes, decided before anything
 * changes. One request holds the record, the workbook's names, and the probes a first write needs
 * (the status sheet's name, the cells where each Kontrol column would go, the fills of the cells
 * to highlight); where there is earlier output, its survey (survey.ts) follows with the probes
 * that depend on it. A user's cell or sheet is never written over: without `force` the first one
 * in the way is a `WriteConflictError`; with `force` a sheet goes under the first free name and a
 * plain range's column to the first free column to the right (`moved`). A table's column must be
 * the table's next column: a user's cell there stays a conflict.
 */
import { WriteConflictError, type KontrolColumn, type StatusSheetPlan, type WriteMove, type WritePlan } from "../port";
import { posKey } from "../ownership/cells";
import { carryUserColumn, inUserColumn, readUserTexts } from "../ownership/user-column";
import { freeName, sameName } from "../sheet/names";
import { indexAddress } from "./address";
import type { XlFill, XlRange, XlTable } from "./excel-api";
import { toRuns, type Run } from "./highlights";
import { isEmptyOwned, type Owned } from "./ownership";
import { queueOwnedLoad } from "./record";
import { sendUnits, type RequestDeps, type Unit } from "./requests";
import {
  queueBook,
  surveyOwned,
  wholeSheet,
  type Book,
  type FoundColumn,
  type Pos,
  type SheetLook,
  type Survey,
} from "./survey";
import { headerText } from "../sheet/headers";
import { toCellValue } from "./values";

/** More highlighted cells than this are not coloured (the Kontrol column still names them all). */
export const MAX_HIGHLIGHT_CELLS = 50_000;
/** Fill loads per request (about 150 bytes each). */
export const PAINT_OPS_PER_SYNC = 10_000;
/** Columns looked at to the right of a blocked one at once, with `force`. */
const SCAN = 8;
const SHEET_COLUMNS = 16_384;

export interface SheetTarget {
  readonly plan: StatusSheetPlan;
  /** The name it is written under (the plan's, or the first free one beside a user's sheet). */
  readonly name: string;
  /** Write into the sheet as it stands (ours, with the user's cells `skip` left on it); else add it. */
  readonly into: boolean;
  readonly skip: ReadonlySet<number>;
}

export interface ColumnTarget {
  readonly plan: KontrolColumn;
  readonly table: XlTable | null;
  /** Zero-based sheet column where it goes, and its header. */
  readonly column: number;
  readonly header: string;
}

export interface Placement {
  readonly previous: Owned | null;
  /** The earlier output to remove first (null: nothing to remove). */
  readonly survey: Survey | null;
  readonly sheets: readonly SheetTarget[];
  readonly columns: readonly ColumnTarget[];
  readonly moved: readonly WriteMove[];
  readonly runs: readonly Run[];
  /** Fills of the first runs, loaded with the look: what they are when nothing is removed first. */
  readonly early: readonly XlFill[];
}

/** The cells a status sheet plan writes, by `posKey` (its chart's link block included). */
export type SheetCells = (plan: StatusSheetPlan) => readonly Pos[];

/** Is anything in a column's rows (zero-based, inclusive): the first filled cell, or null. */
type Probe = (sheet: string, column: number, first: number, last: number) => Pos | null | undefined;

interface TableInfo {
  readonly table: XlTable;
  readonly range: XlRange;
  readonly header: XlRange;
}

function limitRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  let cells = 0;
  for (const r of runs) {
    if (cells + r.length > MAX_HIGHLIGHT_CELLS) break;
    out.push(r);
    cells += r.length;
  }
  return out;
}

/** Queue the loads of the fills `runs` have now. */
export function queueFills(deps: RequestDeps, runs: readonly Run[]): XlFill[] {
  deps.meter.add(runs.length, runs.length * 150);
  return runs.map((r) => fillOf(deps, r));
}

const fillOf = (deps: RequestDeps, r: Run): XlFill => {
  const f = deps.context.workbook.worksheets.getItem(r.sheet).getRange(runAddress(r)).format.fill;
  f.load("color");
  return f;
};

const runAddress = (r: Run): string =>
  r.length === 1
    ? indexAddress(r.row, r.column)
    : `${indexAddress(r.row, r.column)}:${indexAddress(r.row + r.length - 1, r.column)}`;

/** A unit loading the fill of a run into `into[i]`. */
export const fillUnit = (deps: RequestDeps, r: Run, into: XlFill[], i: number): Unit => ({
  bytes: 150,
  cells: 1,
  queue: () => {
    into[i] = fillOf(deps, r);
  },
});

/** Probes of used ranges, by sheet, column and rows; queued in batches, read after their sync. */
class Probes {
  private readonly loaded = new Map<string, XlRange>();
  private readonly queued = new Map<string, XlRange>();
  private readonly wanted = new Map<string, [string, number, number, number]>();

  constructor(private readonly deps: RequestDeps) {}

  private static key = (sheet: string, column: number, first: number, last: number): string =>
    `${sheet.normalize("NFC").toLowerCase()}\u0000${column}\u0000${first}\u0000${last}`;

  /** Queue a probe into the request being built. */
  queue(sheet: string, column: number, first: number, last: number): void {
    const k = Probes.key(sheet, column, first, last);
    // queued again when a request is sent again (a refused one loaded nothing)
    if (this.loaded.has(k) || column >= SHEET_COLUMNS || last < first) return;
    const range = this.deps.context.workbook.worksheets
      .getItem(sheet)
      .getRangeByIndexes(first, column, last - first + 1, 1)
      .getUsedRangeOrNullObject(true);
    range.load("rowIndex,columnIndex");
    this.deps.meter.add(0, 250);
    this.queued.set(k, range);
  }

  /** The request with the queued probes went through. */
  synced(): void {
    for (const [k, r] of this.queued) this.loaded.set(k, r);
    this.queued.clear();
  }

  readonly get: Probe = (sheet, column, first, last) => {
    if (column >= SHEET_COLUMNS || last < first) return null;
    const r = this.loaded.get(Probes.key(sheet, column, first, last));
    if (!r) {
      this.wanted.set(Probes.key(sheet, column, first, last), [sheet, column, first, last]);
      return undefined;
    }
    return r.isNullObject ? null : { row: r.rowIndex, column: r.columnIndex };
  };

  /** Units for the probes asked for and not loaded (a second look, rarely needed). */
  takeWanted(): Unit[] {
    const out = [...this.wanted.values()].map(([s, c, f, l]): Unit => ({
      bytes: 250,
      cells: 0,
      queue: () => this.queue(s, c, f, l),
    }));
    this.wanted.clear();
    return out;
  }

  get missing(): boolean {
    return this.wanted.size > 0;
  }
}

/** Look, then decide where everything goes. Throws `WriteConflictError` before anything changed. */
export async function placePlan(
  deps: RequestDeps,
  plan: WritePlan,
  force: boolean,
  sheetCells: SheetCells,
  signal?: AbortSignal,
): Promise<Placement> {
  const { context, meter } = deps;
  const { workbook } = context;
  const probes = new Probes(deps);

  // 1. The look: record, names, and what a first write needs to know.
  const record = queueOwnedLoad(context, meter);
  const bookOf = queueBook(context, meter);
  const tables = new Map<KontrolColumn, TableInfo>();
  const headerRows = new Map<KontrolColumn, XlRange>();
  for (const k of plan.kontrolColumns) {
    const h = k.headerRow - 1;
    // A missing sheet fails the look, before anything changed.
    workbook.worksheets.getItem(k.sheet).load("name");
    if (k.table !== null) {
      const table = workbook.tables.getItemOrNullObject(k.table);
      const range = table.getRange();
      range.load("rowIndex,columnIndex,rowCount,columnCount");
      const header = table.getHeaderRowRange();
      header.load("values,valueTypes,columnIndex");
      tables.set(k, { table, range, header });
      probes.queue(k.sheet, k.column, h, h + k.values.length);
      continue;
    }
    for (let i = 0; i < (force ? SCAN : 1); i++) probes.queue(k.sheet, k.column + i, h, h + k.values.length);
    if (force) {
      // header texts, for a name of its own when the column goes beside the user's
      const row = workbook.worksheets
        .getItem(k.sheet)
        .getRangeByIndexes(h, 0, 1, SHEET_COLUMNS)
        .getUsedRangeOrNullObject(true);
      row.load("values,valueTypes,columnIndex");
      headerRows.set(k, row);
    }
  }
  const runs = limitRuns(toRuns(plan.highlights));
  const early = queueFills(deps, runs.slice(0, PAINT_OPS_PER_SYNC));
  meter.add(0, 300 * (plan.kontrolColumns.length + 1));
  await context.sync();
  probes.synced();
  const previous = await record.resolve();
  const book = bookOf();

  // 2. The earlier output, with the probes that depend on it.
  let survey: Survey | null = null;
  if (previous !== null && !isEmptyOwned(previous)) {
    const extra: Unit[] = [];
    for (const k of plan.kontrolColumns) {
      const h = k.headerRow - 1;
      const last = h + k.values.length;
      const t = tables.get(k);
      if (t) {
        const next = t.range.columnIndex + t.range.columnCount;
        extra.push(probeUnit(probes, k.sheet, next, t.range.rowIndex, t.range.rowIndex + t.range.rowCount - 1));
        continue;
      }
      const old = previous.columns.find((c) => c.table === null && sameName(c.sheet, k.sheet) && c.headerRow === h);
      if (!old) continue;
      for (let i = 0; i < (force ? SCAN : 1); i++) extra.push(probeUnit(probes, k.sheet, old.column + i, h, last));
      extra.push(probeUnit(probes, k.sheet, old.column, h + old.rows + 1, last));
    }
    survey = await surveyOwned(deps, previous, book, extra, signal);
    probes.synced();
  }

  // 3. Decide; where a decision needs a probe not yet made, look again (rare: the listing is old).
  for (;;) {
    const placed = decide({ plan, force, book, survey, tables, headerRows, probe: probes.get, sheetCells });
    if (!probes.missing) return { previous, survey, ...placed, runs, early };
    await sendUnits(deps, probes.takeWanted(), signal ? { signal } : {});
    probes.synced();
  }
}

const probeUnit = (probes: Probes, sheet: string, column: number, first: number, last: number): Unit => ({
  bytes: 250,
  cells: 0,
  queue: () => probes.queue(sheet, column, first, last),
});

interface Inputs {
  readonly plan: WritePlan;
  readonly force: boolean;
  readonly book: Book;
  readonly survey: Survey | null;
  readonly tables: ReadonlyMap<KontrolColumn, TableInfo>;
  readonly headerRows: ReadonlyMap<KontrolColumn, XlRange>;
  readonly probe: Probe;
  readonly sheetCells: SheetCells;
}

const address = (p: Pos): string => indexAddress(p.row, p.column);

/** Texts of a loaded header row (empty cells left out). */
function rowTexts(row: XlRange | undefined, except: number | null): string[] {
  if (!row || row.isNullObject) return [];
  const types = row.valueTypes[0] ?? [];
  return (row.values[0] ?? []).flatMap((v, j) =>
    row.columnIndex + j === except ? [] : [headerText(toCellValue(v, types[j]))].filter((t) => t !== ""),
  );
}

/** The report with the old sheet's remarks carried in by key; which old cells it moves. */
function carryRemarks(p: StatusSheetPlan, look: SheetLook): { plan: StatusSheetPlan; moves: (c: Pos) => boolean } {
  let last = 0;
  for (const k of look.texts.keys()) last = Math.max(last, Math.floor(k / 16384));
  const found = readUserTexts(p, (r, c) => look.texts.get(posKey(r, c)) ?? null, last);
  return {
    plan: carryUserColumn(p, found?.texts ?? new Map()),
    moves: (c) => inUserColumn(found, c.row, c.column),
  };
}

function decide(inp: Inputs): Pick<Placement, "sheets" | "columns" | "moved"> {
  const { plan, force, book, survey } = inp;
  const moved: WriteMove[] = [];

  // A report's remarks (the user's) are carried to their goals' rows by key: they do not keep
  // our earlier sheet, which then goes whole and is written afresh with them.
  const carried = new Map<StatusSheetPlan, StatusSheetPlan>();
  for (const p of [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])]) {
    const look = p.report ? survey?.sheets.find((s) => sameName(s.name, p.name)) : undefined;
    if (!look || look.legacy) continue;
    const c = carryRemarks(p, look);
    carried.set(p, c.plan);
    const rest = look.user.filter((x) => !c.moves(x));
    look.user.splice(0, look.user.length, ...rest);
  }

  // Status and extra sheets.
  const removedWhole = (survey?.sheets ?? []).filter(wholeSheet).map((s) => s.name);
  const taken = book.sheets.map((s) => s.name).filter((n) => !removedWhole.some((w) => sameName(w, n)));
  const sheets: SheetTarget[] = [];
  for (const p of [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])]) {
    const existing = book.sheets.find((s) => sameName(s.name, p.name));
    const ours = existing
      ? survey?.sheets.find((s) => s.proxy === existing || sameName(s.name, existing.name))
      : undefined;
    const plan = carried.get(p) ?? p;
    let target: SheetTarget = { plan, name: p.name, into: false, skip: new Set() };
    if (existing && !(ours && wholeSheet(ours))) {
      // The user's sheet (A1 stands for it), or ours with the user's cells where the plan writes.
      const user = new Set((ours?.user ?? []).map((c) => posKey(c.row, c.column)));
      const hit = ours
        ? (inp.sheetCells(plan).find((c) => user.has(posKey(c.row, c.column))) ?? null)
        : { row: 0, column: 0 };
      if (hit === null) target = { plan, name: existing.name, into: true, skip: user };
      else if (!force) throw new WriteConflictError(existing.name, address(hit));
      else {
        const name = freeName(p.name, taken);
        moved.push({ kind: "sheet", from: existing.name, to: name });
        target = { plan: p, name, into: false, skip: new Set() };
      }
    }
    taken.push(target.name);
    sheets.push(target);
  }

  // Kontrol columns.
  const columns: ColumnTarget[] = [];
  const found = (survey?.columns ?? []).filter((c): c is FoundColumn => c.state === "found");
  for (const k of plan.kontrolColumns) {
    const h = k.headerRow - 1;
    const last = h + k.values.length;
    const info = inp.tables.get(k);
    if (info) {
      const { range } = info;
      const old = found.find((c) => c.entry.table !== null && sameName(c.entry.table, k.table ?? ""));
      // Our earlier column goes first when it is all ours: the table is one column narrower then.
      const removed = old !== undefined && (old.legacy || old.user.length === 0);
      const target = range.columnIndex + range.columnCount - (removed ? 1 : 0);
      const headers = rowTexts(info.header, removed ? (old?.column ?? null) : null);
      const header = freeName(k.header, headers, 255);
      if (old && !removed) {
        // The user wrote into our column: it is theirs now; ours would have to go over their cells.
        if (!force) throw new WriteConflictError(old.sheet.name, address(old.user[0] as Pos), false);
        moved.push({ kind: "column", sheet: old.sheet.name, header, from: old.column, to: target });
      }
      if (!removed) {
        const hit = inp.probe(k.sheet, target, range.rowIndex, range.rowIndex + range.rowCount - 1);
        if (hit === undefined) continue;
        if (hit !== null) throw new WriteConflictError(k.sheet, address(hit), false);
      }
      columns.push({ plan: k, table: info.table, column: target, header });
      continue;
    }
    // A plain range's column: over our own earlier one of this range, else where the plan says.
    const old = found.find((c) => c.entry.table === null && sameName(c.entry.sheet, k.sheet) && c.headerRow === h);
    const start = old ? old.column : k.column;
    const blocked = (column: number): Pos | null | undefined => {
      if (old && column === old.column) {
        if (!old.legacy) {
          const hit = old.user.find((p) => p.row >= h && p.row <= last);
          if (hit) return hit;
        }
        return inp.probe(k.sheet, column, old.headerRow + old.entry.rows + 1, last);
      }
      return inp.probe(k.sheet, column, h, last);
    };
    const first = blocked(start);
    if (first === undefined) continue;
    if (first === null) {
      columns.push({ plan: k, table: null, column: start, header: k.header });
      continue;
    }
    if (!force) throw new WriteConflictError(k.sheet, address(first));
    let column = start + 1;
    let hit = blocked(column);
    while (hit !== null && hit !== undefined && column < SHEET_COLUMNS) hit = blocked(++column);
    if (hit === undefined) {
      // ask for the next few columns at once
      for (let i = 1; i < SCAN; i++) inp.probe(k.sheet, column + i, h, last);
      continue;
    }
    if (column >= SHEET_COLUMNS) throw new WriteConflictError(k.sheet, address(first), false);
    // Our earlier header there is removed first; the user's texts keep theirs.
    const clearedHeader = old && !old.legacy && old.ours.includes(old.headerRow) ? old.column : null;
    const header = freeName(k.header, rowTexts(inp.headerRows.get(k), clearedHeader), 255);
    moved.push({ kind: "column", sheet: sheetOf(book, k.sheet), header, from: start, to: column });
    columns.push({ plan: k, table: null, column, header });
  }
  return { sheets, columns, moved };
}

const sheetOf = (book: Book, name: string): string => book.sheets.find((s) => sameName(s.name, name))?.name ?? name;
