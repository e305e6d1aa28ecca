import { authoringOf } from "./_lib";
import type { Action } from "./types";

export const actionCancelSaveContract: Action<"cancelSaveContract"> = {
  name: "cancelSaveContract",
  label: "cancel",
  predicate: (s) => s.authoring.save !== null,
  perform: (state) => ({ authoring: authoringOf(state, { save: null }) }),
};
