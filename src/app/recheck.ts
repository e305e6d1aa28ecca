/**
 * Use-case: re-check after an edit. The first run checks everything and keeps, per bound table,
 * the raw cells, the typed (clean) columns and each row's own findings. An edit of a few rows then
 * re-parses only those rows, patches the typed columns in place, re-runs the cross-row rules
 * (duplicates, the 3- and 20-hour rules per company, answers registered — cheap loops over the
 * typed columns) and evaluates every goal again from the clean data (the full indicator step).
 * Whenever an edit could change what the full run decides table-wide — a totals row, a column
 * found implausible, a rule over its cap of findings, rows added or removed — it runs everything
 * again, so the result is always the full run's.
 */
import type { Binding, NeedSettings } from "../domain/binding";
import {
  checkCourseRows,
  checkDuplicateRows,
  checkHoursOver20,
  checkKeyDuplicates,
  checkData,
  checkMunicipalities,
  checkTable,
} from "../domain/checks";
import { FindingCollector, type TableLocation } from "../domain/checks/_lib/collector";
import { trailingTotalsRows } from "../domain/checks/totalsRow";
import { columnView, lazyColumns, type CleanData, type CleanTable } from "../domain/clean";
import type { Contract } from "../domain/contract/schema";
import type { EvaluationResult } from "../domain/engine/types";
import type { Finding } from "../domain/findings";
import { ROLES, type BoundTable, type CellValue, type Role, type WorkbookData } from "../domain/model";
import type { SourceInfo } from "../workbook/port";
import { evaluateInWords, knownMunicipalities, merged, type EvaluateOptions } from "./evaluate";
import { prepareInputs } from "./inputs";
import { PatchedView } from "./recheck-view";

/** New values of one data row (0-based index in the bound table), by field. */
export interface RowChange {
  readonly role: Role;
  readonly index: number;
  readonly cells: Readonly<Record<string, CellValue>>;
}

export interface RecheckSession {
  /** The result now: equal to a full `evaluate` of the data with every edit applied. */
  readonly result: EvaluationResult;
  /** Apply edited rows and re-check; `full` tells whether everything had to run again. */
  recheck(changes: readonly RowChange[]): { readonly result: EvaluationResult; readonly full: boolean };
}

export interface RecheckInput {
  readonly contract: Contract;
  readonly data: WorkbookData;
  /** Without a binding the data is taken as bound (as `runEvaluation` takes it). */
  readonly binding?: Binding<SourceInfo>;
  readonly settings?: NeedSettings;
  readonly evaluate?: EvaluateOptions;
}

const MAX_PER_RULE = 1000;
const UNCAPPED = Number.MAX_SAFE_INTEGER;
/** Rules decided over many rows: re-run over the whole (patched) table on every edit. */
const CROSS_ROW = new Set([
  "duplicate-row",
  "noegle-duplicate",
  "hours-over-20-no-decision",
  "hours-over-3-not-evaluated",
  "start-after-end",
  "founded-after-start",
  "service-missing",
  "answer-cvr-unregistered",
  "municipality-unknown",
]);

/** One rule's findings of one table, kept sorted by column place and row: the cap keeps the first. */
class RuleFindings {
  readonly keys: number[] = [];
  readonly byKey = new Map<number, Finding>();

  private find(key: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  add(key: number, f: Finding): void {
    if (!this.byKey.has(key)) this.keys.splice(this.find(key), 0, key);
    this.byKey.set(key, f);
  }

  remove(key: number): void {
    if (!this.byKey.delete(key)) return;
    this.keys.splice(this.find(key), 1);
  }
}

// Rows fit in 2^20 (Excel's limit), so place × 2^21 + row orders by column, then row.
const ROW_SPAN = 2 ** 21;

interface TableState {
  readonly raw: Record<string, CellValue[]>;
  readonly views: Record<string, PatchedView>;
  readonly blank: Uint8Array;
  readonly clean: CleanTable;
  /** Each row's own findings (parse, blank, form), uncapped, by data row. */
  readonly rowFindings: (readonly Finding[] | undefined)[];
  /** A column's place among the table's (the checks report column by column). */
  readonly place: ReadonlyMap<string | null, number>;
  /** The row-local findings per rule, in the order the checks meet them (column, then row). */
  readonly byRule: Map<string, RuleFindings>;
  readonly loc: TableLocation;
  readonly totals: string;
}

interface State {
  readonly data: WorkbookData;
  readonly tables: Partial<Record<Role, TableState>>;
  /** Findings neither row-local nor cross-row: table-level notes (field missing, totals row …). */
  readonly fixed: readonly Finding[];
  readonly extra: readonly Finding[];
  readonly shape: string;
  readonly contract: Contract;
  /** The last findings of each family of cross-row rules. */
  readonly cache: Map<string, { readonly plain: Finding[]; readonly tail: Finding[] }>;
}

const locOf = (t: BoundTable | CleanTable): TableLocation => ({ sheet: String(t.sheet ?? ""), table: t.table ?? null });
const shapeOf = (data: WorkbookData): string =>
  ROLES.map((r) => `${r}:${Object.keys(data[r]?.columns ?? {}).join(",")}:${data[r]?.rowCount ?? -1}`).join("|");

/** A copy of the bound data whose value arrays we own (edits are written into them). */
function ownCopy(data: WorkbookData): WorkbookData {
  const out: Partial<Record<Role, BoundTable>> = {};
  for (const r of ROLES) {
    const t = data[r];
    if (!t) continue;
    const columns = Object.fromEntries(
      Object.entries(t.columns).map(([f, c]) => [f, { ...c, values: [...c.values] }] as const),
    );
    out[r] = { ...t, columns };
  }
  return out;
}

const sharesRows = (data: WorkbookData, t: BoundTable): boolean =>
  t.role === "Evaluering" &&
  data.Forloeb?.sheet === t.sheet &&
  data.Forloeb.table === t.table &&
  data.Forloeb.firstRow === t.firstRow;

const keyOfFinding = (t: TableState, i: number, f: Finding): number => (t.place.get(f.column) ?? 0) * ROW_SPAN + i;

function keep(t: TableState, i: number, f: Finding): void {
  let r = t.byRule.get(f.rule);
  if (r === undefined) t.byRule.set(f.rule, (r = new RuleFindings()));
  r.add(keyOfFinding(t, i, f), f);
}

/** The row-local findings of a table as the full run keeps them: the first 1000 per rule, the rest counted. */
function capped(t: TableState, out: Finding[], tail: Finding[]): void {
  // The checks meet a rule first at its first key: their summaries come in that order.
  const rules = [...t.byRule].filter(([, r]) => r.keys.length > 0).sort(([, a], [, b]) => a.keys[0]! - b.keys[0]!);
  for (const [rule, r] of rules) {
    const n = r.keys.length;
    for (let k = 0; k < Math.min(n, MAX_PER_RULE); k++) out.push(r.byKey.get(r.keys[k]!)!);
    if (n <= MAX_PER_RULE) continue;
    const first = r.byKey.get(r.keys[0]!)!;
    tail.push({
      severity: first.severity,
      rule: "more-findings",
      sheet: t.loc.sheet,
      table: t.loc.table,
      row: null,
      column: null,
      value: null,
      params: { rule, count: n - MAX_PER_RULE, limit: MAX_PER_RULE },
    });
  }
}

/** The contract, data and binding findings as the application prepares them. */
function prepared(input: RecheckInput, data: WorkbookData) {
  if (!input.binding) return { contract: input.contract, data, findings: [] as readonly Finding[] };
  return prepareInputs(input.contract, data, input.binding, input.settings ?? {});
}

function start(input: RecheckInput, data: WorkbookData): State {
  const p = prepared(input, data);
  const registration = input.contract.registration;
  // A CleanData we keep: fresh memory, and every finding (the cap is applied when they are put together).
  const { findings, clean } = checkData(p.data, {
    registration,
    maxPerRule: UNCAPPED,
    municipalities: knownMunicipalities(input.contract),
  });
  const tables: Partial<Record<Role, TableState>> = {};
  for (const role of ROLES) {
    const table = p.data[role];
    const c = clean[role];
    if (!table || !c || !c.views) continue;
    const views = Object.fromEntries(Object.entries(c.views).map(([f, v]) => [f, new PatchedView(v)] as const));
    const blank = Uint8Array.from(c.blank as ArrayLike<number>);
    const patched: CleanTable = { ...c, views, blank, columns: lazyColumns(views) };
    const out = new FindingCollector(UNCAPPED);
    checkTable({ ...table, rowCount: c.rowCount }, registration, out, locOf(table));
    const rowFindings: Finding[][] = [];
    for (const f of out.findings()) {
      if (f.row === null) continue;
      (rowFindings[f.row - c.firstRow] ??= []).push(f);
    }
    tables[role] = {
      raw: Object.fromEntries(Object.entries(table.columns).map(([f, col]) => [f, col.values as CellValue[]])),
      views,
      blank,
      clean: patched,
      rowFindings,
      place: new Map(Object.keys(table.columns).map((f, k) => [table.columns[f]!.header, k] as const)),
      byRule: new Map(),
      loc: locOf(table),
      totals: JSON.stringify(trailingTotalsRows(table)),
    };
    rowFindings.forEach((fs, i) => fs.forEach((f) => keep(tables[role]!, i, f)));
  }
  // Row-local findings are the checkTable ones with a row; everything else not cross-row is fixed.
  const key = (f: Finding): string => JSON.stringify(f);
  const local = new Map<string, number>();
  for (const t of Object.values(tables))
    for (const fs of t.rowFindings) for (const f of fs ?? []) local.set(key(f), (local.get(key(f)) ?? 0) + 1);
  const fixed = findings.filter((f) => {
    if (CROSS_ROW.has(f.rule)) return false;
    const n = local.get(key(f)) ?? 0;
    if (n > 0 && f.rule !== "totals-row-skipped") {
      local.set(key(f), n - 1);
      return false;
    }
    return true;
  });
  return {
    data: p.data,
    tables,
    fixed,
    extra: p.findings,
    shape: shapeOf(p.data),
    contract: p.contract,
    cache: new Map(),
  };
}

/**
 * "registrerer og brugerevaluerer alle virksomheder" (2024–27 §9): each answer whose valid CVR is
 * not in the course list — checkData's own rule, here over the patched typed columns (the property
 * test holds the two equal).
 */
function checkAnswersRegistered(data: WorkbookData, clean: Partial<Record<Role, CleanTable>>, out: FindingCollector) {
  const courses = clean.Forloeb;
  const answers = clean.Evaluering;
  const answerTable = data.Evaluering;
  if (!courses || !answers || !answerTable || !courses.fields.has("cvr") || !answers.fields.has("cvr")) return;
  if (sharesRows(data, answerTable)) return;
  const registered = new Set<string>();
  const cv = columnView(courses, "cvr");
  for (let i = 0; i < courses.rowCount; i++) {
    const v = cv.at(i);
    if (typeof v === "string") registered.add(v);
  }
  const av = columnView(answers, "cvr");
  const loc = locOf(answerTable);
  const coursesSheet = String(data.Forloeb?.sheet ?? "");
  for (let i = 0; i < answers.rowCount; i++) {
    const v = av.at(i);
    if (typeof v !== "string" || registered.has(v)) continue;
    if (!out.accepts(loc, "answer-cvr-unregistered", "warning")) return;
    out.add(loc, "answer-cvr-unregistered", "warning", answers.firstRow + i, answers.headers.cvr ?? null, v, {
      cvr: v,
      coursesSheet,
    });
  }
}

/** A collector's findings: kept ones to `plain`, the "more findings" summaries to `tail`. */
function split(fs: readonly Finding[], plain: Finding[], tail: Finding[]): void {
  for (const f of fs) (f.rule === "more-findings" ? tail : plain).push(f);
}

/**
 * The checks' findings as the full run gives them: fixed, row-local, cross-row, each rule capped
 * per table in the order the full run meets them (column by column, row by row), and the "more
 * findings" summaries last in the full run's order (sorting leaves ties as they come).
 */
/** Cross-row rules per family: what each reads (role.field; #blank a row's blankness; * any cell). */
const COURSE_READS = [
  "startdato",
  "slutdato",
  "stiftelsesdato",
  "timer",
  "sendtTilEvaluering",
  "cvr",
  "forloebstype",
  "tema",
];
const HOURS20_READS = ["cvr", "startdato", "timer", "ledelsesvurdering"];
const reads = (role: Role, fields: readonly string[]): string[] => [
  ...fields.map((f) => `${role}.${f}`),
  `${role}.#blank`,
];

/**
 * `dirty` names what the edits changed (null: everything); a family of rules whose reads it does
 * not touch gives what it gave last time.
 */
function findingsOf(
  state: State,
  registration: Contract["registration"],
  dirty: ReadonlySet<string> | null,
): Finding[] {
  const plain: Finding[] = [...state.fixed];
  const tail: Finding[] = [];
  const family = (id: string, deps: readonly string[] | null, run: (out: FindingCollector) => void): void => {
    let got = state.cache.get(id);
    if (got === undefined || dirty === null || deps === null || deps.some((d) => dirty.has(d))) {
      // Its own collector: the families report rules of their own, so the caps count alike.
      const out = new FindingCollector(MAX_PER_RULE);
      run(out);
      got = { plain: [], tail: [] };
      split(out.findings(), got.plain, got.tail);
      state.cache.set(id, got);
    }
    plain.push(...got.plain);
    tail.push(...got.tail);
  };
  const clean: Partial<Record<Role, CleanTable>> = {};
  for (const role of ROLES) {
    const table = state.data[role];
    const t = state.tables[role];
    if (!table || !t) continue;
    clean[role] = t.clean;
    capped(t, plain, tail);
    // The cross-row rules run as in the full run, in its order.
    const bound = { ...table, rowCount: t.clean.rowCount };
    if (role === "Forloeb") {
      family("course", reads(role, COURSE_READS), (out) => checkCourseRows(bound, t.clean, registration, t.loc, out));
      if (registration === "2024-2027")
        family("hours20", reads(role, HOURS20_READS), (out) => checkHoursOver20(bound, t.clean, t.loc, out));
    }
    family(`${role}.keys`, reads(role, ["noegle"]), (out) => checkKeyDuplicates(bound, t.clean, t.loc, out));
    if (!sharesRows(state.data, table))
      family(`${role}.rows`, [`${role}.*`], (out) => checkDuplicateRows(bound, t.clean, t.loc, out));
  }
  if (registration !== "none")
    family("answers", [...reads("Forloeb", ["cvr"]), ...reads("Evaluering", ["cvr"])], (out) =>
      checkAnswersRegistered(state.data, clean, out),
    );
  const courses = state.data.Forloeb;
  const ct = state.tables.Forloeb;
  if (courses && ct)
    // After the answers, as in the full run; an unknown municipality depends on the Kommuner table.
    family("places", null, (out) =>
      checkMunicipalities(
        { ...courses, rowCount: ct.clean.rowCount },
        ct.clean,
        clean.Kommuner,
        knownMunicipalities(state.contract),
        out,
      ),
    );
  return [...plain, ...tail];
}

function resultOf(input: RecheckInput, state: State, checks: readonly Finding[]): EvaluationResult {
  const clean: CleanData = Object.fromEntries(
    ROLES.flatMap((r) => (state.tables[r] ? [[r, state.tables[r].clean] as const] : [])),
  );
  return { ...evaluateInWords(state.contract, clean, input.evaluate ?? {}), findings: merged(state.extra, checks) };
}

/** Re-parse one row; true when it became blank or stopped being blank. */
function recheckRow(state: State, role: Role, i: number, registration: Contract["registration"]): boolean {
  const table = state.data[role]!;
  const t = state.tables[role]!;
  const columns = Object.fromEntries(
    Object.entries(table.columns).map(([f, c]) => [f, { ...c, values: [t.raw[f]![i] ?? null] }] as const),
  );
  const one: BoundTable = { ...table, firstRow: t.clean.firstRow + i, rowCount: 1, columns };
  const out = new FindingCollector(UNCAPPED);
  const c = checkTable(one, registration, out, locOf(table));
  for (const [f, v] of Object.entries(t.views)) v.set(i, c.views?.[f]?.at(0) ?? null);
  const was = t.blank[i];
  t.blank[i] = c.blank[0] ? 1 : 0;
  const own = out.findings().filter((f) => f.row !== null);
  for (const f of t.rowFindings[i] ?? []) t.byRule.get(f.rule)?.remove(keyOfFinding(t, i, f));
  for (const f of own) keep(t, i, f);
  t.rowFindings[i] = own.length > 0 ? own : undefined;
  return was !== t.blank[i];
}

/**
 * @name startRecheck
 * @summary Check and evaluate everything once, then re-check only the rows an edit touched.
 */
export function startRecheck(input: RecheckInput): RecheckSession {
  const registration = input.contract.registration;
  const owned = ownCopy(input.data);
  const prepare = () => prepared(input, owned);
  let state = start(input, owned);
  // A change of shape (totals row, a column dropped, rows beyond the checked ones): check all again.
  const fullRun = (): EvaluationResult => {
    const p = prepare();
    const { findings, clean } = checkData(p.data, {
      registration,
      municipalities: knownMunicipalities(input.contract),
    });
    state = start(input, owned);
    return { ...evaluateInWords(p.contract, clean, input.evaluate ?? {}), findings: merged(p.findings, findings) };
  };
  let result = resultOf(input, state, findingsOf(state, registration, null));
  return {
    get result() {
      return result;
    },
    recheck(changes) {
      let needFull = false;
      const dirty = new Set<string>();
      for (const ch of changes) {
        const mine = owned[ch.role];
        if (!mine || ch.index < 0 || ch.index >= mine.rowCount) continue;
        const t = state.tables[ch.role];
        for (const [f, v] of Object.entries(ch.cells)) {
          const values = mine.columns[f]?.values as CellValue[] | undefined;
          if (values) values[ch.index] = v;
          // The prepared data may hold its own arrays; keep them the same.
          const prepared = t?.raw[f];
          if (prepared && prepared !== values) prepared[ch.index] = v;
        }
        if (!t || ch.index >= t.clean.rowCount) needFull = true;
        else if (JSON.stringify(trailingTotalsRows(state.data[ch.role]!)) !== t.totals) needFull = true;
      }
      if (!needFull && shapeOf(prepare().data) !== state.shape) needFull = true;
      if (!needFull) {
        for (const ch of changes)
          if (state.tables[ch.role] && ch.index >= 0 && recheckRow(state, ch.role, ch.index, registration))
            dirty.add(`${ch.role}.#blank`);
        for (const ch of changes) {
          dirty.add(`${ch.role}.*`);
          for (const f of Object.keys(ch.cells)) dirty.add(`${ch.role}.${f}`);
        }
        result = resultOf(input, state, findingsOf(state, registration, dirty));
        return { result, full: false };
      }
      result = fullRun();
      return { result, full: true };
    },
  };
}
