/**
 * Use-case: what-if on a goal without touching the workbook — change realised figures and
 * targets, and see fulfilment and the rows needed to reach 100 % / 50 % at once. Uses the
 * engine's own rules and solver, so the answer is the one an evaluation would give.
 */
import type { Contract } from "../domain/contract/schema";
import { fulfilment, goalFulfilment, statusOf } from "../domain/engine/rules";
import { resolveIndicator, resolveSettings } from "../domain/engine/settings";
import type { EvaluationResult, GoalStatus, MeasureState } from "../domain/engine/types";
import { rowsNeeded } from "../domain/engine/whatif";
import { MEASURES } from "../domain/measures/registry";
import { t, textIn, type Lang } from "../i18n";

/** A what-if change of one indicator: a realised value and/or a target. */
export interface WhatIfChange {
  readonly value?: number;
  readonly target?: number;
}

export interface WhatIfIndicator {
  readonly id: string;
  readonly value: number | null;
  readonly target: number | null;
  readonly fulfilmentPct: number | null;
  readonly status: GoalStatus;
  /** Needed to reach 100 % / 50 %, when adding rows can get there. */
  readonly needed100: { readonly add: number; readonly of: string } | null;
  readonly needed50: { readonly add: number; readonly of: string } | null;
}

export interface WhatIfOutcome {
  readonly goalId: string;
  readonly fulfilmentPct: number | null;
  readonly status: GoalStatus;
  readonly indicators: readonly WhatIfIndicator[];
}

/** The raw state behind a changed realised value, where rows can still be added to it. */
function stateWith(state: MeasureState | null, value: number | undefined): MeasureState | null {
  if (value === undefined || state === null) return state;
  // A changed NPS or share has no rows to add to: its kind of state has no `withValue`.
  return MEASURES.stateKindOf(state).withValue?.(value) ?? null;
}

export function whatIfGoal(
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
      const of =
        ind.whatIf?.of ?? ind.whatIfHalf?.of ?? (spec?.whatIfOf ? textIn(spec.whatIfOf, lang) : t("whatIf.rows", lang));
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
  // The goal's fulfilment and status by the engine's own rule ("mangler data" while a part lacks data).
  const { pct, status } = goalFulfilment(
    goal.indicators.map((ind, i) => ({ weight: ind.weight, pct: indicators[i]?.fulfilmentPct ?? null })),
  );
  return { goalId, fulfilmentPct: pct, status, indicators };
}
