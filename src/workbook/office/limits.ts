/**
 * Request budgets. Excel on the web refuses a request or response above 5 MB, and a range
 * operation above 5,000,000 cells; we plan for 4 MB so headers and JSON overhead fit, and learn
 * the real bytes per cell from each chunk read so wide text columns get smaller chunks.
 */

export const MAX_CELLS_PER_REQUEST = 5_000_000;
export const MAX_BYTES_PER_REQUEST = 4 * 1024 * 1024;
/** First guess of a cell's JSON size when reading values and value types (e.g. `"Double",123.5,`). */
export const INITIAL_BYTES_PER_CELL = 32;
/** The same when reading values only (e.g. `123.5,`, `"Aarhus",`). */
export const INITIAL_VALUE_BYTES_PER_CELL = 20;

export interface ChunkBudget {
  readonly maxCells: number;
  readonly maxBytes: number;
}

export const DEFAULT_BUDGET: ChunkBudget = { maxCells: MAX_CELLS_PER_REQUEST, maxBytes: MAX_BYTES_PER_REQUEST };

/**
 * Rows per request for `columns` columns, given the bytes one cell is expected to take.
 * Always at least one row; never more than `rows`.
 */
export function chunkRows(
  columns: number,
  rows: number,
  bytesPerCell: number,
  budget: ChunkBudget = DEFAULT_BUDGET,
): number {
  if (rows <= 0) return 0;
  const width = Math.max(1, columns);
  const byCells = Math.floor(budget.maxCells / width);
  const byBytes = Math.floor(budget.maxBytes / (width * Math.max(1, bytesPerCell)));
  return Math.max(1, Math.min(rows, byCells, byBytes));
}

/** JSON size of a value as Office would send it (an estimate good to a few bytes per cell). */
export const jsonBytes = (value: unknown): number => {
  const text = JSON.stringify(value) ?? "";
  // UTF-8: Danish letters take two bytes, most other non-ASCII up to three.
  let extra = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) extra += c > 0x7ff ? 2 : 1;
  }
  return text.length + extra;
};

/** Is this error Excel saying the request or response was too large? */
export function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = "code" in error ? String((error as { code: unknown }).code) : "";
  const message = "message" in error ? String((error as { message: unknown }).message) : "";
  return (
    code === "RequestPayloadSizeLimitExceeded" ||
    code === "ResponsePayloadSizeLimitExceeded" ||
    /payload size limit|request.*too large|response.*too large/i.test(message)
  );
}
