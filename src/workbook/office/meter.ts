/**
 * Counts `context.sync()` calls and what each request carries, so tests and benchmarks can hold
 * the adapter to "one sync per chunk" and "no request above the budget". The byte figures are
 * the adapter's own estimate of the JSON it sends and asks for; the fake Excel measures the
 * real thing and the tests compare the two.
 */
import type { XlContext } from "./excel-api";

export interface RequestRecord {
  readonly cells: number;
  readonly bytes: number;
}

export class OfficeMeter {
  syncs = 0;
  readonly requests: RequestRecord[] = [];
  private cells = 0;
  private bytes = 0;

  /** Account for work queued in the current request. */
  add(cells: number, bytes: number): void {
    this.cells += cells;
    this.bytes += bytes;
  }

  /** The context with a `sync` that records the request it sends. */
  wrap(context: XlContext): XlContext {
    return {
      workbook: context.workbook,
      sync: () => {
        this.syncs++;
        this.requests.push({ cells: this.cells, bytes: this.bytes });
        this.cells = 0;
        this.bytes = 0;
        return context.sync();
      },
    };
  }

  /** Has work been queued since the last sync? */
  get pending(): boolean {
    return this.cells > 0 || this.bytes > 0;
  }

  get maxCells(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.cells), 0);
  }

  get maxBytes(): number {
    return this.requests.reduce((m, r) => Math.max(m, r.bytes), 0);
  }

  reset(): void {
    this.syncs = 0;
    this.requests.length = 0;
    this.cells = 0;
    this.bytes = 0;
  }
}

/** Thrown between chunks when the user pressed cancel. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "AbortError";
  }
}

export const throwIfAborted = (signal: AbortSignal | undefined): void => {
  if (signal?.aborted) throw new CancelledError();
};
