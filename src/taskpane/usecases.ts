/**
 * The default `Services`: the task pane's one door to the use-cases in `src/app/`, the binding
 * and the contract library. Nothing here computes a figure of its own; what-if re-runs the
 * engine's own rule and solver on the indicator's state.
 */
import { resolveBinding, type BindingFile } from "../domain/binding/file";
import { proposeBinding } from "../domain/binding/propose";
import type { Binding } from "../domain/binding/types";
import type { Contract } from "../domain/contract/schema";
import { fulfilment, statusOf } from "../domain/engine/rules";
import { resolveIndicator, resolveSettings } from "../domain/engine/settings";
import type { EvaluationResult, MeasureState } from "../domain/engine/types";
import { rowsNeeded } from "../domain/engine/whatif";
import { ROLES, type WorkbookData } from "../domain/model";
import { findingTitle, formatFinding } from "../i18n";
import { runChecks, runEvaluation } from "../app/evaluate";
import { fillInWorkbookSpec } from "../app/fill-in";
import { planWrite } from "../app/plan-write";
import { LIBRARY } from "../templates";
import { readBoundData, sourcesForBindingFile } from "../workbook/read-bound";
import type { SourceInfo } from "../workbook/port";
import type { Lang } from "./strings";
import type { BindState, Services, WhatIfChange, WhatIfIndicator, WhatIfOutcome } from "./services";

const rowsOf = (data: WorkbookData): number => ROLES.reduce((a, r) => a + (data[r]?.rowCount ?? 0), 0);

/** The sources of each bound role, as the write planner needs them. */
const sourcesByRole = (binding: Binding<SourceInfo>) =>
  Object.fromEntries(
    ROLES.flatMap((r) => {
      const s = binding.roles[r]?.source;
      return s ? [[r, { headerRow: s.headerRow, firstColumn: s.firstColumn, headers: s.headers }]] : [];
    }),
  );

/** The state with a changed realised value, for counts and sums where that is meaningful. */
function stateWith(state: MeasureState | null, value: number | undefined): MeasureState | null {
  if (value === undefined || state === null) return state;
  if (state.kind === "count") return { kind: "count", count: value };
  if (state.kind === "sum") return { kind: "sum", sum: value };
  if (state.kind === "keyFigure") return { kind: "keyFigure", value };
  return null; // a changed NPS or share has no rows to add to
}

export const defaultServices: Services = {
  contracts: () => LIBRARY,

  async bind(port, file, options = {}) {
    const listed = await port.listSources(options);
    const sources = await sourcesForBindingFile(port, listed, file ?? undefined, options);
    const proposal = proposeBinding(sources);
    return { sources, proposal, file, binding: resolveBinding(sources, proposal, file ?? undefined) };
  },

  rebind(state: BindState, file: BindingFile | null): BindState {
    return { ...state, file, binding: resolveBinding(state.sources, state.proposal, file ?? undefined) };
  },

  read: (port, binding, options) => readBoundData(port, binding, options),

  check(contract, data) {
    const r = runChecks(contract, data);
    return { findings: r.findings, errors: r.errors, warnings: r.warnings, rows: rowsOf(data) };
  },

  evaluate(contract, data, _binding, input) {
    return runEvaluation(contract, data, {
      params: input.params,
      period: input.period,
      lang: input.lang,
      ...(input.options ? { options: input.options } : {}),
    });
  },

  planWrite(contract, result, data, binding, lang) {
    return planWrite({ contract, result, data, lang, sources: sourcesByRole(binding) });
  },

  whatIf(
    contract: Contract,
    result: EvaluationResult,
    goalId: string,
    changes: Readonly<Record<string, WhatIfChange>>,
    lang: Lang,
  ): WhatIfOutcome {
    const goal = result.goals.find((g) => g.id === goalId);
    const def = contract.goals.find((g) => g.id === goalId);
    if (!goal || !def) return { goalId, fulfilmentPct: null, status: "mangler data", indicators: [] };
    const settings = resolveSettings(contract, result.params, result.options);
    const indicators: WhatIfIndicator[] = goal.indicators.map((ind) => {
      const change = changes[ind.id] ?? {};
      const value = change.value ?? ind.value;
      const target = change.target ?? ind.target;
      const spec = def.indicators.find((i) => i.id === ind.id);
      const rule = spec ? resolveIndicator(spec, settings).rule : { kind: "proportional" as const };
      const pct = value === null || target === null ? null : fulfilment(value, ind.op, target, rule).pct;
      const state = stateWith(ind.state, change.value);
      const need = (level: number) => {
        if (state === null || target === null || pct === null || pct >= level - 1e-9) return null;
        const add = rowsNeeded(state, ind.op, target, rule, level);
        // The same noun the engine uses for its own what-if answer.
        const of = ind.whatIf?.of ?? ind.whatIfHalf?.of ?? spec?.whatIfOf ?? (lang === "en" ? "rows" : "rækker");
        return add === null || add === 0 ? null : { add, of };
      };
      return {
        id: ind.id,
        value,
        target,
        fulfilmentPct: pct,
        status: statusOf(pct),
        needed100: need(100),
        needed50: need(50),
      };
    });
    // The goal's fulfilment is the weighted mean of its weighted indicators, as the engine's.
    const weighted = goal.indicators.map((ind, i) => ({ w: ind.weight, pct: indicators[i]!.fulfilmentPct }));
    const avail = weighted.filter((x) => x.w > 0 && x.pct !== null);
    const w = avail.reduce((a, x) => a + x.w, 0);
    const pct = avail.length === 0 ? null : avail.reduce((a, x) => a + (x.pct ?? 0) * x.w, 0) / w;
    return { goalId, fulfilmentPct: pct, status: statusOf(pct), indicators };
  },

  fillIn: (contract, lang) => fillInWorkbookSpec(contract, lang).sheets,

  formatFinding: (f, lang) => formatFinding(f, lang),
  findingTitle: (rule, lang) => findingTitle(rule, lang),
};
