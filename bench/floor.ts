/**
 * The honest floor: one hand-written pass doing the engine's work on the raw columns with no
 * framework — every checked cell of Forløb and Brugerevaluering parsed to its type (CVR with its
 * check digit, P-number, segment, dates from serials or text, hours, yes/no, score, scales,
 * referral lists), every blank-cell and row rule, duplicate rows, each company's hours in any
 * 365-day window, a finding object per fault — then the table indicators (`baseline`). It knows
 * the spellings the generator writes (no folding of every alias), so it is a floor, not a rival.
 */
import type { CellValue, WorkbookData } from "../src/domain/model";
import { baseline, type IndicatorValues } from "./baseline";

export interface FloorFinding {
  readonly rule: string;
  readonly row: number;
  readonly field: string;
}

export interface FloorResult {
  readonly findings: FloorFinding[];
  readonly indicators: IndicatorValues;
}

const WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1];
const SEGMENTS = new Set(["drift", "vækst"]);
const EFFECT = new Set(["i høj grad", "i nogen grad", "i lav grad", "slet ikke", "ved ikke"]);
const REFERRAL = new Set(["ja", "forventer", "nej", "ved ikke"]);

const isBlank = (v: CellValue | undefined): boolean =>
  v === null ||
  v === undefined ||
  (typeof v === "string" && (v.length === 0 || (v.charCodeAt(0) <= 32 && v.trim() === "")));

/** CVR → integer key (> 0), or a negative code: -1 format, -2 leading zero, -3 check digit. */
function cvrKey(v: CellValue): number {
  let s = typeof v === "number" ? String(v) : typeof v === "string" ? v : "";
  if (s.length !== 8) s = s.replace(/^\s*DK/i, "").replace(/\s+/g, "");
  if (s.length !== 8) return -1;
  let sum = 0;
  let key = 0;
  for (let k = 0; k < 8; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    sum += d * (WEIGHTS[k] as number);
    key = key * 10 + d;
  }
  if (s.charCodeAt(0) === 48) return -2;
  return sum % 11 === 0 ? key : -3;
}

/** A date cell → serial, or NaN when it is no date (text as dd-mm-yyyy or yyyy-mm-dd). */
function dateOf(v: CellValue): number {
  if (typeof v === "number") return v >= 1 && v < 2958466 ? Math.floor(v) : NaN;
  if (typeof v !== "string") return NaN;
  const m = /^(\d{1,4})[-./](\d{1,2})[-./](\d{1,4})$/.exec(v.trim());
  if (!m) return NaN;
  const [a, b, c] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const [y, mo, d] = a > 31 ? [a, b, c] : [c, b, a];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN;
  return t / 86_400_000 + 25_569;
}

const numberOf = (v: CellValue): number => {
  if (typeof v === "number") return v;
  if (typeof v !== "string") return NaN;
  const t = v.trim().replace(",", ".");
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : NaN;
};

/** Mixes a 32-bit key into a row hash. */
const mix = (h: number, x: number): number => Math.imul(h ^ x, 0x01000193);

/** Findings kept per rule, as the engine keeps them (the rest are counted). */
const PER_RULE = 1000;

/** All digits? (char codes, no regular expression in the row loop). */
const digits = (s: string): boolean => {
  for (let k = 0; k < s.length; k++) {
    const d = s.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return false;
  }
  return true;
};

/** Rows equal to an earlier row: hashed on a few key columns, confirmed on every column. */
function duplicates(
  keys: readonly Float64Array[],
  cols: readonly (readonly CellValue[])[],
  n: number,
  add: (i: number) => void,
): void {
  const seen = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    let h = 0x811c9dc5;
    for (const k of keys) h = mix(h, (k[i] as number) | 0);
    const j = seen.get(h);
    if (j === undefined) seen.set(h, i);
    else if (cols.every((c) => c[i] === c[j])) add(i);
  }
}

export function floorChecks(data: WorkbookData): FloorFinding[] {
  const f = data.Forloeb;
  const e = data.Evaluering;
  if (!f || !e) throw new Error("the floor needs Forloeb and Evaluering");
  const findings: FloorFinding[] = [];
  const perRule = new Map<string, number>();
  const add = (rule: string, row: number, field: string): void => {
    const k = (perRule.get(rule) ?? 0) + 1;
    perRule.set(rule, k);
    if (k <= PER_RULE) findings.push({ rule, row, field });
  };
  const col = (t: typeof f, id: string): readonly CellValue[] => t.columns[id]?.values ?? [];

  const n = f.rowCount;
  const fields = Object.keys(f.columns);
  const cols = fields.map((id) => col(f, id));
  const cvr = col(f, "cvr");
  const pnr = col(f, "pnummer");
  const seg = col(f, "segment");
  const tema = col(f, "tema");
  const start = col(f, "startdato");
  const end = col(f, "slutdato");
  const founded = col(f, "stiftelsesdato");
  const timer = col(f, "timer");
  const henvist = col(f, "henvistTil");
  const sendt = col(f, "sendtTilEvaluering");
  const leder = col(f, "ledelsesvurdering");
  const keys = new Int32Array(n);
  const starts = new Float64Array(n);
  const hours = new Float64Array(n);
  const lists: (string[] | null)[] = new Array<string[] | null>(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const row = f.firstRow + i;
    const c = cvr[i] ?? null;
    if (isBlank(c)) add("cvr-blank", row, "cvr");
    else {
      const k = cvrKey(c);
      if (k > 0) keys[i] = k;
      else add(k === -2 ? "cvr-leading-zero" : k === -3 ? "cvr-check-digit" : "cvr-format", row, "cvr");
      if (k > 0 && typeof c === "string" && c.length !== 8) add("cvr-normalised", row, "cvr");
    }
    const p = pnr[i] ?? null;
    if (isBlank(p)) add("pnummer-missing", row, "pnummer");
    else if (typeof p === "string" ? p.length !== 10 || !digits(p) : typeof p !== "number")
      add("pnummer-format", row, "pnummer");
    const s = seg[i] ?? null;
    if (isBlank(s)) add("segment-missing", row, "segment");
    else if (typeof s !== "string" || !SEGMENTS.has(s)) {
      if (typeof s === "string" && SEGMENTS.has(s.trim().toLowerCase())) add("segment-normalised", row, "segment");
      else add("segment-invalid", row, "segment");
    }
    if (isBlank(tema[i] ?? null)) add("tema-missing", row, "tema");
    const st = start[i] ?? null;
    const sd = isBlank(st) ? NaN : dateOf(st);
    if (isBlank(st)) add("startdate-missing", row, "startdato");
    else if (sd !== sd) add(typeof st === "object" ? "cell-error-value" : "date-invalid", row, "startdato");
    starts[i] = sd;
    const en = end[i] ?? null;
    const ed = isBlank(en) ? NaN : dateOf(en);
    if (!isBlank(en) && ed !== ed) add("date-invalid", row, "slutdato");
    if (ed < sd) add("start-after-end", row, "slutdato");
    ends[i] = ed;
    const fo = founded[i] ?? null;
    const fd = isBlank(fo) ? NaN : dateOf(fo);
    if (!isBlank(fo) && fd !== fd) add("date-invalid", row, "stiftelsesdato");
    if (fd > sd) add("founded-after-start", row, "stiftelsesdato");
    const t = timer[i] ?? null;
    const h = isBlank(t) ? 0 : numberOf(t);
    if (h !== h) add("number-invalid", row, "timer");
    else if (h < 0) add("hours-negative", row, "timer");
    else if (h > 8784) add("hours-implausible", row, "timer");
    hours[i] = h === h && h >= 0 && h <= 8784 ? h : 0;
    const r = henvist[i] ?? null;
    if (isBlank(r)) {
      add("henvist-missing", row, "henvistTil");
      lists[i] = null;
    } else {
      const text = String(r);
      lists[i] =
        text.indexOf(";") < 0 && text.indexOf(",") < 0
          ? [text]
          : text
              .split(/[;,]/)
              .map((x) => x.trim())
              .filter((x) => x !== "" && x.toLowerCase() !== "ingen");
    }
    for (const yn of [sendt[i] ?? null, leder[i] ?? null])
      if (!isBlank(yn) && yn !== "ja" && yn !== "nej" && yn !== true && yn !== false)
        add("yesno-invalid", row, "yesNo");
  }
  const keyOf = Float64Array.from(keys);
  duplicates([keyOf, starts, ends, hours], cols, n, (i) => add("duplicate-row", f.firstRow + i, ""));

  // 20 hours within 12 months per company: totals first, windows only for the heavy ones.
  const total = new Map<number, number>();
  for (let i = 0; i < n; i++)
    if (keys[i] !== 0) total.set(keys[i] as number, (total.get(keys[i] as number) ?? 0) + (hours[i] as number));
  const heavy: number[] = [];
  for (let i = 0; i < n; i++)
    if (keys[i] !== 0 && (total.get(keys[i] as number) ?? 0) > 20 && starts[i] === starts[i]) heavy.push(i);
  heavy.sort((a, b) => (keys[a] as number) - (keys[b] as number) || (starts[a] as number) - (starts[b] as number));
  let from = 0;
  let sum = 0;
  for (let p = 0; p < heavy.length; p++) {
    const i = heavy[p] as number;
    if (p > 0 && keys[heavy[p - 1] as number] !== keys[i]) {
      from = p;
      sum = 0;
    }
    sum += hours[i] as number;
    while ((starts[i] as number) - (starts[heavy[from] as number] as number) > 365)
      sum -= hours[heavy[from++] as number] as number;
    if (sum > 20 && leder[i] !== "ja") add("hours-over-20-no-decision", f.firstRow + i, "timer");
  }

  const ecvr = col(e, "cvr");
  const eseg = col(e, "segment");
  const score = col(e, "anbefaling");
  const effekt = col(e, "effekt");
  const henv = col(e, "henvisning");
  const baer = col(e, "baeredygtighed");
  const m = e.rowCount;
  const ekeys = new Float64Array(m);
  const escore = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const row = e.firstRow + i;
    const c = ecvr[i] ?? null;
    if (isBlank(c)) add("cvr-blank", row, "cvr");
    else {
      const k = cvrKey(c);
      if (k < 0) add("cvr-format", row, "cvr");
      else ekeys[i] = k;
    }
    const s = eseg[i] ?? null;
    if (!isBlank(s) && !(typeof s === "string" && SEGMENTS.has(s))) add("segment-invalid", row, "segment");
    const a = score[i] ?? null;
    const sc = isBlank(a) ? 0 : numberOf(a);
    if (!isBlank(a) && !(Number.isInteger(sc) && sc >= 0 && sc <= 10)) add("score-invalid", row, "anbefaling");
    escore[i] = sc;
    for (const [v, scale, rule] of [
      [effekt[i] ?? null, EFFECT, "effect-invalid"],
      [henv[i] ?? null, REFERRAL, "referral-invalid"],
      [baer[i] ?? null, EFFECT, "sustainability-invalid"],
    ] as const)
      if (!isBlank(v) && !(typeof v === "string" && scale.has(v))) add(rule, row, rule);
  }
  const ecols = Object.keys(e.columns).map((id) => col(e, id));
  duplicates([ekeys, escore], ecols, m, (i) => {
    if (ekeys[i] !== 0) add("duplicate-row", e.firstRow + i, "");
  });
  for (const [rule, k] of perRule) if (k > PER_RULE) add("more-findings", 0, rule);
  return findings;
}

/** The whole floor: the checks, then the indicators. */
export const honestFloor = (data: WorkbookData, year: number): FloorResult => ({
  findings: floorChecks(data),
  indicators: baseline(data, year),
});

/** Findings per rule, to set beside the engine's. */
export const countByRule = (findings: readonly { readonly rule: string }[]): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const x of findings) out[x.rule] = (out[x.rule] ?? 0) + 1;
  return out;
};
