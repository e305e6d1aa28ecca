/**
 * `apply`: write a plan. First look (one request) for anything of the user's where we would
 * write, and stop with a WriteConflictError unless forced; then remove what we wrote last time,
 * record what we are about to write (so a cancelled write can still be removed), and write:
 * values first, then formats, chunked so each request stays inside the budget, with calculation
 * (and screen updating, where the host has it) suspended during each request. A failure after the
 * workbook started to change is undone from that record (`WriteFailedError` says "rolled-back"),
 * or, when undoing fails too, reported as "partly-written" with the record kept for "remove".
 */
import {
  WriteConflictError,
  WriteFailedError,
  type KontrolColumn,
  type PlanCell,
  type ProgressOptions,
  type StatusSheetPlan,
  type WritePlan,
  type WriteReport,
} from "../port";
import { cellAddress } from "./address";
import type { XlContext, XlFeatures, XlRange, XlTable, XlWorksheet } from "./excel-api";
import { cleanOwned, FILL_OPS_PER_SYNC, loadOwned, saveOwned } from "./clean";
import { cellsOf, runAddress, toRuns, type Run } from "./highlights";
import { chunkRows, DEFAULT_BUDGET, isPayloadTooLarge, jsonBytes, type ChunkBudget } from "./limits";
import { CancelledError, throwIfAborted, type OfficeMeter } from "./meter";
import { isEmptyOwned, sameSheet, type HighlightGroup, type Owned, type OwnedColumn } from "./ownership";
import { formulaEntry, numberFormatOf, textForExcel } from "./values";

/** More highlighted cells than this are not coloured (the Kontrol column still names them all). */
export const MAX_HIGHLIGHT_CELLS = 50_000;

export interface WriteDeps {
  readonly context: XlContext;
  readonly meter: OfficeMeter;
  readonly features: XlFeatures;
  readonly budget?: ChunkBudget;
}

const EMPTY: PlanCell = { kind: "value", value: null };

/** Suspend recalculation (and repainting) until the next sync: call before each bulk request. */
function suspend({ context, features }: WriteDeps): void {
  context.workbook.application.suspendApiCalculationUntilNextSync();
  if (features.suspendScreenUpdating) context.workbook.application.suspendScreenUpdatingUntilNextSync();
}

/**
 * Send `total` rows in chunks: `queue(start, n)` queues the work for rows start..start+n−1 and
 * returns its size. One sync per chunk; a chunk Excel finds too large is retried at half size.
 */
async function chunked(
  deps: WriteDeps,
  total: number,
  width: number,
  bytesPerCell: number,
  queue: (start: number, n: number) => void,
  progress: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { context } = deps;
  let rows = chunkRows(width, total, bytesPerCell, deps.budget ?? DEFAULT_BUDGET);
  let done = 0;
  while (done < total) {
    throwIfAborted(signal);
    const n = Math.min(rows, total - done);
    suspend(deps);
    queue(done, n);
    deps.meter.add(n * width, n * width * bytesPerCell);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, by design
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error) || n === 1) throw error;
      rows = Math.max(1, Math.floor(n / 2));
      continue;
    }
    done += n;
    progress(n);
  }
}

/**
 * One request for `n` queued operations. When Excel finds it too large, nothing of it was applied:
 * report false after setting a smaller batch size to queue again with; a single operation too
 * large is an error.
 */
async function syncOrHalve(context: XlContext, n: number, resize: (n: number) => void): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (!isPayloadTooLarge(error) || n <= 1) throw error;
    resize(Math.max(1, Math.floor(n / 2)));
    return false;
  }
}

const widthOf = (plan: StatusSheetPlan): number => plan.rows.reduce((m, r) => Math.max(m, r.length), 0);

const avgBytes = (sample: unknown, cells: number): number =>
  Math.max(8, Math.ceil(jsonBytes(sample) / Math.max(1, cells)));

async function writeSheet(
  deps: WriteDeps,
  plan: StatusSheetPlan,
  progress: (n: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  const sheet = deps.context.workbook.worksheets.add(plan.name);
  // Its own request: a first chunk Excel refuses as too large must not take the new sheet with it.
  deps.meter.add(0, 200);
  await deps.context.sync();
  const width = widthOf(plan);
  if (width === 0 || plan.rows.length === 0) return 0;
  const row = (i: number): PlanCell[] => Array.from({ length: width }, (_, j) => plan.rows[i]?.[j] ?? EMPTY);
  const sample = plan.rows.slice(0, 50).map((_, i) => row(i).map(formulaEntry));
  const bpc = avgBytes(sample, sample.length * width) * 2;
  const block = (start: number, n: number): XlRange => sheet.getRangeByIndexes(start, 0, n, width);
  // values (and formulas) first …
  await chunked(
    deps,
    plan.rows.length,
    width,
    bpc,
    (start, n) => {
      block(start, n).formulas = Array.from({ length: n }, (_, i) => row(start + i).map(formulaEntry));
    },
    () => undefined,
    signal,
  );
  // … then formats, so a format never turns a value into something else on the way in.
  await chunked(
    deps,
    plan.rows.length,
    width,
    24,
    (start, n) => {
      block(start, n).numberFormat = Array.from({ length: n }, (_, i) => row(start + i).map(numberFormatOf));
      for (let i = 0; i < n; i++) {
        const cells = row(start + i);
        cells.forEach((c, j) => {
          if (c.format === "header") sheet.getRangeByIndexes(start + i, j, 1, 1).format.font.bold = true;
        });
      }
    },
    progress,
    signal,
  );
  sheet.freezePanes.freezeRows(1);
  sheet.getRangeByIndexes(0, 0, plan.rows.length, width).format.autofitColumns();
  if (plan.chart) addChart(sheet, plan, width);
  return plan.rows.length * width;
}

/** A bar chart of fulfilment per goal; its data is the sheet's own cells (or live links to them). */
function addChart(sheet: XlWorksheet, plan: StatusSheetPlan, width: number): void {
  const chart = plan.chart!;
  const rows = [...chart.rows].sort((a, b) => a - b);
  if (rows.length === 0) return;
  const contiguous = rows.every((r, i) => i === 0 || r === rows[i - 1]! + 1);
  let source: XlRange;
  if (contiguous && chart.valuesColumn === chart.categoriesColumn + 1) {
    source = sheet.getRangeByIndexes(rows[0]!, chart.categoriesColumn, rows.length, 2);
  } else {
    // Goals' summary rows are spread out: a small block of links beside the table feeds the chart.
    const at = width + 1;
    const header = [plan.rows[0]?.[chart.categoriesColumn], plan.rows[0]?.[chart.valuesColumn]].map((c) =>
      c && c.kind === "value" && typeof c.value === "string" ? c.value : "",
    );
    const links = rows.map((r) => [
      `=${cellAddress(r, chart.categoriesColumn)}`,
      `=${cellAddress(r, chart.valuesColumn)}`,
    ]);
    const block = sheet.getRangeByIndexes(0, at, rows.length + 1, 2);
    block.formulas = [header.map(textForExcel), ...links];
    block.numberFormat = [["General", "General"], ...rows.map(() => ["General", "0%"])];
    source = sheet.getRangeByIndexes(0, at, rows.length + 1, 2);
  }
  const c = sheet.charts.add("BarClustered", source, "Columns");
  c.name = "Kontrakttjek";
  c.title.text = plan.name;
  c.setPosition(cellAddress(0, width + 4));
}

interface ColumnTarget {
  readonly plan: KontrolColumn;
  readonly table: XlTable | null;
  /** Zero-based sheet column where it goes. */
  column: number;
}

export async function applyPlan(
  deps: WriteDeps,
  plan: WritePlan,
  options: ProgressOptions & { readonly force?: boolean } = {},
): Promise<WriteReport> {
  const { context, meter } = deps;
  const { workbook } = context;
  const previous = await loadOwned(context, meter);
  const owned = previous?.sheets ?? [];
  const ownsSheet = (name: string): boolean => owned.some((s) => sameSheet(s, name));
  const ownedColumn = (k: KontrolColumn): OwnedColumn | undefined =>
    previous?.columns.find(
      (c) => sameSheet(c.sheet, k.sheet) && c.header === k.header && c.headerRow === k.headerRow - 1,
    );

  // 1. Look before writing.
  const sheetPlans = [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])];
  const sheetProbes = sheetPlans.map((p) => {
    const s = workbook.worksheets.getItemOrNullObject(p.name);
    s.load("name");
    return s;
  });
  const targets: ColumnTarget[] = plan.kontrolColumns.map((k) => {
    const prev = ownedColumn(k);
    // Write where we wrote last time: the planner sees our old column as part of the source.
    return {
      plan: k,
      table: k.table ? workbook.tables.getItemOrNullObject(k.table) : null,
      column: prev && prev.table === null ? prev.column : k.column,
    };
  });
  const columnProbes = targets.map((t) => {
    const sheet = workbook.worksheets.getItem(t.plan.sheet);
    const area = sheet
      .getRangeByIndexes(t.plan.headerRow - 1, t.column, t.plan.values.length + 1, 1)
      .getUsedRangeOrNullObject(true);
    area.load("address");
    const named = t.table ? t.table.columns.getItemOrNullObject(t.plan.header) : null;
    named?.load("name");
    return { area, named };
  });
  meter.add(0, 300 * (sheetProbes.length + columnProbes.length));
  await context.sync();

  if (!options.force) {
    sheetProbes.forEach((s, i) => {
      if (!s.isNullObject && !ownsSheet(sheetPlans[i]!.name)) throw new WriteConflictError(sheetPlans[i]!.name, "A1");
    });
    columnProbes.forEach(({ area, named }, i) => {
      const t = targets[i]!;
      if (ownedColumn(t.plan)) return;
      if (named && !named.isNullObject)
        throw new WriteConflictError(t.plan.sheet, cellAddress(t.plan.headerRow - 1, t.column));
      if (!area.isNullObject)
        throw new WriteConflictError(t.plan.sheet, area.address.replace(/^.*!/, "").split(":")[0]!);
    });
  }

  // From here on the workbook changes: a failure is undone, or reported as partly written.
  const changing = { undo: previous };
  try {
    return await writeChanges(deps, plan, options, { previous, sheetPlans, sheetProbes, targets, ownsSheet }, changing);
  } catch (error) {
    throw await undoWrite(deps, changing.undo, previous, error);
  }
}

/**
 * Take away what a failed write left (as its record says, re-saved first so it is complete).
 * A cancel that was undone stays a cancel; anything else becomes a `WriteFailedError`.
 */
async function undoWrite(deps: WriteDeps, undo: Owned | null, previous: Owned | null, error: unknown): Promise<Error> {
  const previousRemoved = previous !== null && !isEmptyOwned(previous);
  try {
    if (undo !== null) saveOwned(deps.context, undo, deps.meter);
    await cleanOwned(deps.context, deps.meter, undo);
  } catch {
    return new WriteFailedError("partly-written", error, previousRemoved);
  }
  return error instanceof CancelledError ? error : new WriteFailedError("rolled-back", error, previousRemoved);
}

interface Looked {
  readonly previous: Owned | null;
  readonly sheetPlans: readonly StatusSheetPlan[];
  readonly sheetProbes: readonly XlWorksheet[];
  readonly targets: ColumnTarget[];
  readonly ownsSheet: (name: string) => boolean;
}

async function writeChanges(
  deps: WriteDeps,
  plan: WritePlan,
  options: ProgressOptions & { readonly force?: boolean },
  looked: Looked,
  changing: { undo: Owned | null },
): Promise<WriteReport> {
  const { context, meter } = deps;
  const { workbook } = context;
  const { previous, sheetPlans, sheetProbes, targets, ownsSheet } = looked;

  // 2. Remove the previous write (and, when forced, sheets of the same name).
  await cleanOwned(context, meter, previous, { signal: options.signal });
  if (options.force) {
    const stale = sheetProbes.filter((s, i) => !s.isNullObject && !ownsSheet(sheetPlans[i]!.name));
    if (stale.length > 0) {
      const again = sheetPlans.map((p) => {
        const s = workbook.worksheets.getItemOrNullObject(p.name);
        s.load("name");
        return s;
      });
      await context.sync();
      again.forEach((s) => {
        if (!s.isNullObject) s.delete();
      });
      await context.sync();
    }
  }

  // 3. Where table columns go (the end of the table), and the fills the highlighted cells have now.
  const tableRanges = targets.map((t) => {
    if (!t.table) return null;
    const r = t.table.getRange();
    r.load("columnIndex,columnCount");
    return r;
  });
  if (tableRanges.some((r) => r !== null)) {
    meter.add(0, 200);
    await context.sync();
  }
  tableRanges.forEach((r, i) => {
    if (r) targets[i]!.column = r.columnIndex + r.columnCount;
  });
  const painted = await withOriginals(deps, limitRuns(toRuns(plan.highlights)), options.signal);
  const runs = painted.map((p) => p.run);

  // 4. Record what is about to be written, then write it.
  const groups = new Map<string, HighlightGroup>();
  for (const { run: r, original } of painted) {
    const key = `${r.sheet}\u0000${r.color}\u0000${original}`;
    const g = groups.get(key) ?? { sheet: r.sheet, color: r.color, original, ranges: [] };
    g.ranges.push(runAddress(r));
    groups.set(key, g);
  }
  const record: Owned = {
    v: 1,
    sheets: sheetPlans.map((p) => p.name),
    columns: targets.map((t) => ({
      sheet: t.plan.sheet,
      table: t.plan.table,
      header: t.plan.header,
      column: t.column,
      headerRow: t.plan.headerRow - 1,
      rows: t.plan.values.length,
    })),
    highlights: [...groups.values()],
  };
  saveOwned(context, record, meter);
  changing.undo = record;
  // The record goes first, in its own request: whatever happens next can be found and removed.
  await context.sync();

  const highlightCells = runs.reduce((a, r) => a + r.length, 0);
  const total =
    sheetPlans.reduce((a, p) => a + p.rows.length * widthOf(p), 0) +
    targets.reduce((a, t) => a + t.plan.values.length + 1, 0) +
    highlightCells;
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.(Math.min(done, total), total);
  };

  let cellsWritten = 0;
  for (const p of sheetPlans)
    cellsWritten += await writeSheet(deps, p, (n) => progress(n * widthOf(p)), options.signal);
  for (const t of targets) cellsWritten += await writeColumn(deps, t, progress, options.signal);
  await paint(deps, runs, progress, options.signal);
  // What the last steps queued (frozen panes, column widths, a chart) is applied here, inside the undo.
  await context.sync();
  return { sheetsWritten: sheetPlans.map((p) => p.name), cellsWritten, highlights: highlightCells };
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

/** The fill each run has now; a run whose cells differ is split into cells and asked again. */
async function withOriginals(
  deps: WriteDeps,
  runs: readonly Run[],
  signal: AbortSignal | undefined,
): Promise<{ run: Run; original: string | null }[]> {
  const { context, meter } = deps;
  const out: { run: Run; original: string | null }[] = [];
  let queue = runs;
  let size = FILL_OPS_PER_SYNC;
  while (queue.length > 0) {
    const mixed: Run[] = [];
    for (let i = 0; i < queue.length;) {
      throwIfAborted(signal);
      const part = queue.slice(i, i + size);
      const fills = part.map((r) => {
        const f = context.workbook.worksheets.getItem(r.sheet).getRange(runAddress(r)).format.fill;
        f.load("color");
        return f;
      });
      meter.add(part.length, part.length * 150);
      if (!(await syncOrHalve(context, part.length, (n) => (size = n)))) continue;
      i += part.length;
      part.forEach((r, k) => {
        const color = fills[k]!.color ?? null;
        if (color === null && r.length > 1) mixed.push(...cellsOf(r));
        else out.push({ run: r, original: color });
      });
    }
    queue = mixed;
  }
  return out;
}

async function paint(
  deps: WriteDeps,
  runs: readonly Run[],
  progress: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { context } = deps;
  let size = FILL_OPS_PER_SYNC;
  for (let i = 0; i < runs.length;) {
    throwIfAborted(signal);
    const part = runs.slice(i, i + size);
    suspend(deps);
    for (const r of part)
      context.workbook.worksheets.getItem(r.sheet).getRange(runAddress(r)).format.fill.color = r.color;
    deps.meter.add(part.length, part.length * 160);
    if (!(await syncOrHalve(context, part.length, (n) => (size = n)))) continue;
    i += part.length;
    progress(part.reduce((a, r) => a + r.length, 0));
  }
}

async function writeColumn(
  deps: WriteDeps,
  t: ColumnTarget,
  progress: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<number> {
  const { context, meter } = deps;
  const sheet = context.workbook.worksheets.getItem(t.plan.sheet);
  const values = t.plan.values;
  suspend(deps);
  if (t.table) {
    // A table column, so filters and sorting keep the Kontrol text with its row.
    t.table.columns.add(undefined, undefined, t.plan.header);
  } else {
    const head = sheet.getRangeByIndexes(t.plan.headerRow - 1, t.column, 1, 1);
    head.values = [[textForExcel(t.plan.header)]];
    head.format.font.bold = true;
  }
  meter.add(1, 200);
  await context.sync();
  progress(1);
  const sample = values.slice(0, 200).map((v) => [v ?? ""]);
  await chunked(
    deps,
    values.length,
    1,
    avgBytes(sample, sample.length) * 2,
    (start, n) => {
      sheet.getRangeByIndexes(t.plan.headerRow + start, t.column, n, 1).values = values
        .slice(start, start + n)
        .map((v) => [v === null ? "" : textForExcel(v)]);
    },
    progress,
    signal,
  );
  return values.length + 1;
}
