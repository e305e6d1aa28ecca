/**
 * The compact forms the checks read a column in again (duplicates, the 20-hour rule, the row
 * rules): the view's own when the parse made one, else made once from its values. Reading a
 * Float64Array or Int32Array front to back is many times faster than following a million boxed
 * numbers or strings around the heap.
 */
import type { ColumnView } from "../../clean";

/** A CVR's 8 digits as an integer (a valid CVR has no leading zero, so it is never 0). */
export function cvrKey(s: string): number {
  let v = 0;
  for (let k = 0; k < s.length; k++) v = v * 10 + (s.charCodeAt(k) - 48);
  return v;
}

const madeNumbers = new WeakMap<ColumnView, Float64Array>();
const madeCvrKeys = new WeakMap<ColumnView, Int32Array>();

/** The numbers of a column, NaN where it holds anything else. */
export function numbersOf(view: ColumnView): Float64Array {
  if (view.numbers !== undefined) return view.numbers;
  let made = madeNumbers.get(view);
  if (made === undefined) {
    made = new Float64Array(view.length).fill(NaN);
    for (let i = 0; i < view.length; i++) {
      const v = view.at(i);
      if (typeof v === "number") made[i] = v;
    }
    madeNumbers.set(view, made);
  }
  return made;
}

/**
 * The CVR numbers of a column as integers ({@link cvrKey}), 0 exactly where it holds no text
 * (-1 for a text of no digit value, which a parsed CVR never is).
 */
export function cvrKeysOf(view: ColumnView): Int32Array {
  if (view.cvrKeys !== undefined) return view.cvrKeys;
  let made = madeCvrKeys.get(view);
  if (made === undefined) {
    made = new Int32Array(view.length);
    for (let i = 0; i < view.length; i++) {
      const v = view.at(i);
      if (typeof v === "string") made[i] = cvrKey(v) || -1;
    }
    madeCvrKeys.set(view, made);
  }
  return made;
}
