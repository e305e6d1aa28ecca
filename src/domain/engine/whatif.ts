/**
 * The what-if solver: the smallest number of additional rows that count for an indicator
 * (each with the best value: an answer of 9–10, a "ja", one more course of the right type)
 * that lifts its fulfilment to a level. Exact: a search over whole numbers using the very
 * same value and rule functions as the evaluation, so k reaches the level and k − 1 does not.
 */
import type { Comparator, Rule } from "../contract/schema";
import { distributionValue, npsValue, shareValue } from "./measures";
import { fulfilment } from "./rules";
import type { MeasureState } from "./types";

const LIMIT = 1e9;

/** The measure's value after adding k best-valued rows (or k units for ratios). */
export function valueAfter(state: MeasureState, k: number): number | null {
  switch (state.kind) {
    case "nps":
      return npsValue(state.promoters + k, state.detractors, state.answers + k);
    case "share":
      return shareValue(state.hits + k, state.total + k);
    case "count":
      return state.count + k;
    case "sum":
      return state.sum + k;
    case "keyRatio":
      return state.denominator === 0 ? null : (state.numerator + k) / state.denominator;
    case "checklist":
      return (
        Math.min(state.items, state.done + k) +
        Math.max(0, state.partial - Math.max(0, state.done + k - state.items)) * state.partialCredit
      );
    case "distribution": {
      // Add k rows to the group furthest below its population share.
      const rows = state.groups.reduce((a, g) => a + g.count, 0);
      const pop = state.groups.reduce((a, g) => a + g.population, 0);
      if (pop === 0) return null;
      let under = -1;
      let worst = Infinity;
      state.groups.forEach((g, i) => {
        const gap = (rows === 0 ? 0 : g.count / rows) - g.population / pop;
        if (gap < worst) {
          worst = gap;
          under = i;
        }
      });
      return distributionValue({
        ...state,
        groups: state.groups.map((g, i) => (i === under ? { ...g, count: g.count + k } : g)),
      });
    }
    case "keyFigure":
      return null;
  }
}

/** Rows needed to reach `levelPct` fulfilment; 0 when already there; null when adding cannot. */
export function rowsNeeded(
  state: MeasureState,
  op: Comparator,
  target: number,
  rule: Rule,
  levelPct: number,
): number | null {
  if (state.kind === "keyFigure") return null;
  const reaches = (k: number): boolean => {
    const v = valueAfter(state, k);
    if (v === null) return false;
    return fulfilment(v, op, target, rule).pct >= levelPct - 1e-9;
  };
  if (reaches(0)) return 0;
  if (state.kind === "checklist") {
    for (let k = 1; k <= state.items; k++) if (reaches(k)) return k;
    return null;
  }
  // Exponential then binary search: every measure here only improves as best rows are added.
  let hi = 1;
  while (!reaches(hi)) {
    hi *= 2;
    if (hi > LIMIT) return null;
  }
  let lo = hi / 2;
  if (hi === 1) return 1;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reaches(mid)) hi = mid;
    else lo = mid;
  }
  return hi;
}
