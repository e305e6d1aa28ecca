/** Raw states several kinds share: a count (rows, distinct companies) and a key figure's value. */
import type { StateKind } from "./kind";

export interface CountState {
  readonly kind: "count";
  readonly count: number;
}

/** Each added row counts one. */
export const COUNT_STATE: StateKind<CountState> = {
  kind: "count",
  whatIf: { valueAfter: (s, k) => s.count + k },
  withValue: (count) => ({ kind: "count", count }),
};

export interface KeyFigureState {
  readonly kind: "keyFigure";
  readonly value: number;
}

/** Measured elsewhere: no rows of the workbook move it. */
export const KEY_FIGURE_STATE: StateKind<KeyFigureState> = {
  kind: "keyFigure",
  whatIf: null,
  withValue: (value) => ({ kind: "keyFigure", value }),
};
