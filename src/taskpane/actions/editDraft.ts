import { authoringOf } from "./_lib";
import type { Action } from "./types";

export const actionEditDraft: Action<"editDraft"> = {
  name: "editDraft",
  label: "authorCreate",
  predicate: (s) => s.authoring.draft !== null,
  perform: (state, { key, text }) => ({
    authoring: authoringOf(state, {
      draft: { ...state.authoring.draft!, texts: { ...state.authoring.draft!.texts, [key]: text } },
      save: null,
    }),
  }),
};
