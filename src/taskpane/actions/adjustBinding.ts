import { chooseBinding } from "../../app/binding";
import { STALE_RESULTS } from "../state";
import { contractOf, evaluateWith, readData, ready } from "./_lib";
import type { Action } from "./types";

/**
 * The user's choice of a role's table, a field's column, or a key figure's or activity's row,
 * over the detected binding. Once the tables have been read, they are read again with the choice
 * and checked (and the goals evaluated, when they were), so the goal cards change at once.
 */
export const actionAdjustBinding: Action<"adjustBinding"> = {
  name: "adjustBinding",
  label: "bindingSave",
  predicate: (s) => s.bind !== null,
  async perform(state, input, ctx) {
    const bind = ctx.services.rebind(state.bind!, chooseBinding(state.bind!, input));
    if (state.data === null || !ready(state)) return { bind, ...STALE_RESULTS, notice: null };
    const next = { ...state, bind };
    const data = await readData(next, ctx);
    const check = ctx.services.check(contractOf(next, ctx), data, bind.binding);
    const evaluation = state.evaluation ? evaluateWith(next, ctx, data) : null;
    return { bind, data, check, evaluation, preview: null, notice: null };
  },
};
