import { settingsOf } from "../settings";
import { t } from "../strings";
import type { Action } from "./types";

export const actionSaveSettings: Action<"saveSettings"> = {
  name: "saveSettings",
  label: "bindingSave",
  busy: "busyWrite",
  predicate: (s) => s.bind !== null || s.contractId !== null,
  async perform(state, _input, ctx) {
    await ctx.services.saveSettings(ctx.host.port, settingsOf(state));
    return { notice: t("bindingSaved", state.lang) };
  },
};
