/**
 * Work made of small units (a load, a removal, a block of rows to read), sent in order in as few
 * requests as the budget allows. A request Excel finds too large is sent again smaller: fewer
 * units at a time, or, for a unit alone, its two halves where it has them.
 */
import type { XlContext, XlWorksheet } from "./excel-api";
import { chunkRows, DEFAULT_BUDGET, isPayloadTooLarge, type ChunkBudget } from "./limits";
import { throwIfAborted, type OfficeMeter } from "./meter";

export interface RequestDeps {
  readonly context: XlContext;
  readonly meter: OfficeMeter;
  readonly budget?: ChunkBudget;
}

export interface Unit {
  /** Expected bytes of request and answer. */
  readonly bytes: number;
  readonly cells: number;
  /** Queue its calls; the function it returns (if any) reads what was loaded, after the sync. */
  readonly queue: () => (() => void) | void;
  /** The same work as two smaller units, for when Excel found this one too large alone. */
  readonly split?: () => readonly Unit[];
}

/** Operations in one request at most (each is a few hundred bytes of request). */
export const OPS_PER_REQUEST = 10_000;
/** Room kept in each request for what the estimates leave out. */
const OVERHEAD = 64 * 1024;

export const roomOf = (budget: ChunkBudget): number =>
  Math.max(Math.floor(budget.maxBytes / 2), budget.maxBytes - OVERHEAD);

export async function sendUnits(
  deps: RequestDeps,
  units: readonly Unit[],
  options: { readonly signal?: AbortSignal; readonly sent?: (units: number) => void } = {},
): Promise<void> {
  const budget = deps.budget ?? DEFAULT_BUDGET;
  const todo = [...units];
  let room = roomOf(budget);
  let i = 0;
  while (i < todo.length) {
    throwIfAborted(options.signal);
    let bytes = 0;
    let cells = 0;
    let n = 0;
    const reads: (() => void)[] = [];
    while (i + n < todo.length && n < OPS_PER_REQUEST) {
      const u = todo[i + n] as Unit;
      // A first unit too large for any request still goes alone.
      if (n > 0 && (bytes + u.bytes > room || cells + u.cells > budget.maxCells)) break;
      const read = u.queue();
      if (read) reads.push(read);
      bytes += u.bytes;
      cells += u.cells;
      n++;
    }
    deps.meter.add(cells, bytes);
    try {
      await deps.context.sync();
    } catch (error) {
      if (!isPayloadTooLarge(error)) throw error;
      if (n > 1) {
        room = Math.max(1, Math.floor(bytes / 2));
        continue;
      }
      const halves = todo[i]?.split?.();
      if (!halves || halves.length < 2) throw error;
      todo.splice(i, 1, ...halves);
      continue;
    }
    for (const read of reads) read();
    options.sent?.(n);
    i += n;
  }
}

/** A block of cells: zero-based first row and column, and its size. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/**
 * Units reading the `formulas` of an area, a block of rows each; `take` gets each block's first
 * row and its entries (a formula as "=…", anything else as its value).
 */
export function formulaUnits(
  sheet: XlWorksheet,
  area: Area,
  bytesPerCell: number,
  take: (row: number, formulas: readonly (readonly unknown[])[]) => void,
  budget: ChunkBudget = DEFAULT_BUDGET,
): Unit[] {
  const unit = (row: number, rows: number): Unit => {
    const half = Math.floor(rows / 2);
    return {
      bytes: rows * area.columns * bytesPerCell + 160,
      cells: rows * area.columns,
      queue: () => {
        const range = sheet.getRangeByIndexes(row, area.column, rows, area.columns);
        range.load("formulas");
        // Read only after the caller's sync (the rule cannot see it from here).
        // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
        return () => take(row, range.formulas);
      },
      ...(rows > 1 ? { split: () => [unit(row, half), unit(row + half, rows - half)] } : {}),
    };
  };
  if (area.rows <= 0 || area.columns <= 0) return [];
  const step = chunkRows(area.columns, area.rows, bytesPerCell, {
    maxCells: budget.maxCells,
    maxBytes: roomOf(budget),
  });
  const out: Unit[] = [];
  for (let r = 0; r < area.rows; r += step) out.push(unit(area.row + r, Math.min(step, area.rows - r)));
  return out;
}
