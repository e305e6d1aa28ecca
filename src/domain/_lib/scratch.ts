/**
 * Reusable work arrays for the hot loops of checks and indicators. Every new typed array of a
 * million rows counts as outside memory to V8, and each ~64 MB of it starts a full collection
 * that marks the whole heap (the workbook's million cells): ~100 ms a time. Work arrays that do
 * not outlive a call are therefore taken from here, one buffer per purpose, grown when a larger
 * table comes. Callers name their purpose uniquely, never hold a view past their own return,
 * and never use the same purpose twice at once (everything here is synchronous).
 */

const buffers = new Map<string, ArrayBuffer>();

function buffer(purpose: string, bytes: number): ArrayBuffer {
  let b = buffers.get(purpose);
  if (b === undefined || b.byteLength < bytes) {
    // Grow by a quarter more than asked, so a slightly larger next table reuses it.
    b = new ArrayBuffer(Math.ceil((bytes * 1.25) / 8) * 8);
    buffers.set(purpose, b);
  }
  return b;
}

/** A zeroed Int32Array of `n` for `purpose` (the same memory on the next call). */
export const scratchInt32 = (purpose: string, n: number): Int32Array =>
  new Int32Array(buffer(purpose, n * 4), 0, n).fill(0);

export const scratchUint32 = (purpose: string, n: number): Uint32Array =>
  new Uint32Array(buffer(purpose, n * 4), 0, n).fill(0);

export const scratchUint8 = (purpose: string, n: number): Uint8Array =>
  new Uint8Array(buffer(purpose, n), 0, n).fill(0);

export const scratchFloat64 = (purpose: string, n: number): Float64Array =>
  new Float64Array(buffer(purpose, n * 8), 0, n).fill(0);

/** Let go of every work array (a big workbook was closed; tests). */
export function releaseScratch(): void {
  buffers.clear();
}
