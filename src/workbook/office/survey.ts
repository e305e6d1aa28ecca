/**
 * Kontrakttjek's earlier output held against the workbook as it is now, before anything is
 * removed or written over: which recorded cells still hold what was written (ours, to remove),
 * and what else stands on its sheets and in its columns (the user's, never touched). Sheets are
 * found by name. The cells' `formulas` are read in as few requests as the budget allows; a second
 * round reads only where the first found more than the record's area (a sheet used beyond it, a
 * table that moved down or grew with the user's cells in our column).
 */
import { posKey } from "../ownership/cells";
import { sameName } from "../sheet/names";
import { parseBlock } from "./address";
import type { XlChartItem, XlContext, XlRange, XlTable, XlTableColumn, XlWorksheet } from "./excel-api";
import { holds, presentKeys, stillWritten, textKey } from "./keys";
import { DEFAULT_BUDGET, type ChunkBudget } from "./limits";
import type { OfficeMeter } from "./meter";
import { recordedCells, sheetName, type Owned, type OwnedColumn } from "./ownership";
import { formulaUnits, sendUnits, type Area, type RequestDeps, type Unit } from "./requests";

/** The name of the chart Kontrakttjek draws on its status sheet. */
export const CHART_NAME = "Kontrakttjek";

const SHEET_ROWS = 1_048_576;
/** Expected JSON of a status-sheet cell's formula or value. */
const SHEET_BYTES_PER_CELL = 48;
/** The same for a Kontrol cell with text, and for an empty row (`[""],`). */
const TEXT_BYTES = 120;
const EMPTY_BYTES = 5;

/** Zero-based row and column. */
export interface Pos {
  readonly row: number;
  readonly column: number;
}

/** The workbook's sheets and tables by name, loaded with the record. */
export interface Book {
  readonly sheets: readonly XlWorksheet[];
  readonly tables: readonly XlTable[];
}

/** Queue the load of the sheet and table names; read them after the sync. */
export function queueBook(context: XlContext, meter: OfficeMeter): () => Book {
  const { worksheets, tables } = context.workbook;
  worksheets.load("items/name");
  tables.load("items/name,items/worksheet/name");
  meter.add(0, 1000);
  // Read only after the caller's sync.
  return () => ({ sheets: worksheets.items, tables: tables.items });
}

export interface SheetLook {
  /** As the workbook spells it. */
  readonly name: string;
  readonly proxy: XlWorksheet;
  /** A version-1 entry: nothing to compare with; the sheet goes whole, as it always did. */
  readonly legacy: boolean;
  /** Kontrakttjek created it (else only its cells go, never the sheet). */
  readonly created: boolean;
  /** Recorded cells that still hold what was written. */
  readonly ours: Pos[];
  /** Everything else with content on the sheet (the user's), row by row. */
  readonly user: Pos[];
  /** The area the record's cells span (every cell of it was read). */
  readonly area: Area | null;
  /** What the sheet's cells with content say, by `posKey` (a report's remarks are carried by key). */
  readonly texts: Map<number, string>;
  /** Kontrakttjek's chart on it (a null object when there is none). */
  chart: XlChartItem | null;
}

/** A sheet Kontrakttjek created goes whole when nothing of the user's is on it. */
export const wholeSheet = (s: SheetLook): boolean => s.created && (s.legacy || s.user.length === 0);

export interface FoundColumn {
  readonly state: "found";
  readonly entry: OwnedColumn;
  readonly sheet: XlWorksheet;
  readonly table: XlTable | null;
  /** The table column of that name (a null object when there is none). */
  readonly tableColumn: XlTableColumn | null;
  /** Where it stands now: zero-based sheet column and header row (a table may have moved down). */
  readonly column: number;
  readonly headerRow: number;
  /** The last row read (zero-based): the record's rows, and a table column's whole length. */
  readonly lastRow: number;
  /** A version-1 entry: removed as it always was, while its header reads as written. */
  readonly legacy: boolean;
  /** Rows of its cells that still hold what was written (the header's among them). */
  readonly ours: number[];
  /** The user's cells in the rows read, top down. */
  readonly user: Pos[];
}

/** `missing`: its sheet or table is gone; `mismatch`: its header no longer reads as written. */
export type ColumnLook = FoundColumn | { readonly state: "missing" | "mismatch"; readonly entry: OwnedColumn };

/** A table column goes whole when nothing of the user's is in it. */
export const wholeColumn = (c: FoundColumn): boolean => c.legacy || c.user.length === 0;

export interface FillLook {
  readonly sheet: XlWorksheet;
  readonly address: string;
  readonly color: string;
  readonly original: string | null;
  /** The fill now (null until read, or when the cells differ). */
  current: string | null;
}

export interface Survey {
  readonly sheets: readonly SheetLook[];
  /** Sheets the record names that are not there any more. */
  readonly missing: readonly string[];
  readonly columns: readonly ColumnLook[];
  readonly fills: readonly FillLook[];
}

const rowMajor = (a: Pos, b: Pos): number => a.row - b.row || a.column - b.column;

/** The smallest area holding every recorded cell. */
function boxOf(recorded: ReadonlyMap<number, number>): Area | null {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const k of recorded.keys()) {
    const row = Math.floor(k / 16384);
    const column = k % 16384;
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom < 0 ? null : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
}

const inside = (a: Area, b: Area | null): boolean =>
  b !== null &&
  a.row >= b.row &&
  a.column >= b.column &&
  a.row + a.rows <= b.row + b.rows &&
  a.column + a.columns <= b.column + b.columns;

const areaOf = (r: XlRange): Area | null =>
  r.isNullObject ? null : { row: r.rowIndex, column: r.columnIndex, rows: r.rowCount, columns: r.columnCount };

/** What a read block holds, kept by position (empty cells left out). */
const collect =
  (into: Map<number, unknown>, column: number) =>
  (row: number, formulas: readonly (readonly unknown[])[]): void =>
    formulas.forEach((r, i) =>
      r.forEach((v, j) => {
        if (holds(v)) into.set(posKey(row + i, column + j), v);
      }),
    );

/** A unit of loads: `queue` queues them and returns what reads them after the sync. */
const probe = (queue: () => () => void, bytes = 300): Unit => ({ bytes, cells: 0, queue });

/**
 * Survey the record's output. `extra` units ride along in the first requests (a caller's own
 * probes); nothing is changed.
 */
export async function surveyOwned(
  deps: RequestDeps,
  record: Owned,
  book: Book,
  extra: readonly Unit[] = [],
  signal?: AbortSignal,
): Promise<Survey> {
  const budget = deps.budget ?? DEFAULT_BUDGET;
  const sheetOf = (name: string): XlWorksheet | undefined => book.sheets.find((s) => sameName(s.name, name));
  const units: Unit[] = [...extra];
  /** After the first round: more to read, where it found more than the record's area. */
  const again: (() => Unit[])[] = [];
  /** After all reads: sort what was read into ours and the user's. */
  const finish: (() => void)[] = [];

  const sheets: SheetLook[] = [];
  const missing: string[] = [];
  for (const entry of record.sheets) {
    const proxy = sheetOf(sheetName(entry));
    if (!proxy) {
      missing.push(sheetName(entry));
      continue;
    }
    const recorded = typeof entry === "string" ? null : recordedCells(entry);
    const box = recorded ? boxOf(recorded) : null;
    const look: SheetLook = {
      name: proxy.name,
      proxy,
      legacy: !recorded,
      created: typeof entry === "string" || entry.created !== false,
      ours: [],
      user: [],
      area: box,
      texts: new Map(),
      chart: null,
    };
    sheets.push(look);
    if (recorded === null) continue;
    const present = new Map<number, unknown>();
    let used: Area | null = null;
    units.push(
      probe(() => {
        const range = proxy.getUsedRangeOrNullObject(true);
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        const chart = proxy.charts.getItemOrNullObject(CHART_NAME);
        chart.load("name");
        return () => {
          used = areaOf(range);
          look.chart = chart;
        };
      }),
    );
    if (box) units.push(...formulaUnits(proxy, box, SHEET_BYTES_PER_CELL, collect(present, box.column), budget));
    // Content beyond the record's area is the user's: read the whole used range to know where.
    again.push(() => {
      if (used === null || inside(used, box)) return [];
      present.clear();
      return formulaUnits(proxy, used, SHEET_BYTES_PER_CELL, collect(present, used.column), budget);
    });
    finish.push(() => {
      for (const [k, v] of present) {
        if ((typeof v === "string" && !v.startsWith("=")) || typeof v === "number") look.texts.set(k, String(v));
        const pos = { row: Math.floor(k / 16384), column: k % 16384 };
        const hash = recorded.get(k);
        if (hash !== undefined && stillWritten(v, hash)) look.ours.push(pos);
        else look.user.push(pos);
      }
      look.user.sort(rowMajor);
    });
  }

  const columns: ColumnLook[] = [];
  for (const entry of record.columns) {
    const at = columns.length;
    columns.push({ state: "missing", entry });
    const sheet = sheetOf(entry.sheet);
    const table =
      entry.table === null || !sheet
        ? null
        : book.tables.find((t) => sameName(t.name, entry.table ?? "") && sameName(t.worksheet.name, sheet.name));
    if (!sheet || (entry.table !== null && !table)) continue;
    const work = columnWork(entry, sheet, table ?? null, budget, (look) => (columns[at] = look));
    units.push(...work.units);
    again.push(work.again);
    finish.push(work.finish);
  }

  // Fills: the colour each run has now; a run whose cells differ is asked again cell by cell.
  const fills: FillLook[] = [];
  const fillUnit = (f: FillLook): Unit =>
    probe(() => {
      const fill = f.sheet.getRange(f.address).format.fill;
      fill.load("color");
      return () => (f.current = fill.color ?? null);
    }, 150);
  const runs: FillLook[] = [];
  for (const g of record.highlights) {
    const sheet = sheetOf(g.sheet);
    // never on Kontrakttjek's own sheets; one that is gone took its fills with it
    if (!sheet || record.sheets.some((e) => sameName(sheetName(e), g.sheet))) continue;
    for (const address of g.ranges) runs.push({ sheet, address, color: g.color, original: g.original, current: null });
  }
  units.push(...runs.map(fillUnit));
  again.push(() => {
    const mixed: FillLook[] = [];
    for (const r of runs) {
      const b = parseBlock(r.address);
      if (r.current !== null || !b || b.rows === 1) {
        fills.push(r);
        continue;
      }
      for (let i = 0; i < b.rows; i++)
        mixed.push({ ...r, address: `${/^[A-Z]+/i.exec(r.address)?.[0] ?? "A"}${b.row + i + 1}`, current: null });
    }
    fills.push(...mixed);
    return mixed.map(fillUnit);
  });

  await sendUnits(deps, units, { ...(signal ? { signal } : {}) });
  const more = again.flatMap((f) => f());
  if (more.length > 0) await sendUnits(deps, more, { ...(signal ? { signal } : {}) });
  for (const f of finish) f();
  return { sheets, missing, columns, fills };
}

/** What is learnt of a column's table in the first round. */
interface TableNow {
  area: Area | null;
  /** The used part of our column below the rows we wrote. */
  below: Area | null;
  column: XlTableColumn | null;
}

/**
 * The reads of one recorded Kontrol column: its rows as recorded (a version-1 plain column: its
 * header only; a version-1 table column is found by its name, as it always was), and for a table
 * its range; a second round where the table moved down, or grew with the user's cells in our
 * column. `finish` sorts the cells into ours and the user's.
 */
function columnWork(
  entry: OwnedColumn,
  sheet: XlWorksheet,
  table: XlTable | null,
  budget: ChunkBudget,
  done: (look: ColumnLook) => void,
): { units: Unit[]; again: () => Unit[]; finish: () => void } {
  const recorded = recordedCells(entry);
  const present = new Map<number, unknown>();
  const h = entry.headerRow;
  const recordedLast = h + entry.rows;
  const now: TableNow = { area: null, below: null, column: null };
  const read = (from: number, to: number, perCell: number): Unit[] =>
    from > to
      ? []
      : formulaUnits(
          sheet,
          { row: from, column: entry.column, rows: to - from + 1, columns: 1 },
          perCell,
          collect(present, entry.column),
          budget,
        );
  const units: Unit[] = [];
  if (table)
    units.push(
      probe(() => {
        const range = table.getRange();
        range.load("rowIndex,columnIndex,rowCount,columnCount");
        const col = table.columns.getItemOrNullObject(entry.header);
        col.load("name");
        const rest =
          recordedLast + 1 < SHEET_ROWS
            ? sheet
                .getRangeByIndexes(recordedLast + 1, entry.column, SHEET_ROWS - recordedLast - 1, 1)
                .getUsedRangeOrNullObject(true)
            : null;
        rest?.load("rowIndex,columnIndex,rowCount,columnCount");
        return () => {
          now.area = areaOf(range);
          now.column = col;
          now.below = rest ? areaOf(rest) : null;
        };
      }),
    );
  if (recorded) {
    const rows = entry.rows + 1;
    units.push(...read(h, recordedLast, (recorded.size * TEXT_BYTES + rows * EMPTY_BYTES) / rows));
  } else if (!table) units.push(...read(h, h, TEXT_BYTES));

  const again = (): Unit[] => {
    const t = now.area;
    if (!t || !recorded) return [];
    const bottom = t.row + t.rows - 1;
    if (t.row !== h) {
      // rows inserted above the table: its column is read where it stands now
      present.clear();
      return read(t.row, Math.max(bottom, recordedLast + t.row - h), TEXT_BYTES);
    }
    // the table grew, and the user wrote in our column below what we wrote
    return now.below && now.below.row <= bottom ? read(recordedLast + 1, bottom, TEXT_BYTES) : [];
  };

  const finish = (): void => {
    const shift = now.area ? now.area.row - h : 0;
    const headerRow = h + shift;
    const base = {
      state: "found",
      entry,
      sheet,
      table,
      tableColumn: now.column,
      column: entry.column,
      headerRow,
    } as const;
    if (!recorded) {
      // version 1: the table column by its name, a plain one by its header text
      const found = table
        ? now.column !== null && !now.column.isNullObject
        : presentKeys(present.get(posKey(h, entry.column))).includes(textKey(entry.header));
      done(found ? { ...base, lastRow: recordedLast, legacy: true, ours: [], user: [] } : { state: "mismatch", entry });
      return;
    }
    const headerHash = recorded.get(posKey(h, entry.column));
    const header = present.get(posKey(headerRow, entry.column));
    const t = now.area;
    const inTable = !table || (t !== null && entry.column >= t.column && entry.column < t.column + t.columns);
    if (headerHash === undefined || !stillWritten(header, headerHash) || !inTable) {
      done({ state: "mismatch", entry });
      return;
    }
    const ours: number[] = [];
    const user: Pos[] = [];
    let lastRow = recordedLast + shift;
    for (const [k, v] of present) {
      const row = Math.floor(k / 16384);
      lastRow = Math.max(lastRow, row);
      const hash = recorded.get(posKey(row - shift, entry.column));
      if (hash !== undefined && stillWritten(v, hash)) ours.push(row);
      else user.push({ row, column: entry.column });
    }
    ours.sort((a, b) => a - b);
    user.sort(rowMajor);
    done({ ...base, lastRow, legacy: false, ours, user });
  };
  return { units, again, finish };
}
