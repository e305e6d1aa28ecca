/**
 * The result shape every parser shares: the typed value, `null` for a blank cell, or an
 * `Invalid` marker with a reason. Markers are preallocated constants so a million-row column
 * parses without allocating an object per cell.
 */
import type { CellValue } from "../../model";
import { isArray } from "./builtins";

export interface Invalid<R extends string = string> {
  readonly invalid: R;
}

/** What a parser returns: a value, `null` (blank), or why the cell is not valid. */
export type Parsed<T, R extends string = string> = T | null | Invalid<R>;

/** A frozen, reusable marker. */
export const invalid = <R extends string>(reason: R): Invalid<R> => Object.freeze({ invalid: reason });

/** True for an `Invalid` marker (never for arrays, strings, numbers, booleans or null). */
export const isInvalid = (x: unknown): x is Invalid =>
  typeof x === "object" && x !== null && !isArray(x) && typeof (x as { invalid?: unknown }).invalid === "string";

/** The marker for a cell holding an Excel error value (#N/A, #DIV/0!, …). */
export const ERROR_VALUE = invalid("error-value");

/** True for null, "" and strings of only whitespace: the cell counts as blank. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== "string") return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    // Space, tab, CR, LF, NBSP, narrow NBSP, thin space, zero-width space, BOM.
    if (
      c !== 32 &&
      c !== 9 &&
      c !== 10 &&
      c !== 13 &&
      c !== 0xa0 &&
      c !== 0x202f &&
      c !== 0x2009 &&
      c !== 0x200b &&
      c !== 0xfeff
    )
      return false;
  }
  return true;
}
