import { KONTRAKT_SHEET } from "../../app/authoring";
import { LANGS, loadLocale } from "../../i18n";
import { contractById } from "../contracts";
import { checkProblems } from "../draft";
import { t } from "../strings";
import { authoringOf, sheetProblems } from "./_lib";
import type { Action } from "./types";

/** The choice of a contract from the Kontrakt sheet, read fresh (in "new contract from …"). */
export const SHEET_CONTRACT = "@sheet";

/** "New contract from …": a validated copy of a library contract, the workbook's own or its Kontrakt sheet. */
export const actionNewContract: Action<"newContract"> = {
  name: "newContract",
  label: "authorCreate",
  busy: "busyKontrakt",
  predicate: () => true,
  async perform(state, input, ctx) {
    let base = contractById(input.from, state, ctx.services);
    if (input.from === SHEET_CONTRACT) {
      const read = await ctx.services.readKontraktSheet(ctx.host.port, { signal: ctx.signal });
      if (!read.found) return { error: { message: t("authorSheetMissing", state.lang, { sheet: KONTRAKT_SHEET }) } };
      if (!read.contract)
        return { authoring: authoringOf(state, { problems: sheetProblems(read.findings, ctx.services) }) };
      base = read.contract;
    }
    if (!base) return { error: { message: t("errNoContract", state.lang) } };
    // The copy's note on where it came from is written in every language: load them all first.
    await Promise.all(LANGS.map(loadLocale));
    const made = ctx.services.newContractFrom(base, {
      id: input.id.trim(),
      title: input.title.trim(),
      year: input.year,
    });
    // A refused copy leaves the current draft as it was.
    if (!made.ok) return { authoring: authoringOf(state, { problems: checkProblems(made) }) };
    return { authoring: { draft: { base: made.contract, texts: {} }, problems: [], save: null }, notice: null };
  },
};
