/**
 * Compute an indicator's realised value from checked data. Every measure returns its raw
 * counts (`state`) as well, so what-if and the status sheet's formulas work from the same
 * numbers, and a reason instead of a number when data is missing (never 0 by accident).
 */
import type { CleanData, CleanTable, TypedValue } from "../clean";
import type { Contract, Filter, Measure } from "../contract/schema";
import type { Role } from "../model";
import type { EngineNote } from "../../i18n/engine-notes";
import { compileFilter, type RowPredicate } from "./filter";
import { fold } from "./fold";
import { dictionaryOf } from "./dictionary";
import type { MeasureState, Period } from "./types";

export interface MeasureContext {
  readonly contract: Contract;
  readonly data: CleanData;
  readonly period: Period;
  /** The field that places a course in a period (`startdato` by default). */
  readonly periodField: string;
  readonly goalId: string;
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
  readonly table: CleanTable;
  readonly test: RowPredicate;
  readonly notes: EngineNote[];
}

/** The rows a table measure looks at: bound, not blank, in the period, matching `where`. */
function rowsOf(ctx: MeasureContext, role: Role, where: Filter | undefined): RowSet | MeasureOutcome {
  const table = ctx.data[role];
  if (!table) return missing({ code: "table-missing", params: { table: ROLE_LABEL[role] } });
  const filter = compileFilter(where, table);
  if (filter.missingFields.length > 0) {
    return missing({
      code: "fields-missing",
      params: { table: ROLE_LABEL[role], fields: filter.missingFields.join(", ") },
    });
  }
  const notes: EngineNote[] = [];
  const test = filter.test;
  if (role === "Forloeb" && ctx.period.from !== null && ctx.period.to !== null) {
    const field = ctx.periodField;
    if (!table.fields.has(field)) {
      notes.push({ code: "period-field-unbound", params: { field: headerOf(table, field) } });
    } else {
      const { mask, unplaced } = periodMask(table, field, ctx.period.from, ctx.period.to);
      if (unplaced > 0)
        notes.push({ code: "period-unplaced", params: { count: unplaced, field: headerOf(table, field) } });
      return { table, test: (i) => mask[i] === 1 && test(i), notes };
    }
  }
  const blank = table.blank;
  return { table, test: (i) => !blank[i] && test(i), notes };
}

/** Rows in the period and not blank, computed once per table and period (every measure of an evaluation shares it). */
const PERIOD_MASKS = new WeakMap<CleanTable, Map<string, { mask: Uint8Array; unplaced: number }>>();
function periodMask(
  table: CleanTable,
  field: string,
  from: number,
  to: number,
): { mask: Uint8Array; unplaced: number } {
  let byKey = PERIOD_MASKS.get(table);
  if (!byKey) PERIOD_MASKS.set(table, (byKey = new Map()));
  const key = `${field}\u0000${from}\u0000${to}`;
  const hit = byKey.get(key);
  if (hit) return hit;
  const col = table.columns[field] ?? [];
  const mask = new Uint8Array(table.rowCount);
  let unplaced = 0;
  for (let i = 0; i < table.rowCount; i++) {
    if (table.blank[i]) continue;
    const d = col[i];
    if (typeof d !== "number") unplaced++;
    else if (d >= from && d <= to) mask[i] = 1;
  }
  const made = { mask, unplaced };
  byKey.set(key, made);
  return made;
}

const headerOf = (table: CleanTable, field: string): string => table.headers[field] ?? field;

const isRowSet = (x: RowSet | MeasureOutcome): x is RowSet => "test" in x;

const isBlankValue = (v: TypedValue | undefined): boolean =>
  v === null || v === undefined || v === "" || (Array.isArray(v) && v.length === 0);

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
  const { table, test } = rs;
  if (!table.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  const col = table.columns[m.field] ?? [];
  let promoters = 0;
  let detractors = 0;
  let answers = 0;
  for (let i = 0; i < table.rowCount; i++) {
    const v = col[i];
    if (typeof v !== "number" || !test(i)) continue;
    answers++;
    if (v >= 9) promoters++;
    else if (v <= 6) detractors++;
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
  const den = compileFilter(m.denominator, rs.table);
  const num = compileFilter(m.numerator, rs.table);
  const lacking = [...den.missingFields, ...num.missingFields];
  if (m.distinct && !rs.table.fields.has(m.distinct)) lacking.push(m.distinct);
  if (lacking.length > 0) {
    return missing({
      code: "fields-missing",
      params: { table: ROLE_LABEL[m.table], fields: [...new Set(lacking)].join(", ") },
    });
  }
  let hits = 0;
  let total = 0;
  if (m.distinct) {
    // A company counts once; it is a hit when any of its rows is.
    const key = rs.table.columns[m.distinct] ?? [];
    const dict = dictionaryOf(key, rs.table.rowCount);
    if (dict) {
      // Per company: 0 unseen, 1 seen, 2 seen with a hit.
      const state = new Uint8Array(dict.values.length);
      const codes = dict.codes;
      for (let i = 0; i < rs.table.rowCount; i++) {
        const c = codes[i]!;
        if (c === 0 || state[c] === 2 || !den.test(i) || !rs.test(i)) continue;
        if (state[c] === 0) total++;
        if (num.test(i)) {
          state[c] = 2;
          hits++;
        } else state[c] = 1;
      }
      if (total === 0) return missing(...rs.notes, { code: "no-rows", params: { table: ROLE_LABEL[m.table] } });
      return { value: shareValue(hits, total), state: { kind: "share", hits, total }, notes: rs.notes };
    }
    const seen = new Map<string, boolean>();
    for (let i = 0; i < rs.table.rowCount; i++) {
      if (!den.test(i) || !rs.test(i)) continue;
      const k = key[i];
      if (isBlankValue(k)) continue;
      const id = String(k);
      const was = seen.get(id);
      if (was !== true) seen.set(id, num.test(i));
    }
    total = seen.size;
    for (const hit of seen.values()) if (hit) hits++;
  } else {
    for (let i = 0; i < rs.table.rowCount; i++) {
      if (!rs.test(i) || !den.test(i)) continue;
      total++;
      if (num.test(i)) hits++;
    }
  }
  if (total === 0) return missing(...rs.notes, { code: "no-rows", params: { table: ROLE_LABEL[m.table] } });
  return { value: shareValue(hits, total), state: { kind: "share", hits, total }, notes: rs.notes };
}

function count(m: Extract<Measure, { kind: "count" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  let n = 0;
  for (let i = 0; i < rs.table.rowCount; i++) if (rs.test(i)) n++;
  return { value: n, state: { kind: "count", count: n }, notes: rs.notes };
}

function distinct(m: Extract<Measure, { kind: "distinct" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  if (!rs.table.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  const col = rs.table.columns[m.field] ?? [];
  const dict = dictionaryOf(col, rs.table.rowCount);
  if (dict) {
    // Distinct codes: no hashing of the row's text.
    const seenCode = new Uint8Array(dict.values.length);
    const codes = dict.codes;
    let count = 0;
    for (let i = 0; i < rs.table.rowCount; i++) {
      const c = codes[i]!;
      if (c === 0 || seenCode[c] === 1 || !rs.test(i)) continue;
      seenCode[c] = 1;
      count++;
    }
    return { value: count, state: { kind: "count", count }, notes: rs.notes };
  }
  const seen = new Set<string>();
  for (let i = 0; i < rs.table.rowCount; i++) {
    if (!rs.test(i)) continue;
    const v = col[i];
    if (!isBlankValue(v)) seen.add(String(v));
  }
  return { value: seen.size, state: { kind: "count", count: seen.size }, notes: rs.notes };
}

function sum(m: Extract<Measure, { kind: "sum" }>, ctx: MeasureContext): MeasureOutcome {
  const rs = rowsOf(ctx, m.table, m.where);
  if (!isRowSet(rs)) return rs;
  if (!rs.table.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  const col = rs.table.columns[m.field] ?? [];
  let s = 0;
  for (let i = 0; i < rs.table.rowCount; i++) {
    const v = col[i];
    if (typeof v === "number" && rs.test(i)) s += v;
  }
  return { value: s, state: { kind: "sum", sum: s }, notes: rs.notes };
}

/** Look a key figure up in `Noegletal` by its id, Danish label or synonyms (folded). */
export function keyFigure(
  key: string,
  ctx: MeasureContext,
): { value: number | null; notes: EngineNote[]; label: string } {
  const def = ctx.contract.keyFigures.find((k) => k.id === key);
  const label = def?.label ?? key;
  const table = ctx.data.Noegletal;
  if (!table) return { value: null, notes: [{ code: "table-missing", params: { table: "Nøgletal" } }], label };
  const names = new Set([key, label, ...(def?.synonyms ?? [])].map(fold));
  const keys = table.columns.noegle ?? [];
  const values = table.columns.vaerdi ?? [];
  const rows: number[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const k = keys[i];
    if (typeof k === "string" && names.has(fold(k))) rows.push(i);
  }
  const first = rows[0];
  if (first === undefined) return { value: null, notes: [{ code: "key-missing", params: { key: label } }], label };
  const notes: EngineNote[] =
    rows.length > 1
      ? [{ code: "key-duplicate", params: { key: label, count: rows.length, row: table.firstRow + first } }]
      : [];
  const v = values[first];
  if (typeof v !== "number")
    return { value: null, notes: [...notes, { code: "key-missing", params: { key: label } }], label };
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
  if (!rs.table.fields.has(m.field))
    return missing({ code: "fields-missing", params: { table: ROLE_LABEL[m.table], fields: m.field } });
  const typeOf = new Map<string, string>();
  const population = new Map<string, number>();
  const kName = kommuner.columns.kommune ?? [];
  const kType = kommuner.columns.kommunetype ?? [];
  const kPop = kommuner.columns.befolkning ?? [];
  for (let i = 0; i < kommuner.rowCount; i++) {
    const name = kName[i];
    const type = kType[i];
    const pop = kPop[i];
    if (typeof name !== "string" || typeof type !== "string" || typeof pop !== "number") continue;
    typeOf.set(fold(name), type);
    population.set(type, (population.get(type) ?? 0) + pop);
  }
  if (population.size === 0) return missing({ code: "population-missing" });
  const counts = new Map<string, number>([...population.keys()].map((k) => [k, 0]));
  const col = rs.table.columns[m.field] ?? [];
  const key = m.distinct ? (rs.table.columns[m.distinct] ?? []) : null;
  const seen = new Set<string>();
  const unknown = new Map<string, number>();
  const typeByText = new Map<string, string | null>();
  for (let i = 0; i < rs.table.rowCount; i++) {
    if (!rs.test(i)) continue;
    const k = col[i];
    if (typeof k !== "string" || k === "") continue;
    let type = typeByText.get(k);
    if (type === undefined) typeByText.set(k, (type = typeOf.get(fold(k)) ?? null));
    if (type === null) {
      unknown.set(k, (unknown.get(k) ?? 0) + 1);
      continue;
    }
    if (key) {
      const id = key[i];
      if (isBlankValue(id) || seen.has(String(id))) continue;
      seen.add(String(id));
    }
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const state: MeasureState = {
    kind: "distribution",
    relative: m.deviation === "relative",
    groups: [...population.entries()].map(([group, pop]) => ({
      group,
      population: pop,
      count: counts.get(group) ?? 0,
    })),
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
  const goalCol = table.columns.maal ?? [];
  const textCol = table.columns.aktivitet ?? [];
  const statusCol = table.columns.status ?? [];
  const wanted = goalKey(ctx.goalId);
  const rows: { text: string; status: TypedValue }[] = [];
  for (let i = 0; i < table.rowCount; i++) {
    const g = goalCol[i];
    const goal = typeof g === "number" ? String(g) : g;
    if (typeof goal === "string" && goalKey(goal) === wanted && !table.blank[i]) {
      const t = textCol[i];
      rows.push({ text: typeof t === "string" ? fold(t) : "", status: statusCol[i] ?? null });
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
