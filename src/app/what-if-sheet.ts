/**
 * Use-case: keep a what-if scenario as a sheet of the workbook — the evaluated figures beside
 * the scenario's, per indicator and for the goal, and what it takes to reach 100 % and 50 %.
 * Written with `WorkbookPort.writeUserSheet`: a saved scenario is the user's sheet (like a saved
 * contract), so "remove what Kontrakttjek wrote" leaves it, and it is never written over a sheet
 * that says something else.
 */
import type { Contract } from "../domain/contract/schema";
import type { EvaluationResult, GoalStatus } from "../domain/engine/types";
import { formatNumber, t as tr, type Lang, type StringKey } from "../i18n";
import type { PlanCell, StatusSheetPlan } from "../workbook/port";
import { whatIfGoal, type WhatIfChange } from "./what-if";

export interface ScenarioSheetInput {
  readonly contract: Contract;
  readonly result: EvaluationResult;
  readonly goalId: string;
  readonly changes: Readonly<Record<string, WhatIfChange>>;
  readonly lang: Lang;
  /** ISO date the scenario was saved (the host's clock; the domain has none). */
  readonly today: string;
  /** 1 for the first free name, 2 for "… (2)", and so on. */
  readonly attempt?: number;
}

/** Excel's limit on a sheet name. */
const MAX_SHEET_NAME = 31;

const text = (value: string | null): PlanCell => ({ kind: "value", value: value === "" ? null : value });
const num = (value: number | null, format: "number" | "decimal" = "number"): PlanCell => ({
  kind: "value",
  value: value,
  format: value !== null && !Number.isInteger(value) ? "decimal" : format,
});
const pct = (value: number | null): PlanCell => ({
  kind: "value",
  value: value === null ? null : value / 100,
  format: "percent",
});
const header = (value: string): PlanCell => ({ kind: "value", value, format: "header" });

const STATUS: Readonly<Record<GoalStatus, StringKey>> = {
  opfyldt: "scenario.status.opfyldt",
  delvist: "scenario.status.delvist",
  "ikke opfyldt": "scenario.status.ikke-opfyldt",
  "mangler data": "scenario.status.mangler-data",
};

/** The sheet's name for the goal: "Hvad nu hvis – mål 3", then "… (2)" and on for later tries. */
export function scenarioSheetName(goalId: string, lang: Lang, attempt = 1): string {
  const base = `${tr("scenario.sheet", lang)} ${goalId}`.replace(/[\\/?*[\]:]/g, " ");
  const suffix = attempt > 1 ? ` (${attempt})` : "";
  return `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
}

/**
 * @name scenarioSheetPlan
 * @summary The what-if scenario of one goal as a sheet plan: a header row, one row per
 * indicator (evaluated and scenario figures, fulfilment, what reaching 100 % / 50 % takes), a
 * row for the goal, and where the figures come from. Null when the goal is not in the result.
 */
export function scenarioSheetPlan(input: ScenarioSheetInput): StatusSheetPlan | null {
  const { contract, result, goalId, changes, lang } = input;
  const goal = result.goals.find((g) => g.id === goalId);
  if (!goal) return null;
  const outcome = whatIfGoal(contract, result, goalId, changes, lang);
  const s = (key: Parameters<typeof tr>[0], params: Readonly<Record<string, string | number>> = {}) =>
    tr(key, lang, params);
  const needed = (n: { add: number; of: string } | null): PlanCell =>
    text(n ? `${formatNumber(n.add, lang)} ${n.of}` : null);
  const rows: PlanCell[][] = [
    [
      header(s("scenario.indicator")),
      header(s("scenario.realised")),
      header(s("scenario.realisedScenario")),
      header(s("scenario.target")),
      header(s("scenario.targetScenario")),
      header(s("scenario.fulfilment")),
      header(s("scenario.fulfilmentScenario")),
      header(s("scenario.needed100")),
      header(s("scenario.needed50")),
    ],
  ];
  for (const ind of goal.indicators) {
    const o = outcome.indicators.find((x) => x.id === ind.id);
    rows.push([
      text(ind.label),
      num(ind.value),
      num(o?.value ?? ind.value),
      num(ind.target),
      num(o?.target ?? ind.target),
      pct(ind.fulfilmentPct),
      pct(o?.fulfilmentPct ?? null),
      needed(o?.needed100 ?? null),
      needed(o?.needed50 ?? null),
    ]);
  }
  rows.push([]);
  rows.push([
    text(s("scenario.goal", { goal: `${goal.id} ${goal.title}` })),
    text(null),
    text(null),
    text(null),
    text(null),
    pct(goal.fulfilmentPct),
    pct(outcome.fulfilmentPct),
    text(`${tr(STATUS[goal.status], lang)} → ${tr(STATUS[outcome.status], lang)}`),
  ]);
  rows.push([]);
  const changed = goal.indicators.filter((i) => {
    const c = changes[i.id];
    return c !== undefined && (c.value !== undefined || c.target !== undefined);
  });
  rows.push([text(s("scenario.contract", { title: result.title, period: periodText(result, lang) }))]);
  rows.push([
    text(
      s("scenario.changed", {
        list: changed.length > 0 ? changed.map((i) => i.label).join(", ") : s("scenario.nothingChanged"),
      }),
    ),
  ]);
  rows.push([text(s("scenario.saved", { date: input.today }))]);
  rows.push([text(s("scenario.yours"))]);
  return { name: scenarioSheetName(goalId, lang, input.attempt), rows };
}

const periodText = (result: EvaluationResult, lang: Lang): string => {
  const p = result.period;
  const year = p.year === null ? tr("scenario.noYear", lang) : String(p.year);
  return p.kind === "H1" ? tr("scenario.h1", lang, { year }) : year;
};
