/**
 * `apply`: write a plan. First look (place.ts) and decide where everything goes — a user's cell
 * or sheet is never written over: without `force` the first one in the way is a
 * WriteConflictError, with `force` the output goes beside it (`moved`). Then remove what we
 * wrote last time (only what still proves ours, clean.ts), record what we are about to write (so
 * a cancelled write can still be removed), and write: values first, then formats, chunked so each
 * request stays inside the budget, with calculation (and screen updating, where the host has it)
 * suspended during each request. A failure after the workbook started to change is undone from
 * that record (`WriteFailedError` says "rolled-back"), or, when undoing fails too, reported as
 * "partly-written" with the record kept for "remove".
 */
import { WriteFailedError, type ProgressOptions, type WritePlan, type WriteReport } from "../port";
import type { XlFill } from "./excel-api";
import { cleanRecord, removeOwned, saveOwned } from "./clean";
import { confirmSaved, reloadOwnedParts } from "./record";
import { sameName } from "../sheet/names";
import { cellsOf, runAddress, type Run } from "./highlights";
import { kontrolCells, writeColumn } from "./kontrol";
import { CancelledError, throwIfAborted } from "./meter";
import { chunked, Outbox, syncOrHalve, type Rows, type WriteDeps } from "./outbox";
import { isEmptyOwned, writtenFields, type HighlightGroup, type Owned } from "./ownership";
import { fillUnit, PAINT_OPS_PER_SYNC, placePlan, queueFills, type Placement } from "./place";
import { statusCells, statusTargets, widthOf, writeSheet } from "./status-sheet";

export { kontrolRuns, KONTROL_GAP } from "./kontrol";
export { MAX_HIGHLIGHT_CELLS } from "./place";
export type { WriteDeps } from "./outbox";

export async function applyPlan(
  deps: WriteDeps,
  plan: WritePlan,
  options: ProgressOptions & { readonly force?: boolean } = {},
): Promise<WriteReport> {
  // 1. Look, and decide where everything goes: a conflict leaves the workbook as it was.
  const placed = await placePlan(deps, plan, options.force === true, statusTargets, options.signal);
  const { previous } = placed;
  // From here on the workbook changes: a failure is undone, or reported as partly written.
  const changing = { undo: previous };
  try {
    return await writeChanges(deps, plan, options, placed, changing);
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
    // A request that failed part way may have added the record's part, or not: look again.
    await reloadOwnedParts(deps.context, deps.meter);
    if (undo !== null) saveOwned(deps.context, undo, deps.meter);
    await cleanRecord(deps, undo);
  } catch {
    return new WriteFailedError("partly-written", error, previousRemoved);
  }
  return error instanceof CancelledError ? error : new WriteFailedError("rolled-back", error, previousRemoved);
}

async function writeChanges(
  deps: WriteDeps,
  plan: WritePlan,
  options: ProgressOptions & { readonly force?: boolean },
  placed: Placement,
  changing: { undo: Owned | null },
): Promise<WriteReport> {
  const { context, meter } = deps;
  const { workbook } = context;
  const { sheets: sheetTargets, columns: targets, runs } = placed;

  // 2. Remove the previous write (what still proves ours); the fills the highlighted cells have
  // after that are loaded in its last request.
  let early = placed.early;
  if (placed.survey) {
    const fills: XlFill[] = [];
    const first = runs.slice(0, PAINT_OPS_PER_SYNC);
    await removeOwned(deps, placed.survey, {
      ...(options.signal ? { signal: options.signal } : {}),
      after: first.map((r, i) => fillUnit(deps, r, fills, i)),
      keepRecord: true,
    });
    early = fills;
  }
  const painted = await withOriginals(deps, runs, options.signal, early);
  const paintRuns = painted.map((p) => p.run);

  // 3. Record what is about to be written, then write it.
  const groups = new Map<string, HighlightGroup>();
  for (const { run: r, original } of painted) {
    const key = `${r.sheet}\u0000${r.color}\u0000${original}`;
    const g = groups.get(key) ?? { sheet: r.sheet, color: r.color, original, ranges: [] };
    g.ranges.push(runAddress(r));
    groups.set(key, g);
  }
  const record: Owned = {
    v: 2,
    sheets: sheetTargets.map((t) => ({
      name: t.name,
      ...writtenFields(statusCells(t.plan)),
      // a sheet the .xlsx writer wrote into without creating it stays one that is never removed whole
      ...(t.into && notCreated(placed.previous, t.name) ? { created: false } : {}),
    })),
    columns: targets.map((t) => ({
      sheet: t.plan.sheet,
      table: t.plan.table,
      header: t.header,
      column: t.column,
      headerRow: t.plan.headerRow - 1,
      rows: t.plan.values.length,
      ...writtenFields(kontrolCells(t)),
    })),
    highlights: [...groups.values()],
  };
  changing.undo = record;
  // The record goes first, at the head of the first request that writes, with the new (empty)
  // sheets: whatever happens after it can be found and removed. Should Excel find that request
  // too large, the record and the sheets go on their own before the rest is tried again.
  const out = new Outbox(deps);
  const added = sheetTargets.filter((t) => !t.into);
  const recordBytes = JSON.stringify(record).length + 200 * added.length;
  out.held.push({
    cells: 0,
    bytes: recordBytes,
    queue: () => {
      saveOwned(context, record, meter);
      for (const t of added) workbook.worksheets.add(t.name);
      meter.add(0, 200 * added.length);
    },
    done: () => confirmSaved(context),
    retry: (error) => Promise.reject(error),
  });
  const sheets = sheetTargets.map((t) => workbook.worksheets.getItem(t.name));

  const highlightCells = paintRuns.reduce((a, r) => a + r.length, 0);
  const total =
    sheetTargets.reduce((a, t) => a + t.plan.rows.length * widthOf(t.plan), 0) +
    targets.reduce((a, t) => a + t.plan.values.length + 1, 0) +
    highlightCells;
  let done = 0;
  const progress = (n: number): void => {
    done += n;
    options.onProgress?.(Math.min(done, total), total);
  };

  // Every part's last, partial request is shared with the next part; the last one goes at the end.
  let cellsWritten = 0;
  for (const [i, t] of sheetTargets.entries())
    cellsWritten += await writeSheet(deps, out, sheets[i]!, t, (n) => progress(n * widthOf(t.plan)), options.signal);
  for (const t of targets) cellsWritten += await writeColumn(deps, out, t, progress, options.signal);
  await paint(deps, out, paintRuns, progress, options.signal);
  await out.flush();
  // Anything still queued is applied here, inside the undo.
  if (meter.pending) await context.sync();
  return {
    sheetsWritten: sheetTargets.map((t) => t.name),
    cellsWritten,
    highlights: highlightCells,
    ...(placed.moved.length > 0 ? { moved: [...placed.moved] } : {}),
  };
}

/** Does the earlier record name this sheet as one Kontrakttjek wrote into but did not create? */
const notCreated = (previous: Owned | null, name: string): boolean =>
  (previous?.sheets ?? []).some((e) => typeof e !== "string" && e.created === false && sameName(e.name, name));

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
