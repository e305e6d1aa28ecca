import { t } from "../strings";
import { contractOf, readData, ready } from "./_lib";
import type { Action } from "./types";

/** Read the tables the contract reads and check every entry (the binding's findings included). */
export const actionCheck: Action<"check"> = {
  name: "check",
  label: "checkRun",
  busy: "busyCheck",
  cancellable: true,
  predicate: ready,
  async perform(state, input, ctx) {
    const contract = contractOf(state, ctx);
    const data = await readData(state, ctx);
    const check = ctx.services.check(contract, data, state.bind!.binding);
    const auto = Boolean(input && input.auto);
    return {
      data,
      check,
      evaluation: null,
      preview: null,
      ...(auto ? { notice: t("checkedAgain", state.lang) } : { tab: "check" as const }),
    };
  },
};
