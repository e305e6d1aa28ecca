import { STALE_RESULTS } from "../state";
import { t } from "../strings";
import { contractOf } from "./_lib";
import type { Action } from "./types";

/** Insert the contract's fill-in sheets (sheets that exist are left alone), then bind again. */
export const actionInsertFillIn: Action<"insertFillIn"> = {
  name: "insertFillIn",
  label: "startGo",
  busy: "busyInsert",
  predicate: (s) => s.contractId !== null,
  async perform(state, _input, ctx) {
    const contract = contractOf(state, ctx);
    const r = await ctx.host.insertSheets(ctx.services.fillIn(contract, state.lang));
    const bind = await ctx.services.bind(
      ctx.host.port,
      state.bind?.file ?? null,
      { signal: ctx.signal },
      { contract, params: state.params },
    );
    const lines = [
      r.added.length > 0 ? t("startDone", state.lang, { sheets: r.added.join(", ") }) : "",
      r.skipped.length > 0 ? t("startSkipped", state.lang, { sheets: r.skipped.join(", ") }) : "",
      r.validationSkipped ? t("startNoValidation", state.lang) : "",
    ].filter(Boolean);
    return { bind, ...STALE_RESULTS, notice: lines.join(" ") };
  },
};
