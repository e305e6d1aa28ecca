/**
 * The write's requests: work is sent in chunks sized by its actual bytes and cells, one sync per
 * chunk, with calculation (and screen updating, where the host has it) suspended in each; the
 * last, partial chunk of one part is held back to share a request with the next part. A chunk
 * Excel finds too large is sent again at half the size.
 */
import type { XlContext, XlFeatures } from "./excel-api";
import { DEFAULT_BUDGET, isPayloadTooLarge, type ChunkBudget } from "./limits";
import { throwIfAborted, type OfficeMeter } from "./meter";

/** Room kept in each write request for what the cell estimates leave out (addresses, operations). */
const REQUEST_OVERHEAD = 64 * 1024;

export interface WriteDeps {
  readonly context: XlContext;
  readonly meter: OfficeMeter;
  readonly features: XlFeatures;
  readonly budget?: ChunkBudget;
}

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
export interface Piece {
  readonly cells: number;
  readonly bytes: number;
  readonly queue: () => void;
  readonly done: () => void;
  /** Send it again in smaller requests, after Excel found it too large. */
  readonly retry: (error: unknown) => Promise<void>;
}

/** The write's requests in the making: the pieces held back for the next request. */
export class Outbox {
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

export interface Rows {
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
export async function chunked(
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
export async function syncOrHalve(context: XlContext, n: number, resize: (n: number) => void): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (!isPayloadTooLarge(error) || n <= 1) throw error;
    resize(Math.max(1, Math.floor(n / 2)));
    return false;
  }
}
