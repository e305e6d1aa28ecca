import { CONTRACT_FILE_MAX_BYTES } from "../../app/authoring";
import { contractTitle } from "../contracts";
import { checkProblems } from "../draft";
import { inEveryLang, t } from "../strings";
import { authoringOf } from "./_lib";
import type { Action } from "./types";

/** A contract file chosen by the user becomes the draft; one too large is refused before it is read. */
export const actionImportContract: Action<"importContract"> = {
  name: "importContract",
  label: "authorImport",
  busy: "busyKontrakt",
  predicate: () => true,
  async perform(state, input, ctx) {
    if (input.size > CONTRACT_FILE_MAX_BYTES) {
      const params = { name: input.name, size: input.size, max: CONTRACT_FILE_MAX_BYTES };
      const message = inEveryLang((lang) => t("authorFileTooLarge", lang, params));
      return { authoring: authoringOf(state, { problems: [{ severity: "error", where: input.name, message }] }) };
    }
    const read = ctx.services.readContractFile(await input.read());
    if (!read.ok) return { authoring: authoringOf(state, { problems: checkProblems(read) }) };
    return {
      authoring: { draft: { base: read.contract, texts: {} }, problems: [], save: null },
      notice: t("authorLoaded", state.lang, { name: input.name, title: contractTitle(read.contract, state.lang) }),
    };
  },
};
