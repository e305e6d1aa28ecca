/**
 * Dictionary encoding of a checked column: one integer code per row (0 = blank) and the distinct
 * values. Coded columns hold few distinct values over many rows, so filters decide once per
 * distinct value and then test rows by array look-up; distinct counts use the codes instead of
 * hashing each row's text again. Computed once per column and shared by every measure.
 */
import type { TypedValue } from "../clean";

export interface Dictionary {
  readonly codes: Int32Array;
  /** values[0] is the blank value. */
  readonly values: readonly TypedValue[];
}

const CACHE = new WeakMap<readonly TypedValue[], Dictionary | null>();

/**
 * The dictionary of a column of scalars; null for list columns (arrays) and for columns with more
 * distinct values than a sixteenth of the rows, which filters and counts test row by row.
 */
export function dictionaryOf(col: readonly TypedValue[], rowCount: number): Dictionary | null {
  const known = CACHE.get(col);
  if (known !== undefined) return known;
  const codes = new Int32Array(rowCount);
  const ids = new Map<string | number | boolean, number>();
  const values: TypedValue[] = [null];
  const limit = Math.max(256, rowCount >>> 4);
  for (let i = 0; i < rowCount; i++) {
    const v = col[i];
    if (v === null || v === undefined || v === "") continue;
    if (typeof v === "object") {
      CACHE.set(col, null);
      return null;
    }
    let id = ids.get(v);
    if (id === undefined) {
      // A column of mostly distinct values (CVR numbers, names) gains nothing from codes:
      // give up early and let the caller hash only the rows its filter keeps.
      if (values.length > limit) {
        CACHE.set(col, null);
        return null;
      }
      id = values.length;
      values.push(v);
      ids.set(v, id);
    }
    codes[i] = id;
  }
  const made = { codes, values };
  CACHE.set(col, made);
  return made;
}
