/**
 * Compute an indicator's realised value from checked data. Every measure returns its raw
 * counts (`state`) as well, so what-if and the status sheet's formulas work from the same
 * numbers, and a reason instead of a number when data is missing (never 0 by accident).
 */
import type { CleanData, CleanTable, ColumnDictionary, ColumnView, TypedValue } from "../clean";
import type { Contract, Filter, Measure } from "../contract/schema";
import type { Role } from "../model";
import type { EngineNote } from "../../i18n/engine-notes";
import { both, filterMask, isBlankValue } from "./filter";
import { fold, keyName, keyRowsForYear, municipalityKey, municipalityKeys, yearsIn } from "./fold";
import type { TableFrame } from "./frame";
import { countMask, emptyMask, rowsOfMask, type RowMask } from "./mask";
import type { MeasureState, Period } from "./types";

export interface MeasureContext {
  readonly contract: Contract;
  readonly data: CleanData;
  readonly period: Period;
  /** The field that places a course in a period (`startdato` by default). */
  readonly periodField: string;
  readonly goalId: string;
  /** This evaluation's frame of a table (views and masks shared by its measures). */
  readonly frameOf: (table: CleanTable) => TableFrame;
}

export interface MeasureOutcome {
  readonly value: number | null;
  readonly state: MeasureState | null;
  readonly notes: readonly EngineNote[];
}

const missing = (...notes: EngineNote[]): MeasureOutcome => ({ value: null, state: null, notes });

const ROLE_LABEL: Readonly<Record<Role, string>> = {
  Forloeb: "Forløb",
  Evaluering: "Evaluering",
  Noegletal: "Nøgletal",
  Kommuner: "Kommuner",
  Aktiviteter: "Aktiviteter",
};

interface RowSet {
  readonly frame: TableFrame;
  /** The rows the measure looks at. */
  readonly mask: RowMask;
  readonly notes: EngineNote[];
}

/** The rows a table measure looks at: bound, not blank, in the period, matching `where`. */
function rowsOf(ctx: MeasureContext, role: Role, where: Filter | undefined): RowSet | MeasureOutcome {
  const table = ctx.data[role];
  if (!table) return missing({ code: "table-missing", params: { table: ROLE_LABEL[role] } });
  const frame = ctx.frameOf(table);
  const filter = filterMask(where, frame);
  if (filter.missingFields.length > 0) {
    return missing({
      code: "fields-missing",
      params: { table: ROLE_LABEL[role], fields: filter.missingFields.join(", ") },
    });
  }
  const notes: EngineNote[] = [];
  let base = frame.notBlank();
  let baseKey = "b";
  if (role === "Forloeb" && ctx.period.from !== null && ctx.period.to !== null) {
    const field = ctx.periodField;
    if (!table.fields.has(field)) {
      notes.push({ code: "period-field-unbound", params: { field: headerOf(frame, field) } });
    } else {
      const { mask, unplaced } = periodMask(frame, field, ctx.period.from, ctx.period.to);
      if (unplaced > 0)
        notes.push({ code: "period-unplaced", params: { count: unplaced, field: headerOf(frame, field) } });
      base = mask;
      baseKey = `p${field}\u0000${ctx.period.from}\u0000${ctx.period.to}`;
    }
  }
  // Measures sharing a period and a filter share their rows.
  const key = `r${baseKey}\u0000${where ? JSON.stringify(where) : ""}`;
  let mask = frame.masks.get(key);
  if (mask === undefined) frame.masks.set(key, (mask = both(base, filter.mask)));
  return { frame, mask, notes };
}

/** Rows in the period and not blank, and the non-blank rows without a date to place them. */
function periodMask(frame: TableFrame, field: string, from: number, to: number): { mask: RowMask; unplaced: number } {
  const key = `${field}\u0000${from}\u0000${to}`;
  const hit = frame.periods.get(key);
  if (hit) return hit;
  const dates = frame.numbers(field);
  const notBlank = frame.notBlank();
  const n = frame.rowCount;
  const mask = emptyMask(n);
  let unplaced = 0;
  for (let w = 0, i = 0; i < n; w++) {
    const end = Math.min(i + 32, n);
    const rows = notBlank[w]!;
    let x = 0;
    for (let j = 0; i < end; i++, j++) {
      const d = dates[i]!;
      if (d >= from && d <= to) x |= 1 << j;
      else if (d !== d && ((rows >>> j) & 1) === 1) unplaced++;
    }
    mask[w] = x & rows;
  }
  const made = { mask, unplaced };
  frame.periods.set(key, made);
  return made;
}

const headerOf = (frame: TableFrame, field: string): string => frame.table.headers[field] ?? field;

const isRowSet = (x: RowSet | MeasureOutcome): x is RowSet => "mask" in x;

/** Codes of a coded column with equal values merged (a code per distinct value). */
function canonicalCodes(
  view: ColumnView,
): { codes: ColumnDictionary["codes"]; canon: Int32Array; size: number } | null {
  const dict = view.dict;
  if (!dict) return null;
  const first = new Map<string | number | boolean, number>();
  const canon = new Int32Array(dict.values.length);
  dict.values.forEach((v, k) => {
    if (k === 0 || v === null || isBlankValue(v)) return;
    // Lists meet by their text, as distinct counts always compared them.
    const key = typeof v === "object" ? `\u0000${String(v)}` : v;
    let c = first.get(key);
    if (c === undefined) first.set(key, (c = k));
    canon[k] = c;
  });
  return { codes: dict.codes, canon, size: dict.values.length };
}

/** Distinct non-blank values of a field among the rows of a mask. */
function distinctCount(frame: TableFrame, field: string, mask: RowMask): number {
  const view = frame.view(field);
  const coded = canonicalCodes(view);
  if (coded) {
    const { codes, canon } = coded;
    const seen = new Uint8Array(coded.size);
    let count = 0;
    for (let w = 0; w < mask.length; w++) {
      for (let x = mask[w]!; x !== 0; x &= x - 1) {
        const c = canon[codes[(w << 5) + 31 - Math.clz32(x & -x)]!]!;
        if (c === 0 || seen[c] === 1) continue;
        seen[c] = 1;
        count++;
      }
    }
    return count;
  }
  const keys = view.cvrKeys;
  if (keys) {
    // A bit per company instead of hashing its text.
    const set = frame.scratch.cvrSet();
    let count = 0;
    for (let w = 0; w < mask.length; w++) {
      for (let x = mask[w]!; x !== 0; x &= x - 1) {
        const k = keys[(w << 5) + 31 - Math.clz32(x & -x)]!;
        if (k !== 0 && set.add(k)) count++;
      }
    }
    return count;
  }
  const seen = new Set<string>();
  for (let w = 0; w < mask.length; w++) {
    for (let x = mask[w]!; x !== 0; x &= x - 1) {
      const v = view.at((w << 5) + 31 - Math.clz32(x & -x));
      if (!isBlankValue(v)) seen.add(String(v));
    }
  }
  return seen.size;
}

/** Marks keys (companies) as seen one row at a time, in row order. */
interface KeyMarker {
  /** True when row i has a key not seen before (and marks it seen). */
  first(i: number): boolean;
}

function keyMarker(frame: TableFrame, field: string): KeyMarker {
  const view = frame.view(field);
  const coded = canonicalCodes(view);
  if (coded) {
    const { codes, canon } = coded;
    const seen = new Uint8Array(coded.size);
    return {
      first(i) {
        const c = canon[codes[i]!]!;
        if (c === 0 || seen[c] === 1) return false;
        seen[c] = 1;
        return true;
      },
    };
  }
  const keys = view.cvrKeys;
  if (keys) {
    const set = frame.scratch.cvrSet();
    return { first: (i) => keys[i] !== 0 && set.add(keys[i]!) };
  }
  const seen = new Set<string>();
  return {
    first(i) {
      const v = view.at(i);
      if (isBlankValue(v)) return false;
      const id = String(v);
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    },
  };
}

export function computeMeasure(measure: Measure, ctx: MeasureContext): MeasureOutcome {
  switch (measure.kind) {
    case "nps":
      return nps(measure, ctx);
    case "share":
      return share(measure, ctx);
    case "count":
      return count(measure, ctx);
    case "distinct":
      return distinct(measure, ctx);
    case "sum":
      return sum(measure, ctx);
    case "keyFigure":
    case "controlGroup": {
      const k = keyFigure(measure.key, ctx);
      return k.value === null
        ? missing(...k.notes)
        : { value: k.value, state: { kind: "keyFigure", value: k.value }, notes: k.notes };
    }
    case "keyRatio":
      return keyRatio(measure.numerator, measure.denominator, ctx);
    case "distribution":
      return distribution(measure, ctx);
    case "checklist":
      return checklist(measure, ctx);
  }
}

function nps(m: Extract<Measure, { kind: "nps" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  const { frame, mask } = rs;
  if (!frame.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  const scores = frame.numbers(m.field);
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  for (let w = 0; w < mask.length; w++) {
    for (let x = mask[w]!; x !== 0; x &= x - 1) {
      const v = scores[(w << 5) + 31 - Math.clz32(x & -x)]!;
      if (v !== v) continue;
      answers++;
      if (v >= 9) promoters++;
      else if (v <= 6) detractors++;
    }
  }
  if (answers === 0) return missing(...rs.notes, { code: "no-rows", params: { table: ROLE_LABEL[m.table] } });
  return {
    value: npsValue(promoters, detractors, answers),
    state: { kind: "nps", promoters, detractors, answers },
    notes: rs.notes,
  };
}

/** NPS in points; multiply before dividing so whole results are exact (70, not 70.00000000000001). */
export const npsValue = (promoters: number, detractors: number, answers: number): number =>
  ((promoters - detractors) * 100) / answers;

export const shareValue = (hits: number, total: number): number => (hits * 100) / total;

function share(m: Extract<Measure, { kind: "share" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  const { frame } = rs;
  const den = filterMask(m.denominator, frame);
  const num = filterMask(m.numerator, frame);
  const lacking = [...den.missingFields, ...num.missingFields];
  if (m.distinct && !frame.fields.has(m.distinct)) lacking.push(m.distinct);
  if (lacking.length > 0) {
    return missing({
      code: "fields-missing",
      params: { table: ROLE_LABEL[m.table], fields: [...new Set(lacking)].join(", ") },
    });
  }
  const counted = both(rs.mask, den.mask);
  const hitRows = both(counted, num.mask);
  // By company: a company counts once, and is a hit when any of its counted rows is.
  const total = m.distinct ? distinctCount(frame, m.distinct, counted) : countMask(counted);
  const hits = m.distinct ? distinctCount(frame, m.distinct, hitRows) : countMask(hitRows);
  if (total === 0) return missing(...rs.notes, { code: "no-rows", params: { table: ROLE_LABEL[m.table] } });
  return { value: shareValue(hits, total), state: { kind: "share", hits, total }, notes: rs.notes };
}

function count(m: Extract<Measure, { kind: "count" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  const n = countMask(rs.mask);
  return { value: n, state: { kind: "count", count: n }, notes: rs.notes };
}

function distinct(m: Extract<Measure, { kind: "distinct" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  if (!rs.frame.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  const n = distinctCount(rs.frame, m.field, rs.mask);
  return { value: n, state: { kind: "count", count: n }, notes: rs.notes };
}

function sum(m: Extract<Measure, { kind: "sum" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  const { frame, mask } = rs;
  if (!frame.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  const x = frame.numbers(m.field);
  // Row order, as before, so the float sum is the same to the last bit.
  let s = 0;
  for (let w = 0; w < mask.length; w++) {
    for (let bits = mask[w]!; bits !== 0; bits &= bits - 1) {
      const v = x[(w << 5) + 31 - Math.clz32(bits & -bits)]!;
      if (v === v) s += v;
    }
  }
  return { value: s, state: { kind: "sum", sum: s }, notes: rs.notes };
}

/** Look a key figure up in `Noegletal` by its id, Danish label or synonyms (folded). */
/**
 * A per-cent key figure written as a fraction: 0.57 for 57 % (Excel stores "57 %" that way).
 * Shares such as kendskabsgrad are never under 1 %, so |v| < 1 (but not 0) is read as a fraction.
 */
export const isPercentFraction = (unit: string | undefined, v: number): boolean =>
  unit === "procent" && v !== 0 && Math.abs(v) < 1;

/** The group of a course's municipality, found under its short name too; -1 when unknown. */
const groupOfMunicipality = (typeOf: ReadonlyMap<string, number>, name: string): number => {
  for (const k of municipalityKeys(fold(name))) {
    const g = typeOf.get(k);
    if (g !== undefined) return g;
  }
  return -1;
};

export function keyFigure(
  key: string,
  ctx: MeasureContext,
): { value: number | null; notes: EngineNote[]; label: string } {
  const def = ctx.contract.keyFigures.find((k) => k.id === key);
  const label = def?.label ?? key;
  const table = ctx.data.Noegletal;
  if (!table) return { value: null, notes: [{ code: "table-missing", params: { table: "Nøgletal" } }], label };
  const names = new Set([key, label, ...(def?.synonyms ?? [])].map(keyName));
  const frame = ctx.frameOf(table);
  const keys = frame.view("noegle");
  const matched: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const k = keys.at(i);
    if (typeof k === "string" && names.has(keyName(k))) matched.push(i);
  }
  // A list of several years' figures: the evaluated year's row (unless the figure's own name has a year).
  const named = [key, label, ...(def?.synonyms ?? [])].some((n) => yearsIn(n).length > 0);
  const nameOf = (i: number): string => String(keys.at(i) ?? "");
  const rows = named ? matched : keyRowsForYear(matched, nameOf, ctx.period.year);
  const first = rows[0];
  if (first === undefined) {
    const years = [...new Set(matched.flatMap((i) => yearsIn(nameOf(i))))].sort();
    return {
      value: null,
      notes: [
        matched.length > 0 && ctx.period.year !== null
          ? { code: "key-other-year", params: { key: label, years: years.join(", "), year: ctx.period.year } }
          : { code: "key-missing", params: { key: label } },
      ],
      label,
    };
  }
  const notes: EngineNote[] =
    rows.length > 1
      ? [{ code: "key-duplicate", params: { key: label, count: rows.length, row: table.firstRow + first } }]
      : [];
  const v = frame.view("vaerdi").at(first);
  if (typeof v !== "number")
    return { value: null, notes: [...notes, { code: "key-missing", params: { key: label } }], label };
  // "57 %" typed in Excel is the number 0.57 shown as a percentage; a share is never below 1 %.
  if (isPercentFraction(def?.unit, v)) {
    // toPrecision(12) drops the binary noise: 0.29 * 100 is 28.999999999999996.
    const value = Number((v * 100).toPrecision(12));
    return { value, notes: [...notes, { code: "key-fraction-percent", params: { key: label, raw: v, value } }], label };
  }
  return { value: v, notes, label };
}

function keyRatio(numKey: string, denKey: string, ctx: MeasureContext): MeasureOutcome {
  const n = keyFigure(numKey, ctx);
  const d = keyFigure(denKey, ctx);
  if (n.value === null || d.value === null) return missing(...n.notes, ...d.notes);
  if (d.value === 0) return missing({ code: "division-by-zero", params: { key: d.label } });
  return {
    value: n.value / d.value,
    state: { kind: "keyRatio", numerator: n.value, denominator: d.value },
    notes: [...n.notes, ...d.notes],
  };
}

/** Largest deviation of the rows' by/land split from the population's, in points or relative %. */
export function distributionValue(groups: MeasureState & { kind: "distribution" }): number | null {
  const rows = groups.groups.reduce((a, g) => a + g.count, 0);
  const pop = groups.groups.reduce((a, g) => a + g.population, 0);
  if (rows === 0 || pop === 0) return null;
  let worst = 0;
  for (const g of groups.groups) {
    const share = g.count / rows;
    const ref = g.population / pop;
    const dev = groups.relative
      ? ref === 0
        ? share === 0
          ? 0
          : Infinity
        : Math.abs(share / ref - 1) * 100
      : Math.abs(share - ref) * 100;
    worst = Math.max(worst, dev);
  }
  return worst;
}

function distribution(m: Extract<Measure, { kind: "distribution" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  const kommuner = ctx.data.Kommuner;
  if (!kommuner) return missing({ code: "table-missing", params: { table: "Kommuner" } });
  if (!kommuner.fields.has("kommunetype") || !kommuner.fields.has("befolkning"))
    return missing({ code: "population-missing" });
  const { frame, mask } = rs;
  if (!frame.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  // Municipality (folded) → type index; population per type, in first-seen order.
  const typeOf = new Map<string, number>();
  const groups: string[] = [];
  const population: number[] = [];
  const k = ctx.frameOf(kommuner);
  const kName = k.view("kommune");
  const kType = k.view("kommunetype");
  const kPop = k.view("befolkning");
  for (let i = 0; i < kommuner.rowCount; i++) {
    const name = kName.at(i);
    const type = kType.at(i);
    const pop = kPop.at(i);
    if (typeof name !== "string" || typeof type !== "string" || typeof pop !== "number") continue;
    let g = groups.indexOf(type);
    if (g < 0) {
      g = groups.push(type) - 1;
      population.push(0);
    }
    typeOf.set(municipalityKey(fold(name)), g);
    population[g]! += pop;
  }
  if (groups.length === 0) return missing({ code: "population-missing" });
  const counts = new Array<number>(groups.length).fill(0);
  // Unknown municipalities as written, with their rows, in order of first appearance.
  const unknown = new Map<string, number>();
  const view = frame.view(m.field);
  const marker = m.distinct ? keyMarker(frame, m.distinct) : null;
  const coded = canonicalCodes(view);
  if (coded) {
    // Per code: the group index, -1 for an unknown municipality, -2 for no text.
    const values = view.dict!.values;
    const groupOf = Int32Array.from(values, (v, c) =>
      c === 0 || coded.canon[c] === 0 || typeof v !== "string" || v === "" ? -2 : groupOfMunicipality(typeOf, v),
    );
    const codes = coded.codes;
    if (marker === null) {
      // Rows per code in one branch-free pass over every row (most rows are in), then per group.
      const perCode = new Int32Array(values.length);
      const n = frame.rowCount;
      for (let w = 0, i = 0; i < n; w++) {
        const x = mask[w]!;
        if (x === 0) {
          i += 32;
          continue;
        }
        const end = Math.min(i + 32, n);
        for (let j = 0; i < end; i++, j++) perCode[codes[i]!]! += (x >>> j) & 1;
      }
      for (let c = 0; c < values.length; c++) if (groupOf[c]! >= 0) counts[groupOf[c]!]! += perCode[c]!;
      // Unknown municipalities in order of their first row, as the note lists them.
      let pending = 0;
      for (let c = 0; c < values.length; c++) if (groupOf[c] === -1 && perCode[c]! > 0) pending++;
      const listed = new Uint8Array(values.length);
      for (let w = 0; w < mask.length && pending > 0; w++) {
        for (let x = mask[w]!; x !== 0 && pending > 0; x &= x - 1) {
          const c = codes[(w << 5) + 31 - Math.clz32(x & -x)]!;
          if (groupOf[c] !== -1 || listed[c] === 1) continue;
          listed[c] = 1;
          pending--;
          const name = values[c] as string;
          unknown.set(name, (unknown.get(name) ?? 0) + perCode[c]!);
        }
      }
    } else {
      for (let w = 0; w < mask.length; w++) {
        for (let x = mask[w]!; x !== 0; x &= x - 1) {
          const i = (w << 5) + 31 - Math.clz32(x & -x);
          const c = codes[i]!;
          const g = groupOf[c]!;
          if (g === -2) continue;
          if (g === -1) {
            const name = values[c] as string;
            unknown.set(name, (unknown.get(name) ?? 0) + 1);
          } else if (marker.first(i)) counts[g]!++;
        }
      }
    }
  } else {
    const groupByText = new Map<string, number>();
    for (const i of rowsOfMask(mask)) {
      const name = view.at(i);
      if (typeof name !== "string" || name === "") continue;
      let g = groupByText.get(name);
      if (g === undefined) groupByText.set(name, (g = groupOfMunicipality(typeOf, name)));
      if (g === -1) unknown.set(name, (unknown.get(name) ?? 0) + 1);
      else if (marker === null || marker.first(i)) counts[g]!++;
    }
  }
  const state: MeasureState = {
    kind: "distribution",
    relative: m.deviation === "relative",
    groups: groups.map((group, g) => ({ group, population: population[g]!, count: counts[g]! })),
  };
  const notes = [...rs.notes];
  if (unknown.size > 0) {
    const total = [...unknown.values()].reduce((a, b) => a + b, 0);
    notes.push({ code: "kommune-unknown", params: { count: total, list: [...unknown.keys()].slice(0, 5).join(", ") } });
  }
  const value = distributionValue(state);
  if (value === null) return missing(...notes, { code: "no-rows", params: { table: ROLE_LABEL[m.table] } });
  return { value, state, notes };
}

/** "Mål 6", "6", "mål 6." and "Goal 6" all name goal 6. */
const goalKey = (s: string): string =>
  fold(s)
    .replace(/^(maal|mal|goal|delmaal)\s+/, "")
    .replace(/\s+/g, "");

function checklist(m: Extract<Measure, { kind: "checklist" }>, ctx: MeasureContext): MeasureOutcome {
  const table = ctx.data.Aktiviteter;
  if (!table) return missing({ code: "table-missing", params: { table: "Aktiviteter" } });
  const frame = ctx.frameOf(table);
  const goalCol = frame.view("maal");
  const textCol = frame.view("aktivitet");
  const statusCol = frame.view("status");
  const wanted = goalKey(ctx.goalId);
  const rows: { text: string; status: TypedValue }[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const g = goalCol.at(i);
    const goal = typeof g === "number" ? String(g) : g;
    if (typeof goal === "string" && goalKey(goal) === wanted && !table.blank[i]) {
      const t = textCol.at(i);
      rows.push({ text: typeof t === "string" ? fold(t) : "", status: statusCol.at(i) ?? null });
    }
  }
  if (rows.length === 0) return missing({ code: "activities-missing", params: { goal: ctx.goalId } });
  let done = 0;
  let partial = 0;
  const unmatched: string[] = [];
  const used = new Set<number>();
  m.items.forEach((item, index) => {
    const want = fold(item.text);
    const prefix = want.slice(0, 30);
    let at = rows.findIndex((r, i) => !used.has(i) && r.text === want);
    if (at < 0)
      at = rows.findIndex(
        (r, i) => !used.has(i) && r.text !== "" && (r.text.startsWith(prefix) || want.startsWith(r.text.slice(0, 30))),
      );
    // Rows written in the template's order but reworded still line up by position.
    if (at < 0 && rows.length === m.items.length && !used.has(index)) at = index;
    if (at < 0) {
      unmatched.push(item.text.length > 40 ? `${item.text.slice(0, 40)}…` : item.text);
      return;
    }
    used.add(at);
    const status = rows[at]?.status;
    if (status === "opfyldt") done++;
    else if (status === "delvist") partial++;
  });
  const notes: EngineNote[] =
    unmatched.length > 0
      ? [
          {
            code: "activities-unmatched",
            params: { count: unmatched.length, items: m.items.length, list: unmatched.join("; ") },
          },
        ]
      : [];
  const value = done + partial * m.partialCredit;
  return {
    value,
    state: { kind: "checklist", done, partial, items: m.items.length, partialCredit: m.partialCredit },
    notes,
  };
}
