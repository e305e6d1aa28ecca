import { chooseBinding } from "../../app/binding";
import { STALE_RESULTS } from "../state";
import type { Action } from "./types";

/** The user's choice of a role's table or a field's column, over the detected binding. */
export const actionAdjustBinding: Action<"adjustBinding"> = {
  name: "adjustBinding",
  label: "bindingSave",
  predicate: (s) => s.bind !== null,
  perform(state, input, ctx) {
    const bind = state.bind!;
    return { bind: ctx.services.rebind(bind, chooseBinding(bind, input)), ...STALE_RESULTS, notice: null };
  },
};
