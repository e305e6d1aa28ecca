import type { Action } from "./types";

export const actionSelectTab: Action<"selectTab"> = {
  name: "selectTab",
  label: "navLabel",
  predicate: () => true,
  perform: (_s, { tab }) => ({ tab }),
};
