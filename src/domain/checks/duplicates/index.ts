import type { CleanTable, TypedValue } from "../../clean";
import type { BoundTable, CellValue } from "../../model";
import { imul, isArray } from "../../parse/_lib/builtins";
import { isBlankCell } from "../../parse/_lib/invalid";
import { cellText } from "../../parse/cellText";
import { foldText } from "../../parse/normalizeText";
import type { FindingCollector, TableLocation } from "../_lib/collector";
import { rawValues } from "../checkTable";

// Scratch view to hash a float64 by its bits.
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** FNV-1a over the UTF-16 code units of a string, continuing from `h`. */
function hashString(h: number, s: string): number {
  for (let k = 0; k < s.length; k++) h = imul(h ^ s.charCodeAt(k), 0x01000193);
  return h;
}

/** Mix one column into the row hashes: numbers by their bits, texts by their characters. */
function mixColumn(
  hash: Uint32Array,
  typed: readonly TypedValue[],
  raw: readonly CellValue[],
  blank: readonly boolean[],
) {
  for (let i = 0; i < hash.length; i++) {
    if (blank[i]) continue;
    const t = typed[i];
    let x: number;
    if (typeof t === "number") {
      F64[0] = t === 0 ? 0 : t;
      x = U32[0]! ^ imul(U32[1]!, 0x9e3779b1);
    } else if (typeof t === "string") x = hashString(0x3, t);
    else if (t === true) x = 1;
    else if (t === false) x = 2;
    else if (t === null || t === undefined) x = isBlankCell(raw[i] ?? null) ? 0 : hashString(0x5, cellText(raw[i]));
    else {
      x = 0x7;
      for (const item of t) x = hashString(imul(x, 31) + 1, item);
    }
    hash[i] = imul(hash[i]! ^ x, 0x01000193);
  }
}

/** Equal as typed values; a cell that failed its check (null, not blank) compares by its text. */
function sameCell(typed: readonly TypedValue[], raw: readonly CellValue[], a: number, b: number): boolean {
  const x = typed[a] ?? null;
  const y = typed[b] ?? null;
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
  const cvr = clean.role === "Evaluering" ? clean.columns.cvr : undefined;
  if (clean.role === "Evaluering" && cvr === undefined) return;
  const fields = [...clean.fields];
  const n = clean.rowCount;
  if (fields.length === 0 || n < 2) return;
  const typed = fields.map((f) => clean.columns[f] ?? []);
  const raw = fields.map((f) => rawValues(table, f));
  const hash = new Uint32Array(n).fill(0x811c9dc5);
  for (let k = 0; k < fields.length; k++) mixColumn(hash, typed[k]!, raw[k]!, clean.blank);

  const same = (a: number, b: number): boolean => {
    for (let k = 0; k < typed.length; k++) if (!sameCell(typed[k]!, raw[k]!, a, b)) return false;
    return true;
  };
  let size = 1;
  while (size < 2 * n) size <<= 1;
  const mask = size - 1;
  const slots = new Int32Array(size); // row index + 1; 0 = empty
  for (let i = 0; i < n; i++) {
    if (clean.blank[i] || (cvr !== undefined && typeof cvr[i] !== "string")) continue;
    const h = hash[i]!;
    let s = (h ^ (h >>> 16)) & mask;
    let first = -1;
    for (let j = slots[s]!; j !== 0; s = (s + 1) & mask, j = slots[s]!) {
      if (hash[j - 1] === h && same(i, j - 1)) {
        first = j - 1;
        break;
      }
    }
    if (first < 0) slots[s] = i + 1;
    else if (out.accepts(loc, "duplicate-row", "warning"))
      out.add(loc, "duplicate-row", "warning", clean.firstRow + i, null, rowSummary(table, fields, i), {
        firstRow: clean.firstRow + first,
      });
  }
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
  const keys = clean.columns.noegle;
  if (clean.role !== "Noegletal" || !keys) return;
  const raw = rawValues(table, "noegle");
  const seen = new Map<string, number>();
  for (let i = 0; i < clean.rowCount; i++) {
    const k = keys[i];
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
