import { defaultParams } from "../../app/contract-settings";
import { contractById } from "../contracts";
import { STALE_RESULTS } from "../state";
import type { Action } from "./types";

/** Choose a contract: its parameters start at their defaults, the year's figures are gone. */
export const actionSelectContract: Action<"selectContract"> = {
  name: "selectContract",
  label: "contractLabel",
  predicate: () => true,
  perform(state, { id }, ctx) {
    const contract = contractById(id, state, ctx.services);
    if (!contract) return {};
    return { contractId: id, params: defaultParams(contract), period: "year", ...STALE_RESULTS, notice: null };
  },
};
