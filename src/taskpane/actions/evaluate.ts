import { contractOf, evaluateWith, readData, ready } from "./_lib";
import type { Action } from "./types";

/** Every goal's fulfilment (reading the tables first when no check has). */
export const actionEvaluate: Action<"evaluate"> = {
  name: "evaluate",
  label: "goalsRun",
  busy: "busyEvaluate",
  cancellable: true,
  predicate: ready,
  async perform(state, _input, ctx) {
    const data = state.data ?? (await readData(state, ctx));
    const evaluation = evaluateWith(state, ctx, data);
    const check = state.check ?? ctx.services.check(contractOf(state, ctx), data, state.bind!.binding);
    return { data, evaluation, check, preview: null, tab: "goals" };
  },
};
