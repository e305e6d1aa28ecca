import type { Action } from "./types";

export const actionSetParams: Action<"setParams"> = {
  name: "setParams",
  label: "periodLabel",
  predicate: (s) => s.contractId !== null,
  perform: (state, input) => ({
    params: { ...state.params, ...(input.params ?? {}) },
    period: input.period ?? state.period,
    evaluation: null,
    preview: null,
  }),
};
