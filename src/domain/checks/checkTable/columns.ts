/**
 * One column parsed into its compact view (see `ColumnView` in clean.ts), and the rows whose
 * cell may need a finding. The form follows the field type: numbers and dates into a
 * Float64Array, CVR numbers into integers, coded and short texts into dictionary codes with
 * each distinct cell text parsed once, and plain values only for texts of many distinct
 * values. Findings are not made here: whether a blank cell counts depends on the whole row,
 * which is known only when every column is parsed.
 */
import type { CodeArray, ColumnDictionary, ColumnView, TypedValue } from "../../clean";
import type { CellValue, FieldType } from "../../model";
import { isBlankCell, isInvalid, type Parsed } from "../../parse/_lib/invalid";
import { isArray } from "../../parse/_lib/builtins";
import { PARSERS } from "../../parse/parseField";
import { cvrKey } from "../_lib/columnViews";
import { CVR_WEIGHTS } from "../../parse/_lib/mod11";
import { FRESH_MEMORY, type ArrayMemory } from "../../_lib/scratch";

type Parser = (v: CellValue) => Parsed<TypedValue>;

/** A growable list of row indices, in the order they were added. */
export class RowList {
  private rows = new Int32Array(64);
  length = 0;

  push(row: number): void {
    if (this.length === this.rows.length) {
      const grown = new Int32Array(this.rows.length * 2);
      grown.set(this.rows);
      this.rows = grown;
    }
    this.rows[this.length++] = row;
  }

  at(k: number): number {
    return this.rows[k]!;
  }
}

export interface ParsedColumn {
  readonly view: ColumnView;
  /**
   * Rows, ascending, whose cell is blank (only when the field has a rule for blanks), failed
   * its check, or holds a CVR written in another form: each may need a finding.
   */
  readonly events: RowList;
}

const NUMBER_TYPES: ReadonlySet<FieldType> = new Set(["date", "number", "hours", "score"]);
/** Free text, whose distinct values may be as many as the rows (names, P-numbers). */
const OPEN_TYPES: ReadonlySet<FieldType> = new Set(["text", "pnummer"]);

/** Distinct texts beyond which a column is not worth coding (as in the engine's dictionaries). */
const dictionaryLimit = (rows: number): number => Math.max(256, rows >>> 4);
/** Rows looked at before judging whether a free-text column repeats its values. */
const SAMPLE_ROWS = 4096;

/**
 * Parse column `values` (raw cells, possibly shorter than `n`) as `type`. Sets `filled[i]` for
 * every non-blank cell. `blankMatters`: record blank cells as events.
 */
export function parseColumn(
  values: readonly CellValue[],
  type: FieldType,
  n: number,
  filled: Uint8Array,
  blankMatters: boolean,
  memory: ArrayMemory = FRESH_MEMORY,
): ParsedColumn {
  const events = new RowList();
  const job: ColumnJob = {
    values,
    parse: PARSERS[type],
    n,
    m: Math.min(n, values.length),
    filled,
    blankMatters,
    events,
    memory,
  };
  if (NUMBER_TYPES.has(type)) return { view: numberColumn(job), events };
  if (type === "cvr") return { view: cvrColumn(job), events };
  return { view: codedColumn(job, type), events };
}

/** What every column parser works with. */
interface ColumnJob {
  /** The raw cells (may be shorter than `n`). */
  readonly values: readonly CellValue[];
  readonly parse: Parser;
  /** Rows of the table, and of them the rows the column has cells for. */
  readonly n: number;
  readonly m: number;
  /** Set to 1 for every row with a non-blank cell. */
  readonly filled: Uint8Array;
  /** Record blank cells as events (the field has a rule for blanks). */
  readonly blankMatters: boolean;
  readonly events: RowList;
  readonly memory: ArrayMemory;
}

/** A cell that gave no value: blank (see `onBlank`) or failed its check (a finding, decided later). */
function noValue(
  r: Parsed<TypedValue>,
  raw: CellValue | undefined,
  i: number,
  filled: Uint8Array,
  blankMatters: boolean,
  events: RowList,
): void {
  if (r === null) onBlank(raw, i, filled, blankMatters, events);
  else {
    filled[i] = 1;
    events.push(i);
  }
}

/** Rows past the column's last cell are blank cells of it too. */
function blankBeyond(m: number, n: number, blankMatters: boolean, events: RowList): void {
  for (let i = m; i < n && blankMatters; i++) events.push(i);
}

/** A cell the parser found blank: blank cells do not fill a row (a NaN number does). */
function onBlank(raw: CellValue | undefined, i: number, filled: Uint8Array, blankMatters: boolean, events: RowList) {
  if (!isBlankCell(raw ?? null)) filled[i] = 1;
  if (blankMatters) events.push(i);
}

function numberColumn(job: ColumnJob): ColumnView {
  const { values, parse, n, m, filled, blankMatters, events, memory } = job;
  const numbers = memory.float64(n, "numbers").fill(NaN);
  // Texts (dates typed as text, "2,5 t") repeat: parse each once.
  const texts = new Map<string, Parsed<TypedValue>>();
  for (let i = 0; i < m; i++) {
    const raw = values[i];
    if (raw === null || raw === undefined) {
      if (blankMatters) events.push(i);
      continue;
    }
    let r: Parsed<TypedValue>;
    if (typeof raw === "string") {
      const known = texts.get(raw);
      if (known === undefined) texts.set(raw, (r = parse(raw)));
      else r = known;
    } else r = parse(raw);
    if (typeof r === "number") {
      numbers[i] = r;
      filled[i] = 1;
    } else noValue(r, raw, i, filled, blankMatters, events);
  }
  blankBeyond(m, n, blankMatters, events);
  return {
    length: n,
    numbers,
    at: (i) => {
      const v = numbers[i];
      return v === undefined || v !== v ? null : v;
    },
  };
}

function cvrColumn(job: ColumnJob): ColumnView {
  const { values, parse, n, m, filled, blankMatters, events, memory } = job;
  const cvrKeys = memory.int32(n, "cvr");
  for (let i = 0; i < m; i++) {
    const raw = values[i];
    if (raw === null || raw === undefined) {
      if (blankMatters) events.push(i);
      continue;
    }
    // The usual cell, 8 valid digits, in one pass over its characters; anything else is parsed.
    const fast = typeof raw === "string" ? validCvrKey(raw) : 0;
    if (fast !== 0) {
      cvrKeys[i] = fast;
      filled[i] = 1;
      continue;
    }
    const r = parse(raw);
    if (typeof r === "string") {
      cvrKeys[i] = cvrKey(r);
      filled[i] = 1;
      // Another spelling than the 8 digits (spaces, DK): an info finding, decided later.
      if (typeof raw === "string" && raw.length !== 8) events.push(i);
    } else noValue(r, raw, i, filled, blankMatters, events);
  }
  blankBeyond(m, n, blankMatters, events);
  return {
    length: n,
    cvrKeys,
    at: (i) => {
      const k = cvrKeys[i];
      if (k === undefined || k === 0) return null;
      // The cell itself when it was the 8 digits already: no new string per call.
      const raw = values[i];
      return typeof raw === "string" && raw.length === 8 ? raw : String(k);
    },
  };
}

/** The same codes in an array that holds `code`. */
function widen(codes: CodeArray, code: number, memory: ArrayMemory): CodeArray {
  const wider = code < 65536 ? memory.uint16(codes.length, "codes16") : memory.int32(codes.length, "codes32");
  wider.set(codes);
  return wider;
}

/**
 * The CVR number of a cell that is exactly 8 digits, no leading zero, with a valid modulus-11
 * check (weights 2, 7, 6, 5, 4, 3, 2, 1); 0 for any other cell, which `parseCvr` then judges.
 */
function validCvrKey(s: string): number {
  if (s.length !== 8) return 0;
  let key = 0;
  let sum = 0;
  for (let k = 0; k < 8; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return 0;
    key = key * 10 + d;
    sum += d * (CVR_WEIGHTS[k] ?? 0);
  }
  return key >= 10_000_000 && sum % 11 === 0 ? key : 0;
}

/** A key under which equal typed values meet (lists by their items). */
const typedKey = (v: TypedValue): string | number | boolean | null =>
  isArray(v) ? `\u0000${(v as readonly string[]).join("\u0001")}` : (v as string | number | boolean | null);

function codedColumn(job: ColumnJob, type: FieldType): ColumnView {
  const { values, parse, n, m, filled, blankMatters, events, memory } = job;
  // Most coded columns hold a handful of values: a byte per row, wider only when needed.
  let codes: CodeArray = memory.uint8(n, "codes");
  const dict: TypedValue[] = [null];
  const typedIds = new Map<string | number | boolean | null, number>();
  // Raw cell → code: > 0 a value, 0 blank, -1 failed its check.
  const rawIds = new Map<string | number | boolean, number>();
  const open = OPEN_TYPES.has(type);
  const limit = dictionaryLimit(n);
  const codeOf = (r: Parsed<TypedValue>): number => {
    if (r === null) return 0;
    if (isInvalid(r)) return -1;
    const key = typedKey(r);
    let id = typedIds.get(key);
    if (id === undefined) {
      id = dict.length;
      dict.push(r);
      typedIds.set(key, id);
      if (id === 256 || id === 65536) codes = widen(codes, id, memory);
    }
    return id;
  };
  for (let i = 0; i < m; i++) {
    const raw = values[i];
    if (raw === null || raw === undefined) {
      if (blankMatters) events.push(i);
      continue;
    }
    let code: number;
    if (typeof raw === "object")
      code = codeOf(parse(raw)); // an error value: rare, not kept
    else {
      const known = rawIds.get(raw);
      if (known === undefined) {
        code = codeOf(parse(raw));
        rawIds.set(raw, code);
      } else code = known;
    }
    if (code > 0) {
      codes[i] = code;
      filled[i] = 1;
    } else if (code === 0) onBlank(raw, i, filled, blankMatters, events);
    else {
      filled[i] = 1;
      events.push(i);
    }
    // Names and numbers that hardly repeat are kept as plain values instead.
    if (open && (rawIds.size > limit || (i === SAMPLE_ROWS && rawIds.size > SAMPLE_ROWS / 4)))
      return plainColumn(job, i + 1, codes, dict);
  }
  blankBeyond(m, n, blankMatters, events);
  const dictionary: ColumnDictionary = { codes, values: dict };
  return { length: n, dict: dictionary, at: (i) => dict[codes[i] ?? 0] ?? null };
}

/**
 * Go on from row `from` with the cells themselves: most texts are their own typed value (a name,
 * a P-number as written), so a row only notes whether it has a value, and the few that parse
 * to another text (trimmed, spaces taken out, a number cell) are kept aside. No array of a
 * million values for the garbage collector to walk.
 */
function plainColumn(job: ColumnJob, from: number, codes: CodeArray, dict: readonly TypedValue[]): ColumnView {
  const { values, parse, n, m, filled, blankMatters, events, memory } = job;
  // 0 no value, 1 the cell itself, 2 the value kept in `other`.
  const state = memory.uint8(n, "state");
  const other = new Map<number, TypedValue>();
  const keep = (i: number, typed: TypedValue, raw: CellValue | undefined): void => {
    if (typed === raw) state[i] = 1;
    else {
      state[i] = 2;
      other.set(i, typed);
    }
  };
  for (let i = 0; i < from; i++) {
    const typed = dict[codes[i]!] ?? null;
    if (typed !== null) keep(i, typed, values[i]);
  }
  for (let i = from; i < m; i++) {
    const raw = values[i];
    if (raw === null || raw === undefined) {
      if (blankMatters) events.push(i);
      continue;
    }
    const r = parse(raw);
    if (r !== null && !isInvalid(r)) {
      keep(i, r, raw);
      filled[i] = 1;
    } else noValue(r, raw, i, filled, blankMatters, events);
  }
  blankBeyond(m, n, blankMatters, events);
  return {
    length: n,
    at: (i) => {
      const st = state[i];
      return st === 1 ? (values[i] as TypedValue) : st === 2 ? (other.get(i) ?? null) : null;
    },
  };
}
