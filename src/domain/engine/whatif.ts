/**
 * The what-if solver: the smallest number of additional rows that count for an indicator
 * (each with the best value: an answer of 9–10, a "ja", one more course of the right type)
 * that lifts its fulfilment to a level. Exact: a search over whole numbers using the very
 * same value and rule functions as the evaluation, so k reaches the level and k − 1 does not.
 * How a value moves as rows are added is each state kind's own (`src/domain/measures/`).
 */
import type { Comparator, Rule } from "../contract/schema";
import type { StateBase, StateKind } from "../measures/_lib/kind";
import { MEASURES } from "../measures/registry";
import { fulfilment } from "./rules";
import type { MeasureState } from "./types";

const LIMIT = 1e9;

/** The measure's value after adding k best-valued rows (or k units for ratios). */
export const valueAfter = (state: MeasureState, k: number): number | null =>
  MEASURES.stateKindOf(state).whatIf?.valueAfter(state, k) ?? null;

/** Rows needed to reach `levelPct` fulfilment; 0 when already there; null when adding cannot. */
export const rowsNeeded = (
  state: MeasureState,
  op: Comparator,
  target: number,
  rule: Rule,
  levelPct: number,
): number | null => rowsNeededBy(MEASURES.stateKindOf(state), state, op, target, rule, levelPct);

/** `rowsNeeded` for a state of any kind, given that kind. */
export function rowsNeededBy<S extends StateBase>(
  kind: StateKind<S>,
  state: S,
  op: Comparator,
  target: number,
  rule: Rule,
  levelPct: number,
): number | null {
  const whatIf = kind.whatIf;
  if (whatIf === null) return null;
  const reaches = (k: number): boolean => {
    const v = whatIf.valueAfter(state, k);
    if (v === null) return false;
    return fulfilment(v, op, target, rule).pct >= levelPct - 1e-9;
  };
  if (reaches(0)) return 0;
  if (whatIf.most) {
    const most = whatIf.most(state);
    for (let k = 1; k <= most; k++) if (reaches(k)) return k;
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
