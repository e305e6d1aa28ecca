/**
 * Use-case: plan what Kontrakttjek writes into a workbook — the `Målopfyldelse` status sheet
 * (live formulas where the indicator allows, values with a note where not), a `Kontrol` column
 * at the edge of each bound table with the row's findings, and highlights on offending cells.
 * The plan is the preview; an adapter applies it.
 */
import type { Contract, Indicator, Rule } from "../domain/contract/schema";
import type { EvaluationResult, GoalResult, IndicatorResult } from "../domain/engine/types";
import { resolveIndicator, resolveSettings } from "../domain/engine/settings";
import type { Finding } from "../domain/findings";
import { ROLES, type WorkbookData } from "../domain/model";
import { formatFinding, goalStatusText, statusText, t, type Lang } from "../i18n";
import { freeName } from "../workbook/sheet/names";
import type { CellFormat, Highlight, KontrolColumn, PlanCell, StatusSheetPlan, WritePlan } from "../workbook/port";
import { realisedFormula } from "./formulas";

export const STATUS_SHEET = "Målopfyldelse";
export const KONTROL_HEADER = "Kontrol";

/** The status sheet's columns (the built-in languages keep the Danish headers the houses use). */
const HEADERS = [
  "statusSheet.goal",
  "statusSheet.sub",
  "statusSheet.title",
  "statusSheet.target",
  "statusSheet.realised",
  "statusSheet.fulfilment",
  "statusSheet.status",
  "statusSheet.remarks",
] as const;

const v = (value: string | number | boolean | null, format?: CellFormat): PlanCell =>
  format ? { kind: "value", value, format } : { kind: "value", value };
const fx = (formula: string, cached: string | number | null, format?: "percent" | "decimal" | "number"): PlanCell =>
  format
    ? { kind: "formula", formula: `=${formula}`, cached, format }
    : { kind: "formula", formula: `=${formula}`, cached };

/** `Opfyldelse` before rounding, from `Måltal` (D) and `Realiseret` (E) of a row with both filled in. */
function fulfilmentCore(row: number, rule: Rule, op: IndicatorResult["op"]): string {
  const d = `D${row}`;
  const e = `E${row}`;
  switch (rule.kind) {
    case "threshold":
      return `IF(${e}${op}${d},1,0)`;
    case "steps": {
      const steps = [...rule.steps].sort((a, b) => b.atLeast - a.atLeast);
      // The top step is the target itself: editing Måltal moves it.
      let expr = "0";
      for (let i = steps.length - 1; i >= 0; i--) {
        const s = steps[i];
        if (!s) continue;
        const bound = i === 0 ? d : String(s.atLeast);
        expr = `IF(${e}>=${bound},${s.pct / 100},${expr})`;
      }
      return expr;
    }
    case "proportional":
    case "checklist":
      if (op === "<=") return `IF(${e}<=${d},1,IF(${e}<=0,0,${d}/${e}))`;
      return `IF(${d}<=0,1,MIN(1,MAX(0,${e}/${d})))`;
  }
}

/**
 * Fulfilment as the sheet shows it (format "0%"): rounded down to a whole percent, so 99.5 % is
 * never shown "100 %" beside "delvist"; below 1 % kept as it is, so it still reads "delvist".
 * The status formulas test these values, which keep the engine's status (≥ 1 only when met, > 0
 * only when something is).
 */
const SHEET_PCT_DIGITS = 2;
const shownFormula = (x: string): string => `IF(${x}<0.01,${x},ROUNDDOWN(${x},${SHEET_PCT_DIGITS}))`;

/** The value `shownFormula` gives for an engine fulfilment (0–100), as the cached result. */
export function sheetFraction(pct: number, keepSmall = true): number {
  const f = pct / 100;
  if (keepSmall && f > 0 && f < 0.01) return f;
  return Math.floor(f * 100 + 1e-7) / 100;
}

/** `Opfyldelse` of an indicator row: empty while `Måltal` or `Realiseret` is. */
function fulfilmentFormula(row: number, rule: Rule, op: IndicatorResult["op"]): string {
  const core = fulfilmentCore(row, rule, op);
  return `IF(OR(E${row}="",D${row}=""),"",${rule.kind === "threshold" ? core : shownFormula(core)})`;
}

const statusFormula = (row: number, lang: Lang): string => {
  const s = (status: string) => statusText(status, lang);
  return `IF(F${row}="","${s("mangler data")}",IF(F${row}>=1,"${s("opfyldt")}",IF(F${row}>0,"${s("delvist")}","${s("ikke opfyldt")}")))`;
};

/** A text constant of a formula. */
const excelText = (s: string): string => `"${s.replace(/"/g, '""')}"`;

/** One indicator row of a goal that counts in its mean. */
interface Member {
  readonly row: number;
  readonly weight: number;
  /** Its fulfilment before rounding (the goal's mean is taken of these, as the engine's). */
  readonly core: string;
}

/** How many parts have data: `+0` makes one part's TRUE a number (Excel: TRUE=0 is FALSE, not 0=0). */
const knownParts = (members: readonly Member[]): string => `${members.map((m) => `(F${m.row}<>"")`).join("+")}+0`;

/**
 * The goal's status: "mangler data (k af n delmål)" while any part lacks data — never "opfyldt"
 * on the parts that have data (docs/rules.md) — else from its parts' shown fulfilment.
 */
function goalStatusFormula(members: readonly Member[], lang: Lang): string {
  const s = (status: string) => excelText(statusText(status, lang));
  if (members.length === 0) return s("mangler data");
  const known = knownParts(members);
  const [before, after] = t("status.mangler-data-partial", lang, { known: "\u0000", total: members.length }).split(
    "\u0000",
  );
  const partial = `${excelText(before ?? "")}&(${known})&${excelText(after ?? "")}`;
  const all = members.map((m) => `F${m.row}>=1`).join(",");
  const any = members.map((m) => `F${m.row}>0`).join(",");
  return `IF((${known})=0,${s("mangler data")},IF((${known})<${members.length},${partial},IF(AND(${all}),${s("opfyldt")},IF(OR(${any}),${s("delvist")},${s("ikke opfyldt")}))))`;
}

/**
 * The goal's fulfilment: the weighted mean over all its parts, a part without data counting 0,
 * so the figure is never more than the data shows (as the engine's); from the parts' unrounded
 * fulfilment, so only the result is rounded down.
 */
function goalFulfilmentFormula(members: readonly Member[]): string {
  if (members.length === 0) return `""`;
  const known = knownParts(members);
  const total = members.reduce((a, m) => a + m.weight, 0);
  const sum = members.map((m) => `IF(F${m.row}="",0,${m.core})${m.weight === 1 ? "" : `*${m.weight}`}`).join("+");
  return `IF((${known})=0,"",ROUNDDOWN((${sum})/${total},${SHEET_PCT_DIGITS}))`;
}

const realisedFormat = (i: IndicatorResult): "decimal" | "number" =>
  i.unit === "antal" || i.unit === "virksomheder" || i.unit === "aktiviteter" ? "number" : "decimal";

const clipNotes = (notes: readonly string[]): string | null => {
  const text = notes.join(" ");
  return text === "" ? null : text.length > 2000 ? `${text.slice(0, 1999)}…` : text;
};

export interface PlanInput {
  readonly contract: Contract;
  readonly result: EvaluationResult;
  readonly data: WorkbookData;
  readonly lang: Lang;
  /** Write live formulas (default) or values only. */
  readonly formulas?: boolean;
}

export function planStatusSheet(input: PlanInput): StatusSheetPlan {
  const { contract, result, data, lang } = input;
  const settings = resolveSettings(contract, result.params, result.options);
  const periodField = settings.options.periodeFelt === "slutdato" ? "slutdato" : "startdato";
  const keyLabels = Object.assign(
    (key: string) => {
      const def = contract.keyFigures.find((k) => k.id === key);
      return [key, ...(def ? [def.label, ...def.synonyms] : [])];
    },
    { unit: (key: string) => contract.keyFigures.find((k) => k.id === key)?.unit },
  );
  const rows: PlanCell[][] = [HEADERS.map((h) => v(t(h, lang), "header"))];
  const goalRows: number[] = [];
  const indicatorOf = (goalId: string, id: string): Indicator | undefined =>
    contract.goals.find((g) => g.id === goalId)?.indicators.find((x) => x.id === id);

  for (const goal of result.goals) {
    const goalRow = rows.length + 1;
    goalRows.push(rows.length);
    rows.push([]); // filled once the indicator rows are known
    const members: Member[] = [];
    for (const ind of goal.indicators) {
      const row = rows.length + 1;
      const def = indicatorOf(goal.id, ind.id);
      const resolved = def ? resolveIndicator(def, settings) : null;
      const rule = resolved?.rule ?? { kind: "proportional" as const };
      const formula =
        input.formulas !== false && resolved
          ? realisedFormula(resolved.measure, { data, period: result.period, periodField }, keyLabels)
          : null;
      const notes = [
        ...ind.notes,
        ...(formula === null && ind.value !== null ? [t("statusSheet.formulaNote", lang)] : []),
      ];
      rows.push([
        v(goal.id),
        v(ind.id),
        v(ind.label),
        v(ind.target, "decimal"),
        formula ? fx(formula, ind.value ?? "", realisedFormat(ind)) : v(ind.value, realisedFormat(ind)),
        fx(
          fulfilmentFormula(row, rule, ind.op),
          ind.fulfilmentPct === null ? "" : sheetFraction(ind.fulfilmentPct),
          "percent",
        ),
        fx(statusFormula(row, lang), statusText(ind.status, lang)),
        v(clipNotes(notes)),
      ]);
      if (ind.weight > 0) members.push({ row, weight: ind.weight, core: fulfilmentCore(row, rule, ind.op) });
    }
    rows[goalRow - 1] = goalSummary(goal, members, lang);
  }
  rows.push([]);
  const period = t(result.period.kind === "H1" ? "statusSheet.h1" : "statusSheet.year", lang);
  rows.push([v(`${result.title} — ${period} ${result.period.year ?? ""}`.trim())]);
  rows.push([v(t("statusSheet.footer", lang))]);
  return { name: STATUS_SHEET, rows, chart: { categoriesColumn: 0, valuesColumn: 5, rows: goalRows } };
}

function goalSummary(goal: GoalResult, members: readonly Member[], lang: Lang): PlanCell[] {
  return [
    v(goal.id),
    v(null),
    v(goal.title),
    v(null),
    v(null),
    fx(
      goalFulfilmentFormula(members),
      goal.fulfilmentPct === null ? "" : sheetFraction(goal.fulfilmentPct, false),
      "percent",
    ),
    fx(goalStatusFormula(members, lang), goalStatusText(goal.status, goal.partial, lang)),
    v(clipNotes(goal.notes)),
  ];
}

/**
 * Where the `Kontrol` column goes: over our own earlier column (the adapter knows it from its
 * record), else right of the source — named `Kontrol 2` where the user has a `Kontrol` of their own.
 */
const kontrolPlace = (source: {
  firstColumn: number;
  headers: readonly string[];
  ownedColumn?: number;
}): { column: number; header: string } => {
  if (source.ownedColumn !== undefined)
    return {
      column: source.ownedColumn,
      header: source.headers[source.ownedColumn - source.firstColumn] ?? KONTROL_HEADER,
    };
  return { column: source.firstColumn + source.headers.length, header: freeName(KONTROL_HEADER, source.headers, 255) };
};

/** The `Kontrol` column and cell highlights for every bound table with findings on its rows. */
export function planRowWarnings(
  findings: readonly Finding[],
  data: WorkbookData,
  sources: Readonly<
    Partial<
      Record<
        (typeof ROLES)[number],
        { headerRow: number; firstColumn: number; headers: readonly string[]; ownedColumn?: number }
      >
    >
  >,
  lang: Lang,
): { kontrolColumns: KontrolColumn[]; highlights: Highlight[] } {
  const kontrolColumns: KontrolColumn[] = [];
  const highlights: Highlight[] = [];
  // Two roles read from one table (courses with their answers) share one Kontrol column.
  const done = new Set<string>();
  for (const role of ROLES) {
    const table = data[role];
    const source = sources[role];
    if (!table || !source) continue;
    const place = `${table.sheet}\u0000${table.table ?? ""}\u0000${source.headerRow}\u0000${source.firstColumn}`;
    if (done.has(place)) continue;
    done.add(place);
    const mine = findings.filter((f) => f.sheet === table.sheet && f.table === table.table && f.row !== null);
    if (mine.length === 0) continue;
    const texts = new Map<number, string[]>();
    const byHeader = new Map(Object.values(table.columns).map((c) => [c.header, c.sheetColumn]));
    const highlighted = new Map<string, Highlight>();
    for (const f of mine) {
      const row = f.row as number;
      texts.set(row, [...(texts.get(row) ?? []), formatFinding(f, lang)]);
      const col = f.column === null ? undefined : byHeader.get(f.column);
      if (col !== undefined && f.severity !== "info") {
        const key = `${row}:${col}`;
        const kind = f.severity === "error" ? "error" : "warning";
        if (highlighted.get(key)?.kind !== "error")
          highlighted.set(key, { sheet: table.sheet, row, column: col, kind });
      }
    }
    const values: (string | null)[] = [];
    for (let i = 0; i < table.rowCount; i++) {
      const t = texts.get(source.headerRow + 1 + i);
      values.push(t ? t.join(" | ") : null);
    }
    kontrolColumns.push({
      sheet: table.sheet,
      table: table.table,
      headerRow: source.headerRow,
      ...kontrolPlace(source),
      values,
    });
    highlights.push(...highlighted.values());
  }
  return { kontrolColumns, highlights };
}

export function planWrite(
  input: PlanInput & {
    readonly sources: Parameters<typeof planRowWarnings>[2];
    readonly rowWarnings?: boolean;
  },
): WritePlan {
  const status = planStatusSheet(input);
  const warnings =
    input.rowWarnings === false
      ? { kontrolColumns: [], highlights: [] }
      : planRowWarnings(input.result.findings, input.data, input.sources, input.lang);
  return { statusSheet: status, ...warnings };
}
