/**
 * `writeUserSheet` on Excel: look first (the sheet, its used range read in chunks), stop with a
 * WriteConflictError at the first cell that says something else unless forced, then write the
 * plan over the used area in chunks (values, then bold headers and number formats). The sheet
 * is not added to Kontrakttjek's record; a record entry of that name is dropped, so "remove"
 * leaves the sheet to the user. A sheet this call created is deleted again when writing fails.
 */
import {
  WriteConflictError,
  type PlanCell,
  type ProgressOptions,
  type StatusSheetPlan,
  type WriteReport,
} from "../port";
import { firstDifference, plannedCells, type PresentCell } from "../user-sheet";
import { FILL_OPS_PER_SYNC, loadOwned, saveOwned } from "./clean";
import type { XlContext, XlWorksheet } from "./excel-api";
import {
  chunkRows,
  DEFAULT_BUDGET,
  INITIAL_BYTES_PER_CELL,
  isPayloadTooLarge,
  jsonBytes,
  type ChunkBudget,
} from "./limits";
import { throwIfAborted, type OfficeMeter } from "./meter";
import { sameName } from "../sheet/names";
import { ownsSheet, sheetName } from "./ownership";
import { formulaEntry, NUMBER_FORMAT, toCellValue } from "./values";

export interface UserSheetDeps {
  readonly context: XlContext;
  readonly meter: OfficeMeter;
  readonly budget?: ChunkBudget;
}

interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** The sheet's non-empty cells, read a chunk of rows per request. */
async function readPresent(
  deps: UserSheetDeps,
  sheet: XlWorksheet,
  signal?: AbortSignal,
): Promise<{ used: Area | null; cells: PresentCell[] }> {
  const { context, meter } = deps;
  const usedRange = sheet.getUsedRangeOrNullObject(true);
  usedRange.load("rowIndex,columnIndex,rowCount,columnCount");
  meter.add(0, 200);
  await context.sync();
  if (usedRange.isNullObject) return { used: null, cells: [] };
  const used: Area = {
    row: usedRange.rowIndex,
    column: usedRange.columnIndex,
    rows: usedRange.rowCount,
    columns: usedRange.columnCount,
  };
  const cells: PresentCell[] = [];
  let step = chunkRows(used.columns, used.rows, INITIAL_BYTES_PER_CELL, deps.budget ?? DEFAULT_BUDGET);
  for (let start = 0; start < used.rows;) {
    throwIfAborted(signal);
    const n = Math.min(step, used.rows - start);
    const r = sheet.getRangeByIndexes(used.row + start, used.column, n, used.columns);
    r.load("values,valueTypes");
    meter.add(n * used.columns, n * used.columns * INITIAL_BYTES_PER_CELL);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, by design
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || n === 1) throw error;
      step = Math.max(1, Math.floor(n / 2));
      continue;
    }
    const values = r.values;
    const types = r.valueTypes;
    values.forEach((row, i) =>
      row.forEach((v, j) => {
        const value = toCellValue(v, types[i]?.[j]);
        if (value !== null) cells.push({ row: used.row + start + i + 1, column: used.column + j, value });
      }),
    );
    start += n;
  }
  return { used, cells };
}

export async function writeUserSheet(
  deps: UserSheetDeps,
  plan: StatusSheetPlan,
  options: ProgressOptions & { readonly force?: boolean } = {},
): Promise<WriteReport> {
  const { context, meter } = deps;
  const { signal } = options;
  const previous = await loadOwned(context, meter);
  const probe = context.workbook.worksheets.getItemOrNullObject(plan.name);
  probe.load("name");
  meter.add(0, 200);
  await context.sync();

  const exists = !probe.isNullObject;
  const { used, cells: present } = exists ? await readPresent(deps, probe, signal) : { used: null, cells: [] };
  const conflict = exists ? firstDifference(plan, present) : null;
  if (conflict !== null && !options.force) throw new WriteConflictError(probe.name, conflict);

  const sheet = exists ? probe : context.workbook.worksheets.add(plan.name);
  if (!exists) {
    meter.add(0, 200);
    await context.sync();
  }
  try {
    const cells = await writeCells(deps, sheet, plan, used, options);
    if (!exists) sheet.getRangeByIndexes(0, 0, Math.max(1, plan.rows.length), widthOf(plan)).format.autofitColumns();
    // A sheet of this name Kontrakttjek wrote earlier is the user's from now on.
    if (previous && ownsSheet(previous, plan.name))
      saveOwned(
        context,
        { ...previous, sheets: previous.sheets.filter((s) => !sameName(sheetName(s), plan.name)) },
        meter,
      );
    await context.sync();
    return { sheetsWritten: [exists ? probe.name : plan.name], cellsWritten: cells, highlights: 0 };
  } catch (error) {
    if (!exists) {
      try {
        context.workbook.worksheets.getItem(plan.name).delete();
        await context.sync();
      } catch {
        // The first error is the one to report.
      }
    }
    throw error;
  }
}

const widthOf = (plan: StatusSheetPlan): number =>
  Math.max(
    1,
    plan.rows.reduce((m, r) => Math.max(m, r.length), 0),
  );

/** Values over the plan and the used area (so what the plan leaves empty is emptied), then formats. */
async function writeCells(
  deps: UserSheetDeps,
  sheet: XlWorksheet,
  plan: StatusSheetPlan,
  used: Area | null,
  options: ProgressOptions,
): Promise<number> {
  const { context, meter } = deps;
  const rows = Math.max(plan.rows.length, used ? used.row + used.rows : 0);
  const width = Math.max(widthOf(plan), used ? used.column + used.columns : 0);
  const targets = plannedCells(plan);
  const formatted = targets.filter((t) => t.cell.format !== undefined);
  const total = rows * width + formatted.length;
  let done = 0;
  const entry = (r: number, c: number): string | number | boolean => {
    const cell: PlanCell | undefined = plan.rows[r]?.[c];
    return cell ? formulaEntry(cell) : "";
  };
  const sample = Array.from({ length: Math.min(rows, 50) }, (_, r) =>
    Array.from({ length: width }, (_, c) => entry(r, c)),
  );
  const bytes = Math.max(8, Math.ceil(jsonBytes(sample) / Math.max(1, sample.length * width))) * 2;
  const step = chunkRows(width, rows, bytes, deps.budget ?? DEFAULT_BUDGET);
  for (let start = 0; start < rows; start += step) {
    throwIfAborted(options.signal);
    const n = Math.min(step, rows - start);
    sheet.getRangeByIndexes(start, 0, n, width).formulas = Array.from({ length: n }, (_, i) =>
      Array.from({ length: width }, (_, c) => entry(start + i, c)),
    );
    meter.add(n * width, n * width * bytes);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, by design
    await context.sync();
    done += n * width;
    options.onProgress?.(done, total);
  }
  for (let i = 0; i < formatted.length; i += FILL_OPS_PER_SYNC) {
    throwIfAborted(options.signal);
    const part = formatted.slice(i, i + FILL_OPS_PER_SYNC);
    for (const t of part) {
      const range = sheet.getRangeByIndexes(t.row - 1, t.column, 1, 1);
      if (t.cell.format === "header") range.format.font.bold = true;
      else if (t.cell.format) range.numberFormat = [[NUMBER_FORMAT[t.cell.format]]];
    }
    meter.add(part.length, part.length * 160);
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, by design
    await context.sync();
    done += part.length;
    options.onProgress?.(done, total);
  }
  return targets.length;
}
