/**
 * Compact views of a typed column, made once while the column is parsed and reused by the
 * checks that read it again (duplicates, the 20-hour rule). Reading a Float64Array or
 * Int32Array front to back is many times faster than following a million boxed numbers or
 * strings around the heap. Keyed weakly by the typed column, so a view lives as long as it.
 */
import type { TypedValue } from "../../clean";

const numberViews = new WeakMap<readonly TypedValue[], Float64Array>();
const cvrViews = new WeakMap<readonly TypedValue[], Int32Array>();

/** A CVR's 8 digits as an integer (a valid CVR has no leading zero, so it is never 0). */
export function cvrKey(s: string): number {
  let v = 0;
  for (let k = 0; k < s.length; k++) v = v * 10 + (s.charCodeAt(k) - 48);
  return v;
}

export const rememberNumbers = (column: readonly TypedValue[], view: Float64Array): void => {
  numberViews.set(column, view);
};

export const rememberCvrKeys = (column: readonly TypedValue[], view: Int32Array): void => {
  cvrViews.set(column, view);
};

/** The numbers of a column, NaN where it holds anything else; undefined unless made while parsing. */
export const knownNumbers = (column: readonly TypedValue[]): Float64Array | undefined => numberViews.get(column);

/** The numbers of a column, NaN where it holds anything else. */
export function numbersOf(column: readonly TypedValue[], n: number): Float64Array {
  const known = numberViews.get(column);
  if (known !== undefined && known.length === n) return known;
  const view = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    const v = column[i];
    if (typeof v === "number") view[i] = v;
  }
  return view;
}

/**
 * The CVR numbers of a column as integers ({@link cvrKey}), 0 exactly where it holds no text
 * (-1 for a text of no digit value, which a parsed CVR never is).
 */
export function cvrKeysOf(column: readonly TypedValue[], n: number): Int32Array {
  const known = cvrViews.get(column);
  if (known !== undefined && known.length === n) return known;
  const view = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const v = column[i];
    if (typeof v === "string") view[i] = cvrKey(v) || -1;
  }
  return view;
}
