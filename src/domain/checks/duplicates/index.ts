import { columnView, type CleanTable, type ColumnView, type TypedValue } from "../../clean";
import type { BoundTable, CellValue } from "../../model";
import { imul, isArray } from "../../parse/_lib/builtins";
import { isBlankCell } from "../../parse/_lib/invalid";
import { cellText } from "../../parse/cellText";
import { foldText } from "../../parse/normalizeText";
import type { FindingCollector, TableLocation } from "../_lib/collector";
import { cvrKeysOf } from "../_lib/columnViews";
import { scratchInt32, scratchUint32, scratchUint8 } from "../../_lib/scratch";
import { rawValues } from "../checkTable";

// Scratch view to hash a float64 by its bits.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** FNV-1a over the UTF-16 code units of a string, continuing from `h`. */
function hashString(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/** A number by its value: whole numbers (dates, most hours) directly, others by their bits; -0 | 0 is 0. */
function numberHash(t: number): number {
  if ((t | 0) === t) return imul(t | 0, 0x9e3779b1) ^ 0x2f;
  F64[0] = t;
  return U32[0]! ^ imul(U32[1]!, 0x9e3779b1);
}

/** One cell: numbers by value, texts by their characters; a failed cell by its text. */
function cellHash(t: TypedValue | undefined, raw: CellValue | undefined): number {
  if (typeof t === "number") return numberHash(t);
  if (typeof t === "string") return hashString(0x3, t);
  if (t === true) return 1;
  if (t === false) return 2;
  if (t === null || t === undefined) return isBlankCell(raw ?? null) ? 0 : hashString(0x5, cellText(raw));
  let x = 0x7;
  for (const item of t) x = hashString(imul(x, 31) + 1, item);
  return x;
}

/**
 * Mix one column into the row hashes, from its compact form where it has one (numbers, CVR
 * integers, dictionary codes): within a column equal values still hash equal, and a value
 * that failed its check hashes by its text.
 */
function mixColumn(hash: Uint32Array, view: ColumnView, raw: readonly CellValue[], blank: ArrayLike<boolean | number>) {
  const numbers = view.numbers;
  const cvrKeys = view.cvrKeys;
  const codes = view.dict?.codes;
  for (let i = 0; i < hash.length; i++) {
    if (blank[i]) continue;
    let x: number;
    if (numbers !== undefined && numbers[i] === numbers[i]) x = numberHash(numbers[i]!);
    else if (cvrKeys !== undefined && cvrKeys[i] !== 0) x = imul(cvrKeys[i]!, 0x85ebca6b) ^ 0x3b;
    else if (codes !== undefined && codes[i] !== 0) x = imul(codes[i]!, 0xcc9e2d51) ^ 0x4d;
    else x = cellHash(view.at(i), raw[i]);
    hash[i] = imul(hash[i]! ^ x, 0x01000193);
  }
}

/** Equal as typed values; a cell that failed its check (null, not blank) compares by its text. */
function sameCell(view: ColumnView, raw: readonly CellValue[], a: number, b: number): boolean {
  const x = view.at(a);
  const y = view.at(b);
  if (x === null || y === null) {
    if (x !== y) return false;
    const ra = raw[a] ?? null;
    const rb = raw[b] ?? null;
    return isBlankCell(ra) ? isBlankCell(rb) : !isBlankCell(rb) && cellText(ra) === cellText(rb);
  }
  if (x === y) return true;
  if (!isArray(x) || !isArray(y) || x.length !== y.length) return false;
  for (let k = 0; k < x.length; k++) if (x[k] !== y[k]) return false;
  return true;
}

/** A short text naming the row: its first few non-blank values. */
function rowSummary(table: BoundTable, fields: readonly string[], i: number): string {
  const parts: string[] = [];
  for (const f of fields) {
    const v = rawValues(table, f)[i] ?? null;
    if (!isBlankCell(v)) parts.push(cellText(v));
    if (parts.length === 3) break;
  }
  return parts.join(" | ");
}

/**
 * @name checkDuplicateRows
 * @category Checks
 * @summary `duplicate-row`: a non-blank row equal in every bound field (typed values) to an
 * earlier row; the finding names the first row. Skipped in Nøgletal when Nøgle is bound (there
 * `noegle-duplicate` says more), and in Brugerevaluering for answers without a CVR (anonymous
 * answers are often identical and still real).
 *
 * @description Rows are hashed column by column, then placed in an open-addressing table;
 * a hash hit is confirmed by comparing the rows field by field. O(rows × fields), no object
 * or string per row.
 *
 * @example
 * // rows 5 and 9 both "12345674 | vækst | 2025-03-04 | …" → duplicate-row at row 9, firstRow 5
 */
export function checkDuplicateRows(
  table: BoundTable,
  clean: CleanTable,
  loc: TableLocation,
  out: FindingCollector,
): void {
  if (clean.role === "Noegletal" && clean.fields.has("noegle")) return;
  const cvr = clean.role === "Evaluering" && clean.fields.has("cvr") ? columnView(clean, "cvr") : undefined;
  if (clean.role === "Evaluering" && cvr === undefined) return;
  const fields = [...clean.fields];
  const n = clean.rowCount;
  if (fields.length === 0 || n < 2) return;
  const typed = fields.map((f) => columnView(clean, f));
  const raw = fields.map((f) => rawValues(table, f));
  // Rows left out: blank ones, and answers without a CVR (0 in the CVR view: no text).
  const cvrAt = cvr === undefined ? undefined : cvrKeysOf(cvr);
  const skip = scratchUint8("duplicates.skip", n);
  for (let i = 0; i < n; i++) if (clean.blank[i] || (cvrAt !== undefined && cvrAt[i] === 0)) skip[i] = 1;

  // Hash a few telling columns first; a row equal in them is still compared field by field,
  // so the result is the same as hashing every column. Should the guess be poor (many rows
  // alike in those columns), start over with every column.
  const keyed = KEY_FIELDS.map((f) => fields.indexOf(f)).filter((k) => k >= 0);
  let first =
    keyed.length > 0 && keyed.length < fields.length
      ? findFirsts(n, keyed, typed, raw, clean.blank, skip, n + 1024)
      : null;
  first ??= findFirsts(
    n,
    fields.map((_, k) => k),
    typed,
    raw,
    clean.blank,
    skip,
    Infinity,
  );
  if (first === null) return;
  for (let i = 0; i < n; i++) {
    const j = first[i]!;
    if (j < 0) continue;
    // Every refusal counts towards "more-findings", so ask for each duplicate.
    if (!out.accepts(loc, "duplicate-row", "warning")) continue;
    out.add(loc, "duplicate-row", "warning", clean.firstRow + i, null, rowSummary(table, fields, i), {
      firstRow: clean.firstRow + j,
    });
  }
}

/** Columns that tell courses (and answers) apart best: hashed first, the rest compared on a hit. */
const KEY_FIELDS: readonly string[] = ["cvr", "startdato", "timer", "slutdato", "anbefaling", "henvisning", "effekt"];

/**
 * Per row, the earlier row it duplicates (or -1): rows hashed over the columns `keyed`, placed
 * in an open-addressing table, a hash hit confirmed by comparing every column. Null when more
 * than `budget` hits turn out unequal (the hash columns do not tell these rows apart).
 */
function findFirsts(
  n: number,
  keyed: readonly number[],
  typed: readonly ColumnView[],
  raw: readonly (readonly CellValue[])[],
  blank: ArrayLike<boolean | number>,
  skip: Uint8Array,
  budget: number,
): Int32Array | null {
  const hash = scratchUint32("duplicates.hash", n).fill(0x811c9dc5);
  for (const k of keyed) mixColumn(hash, typed[k]!, raw[k]!, blank);
  const same = (a: number, b: number): boolean => {
    for (let k = 0; k < typed.length; k++) if (!sameCell(typed[k]!, raw[k]!, a, b)) return false;
    return true;
  };
  let size = 1;
  while (size < 2 * n) size <<= 1;
  const mask = size - 1;
  const slots = scratchInt32("duplicates.slots", size); // row index + 1; 0 = empty
  const first = scratchInt32("duplicates.first", n).fill(-1);
  let misses = 0;
  for (let i = 0; i < n; i++) {
    if (skip[i] === 1) continue;
    const h = hash[i]!;
    let s = (h ^ (h >>> 16)) & mask;
    let found = -1;
    for (let j = slots[s]!; j !== 0; s = (s + 1) & mask, j = slots[s]!) {
      if (hash[j - 1] !== h) continue;
      if (same(i, j - 1)) {
        found = j - 1;
        break;
      }
      if (++misses > budget) return null;
    }
    if (found < 0) slots[s] = i + 1;
    else first[i] = found;
  }
  return first;
}

/**
 * @name checkKeyDuplicates
 * @category Checks
 * @summary `noegle-duplicate`: a key figure (Nøgle) named twice in Nøgletal, compared folded
 * ("Omsætning i alt" = "omsaetning  i alt"). The evaluation uses the first row; later rows are
 * reported with the first row's number.
 *
 * @example
 * // Nøgle "Basistilskud" in rows 3 and 7 → noegle-duplicate at row 7, firstRow 3
 */
export function checkKeyDuplicates(
  table: BoundTable,
  clean: CleanTable,
  loc: TableLocation,
  out: FindingCollector,
): void {
  if (clean.role !== "Noegletal" || !clean.fields.has("noegle")) return;
  const keys = columnView(clean, "noegle");
  const raw = rawValues(table, "noegle");
  const seen = new Map<string, number>();
  for (let i = 0; i < clean.rowCount; i++) {
    const k = keys.at(i);
    if (clean.blank[i] || typeof k !== "string") continue;
    const folded = foldText(k);
    const j = seen.get(folded);
    if (j === undefined) seen.set(folded, i);
    else
      out.add(loc, "noegle-duplicate", "error", clean.firstRow + i, clean.headers.noegle ?? null, cellText(raw[i]), {
        firstRow: clean.firstRow + j,
      });
  }
}
