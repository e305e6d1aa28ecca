import { draftContract } from "../draft";
import { downloadText } from "../files";
import type { Action } from "./types";

/** The draft as a contract file: a download in the browser, no network. */
export const actionDownloadContract: Action<"downloadContract"> = {
  name: "downloadContract",
  label: "authorDownload",
  predicate: (s) => s.authoring.draft !== null,
  perform(state, _input, ctx) {
    const { contract } = draftContract(state.authoring.draft!);
    downloadText(`${contract.id}.json`, ctx.services.contractFileText(contract));
    return {};
  },
};
