import { t } from "../strings";
import { authoringOf, checkedDraft } from "./_lib";
import type { Action } from "./types";

/** Show what saving the draft will write (the sheet, the settings). */
export const actionPreviewSaveContract: Action<"previewSaveContract"> = {
  name: "previewSaveContract",
  label: "authorSave",
  busy: "busyKontrakt",
  predicate: (s) => s.authoring.draft !== null,
  async perform(state, _input, ctx) {
    const contract = checkedDraft(state, ctx.services);
    if (!contract) return { error: { message: t("authorInvalid", state.lang) } };
    const { sheet, exists } = await ctx.services.kontraktSheetPreview(ctx.host.port, contract, { signal: ctx.signal });
    return { authoring: authoringOf(state, { save: { contract, sheet, exists, conflict: null } }), notice: null };
  },
};
