/**
 * Remove what Kontrakttjek wrote, as its record says (record.ts), and only what still
 * proves to be its own (see survey.ts): a sheet whole while nothing of the user's is on it, else
 * only its cells that still hold what was written; a table's Kontrol column whole while all its
 * cells are ours; fills only where the fill is still its colour (a cell the user recoloured keeps
 * the user's colour). What stays is listed in the report's `kept`.
 */
import type { CleanReport, KeptOwned, ProgressOptions } from "../port";
import { indexAddress, parseBlock } from "./address";
import type { XlContext, XlWorksheet } from "./excel-api";
import { isNoFill, sameColor } from "./highlights";
import type { OfficeMeter } from "./meter";
import type { Owned } from "./ownership";
import { deleteOwned, queueOwnedLoad, saveOwned } from "./record";
import { sendUnits, type Area, type RequestDeps, type Unit } from "./requests";
import { queueBook, surveyOwned, wholeColumn, wholeSheet, type Pos, type Survey } from "./survey";

/** Range operations per request when touching fills (each is a few hundred bytes). */
export const FILL_OPS_PER_SYNC = 2000;

const EMPTY_REPORT: CleanReport = { sheetsRemoved: [], columnsRemoved: 0, highlightsRemoved: 0 };

/** The stored record, or null when the workbook has none. */
export function loadOwned(context: XlContext, meter: OfficeMeter): Promise<Owned | null> {
  const load = queueOwnedLoad(context, meter);
  return context.sync().then(() => load.resolve());
}

export { saveOwned };

/** A `kept` line for cells that are the user's now (the first ten named). */
const keptCells = (sheet: string, cells: readonly Pos[]): KeptOwned => ({
  reason: "changed",
  sheet,
  cells: cells.slice(0, 10).map((c) => indexAddress(c.row, c.column)),
  count: cells.length,
});

/** A removal operation: one range call of a few hundred request bytes. */
const op = (run: () => void, bytes = 200): Unit => ({ bytes, cells: 1, queue: run });

/**
 * Clear rows `first`..`last` of a column around the user's rows: the survey read every cell
 * there, so the rest holds ours or nothing (at most a format we wrote), and a run costs one call.
 */
function clearAround(
  sheet: XlWorksheet,
  column: number,
  first: number,
  last: number,
  user: ReadonlySet<number>,
  applyTo: "All" | "Contents",
): Unit[] {
  const out: Unit[] = [];
  const stops = [...user].filter((r) => r >= first && r <= last).sort((a, b) => a - b);
  let from = first;
  for (const stop of [...stops, last + 1]) {
    const start = from;
    const n = stop - start;
    if (n > 0) out.push(op(() => sheet.getRangeByIndexes(start, column, n, 1).clear(applyTo)));
    from = stop + 1;
  }
  return out;
}

/** Clear an area around the user's cells in it: whole when there are none, else column by column. */
function clearArea(sheet: XlWorksheet, area: Area, user: readonly Pos[]): Unit[] {
  const inside = user.filter(
    (p) =>
      p.row >= area.row &&
      p.row < area.row + area.rows &&
      p.column >= area.column &&
      p.column < area.column + area.columns,
  );
  if (inside.length === 0)
    return [op(() => sheet.getRangeByIndexes(area.row, area.column, area.rows, area.columns).clear("All"))];
  return Array.from({ length: area.columns }, (_, j) => area.column + j).flatMap((column) =>
    clearAround(
      sheet,
      column,
      area.row,
      area.row + area.rows - 1,
      new Set(inside.filter((p) => p.column === column).map((p) => p.row)),
      "All",
    ),
  );
}

/**
 * Remove what the survey proved ours, in as few requests as the budget allows; `after` units
 * (a caller's loads) ride in the last of them. Fills go first, then cells, then table columns and
 * sheets (a table column's removal moves the cells right of it), and the record last.
 */
export async function removeOwned(
  deps: RequestDeps,
  survey: Survey,
  options: ProgressOptions & { readonly after?: readonly Unit[]; readonly keepRecord?: boolean } = {},
): Promise<CleanReport> {
  const { context } = deps;
  const kept: KeptOwned[] = survey.missing.map((sheet) => ({ reason: "missing", sheet, cells: [], count: 0 }));
  const fills: Unit[] = [];
  let highlightsRemoved = 0;
  for (const f of survey.fills) {
    if (f.current === null || !sameColor(f.current, f.color)) continue;
    fills.push(
      op(() => {
        const fill = f.sheet.getRange(f.address).format.fill;
        if (isNoFill(f.original)) fill.clear();
        else fill.color = f.original as string;
      }, 150),
    );
    highlightsRemoved += parseBlock(f.address)?.rows ?? 1;
  }

  const cells: Unit[] = [];
  const drops: Unit[] = [];
  const sheetsRemoved: string[] = [];
  for (const s of survey.sheets) {
    if (wholeSheet(s)) {
      drops.push(op(() => s.proxy.delete()));
      sheetsRemoved.push(s.name);
      continue;
    }
    // The user's cells are on it: it stays theirs, with only our cells (and chart) taken off.
    if (s.area) cells.push(...clearArea(s.proxy, s.area, s.user));
    const chart = s.chart;
    if (chart && !chart.isNullObject) cells.push(op(() => chart.delete()));
    kept.push(keptCells(s.name, s.user));
  }

  let columnsRemoved = 0;
  for (const c of survey.columns) {
    if (c.state !== "found") {
      kept.push({ reason: c.state, sheet: c.entry.sheet, cells: [], count: 0 });
      continue;
    }
    columnsRemoved++;
    const col = c.tableColumn;
    if (c.table && col && !col.isNullObject && wholeColumn(c)) {
      drops.unshift(op(() => col.delete()));
      continue;
    }
    if (c.legacy) {
      // version 1, header as written: the column's range, as it was always removed
      if (!c.table)
        cells.push(op(() => c.sheet.getRangeByIndexes(c.headerRow, c.column, c.entry.rows + 1, 1).clear("All")));
      continue;
    }
    // A table column with the user's cells stays theirs, header and all; elsewhere our cells go.
    const user = new Set(c.user.map((p) => p.row));
    if (c.table) cells.push(...clearAround(c.sheet, c.column, c.headerRow + 1, c.lastRow, user, "Contents"));
    else cells.push(...clearAround(c.sheet, c.column, c.headerRow, c.lastRow, user, "All"));
    if (c.user.length > 0) kept.push(keptCells(c.sheet.name, c.user));
  }

  // A write keeps the record's part: it writes the new record into it.
  const record = options.keepRecord ? [] : [op(() => deleteOwned(context, deps.meter))];
  const units = [...fills, ...cells, ...drops, ...record];
  let done = 0;
  await sendUnits(deps, [...units, ...(options.after ?? [])], {
    ...(options.signal ? { signal: options.signal } : {}),
    sent: (n) => {
      done = Math.min(units.length, done + n);
      options.onProgress?.(done, units.length);
    },
  });
  return { sheetsRemoved, columnsRemoved, highlightsRemoved, ...(kept.length > 0 ? { kept } : {}) };
}

/** Remove a record's output (loading the workbook's names first). */
export async function cleanRecord(
  deps: RequestDeps,
  record: Owned | null,
  options: ProgressOptions = {},
): Promise<CleanReport> {
  if (record === null) return EMPTY_REPORT;
  const book = queueBook(deps.context, deps.meter);
  await deps.context.sync();
  return removeOwned(deps, await surveyOwned(deps, record, book(), [], options.signal), options);
}

/** `clean`: the record and the workbook's names in one request, then the survey and the removal. */
export async function cleanWorkbook(deps: RequestDeps, options: ProgressOptions = {}): Promise<CleanReport> {
  const record = queueOwnedLoad(deps.context, deps.meter);
  const book = queueBook(deps.context, deps.meter);
  await deps.context.sync();
  const owned = await record.resolve();
  if (owned === null) return EMPTY_REPORT;
  return removeOwned(deps, await surveyOwned(deps, owned, book(), [], options.signal), options);
}
