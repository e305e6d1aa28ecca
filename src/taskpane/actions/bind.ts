import { chosenContract } from "../contracts";
import { STALE_RESULTS } from "../state";
import type { Action } from "./types";

/** Find the tables: the workbook's sources bound to the roles, with the user's saved choices over them. */
export const actionBind: Action<"bind"> = {
  name: "bind",
  label: "bindAuto",
  busy: "busyBind",
  predicate: () => true,
  async perform(state, _input, ctx) {
    const bind = await ctx.services.bind(
      ctx.host.port,
      state.bind?.file ?? null,
      { signal: ctx.signal, onProgress: ctx.progress },
      { contract: chosenContract(state, ctx.services), params: state.params },
    );
    return { bind, ...STALE_RESULTS, tab: "binding" };
  },
};
