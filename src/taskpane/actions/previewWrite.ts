import { contractOf, evaluateWith, readData, ready } from "./_lib";
import type { Action } from "./types";

/** The write as a plan, shown before anything is written; writing applies exactly this plan. */
export const actionPreviewWrite: Action<"previewWrite"> = {
  name: "previewWrite",
  label: "writePreview",
  busy: "busyEvaluate",
  cancellable: true,
  predicate: ready,
  async perform(state, _input, ctx) {
    const contract = contractOf(state, ctx);
    const data = state.data ?? (await readData(state, ctx));
    const evaluation = state.evaluation ?? evaluateWith(state, ctx, data);
    const preview = ctx.services.planWrite(contract, evaluation, data, state.bind!.binding, state.lang);
    return { data, evaluation, preview, tab: "write" };
  },
};
