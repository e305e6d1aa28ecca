import { NO_AUTHORING } from "../state";
import type { Action } from "./types";

export const actionDiscardDraft: Action<"discardDraft"> = {
  name: "discardDraft",
  label: "authorDiscard",
  predicate: (s) => s.authoring.draft !== null || s.authoring.problems.length > 0,
  perform: () => ({ authoring: NO_AUTHORING }),
};
