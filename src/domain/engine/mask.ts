/**
 * Row sets as bitsets: bit i of word i >> 5 is row i, bits past the last row are always 0.
 * AND, OR, NOT and counting then work 32 rows at a time, and a measure visits only the rows a
 * set holds (no per-row branch the processor mispredicts on a patchy set).
 */

export type RowMask = Int32Array;

export const wordsFor = (rows: number): number => (rows + 31) >>> 5;

export const emptyMask = (rows: number): RowMask => new Int32Array(wordsFor(rows));

/** Every row. */
export function fullMask(rows: number): RowMask {
  const out = new Int32Array(wordsFor(rows)).fill(-1);
  clearTail(out, rows);
  return out;
}

function clearTail(mask: RowMask, rows: number): void {
  const r = rows & 31;
  if (r !== 0) mask[mask.length - 1]! &= (1 << r) - 1;
}

export function andMask(a: RowMask, b: RowMask): RowMask {
  const out = new Int32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w]! & b[w]!;
  return out;
}

export function orMask(a: RowMask, b: RowMask): RowMask {
  const out = new Int32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = a[w]! | b[w]!;
  return out;
}

export function notMask(a: RowMask, rows: number): RowMask {
  const out = new Int32Array(a.length);
  for (let w = 0; w < a.length; w++) out[w] = ~a[w]!;
  clearTail(out, rows);
  return out;
}

export function countMask(mask: RowMask): number {
  let n = 0;
  for (let w = 0; w < mask.length; w++) {
    let x = mask[w]!;
    if (x === 0) continue;
    // Population count of 32 bits (SWAR).
    x = x - ((x >>> 1) & 0x55555555);
    x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
    n += (Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) | 0;
  }
  return n;
}

/** The rows of a mask in ascending order (for tests and small tables). */
export function rowsOfMask(mask: RowMask): number[] {
  const out: number[] = [];
  for (let w = 0; w < mask.length; w++) {
    let x = mask[w]!;
    while (x !== 0) {
      const t = x & -x;
      out.push((w << 5) + 31 - Math.clz32(t));
      x ^= t;
    }
  }
  return out;
}

/** Bit i set where `hits[codes[i]]` is 1: a per-value decision spread over the rows. */
export function maskOfCodes(codes: ArrayLike<number>, hits: Uint8Array, rows: number): RowMask {
  const out = new Int32Array(wordsFor(rows));
  for (let w = 0, i = 0; i < rows; w++) {
    const end = Math.min(i + 32, rows);
    let x = 0;
    for (let j = 0; i < end; i++, j++) x |= hits[codes[i]!]! << j;
    out[w] = x;
  }
  return out;
}

/** Bit i set where `keep(i)`. */
export function maskOfRows(rows: number, keep: (i: number) => boolean): RowMask {
  const out = new Int32Array(wordsFor(rows));
  for (let i = 0; i < rows; i++) if (keep(i)) out[i >>> 5]! |= 1 << (i & 31);
  return out;
}
