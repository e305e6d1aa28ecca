import { defaultParams } from "../../app/contract-settings";
import { contractTitle, WORKBOOK_CONTRACT } from "../contracts";
import { settingsOf } from "../settings";
import { STALE_RESULTS, type PaneState, type WorkbookContract } from "../state";
import { t } from "../strings";
import { authoringOf } from "./_lib";
import type { Action } from "./types";

/** Write the `Kontrakt` sheet and save the contract in the workbook's settings. */
export const actionSaveContract: Action<"saveContract"> = {
  name: "saveContract",
  label: "authorSaveGo",
  busy: "busyWrite",
  cancellable: true,
  predicate: (s) => s.authoring.save !== null,
  async perform(state, input, ctx) {
    const save = state.authoring.save!;
    const force = Boolean(input && input.force);
    const written = await ctx.services.writeKontraktSheet(ctx.host.port, save.sheet, {
      force,
      signal: ctx.signal,
      onProgress: ctx.progress,
    });
    // The sheet says something else (edited by hand?): ask before overwriting it.
    if (!written.written) return { authoring: authoringOf(state, { save: { ...save, conflict: written.conflict } }) };
    const workbookContract: WorkbookContract = { contract: save.contract, from: "sheet" };
    const next: PaneState = { ...state, workbookContract };
    await ctx.services.saveSettings(ctx.host.port, settingsOf(next));
    const inUse = state.contractId === WORKBOOK_CONTRACT;
    return {
      workbookContract,
      authoring: authoringOf(state, { save: null }),
      // The workbook's contract is in use: its figures are computed again from the new one.
      ...(inUse ? { ...STALE_RESULTS, params: { ...defaultParams(save.contract), ...state.params } } : {}),
      notice: t("authorSaved", state.lang, {
        title: contractTitle(save.contract, state.lang),
        sheet: save.sheet.name,
        cells: written.cells,
      }),
    };
  },
};
