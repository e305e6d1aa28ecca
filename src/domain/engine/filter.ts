/**
 * Compile the template filter language (data only, see schema.ts) into a row mask over a
 * checked table (a bitset, see mask.ts). Masks are made with tight loops over the compact
 * column views (a coded column decides once per distinct value, then each row is an array
 * look-up; numbers compare straight from a Float64Array) and combined with AND, OR and NOT a
 * word at a time. Text compares folded (case, spacing, æ/ae…), so templates can list the
 * spellings houses actually use.
 */
import type { Filter } from "../contract/schema";
import type { TypedValue } from "../clean";
import { addYears } from "./dates";
import { fold, municipalityKey, municipalityKeys } from "./fold";
import type { TableFrame } from "./frame";
import { andMask, emptyMask, maskOfCodes, maskOfRows, notMask, orMask, wordsFor, type RowMask } from "./mask";

export interface FilterMask {
  /** The rows the filter keeps; null when there is no filter (every row). */
  readonly mask: RowMask | null;
  /** Fields the filter needs that the table does not bind: the result is "mangler data". */
  readonly missingFields: readonly string[];
}

export const isBlankValue = (v: TypedValue | undefined): boolean =>
  v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

const textOf = (v: TypedValue): string | null =>
  typeof v === "string" ? v : typeof v === "boolean" ? (v ? "ja" : "nej") : typeof v === "number" ? String(v) : null;

/**
 * The fields a filter lacks, in the order the row-by-row compiler always reported them: an
 * `any` lacks a field only when every branch does (the branches that can run are used alone).
 */
export function missingFieldsOf(filter: Filter | undefined, fields: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const walk = (node: Filter, into: Set<string>): void => {
    switch (node.op) {
      case "companyAgeUnder":
        for (const f of ["startdato", "stiftelsesdato"]) if (!fields.has(f)) into.add(f);
        return;
      case "all":
        for (const p of node.of) walk(p, into);
        return;
      case "not":
        walk(node.of, into);
        return;
      case "any": {
        const parts = node.of.map((p) => {
          const s = new Set<string>();
          walk(p, s);
          return s;
        });
        if (parts.every((s) => s.size > 0)) for (const s of parts) for (const m of s) into.add(m);
        return;
      }
      default:
        if (!fields.has(node.field)) into.add(node.field);
    }
  };
  if (filter) walk(filter, out);
  return [...out];
}

/** A decision per row, through `at` (columns without a compact form). */
function perRow(frame: TableFrame, field: string, keep: (v: TypedValue) => boolean): RowMask {
  const view = frame.view(field);
  return maskOfRows(frame.rowCount, (i) => keep(view.at(i)));
}

/** Codes beyond which a column gets no mask per code (each costs a bit per row). */
const CODE_MASK_LIMIT = 64;

/**
 * A decision per value: once per distinct value for a coded column, else row by row. A coded
 * column several filters test (the course type) is split into one mask per code on the second
 * ask; each further filter is then an OR of a few masks, not another pass over the rows.
 */
function byValue(frame: TableFrame, field: string, keep: (v: TypedValue) => boolean): RowMask {
  const dict = frame.view(field).dict;
  if (!dict) return perRow(frame, field, keep);
  const hits = Uint8Array.from(dict.values, (v, k) => (k > 0 && keep(v) ? 1 : 0));
  return maskOfHits(frame, field, dict.codes, hits);
}

/** The rows whose code is kept by `hits` (one entry per code). */
function maskOfHits(frame: TableFrame, field: string, codes: ArrayLike<number>, hits: Uint8Array): RowMask {
  const flat = codeMasks(frame, field);
  if (flat === null) return maskOfCodes(codes, hits, frame.rowCount);
  const words = wordsFor(frame.rowCount);
  const size = hits.length;
  let count = 0;
  for (let c = 0; c < size; c++) count += hits[c]!;
  // OR the masks of the codes kept, or of those not kept and negate: whichever are fewer.
  const want = count * 2 <= size ? 1 : 0;
  const out = new Int32Array(words);
  for (let c = 0; c < size; c++) {
    if (hits[c] !== want) continue;
    const at = c * words;
    for (let w = 0; w < words; w++) out[w]! |= flat[at + w]!;
  }
  return want === 1 ? out : notMask(out, frame.rowCount);
}

function codeMasks(frame: TableFrame, field: string): Int32Array | null {
  const dict = frame.view(field).dict;
  let entry = frame.codeMasks.get(field);
  if (entry === undefined) frame.codeMasks.set(field, (entry = { asks: 0, flat: null }));
  entry.asks++;
  if (entry.flat !== null || entry.asks < 2 || !dict || dict.values.length > CODE_MASK_LIMIT) return entry.flat;
  const n = frame.rowCount;
  const words = wordsFor(n);
  const codes = dict.codes;
  const flat = new Int32Array(words * dict.values.length);
  for (let w = 0, i = 0; i < n; w++) {
    const end = Math.min(i + 32, n);
    for (let j = 0; i < end; i++, j++) flat[codes[i]! * words + w]! |= 1 << j;
  }
  return (entry.flat = flat);
}

/** Rows where a field holds no value. */
function blankMask(frame: TableFrame, field: string): RowMask {
  const view = frame.view(field);
  const n = frame.rowCount;
  if (view.dict) {
    // Code 0 and any coded blank value (an empty list has a code of its own).
    const hits = Uint8Array.from(view.dict.values, (v, k) => (k === 0 || isBlankValue(v) ? 1 : 0));
    return maskOfHits(frame, field, view.dict.codes, hits);
  }
  const out = emptyMask(n);
  if (view.numbers) {
    const x = view.numbers;
    for (let w = 0, i = 0; i < n; w++) {
      const end = Math.min(i + 32, n);
      let bits = 0;
      for (let j = 0; i < end; i++, j++) if (x[i] !== x[i]) bits |= 1 << j;
      out[w] = bits;
    }
  } else if (view.cvrKeys) {
    const k = view.cvrKeys;
    for (let w = 0, i = 0; i < n; w++) {
      const end = Math.min(i + 32, n);
      let bits = 0;
      for (let j = 0; i < end; i++, j++) if (k[i] === 0) bits |= 1 << j;
      out[w] = bits;
    }
  } else {
    for (let i = 0; i < n; i++) if (isBlankValue(view.at(i))) out[i >>> 5]! |= 1 << (i & 31);
  }
  return out;
}

type Comparison = "gte" | "lte" | "gt" | "lt" | "eq";

function compareMask(frame: TableFrame, field: string, op: Comparison, x: number): RowMask {
  const cmp =
    op === "gte"
      ? (a: number) => a >= x
      : op === "lte"
        ? (a: number) => a <= x
        : op === "gt"
          ? (a: number) => a > x
          : op === "lt"
            ? (a: number) => a < x
            : (a: number) => a === x;
  const numbers = frame.view(field).numbers;
  if (!numbers) return byValue(frame, field, (v) => typeof v === "number" && cmp(v));
  // NaN (no value) fails every comparison, as a non-number did.
  return maskOfRows(frame.rowCount, (i) => cmp(numbers[i]!));
}

/**
 * A company's founding date on each of its rows: the earliest Stiftelsesdato given on any row
 * of the same CVR ("virksomheder under 3 år" is a fact about the company, not one row). A row
 * without a CVR keeps its own date. NaN: no row of the company has one.
 */
const FOUNDED = new WeakMap<TableFrame, Float64Array>();

export function foundedByCompany(frame: TableFrame): Float64Array {
  const known = FOUNDED.get(frame);
  if (known) return known;
  const own = frame.numbers("stiftelsesdato");
  const n = frame.rowCount;
  const out = Float64Array.from(own);
  if (frame.fields.has("cvr")) {
    const cvr = frame.view("cvr");
    const keyOf = (i: number): string | number | null => {
      const k = cvr.cvrKeys?.[i];
      if (k !== undefined) return k === 0 ? null : k;
      const v = cvr.at(i);
      return isBlankValue(v) ? null : String(v);
    };
    const earliest = new Map<string | number, number>();
    for (let i = 0; i < n; i++) {
      const b = own[i]!;
      const k = keyOf(i);
      if (k === null || b !== b) continue;
      const e = earliest.get(k);
      if (e === undefined || b < e) earliest.set(k, b);
    }
    for (let i = 0; i < n; i++) {
      const k = keyOf(i);
      const e = k === null ? undefined : earliest.get(k);
      if (e !== undefined) out[i] = e;
    }
  }
  FOUNDED.set(frame, out);
  return out;
}

function companyAgeMask(frame: TableFrame, years: number): RowMask {
  const start = frame.numbers("startdato");
  const founded = foundedByCompany(frame);
  const n = frame.rowCount;
  const out = emptyMask(n);
  const sure = 365 * years;
  const maybe = 366 * years;
  for (let w = 0, i = 0; i < n; w++) {
    const end = Math.min(i + 32, n);
    let x = 0;
    for (let j = 0; i < end; i++, j++) {
      // NaN (no date) fails the test. A company founded after the course start is certainly
      // under N years (the check asks the user to look the date up). N years are 365·N to
      // 366·N days: only the few days between need the calendar.
      const s = start[i]!;
      const b = founded[i]!;
      const days = s - b;
      if (days < maybe && (days < sure || s < addYears(b, years))) x |= 1 << j;
    }
    out[w] = x;
  }
  return out;
}

/** True when a filter asks for a company's age (then rows without a founding date matter). */
export function asksCompanyAge(filter: Filter | undefined): boolean {
  if (!filter) return false;
  switch (filter.op) {
    case "companyAgeUnder":
      return true;
    case "all":
    case "any":
      return filter.of.some(asksCompanyAge);
    case "not":
      return asksCompanyAge(filter.of);
    default:
      return false;
  }
}

/**
 * A folded text without its word breaks: "Vækst-forløb", "Vækst forløb" and "Vækstforløb" are one
 * course type, as the templates' notes promise (hyphens and spaces inside a name do not matter).
 */
export const joined = (folded: string): string => folded.replace(/ /g, "");

/** The mask of one filter node; cached per evaluation under the node's JSON. */
function maskOf(node: Filter, frame: TableFrame): RowMask {
  const key = `f${JSON.stringify(node)}`;
  const known = frame.masks.get(key);
  if (known) return known;
  const made = build(node, frame);
  frame.masks.set(key, made);
  return made;
}

function build(node: Filter, frame: TableFrame): RowMask {
  const f = frame.fold;
  switch (node.op) {
    case "in":
    case "notIn": {
      // A municipality matches under its short name too ("Køge Kommune" is Køge).
      const municipal = node.field === "kommune";
      const wanted = new Set(node.values.map((v) => (municipal ? municipalityKey(fold(v)) : joined(fold(v)))));
      const has = (t: string): boolean =>
        municipal ? municipalityKeys(f(t)).some((k) => wanted.has(k)) : wanted.has(joined(f(t)));
      const hit = (v: TypedValue): boolean => {
        if (v === null) return false;
        if (Array.isArray(v)) return v.some(has);
        const t = textOf(v);
        return t !== null && has(t);
      };
      return node.op === "in"
        ? byValue(frame, node.field, (v) => v !== undefined && hit(v))
        : byValue(frame, node.field, (v) => v !== undefined && !isBlankValue(v) && !hit(v));
    }
    case "blank":
      return blankMask(frame, node.field);
    case "notBlank":
      return notMask(blankMask(frame, node.field), frame.rowCount);
    case "contains": {
      const needle = joined(fold(node.value));
      return byValue(frame, node.field, (v) => {
        if (v === undefined || v === null) return false;
        if (Array.isArray(v)) return v.some((x) => joined(f(x)).includes(needle));
        const t = textOf(v);
        return t !== null && joined(f(t)).includes(needle);
      });
    }
    case "gte":
    case "lte":
    case "gt":
    case "lt":
    case "eq":
      return compareMask(frame, node.field, node.op, node.value);
    case "companyAgeUnder":
      return companyAgeMask(frame, node.years);
    case "all": {
      let out = maskOf(node.of[0]!, frame);
      for (let k = 1; k < node.of.length; k++) out = andMask(out, maskOf(node.of[k]!, frame));
      return out;
    }
    case "any": {
      // Branches that lack a field are left out (the whole `any` lacks it only when all do).
      const usable = node.of.filter((p) => missingFieldsOf(p, frame.fields).length === 0);
      let out = emptyMask(frame.rowCount);
      for (const p of usable) out = orMask(out, maskOf(p, frame));
      return out;
    }
    case "not":
      return notMask(maskOf(node.of, frame), frame.rowCount);
  }
}

/** The rows a filter keeps, and the fields it lacks (then the mask is not to be used). */
export function filterMask(filter: Filter | undefined, frame: TableFrame): FilterMask {
  if (!filter) return { mask: null, missingFields: [] };
  const missingFields = missingFieldsOf(filter, frame.fields);
  if (missingFields.length > 0) return { mask: null, missingFields };
  return { mask: maskOf(filter, frame), missingFields };
}

/** Rows kept by both masks (null = every row). */
export function both(a: RowMask, b: RowMask | null): RowMask {
  return b === null ? a : andMask(a, b);
}
