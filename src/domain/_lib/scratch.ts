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

export const scratchUint16 = (purpose: string, n: number): Uint16Array =>
  new Uint16Array(buffer(purpose, n * 2), 0, n).fill(0);

export const scratchUint8 = (purpose: string, n: number): Uint8Array =>
  new Uint8Array(buffer(purpose, n), 0, n).fill(0);

export const scratchFloat64 = (purpose: string, n: number): Float64Array =>
  new Float64Array(buffer(purpose, n * 8), 0, n).fill(0);

/** Let go of every work array (a big workbook was closed; tests). */
export function releaseScratch(): void {
  buffers.clear();
}

/** Where a result's arrays come from: new memory, or the scratch pool under one name. */
export interface ArrayMemory {
  float64(n: number, tag: string): Float64Array;
  int32(n: number, tag: string): Int32Array;
  uint16(n: number, tag: string): Uint16Array;
  uint8(n: number, tag: string): Uint8Array;
}

export const FRESH_MEMORY: ArrayMemory = {
  float64: (n) => new Float64Array(n),
  int32: (n) => new Int32Array(n),
  uint16: (n) => new Uint16Array(n),
  uint8: (n) => new Uint8Array(n),
};

/**
 * Arrays from the scratch pool under `name` and a tag: valid only until the next call that
 * asks for the same name and tag.
 */
export const pooledMemory = (name: string): ArrayMemory => ({
  float64: (n, tag) => scratchFloat64(`${name}:${tag}`, n),
  int32: (n, tag) => scratchInt32(`${name}:${tag}`, n),
  uint16: (n, tag) => scratchUint16(`${name}:${tag}`, n),
  uint8: (n, tag) => scratchUint8(`${name}:${tag}`, n),
});
