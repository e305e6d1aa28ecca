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
import type { XlContext, XlFeatures, XlFill, XlRange, XlTable, XlWorksheet } from "./excel-api";
import { cleanOwned, queueOwned, saveOwned } from "./clean";
import { cellsOf, runAddress, toRuns, type Run } from "./highlights";
import { DEFAULT_BUDGET, isPayloadTooLarge, jsonBytes, type ChunkBudget } from "./limits";
import { CancelledError, throwIfAborted, type OfficeMeter } from "./meter";
import { isEmptyOwned, sameSheet, type HighlightGroup, type Owned, type OwnedColumn } from "./ownership";
import { formulaEntry, numberFormatOf, textForExcel } from "./values";

/** More highlighted cells than this are not coloured (the Kontrol column still names them all). */
export const MAX_HIGHLIGHT_CELLS = 50_000;

/**
 * Fill operations per request when highlighting (about 160 bytes each, so well inside the
 * byte budget): the 50,000 highlighted cells at most take a few requests, not one per 2,000.
 */
const PAINT_OPS_PER_SYNC = 10_000;

/** Room kept in each write request for what the cell estimates leave out (addresses, operations). */
const REQUEST_OVERHEAD = 64 * 1024;

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
 * Work held back from a request that was not full, to travel at the head of the next request
 * (the end of one part with the start of the next). Queued only when that request is built, so
 * the order of operations in the workbook stays the order in which they were planned.
 */
interface Piece {
  readonly cells: number;
  readonly bytes: number;
  readonly queue: () => void;
  readonly done: () => void;
  /** Send it again in smaller requests, after Excel found it too large. */
  readonly retry: (error: unknown) => Promise<void>;
}

/** The write's requests in the making: the pieces held back for the next request. */
class Outbox {
  held: Piece[] = [];

  constructor(private readonly deps: WriteDeps) {}

  get cells(): number {
    return this.held.reduce((a, p) => a + p.cells, 0);
  }

  get bytes(): number {
    return this.held.reduce((a, p) => a + p.bytes, 0);
  }

  /** Queue what is held back at the head of the request being built. */
  queue(): void {
    for (const p of this.held) p.queue();
  }

  /** The request that carried the held pieces went through. */
  sent(): void {
    const held = this.held;
    this.held = [];
    for (const p of held) p.done();
  }

  /** Send what is held back on its own; when Excel finds it too large, piece by piece, smaller. */
  async flush(): Promise<void> {
    if (this.held.length === 0) return;
    suspend(this.deps);
    this.queue();
    try {
      await this.deps.context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      const held = this.held;
      this.held = [];
      for (const p of held) {
        if (held.length === 1) {
          await p.retry(error);
          continue;
        }
        this.held = [p];
        await this.flush();
      }
      return;
    }
    this.sent();
  }
}

interface Rows {
  readonly width: number;
  readonly rowBytes: (row: number) => number;
  /** Cells a row carries, when not `width` (a Kontrol column's runs differ in length). */
  readonly rowCells?: (row: number) => number;
  readonly queue: (start: number, n: number) => void;
  readonly progress: (start: number, n: number) => void;
  readonly signal: AbortSignal | undefined;
}

/**
 * Send rows `from`..`to`−1 in chunks sized by their actual bytes (`rowBytes`) and cells, at most
 * `cap` rows each. One sync per chunk, calculation suspended in each; with `hold`, the last,
 * partial chunk is held back to share a request with what comes next. A chunk Excel finds too
 * large is retried at half the rows (what was held back goes first, on its own).
 */
async function chunked(
  deps: WriteDeps,
  out: Outbox,
  rows: Rows,
  from: number,
  to: number,
  cap: number,
  hold: boolean,
): Promise<void> {
  const { context, meter } = deps;
  const { width } = rows;
  const budget = deps.budget ?? DEFAULT_BUDGET;
  let done = from;
  while (done < to) {
    throwIfAborted(rows.signal);
    const held = out.held.length > 0;
    const roomCells = budget.maxCells - out.cells;
    const roomBytes = budget.maxBytes - REQUEST_OVERHEAD - out.bytes;
    let n = 0;
    let bytes = 0;
    let cells = 0;
    while (done + n < to && n < cap) {
      const b = rows.rowBytes(done + n);
      const c = rows.rowCells ? rows.rowCells(done + n) : width;
      const fits = cells + c <= roomCells && bytes + b <= roomBytes;
      // A first row too large for any request still goes alone; beside held work it waits.
      if (!fits && (n > 0 || held)) break;
      n++;
      bytes += b;
      cells += c;
    }
    if (n === 0) {
      await out.flush();
      continue;
    }
    const start = done;
    const size = n;
    const pieceCells = cells;
    const piece: Piece = {
      cells: pieceCells,
      bytes,
      queue: () => {
        rows.queue(start, size);
        meter.add(pieceCells, bytes);
      },
      done: () => rows.progress(start, size),
      retry: (error) => {
        if (size === 1) return Promise.reject(error);
        return chunked(deps, out, rows, start, start + size, Math.max(1, Math.floor(size / 2)), false);
      },
    };
    if (hold && start + size === to) {
      out.held.push(piece);
      return;
    }
    suspend(deps);
    out.queue();
    piece.queue();
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one request per chunk, by design
      await context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (held) await out.flush();
      else if (size === 1) throw error;
      else cap = Math.max(1, Math.floor(size / 2));
      continue;
    }
    out.sent();
    piece.done();
    done += size;
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

function writeSheet(
  deps: WriteDeps,
  out: Outbox,
  sheet: XlWorksheet,
  plan: StatusSheetPlan,
  progress: (n: number) => void,
  signal?: AbortSignal,
): Promise<number> {
  const width = widthOf(plan);
  if (width === 0 || plan.rows.length === 0) return Promise.resolve(0);
  const total = plan.rows.length;
  const row = (i: number): PlanCell[] => Array.from({ length: width }, (_, j) => plan.rows[i]?.[j] ?? EMPTY);
  const block = (start: number, n: number): XlRange => sheet.getRangeByIndexes(start, 0, n, width);
  const rowBytes = (i: number): number => {
    const cells = row(i);
    const bold = cells.filter((c) => c.format === "header").length;
    return jsonBytes(cells.map(formulaEntry)) + jsonBytes(cells.map(numberFormatOf)) + 200 * bold + 8;
  };
  const rows: Rows = {
    width,
    rowBytes,
    queue: (start, n) => {
      // Values (and formulas) first, then formats, so a format never turns a value into something else.
      block(start, n).formulas = Array.from({ length: n }, (_, i) => row(start + i).map(formulaEntry));
      block(start, n).numberFormat = Array.from({ length: n }, (_, i) => row(start + i).map(numberFormatOf));
      for (let i = 0; i < n; i++) {
        row(start + i).forEach((c, j) => {
          if (c.format === "header") sheet.getRangeByIndexes(start + i, j, 1, 1).format.font.bold = true;
        });
      }
      if (start + n === total) {
        sheet.freezePanes.freezeRows(1);
        sheet.getRangeByIndexes(0, 0, total, width).format.autofitColumns();
        if (plan.chart) addChart(sheet, plan, width);
        deps.meter.add(0, 500);
      }
    },
    progress: (_, n) => progress(n),
    signal,
  };
  return chunked(deps, out, rows, 0, total, total, true).then(() => total * width);
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
  // 1. Look before writing, in the same request as the record of the last write: the probes
  // below are needed only where there is no earlier column of ours, so they need no record.
  const record = queueOwned(context, meter);
  const sheetPlans = [...(plan.statusSheet ? [plan.statusSheet] : []), ...(plan.extraSheets ?? [])];
  const sheetProbes = sheetPlans.map((p) => {
    const s = workbook.worksheets.getItemOrNullObject(p.name);
    s.load("name");
    return s;
  });
  const tables = plan.kontrolColumns.map((k) => (k.table ? workbook.tables.getItemOrNullObject(k.table) : null));
  const columnProbes = plan.kontrolColumns.map((k, i) => {
    const sheet = workbook.worksheets.getItem(k.sheet);
    const area = sheet
      .getRangeByIndexes(k.headerRow - 1, k.column, k.values.length + 1, 1)
      .getUsedRangeOrNullObject(true);
    area.load("address");
    const named = tables[i]?.columns.getItemOrNullObject(k.header) ?? null;
    named?.load("name");
    return { area, named };
  });
  // Where table columns go (the end of the table), as it is now: right unless a removal comes first.
  const tableRanges = tables.map((t) => {
    if (!t) return null;
    const r = t.getRange();
    r.load("columnIndex,columnCount");
    return r;
  });
  // The fills the highlighted cells have now: right unless a removal comes first.
  const runs = limitRuns(toRuns(plan.highlights));
  const early = options.force ? [] : queueFills(deps, runs.slice(0, PAINT_OPS_PER_SYNC));
  meter.add(0, 300 * (sheetProbes.length + columnProbes.length + 1));
  await context.sync();
  const previous = record();
  const owned = previous?.sheets ?? [];
  const ownsSheet = (name: string): boolean => owned.some((s) => sameSheet(s, name));
  const ownedColumn = (k: KontrolColumn): OwnedColumn | undefined =>
    previous?.columns.find(
      (c) => sameSheet(c.sheet, k.sheet) && c.header === k.header && c.headerRow === k.headerRow - 1,
    );

  const targets: ColumnTarget[] = plan.kontrolColumns.map((k, i) => {
    const prev = ownedColumn(k);
    // Write where we wrote last time: the planner sees our old column as part of the source.
    return {
      plan: k,
      table: tables[i] ?? null,
      column: prev && prev.table === null ? prev.column : k.column,
    };
  });
  // Nothing to remove first: the table ends seen above are where the columns go.
  const settled = !options.force && (previous === null || isEmptyOwned(previous));
  if (settled)
    tableRanges.forEach((r, i) => {
      if (r) targets[i]!.column = r.columnIndex + r.columnCount;
    });

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
    return await writeChanges(
      deps,
      plan,
      options,
      { previous, sheetPlans, sheetProbes, targets, ownsSheet, settled, runs, early: settled ? early : [] },
      changing,
    );
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
  /** Table ends are already known (nothing was removed before writing). */
  readonly settled: boolean;
  readonly runs: readonly Run[];
  /** Fills of the first runs, loaded with the look, when nothing is removed before writing. */
  readonly early: readonly XlFill[];
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
  const { previous, sheetPlans, sheetProbes, targets, ownsSheet, settled, early } = looked;

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
    if (!t.table || settled) return null;
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
  const painted = await withOriginals(deps, looked.runs, options.signal, early);
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
  changing.undo = record;
  // The record goes first, at the head of the first request that writes, with the new (empty)
  // sheets: whatever happens after it can be found and removed. Should Excel find that request
  // too large, the record and the sheets go on their own before the rest is tried again.
  const out = new Outbox(deps);
  const recordBytes = JSON.stringify(record).length + 200 * sheetPlans.length;
  out.held.push({
    cells: 0,
    bytes: recordBytes,
    queue: () => {
      saveOwned(context, record, meter);
      for (const p of sheetPlans) workbook.worksheets.add(p.name);
      meter.add(0, 200 * sheetPlans.length);
    },
    done: () => undefined,
    retry: (error) => Promise.reject(error),
  });
  const sheets = sheetPlans.map((p) => workbook.worksheets.getItem(p.name));

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

  // Every part's last, partial request is shared with the next part; the last one goes at the end.
  let cellsWritten = 0;
  for (const [i, p] of sheetPlans.entries())
    cellsWritten += await writeSheet(deps, out, sheets[i]!, p, (n) => progress(n * widthOf(p)), options.signal);
  for (const t of targets) cellsWritten += await writeColumn(deps, out, t, progress, options.signal);
  await paint(deps, out, runs, progress, options.signal);
  await out.flush();
  // Anything still queued is applied here, inside the undo.
  if (meter.pending) await context.sync();
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

/** Queue the loads of the fills `runs` have now. */
function queueFills(deps: WriteDeps, runs: readonly Run[]): XlFill[] {
  deps.meter.add(runs.length, runs.length * 150);
  return runs.map((r) => {
    const f = deps.context.workbook.worksheets.getItem(r.sheet).getRange(runAddress(r)).format.fill;
    f.load("color");
    return f;
  });
}

/**
 * The fill each run has now; a run whose cells differ is split into cells and asked again.
 * `early` are the fills of the first runs, already loaded with the look before writing.
 */
async function withOriginals(
  deps: WriteDeps,
  runs: readonly Run[],
  signal: AbortSignal | undefined,
  early: readonly XlFill[] = [],
): Promise<{ run: Run; original: string | null }[]> {
  const { context } = deps;
  const out: { run: Run; original: string | null }[] = [];
  const mixed: Run[] = [];
  const take = (part: readonly Run[], fills: readonly XlFill[]): void =>
    part.forEach((r, k) => {
      const color = fills[k]!.color ?? null;
      if (color === null && r.length > 1) mixed.push(...cellsOf(r));
      else out.push({ run: r, original: color });
    });
  take(runs.slice(0, early.length), early);
  let queue = runs.slice(early.length);
  let size = PAINT_OPS_PER_SYNC;
  for (;;) {
    for (let i = 0; i < queue.length;) {
      throwIfAborted(signal);
      const part = queue.slice(i, i + size);
      const fills = queueFills(deps, part);
      if (!(await syncOrHalve(context, part.length, (n) => (size = n)))) continue;
      i += part.length;
      take(part, fills);
    }
    if (mixed.length === 0) return out;
    queue = mixed.splice(0);
  }
}

function paint(
  deps: WriteDeps,
  out: Outbox,
  runs: readonly Run[],
  progress: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const { context } = deps;
  const rows: Rows = {
    width: 1,
    rowBytes: () => 160,
    queue: (start, n) => {
      for (const r of runs.slice(start, start + n))
        context.workbook.worksheets.getItem(r.sheet).getRange(runAddress(r)).format.fill.color = r.color;
    },
    progress: (start, n) => progress(runs.slice(start, start + n).reduce((a, r) => a + r.length, 0)),
    signal,
  };
  return chunked(deps, out, rows, 0, runs.length, PAINT_OPS_PER_SYNC, true);
}

/**
 * Empty rows between two runs of Kontrol text that are sent as "" rather than splitting the run:
 * a range of its own costs about as many request bytes as this many empty cells.
 */
export const KONTROL_GAP = 32;
/** Request bytes of one range write beyond its values (the range, the operation). */
const RANGE_OP_BYTES = 160;

/** A run's values in one range write, at most (a dense column still goes in many requests). */
const RUN_BYTES = 64 * 1024;
/** An empty row inside a run: `[""],`. */
const EMPTY_ROW_BYTES = 5;

/**
 * Runs `[from, to)` of data rows that carry text, runs closer than `KONTROL_GAP` joined, each at
 * most `maxBytes` of values (`bytes` of one row, as sent).
 */
export function kontrolRuns(
  values: readonly (string | null)[],
  maxBytes: number = RUN_BYTES,
  bytes: (v: string) => number = (v) => jsonBytes(v) + 3,
): [number, number][] {
  const runs: [number, number][] = [];
  let size = 0;
  values.forEach((v, i) => {
    if (v === null || v === "") return;
    const last = runs[runs.length - 1];
    const b = bytes(v);
    const gap = last ? (i - last[1]) * EMPTY_ROW_BYTES : 0;
    if (last && i - last[1] < KONTROL_GAP && size + gap + b <= maxBytes) {
      last[1] = i + 1;
      size += gap + b;
    } else {
      runs.push([i, i + 1]);
      size = b;
    }
  });
  return runs;
}

/**
 * A Kontrol column: the header, one clear of the column's data cells (a forced write may find a
 * user's cells there, and a fresh column is empty anyway), then only the runs that carry text —
 * most rows have nothing to say, and sending each of them as "" would make most of the request.
 */
async function writeColumn(
  deps: WriteDeps,
  out: Outbox,
  t: ColumnTarget,
  progress: (n: number) => void,
  signal: AbortSignal | undefined,
): Promise<number> {
  const { context } = deps;
  const sheet = context.workbook.worksheets.getItem(t.plan.sheet);
  const values = t.plan.values;
  const text = (v: (typeof values)[number]): string => (v === null ? "" : textForExcel(v));
  const budget = deps.budget ?? DEFAULT_BUDGET;
  const runs = kontrolRuns(values, Math.min(RUN_BYTES, Math.floor(budget.maxBytes / 4)), (v) => jsonBytes(text(v)) + 3);
  const inRuns = runs.reduce((a, [from, to]) => a + to - from, 0);
  // Item 0 is the header and the clear (and stands for the rows no run covers), item k run k − 1.
  const run = (k: number): [number, number] => runs[k - 1]!;
  const rows: Rows = {
    width: 1,
    rowBytes: (k) => {
      if (k === 0) return 300 + (values.length > 0 ? RANGE_OP_BYTES : 0);
      const [from, to] = run(k);
      return jsonBytes(values.slice(from, to).map((v) => [text(v)])) + RANGE_OP_BYTES;
    },
    rowCells: (k) => (k === 0 ? 1 : run(k)[1] - run(k)[0]),
    queue: (start, n) => {
      for (let k = start; k < start + n; k++) {
        if (k === 0) {
          if (t.table) {
            // A table column, so filters and sorting keep the Kontrol text with its row.
            t.table.columns.add(undefined, undefined, t.plan.header);
          } else {
            const head = sheet.getRangeByIndexes(t.plan.headerRow - 1, t.column, 1, 1);
            head.values = [[textForExcel(t.plan.header)]];
            head.format.font.bold = true;
          }
          if (values.length > 0)
            sheet.getRangeByIndexes(t.plan.headerRow, t.column, values.length, 1).clear("Contents");
          continue;
        }
        const [from, to] = run(k);
        sheet.getRangeByIndexes(t.plan.headerRow + from, t.column, to - from, 1).values = values
          .slice(from, to)
          .map((v) => [text(v)]);
      }
    },
    progress: (start, n) => {
      let rowsDone = 0;
      for (let k = start; k < start + n; k++) rowsDone += k === 0 ? 1 + values.length - inRuns : run(k)[1] - run(k)[0];
      progress(rowsDone);
    },
    signal,
  };
  await chunked(deps, out, rows, 0, runs.length + 1, runs.length + 1, true);
  return values.length + 1;
}
